import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(rel);
  }
  return out;
}

const importsOf = (file: string) =>
  [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('layering', () => {
  it("only electron/main and electron/preload import 'electron'", () => {
    const offenders = ['electron', 'shared', 'renderer']
      .flatMap(sources)
      .filter((f) => !/^electron[\\/](main|preload)[\\/]/.test(f))
      .filter((f) => importsOf(f).some((s) => s === 'electron' || s.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('the renderer and shared/ use no Node modules and nothing from electron/', () => {
    const offenders = ['renderer/src', 'shared'].flatMap(sources).flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('node:') || /^(fs|path|os|child_process|better-sqlite3|exceljs)$/.test(s) || /(^|\/)electron\//.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  // The window's hardening is checked as data, not as source text: test/unit/main/*.
});
