import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layering rules, checked on the import graph as the TypeScript parser sees it (static imports,
// re-exports, `import type`, dynamic import() and require()), with relative paths resolved.

const root = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mts|mjs)$/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(rel));
    else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** Every module specifier `text` imports, in any form. */
export function specifiersOf(file: string, text: string): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression))
      out.push(n.moduleReference.expression.text);
    else if (ts.isCallExpression(n) && n.arguments.length > 0 && ts.isStringLiteralLike(n.arguments[0]!)) {
      const isImport = n.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(n.expression) && n.expression.text === 'require';
      if (isImport || isRequire) out.push((n.arguments[0] as ts.StringLiteralLike).text);
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) out.push(n.argument.literal.text);
    ts.forEachChild(n, visit);
  };
  visit(parse(file, text));
  return out;
}

/** A specifier as a repository path (relative ones resolved against the importing file), or as written for packages. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
}

const imports = new Map<string, { spec: string; to: string }[]>();
function importsOf(file: string) {
  let got = imports.get(file);
  if (!got) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    got = specifiersOf(file, text).map((spec) => ({ spec, to: target(file, spec) }));
    imports.set(file, got);
  }
  return got;
}

const NODE = new Set(builtinModules);
const isNodeModule = (spec: string) => spec.startsWith('node:') || NODE.has(spec.split('/')[0]!);
const under = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`);

/** `file: specifier` for every import of a file in `dirs` that `bad` flags. */
function offenders(dirs: string[], bad: (to: string, spec: string, file: string) => boolean): string[] {
  return dirs.flatMap(sources).flatMap((f) => importsOf(f).filter((i) => bad(i.to, i.spec, f)).map((i) => `${f}: ${i.spec}`));
}

const SQL_METHODS = new Set(['prepare', 'pragma', 'exec']);
const SQL_TEXT = /^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|WITH|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH|DETACH|ANALYZE|REINDEX)\b/i;

/**
 * Calls that run SQL: `x.prepare(…)` and `x.pragma(…)` (better-sqlite3 only), and `x.exec(…)` whose
 * argument is literal text (RegExp#exec takes the string to search, never a literal SQL statement).
 */
export function sqlCallsOf(file: string, text: string): string[] {
  const sf = parse(file, text);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && SQL_METHODS.has(n.expression.name.text)) {
      const method = n.expression.name.text;
      const arg = n.arguments[0];
      const literal = arg && (ts.isStringLiteralLike(arg) || ts.isTemplateExpression(arg)) ? arg.getText(sf).slice(1) : null;
      const isRegexExec = method === 'exec' && (literal === null || !SQL_TEXT.test(literal));
      if (!isRegexExec) out.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${n.getText(sf).slice(0, 60)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('the layering checks see what they claim to', () => {
  it('finds imports in every form', () => {
    const text = [
      "import a from './a';",
      "import type { B } from '../b';",
      "export * from './c';",
      "export { d } from './d';",
      "const e = await import('./e');",
      "const f = require('f');",
      "import g = require('./g');",
      "type H = import('./h').H;",
      "const notAnImport = 'from \"./x\"';",
    ].join('\n');
    expect(specifiersOf('x.ts', text)).toEqual(['./a', '../b', './c', './d', './e', 'f', './g', './h']);
    expect(target('electron/core/services/x.ts', '../../web/server')).toBe('electron/web/server');
  });

  it('finds SQL calls and leaves regular expressions alone', () => {
    const text = [
      "db.prepare('SELECT 1').get();",
      'this.db.pragma(`page_size = ${n}`);',
      "core.db.exec('VACUUM');",
      '/^a(b)$/i.exec(s);',
      'PATTERN.exec(line);',
      "db.transaction(() => 1)();",
    ].join('\n');
    expect(sqlCallsOf('x.ts', text).map((s) => s.split(': ')[0])).toEqual(['x.ts:1', 'x.ts:2', 'x.ts:3']);
  });
});

describe('layering', () => {
  it("only electron/main and electron/preload import 'electron'", () => {
    const found = offenders(['electron', 'shared', 'renderer/src'], (_to, spec, f) => (spec === 'electron' || spec.startsWith('electron/')) && !/^electron\/(main|preload)\//.test(f));
    expect(found).toEqual([]);
  });

  it('the core never imports the hosts (Electron main, web host, CLI) or the preload', () => {
    const found = offenders(['electron/core'], (to) => ['electron/main', 'electron/web', 'electron/cli', 'electron/preload'].some((d) => under(to, d)));
    expect(found).toEqual([]);
  });

  it('the renderer imports nothing from electron/ and no Node modules', () => {
    const found = offenders(['renderer/src'], (to, spec) => under(to, 'electron') || isNodeModule(spec) || /^(better-sqlite3|exceljs)$/.test(spec));
    expect(found).toEqual([]);
  });

  it('shared/ imports nothing from electron/ or renderer/ and no Node modules', () => {
    const found = offenders(['shared'], (to, spec) => under(to, 'electron') || under(to, 'renderer') || isNodeModule(spec) || /^(better-sqlite3|exceljs)$/.test(spec));
    expect(found).toEqual([]);
  });

  it('SQL runs only under electron/core/db/ (services and handlers go through repositories)', () => {
    const found = ['electron', 'shared', 'renderer/src']
      .flatMap(sources)
      .filter((f) => !under(f, 'electron/core/db'))
      .flatMap((f) => sqlCallsOf(f, fs.readFileSync(path.join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });

  // The window's hardening is checked as data, not as source text: test/unit/main/*.
});
