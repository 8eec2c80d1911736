import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
type Config = Record<string, unknown> & { electronFuses?: Record<string, boolean>; extends?: string };
const load = (file: string) => yaml.load(fs.readFileSync(path.join(root, file), 'utf8')) as Config;

/** Leaf paths of a config object ("a.b.c"), arrays as leaves. */
function leaves(o: unknown, prefix = ''): string[] {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** electron-builder's `extends`: later configs win key by key, objects merged deeply. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? merge(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

const RELEASE_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder config', () => {
  const release = load('electron-builder.yml');
  const testBuild = load('electron-builder.test.yml');

  it('flips the release fuses', () => {
    expect(release.electronFuses).toEqual(RELEASE_FUSES);
  });

  it('names only fuses electron-builder knows (its own schema)', () => {
    const scheme = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known.length).toBeGreaterThan(0);
    expect(Object.keys(release.electronFuses ?? {}).filter((k) => !known.includes(k))).toEqual([]);
    expect(scheme.properties.electronFuses).toBeDefined();
  });

  it('keeps the asar (onlyLoadAppFromAsar needs one) and unpacks only the native module', () => {
    expect(release.asar ?? true).toBe(true);
    expect(release.asarUnpack).toEqual(['node_modules/better-sqlite3/**']);
  });

  it('the test build extends the release and differs only in the inspect fuse and its output folder', () => {
    expect(testBuild.extends).toBe('electron-builder.yml');
    const { extends: _parent, ...own } = testBuild;
    expect(leaves(own).sort()).toEqual(['directories.output', 'electronFuses.enableNodeCliInspectArguments']);
    const effective = merge(release, own) as Config;
    expect(effective.electronFuses).toEqual({ ...RELEASE_FUSES, enableNodeCliInspectArguments: true });
    expect((effective.directories as Record<string, string>).output).not.toBe((release.directories as Record<string, string>).output);
  });

  it('package.json has a script for each build', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['dist:test']).toMatch(/electron-builder\b.*--config electron-builder\.test\.yml/);
    expect(scripts.dist).toMatch(/electron-builder\b/);
    expect(scripts.dist).not.toMatch(/electron-builder\.test/);
  });
});
