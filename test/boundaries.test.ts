// The folders' boundaries are the compiler's, not a convention: each project
// (tsconfig.json lists them) sees only the globals its code may use, and every
// .ts file of the repository belongs to exactly one project.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const PROJECTS = [
  'src/core/tsconfig.json',
  'src/tsconfig.json',
  'sidebar/tsconfig.json',
  'tsconfig.node.json',
  'local/preview/page/tsconfig.json',
];

function parse(config: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    resolve(config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${config}`);
  return parsed;
}

describe('projects', () => {
  it('the solution references exactly these projects', () => {
    const refs = (parse('tsconfig.json').projectReferences ?? []).map((r) => relative(ROOT, r.path).replace(/\\/g, '/'));
    expect(refs.map((r) => (r.endsWith('.json') ? r : `${r}/tsconfig.json`)).sort()).toEqual([...PROJECTS].sort());
  });

  it('src/core sees the ES2020 library and no ambient types', () => {
    const o = parse('src/core/tsconfig.json').options;
    expect(o.lib).toEqual(['lib.es2020.d.ts']);
    expect(o.types).toEqual([]);
  });

  it('every .ts file of the repository is in exactly one project', () => {
    const owners = new Map<string, string[]>();
    for (const p of PROJECTS)
      for (const f of parse(p).fileNames) owners.set(relative(ROOT, f), [...(owners.get(relative(ROOT, f)) ?? []), p]);
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts'));
    const wrong = tracked
      .filter((f) => (owners.get(f) ?? []).length !== 1)
      .map((f) => `${f}: ${(owners.get(f) ?? ['no project']).join(', ')}`);
    expect(wrong).toEqual([]);
  });
});

// [project, code, the global it must not find ('' = compiles)]: a probe type-checked with that project's options (lib, types).
const PROBES: [string, string, string][] = [
  ['src/core/tsconfig.json', 'export const x = [1, 2].includes(1) && Object.fromEntries([["a", 1]]);', ''],
  ['src/core/tsconfig.json', 'export const x = document.title;', 'document'],
  ['src/core/tsconfig.json', 'export const x = SpreadsheetApp.getActiveSpreadsheet();', 'SpreadsheetApp'],
  ['src/core/tsconfig.json', 'export const x = process.env.HOME;', 'process'],
  ['src/core/tsconfig.json', 'export const x: GoogleAppsScript.Spreadsheet.Sheet | null = null;', 'GoogleAppsScript'],
  ['src/core/tsconfig.json', 'console.log(1);', 'console'],
  ['src/tsconfig.json', 'export const x = SpreadsheetApp.getActiveSpreadsheet();', ''],
  ['src/tsconfig.json', 'export const x = document.title;', 'document'],
  ['src/tsconfig.json', 'export const x = process.env.HOME;', 'process'],
  ['sidebar/tsconfig.json', 'export const x = document.title;', ''],
  ['sidebar/tsconfig.json', 'export const x = SpreadsheetApp.getActiveSpreadsheet();', 'SpreadsheetApp'],
  ['sidebar/tsconfig.json', 'export const x = process.env.HOME;', 'process'],
];

const TMP = join('.cache', `boundaries-${process.pid}`);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('a global from outside the boundary does not compile', () => {
  it.each(PROBES.map((p, i) => [...p, i] as const))('%s: %s (missing: %s)', (config, code, missing, i) => {
    const dir = join(TMP, String(i));
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, 'probe.ts');
    writeFileSync(file, code);
    const { options } = parse(config);
    const program = ts.createProgram([file], {
      ...options,
      composite: false,
      noEmit: true,
      emitDeclarationOnly: false,
      rootDir: undefined,
      outDir: undefined,
      typeRoots: [resolve('node_modules/@types')],
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    if (missing === '') expect(errors).toEqual([]);
    else expect(errors.join('\n')).toMatch(new RegExp(`Cannot find (name|namespace) '${missing}'`));
  });
});
