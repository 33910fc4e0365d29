// dist/Code.js as Apps Script sees it: one file, valid V8 at es2020, every
// entry point a top-level function declaration, custom functions under a
// JSDoc block, nothing that calls a service while loading.
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { RPC_ALLOW } from '../local/rpc-bridge';
import { TASK_NAMES } from '../src/core/i18n';
import { CUSTOM_FUNCTIONS } from '../src/functions/metadata';
import { triggers } from '../src/main';
import { SERVER_FUNCTION_NAMES, serverFunctions } from '../src/server/api';

// dist/ as test/global-setup.ts built it for this run.
const code = readFileSync('dist/Code.js', 'utf8');

// The one list (src/server/api.ts) and the triggers; nothing here is written out by hand.
const SERVER_FUNCTIONS = Object.keys(serverFunctions);
const TOP_LEVEL = [...CUSTOM_FUNCTIONS.map((f) => f.name), ...Object.keys(triggers), ...SERVER_FUNCTIONS];

describe('one list of server functions', () => {
  it('names at least the functions the sidebar calls today', () => {
    expect(SERVER_FUNCTIONS).toEqual(
      expect.arrayContaining(['getShortlistContext', 'runShortlist', 'getSnapshotContext', 'createClientSnapshot', 'freezeFormulas']),
    );
    expect(SERVER_FUNCTION_NAMES).toEqual(SERVER_FUNCTIONS);
  });

  it('Code.js declares exactly the custom functions, the triggers and the server functions at top level', () => {
    const declared = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);
    expect([...declared].sort()).toEqual([...TOP_LEVEL].sort());
  });

  it('the bundle exports the same server functions as the source', () => {
    const ctx = vm.createContext({});
    vm.runInContext(`${code}\nthis.AddOn = AddOn;`, ctx);
    expect(Object.keys((ctx as { AddOn: { serverFunctions: object } }).AddOn.serverFunctions)).toEqual(SERVER_FUNCTIONS);
  });

  it('the preview allows exactly the server functions, and no trigger', () => {
    expect([...RPC_ALLOW]).toEqual(SERVER_FUNCTIONS);
  });

  it.each(SERVER_FUNCTIONS)('%s has the words of its task in ja, ko and en', (name) => {
    const task = (TASK_NAMES as Record<string, Record<string, string>>)[name];
    for (const locale of ['ja', 'ko', 'en']) expect(task?.[locale], locale).toMatch(/\S/);
  });
});

describe('dist/ is what clasp pushes', () => {
  it('holds exactly appsscript.json, Code.js and Sidebar.html', () => {
    const files = execSync('ls dist').toString().trim().split('\n').sort();
    expect(files).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('has the manifest of an editor add-on with the two scopes only', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.addOns).toBeUndefined();
  });

  it('.clasp.json pushes dist/', () => {
    const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8')) as Record<string, unknown>;
    expect(clasp.rootDir).toBe('dist');
    expect(typeof clasp.scriptId).toBe('string');
  });
});

describe('Code.js is valid Apps Script V8', () => {
  it('has no import or export and parses as a classic script', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('uses nothing above es2020 that V8 in Apps Script rejects (no #private, no static fields)', () => {
    expect(code).not.toMatch(/(^|[^\w$'"`])#[A-Za-z_]\w*\s*[=;(]/m);
    expect(code).not.toMatch(/^\s*static\s+[A-Za-z_$][\w$]*\s*(=|;)/m);
  });

  it('calls no service while loading (onOpen may run in AuthMode.NONE)', () => {
    const touched: string[] = [];
    const trap = (name: string) =>
      new Proxy(
        {},
        {
          get: (_t, p) => {
            touched.push(`${name}.${String(p)}`);
            return () => undefined;
          },
        },
      );
    const ctx = vm.createContext({
      SpreadsheetApp: trap('SpreadsheetApp'),
      PropertiesService: trap('PropertiesService'),
      Session: trap('Session'),
      LockService: trap('LockService'),
      HtmlService: trap('HtmlService'),
      ScriptApp: trap('ScriptApp'),
    });
    vm.runInContext(code, ctx);
    expect(touched).toEqual([]);
  });

  it.each(TOP_LEVEL)('%s is a top-level function declaration', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s sits under a JSDoc block with @customfunction and a @param per argument',
    (name, meta) => {
      const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
      expect(m).not.toBeNull();
      const [, doc, params] = m!;
      expect(doc).toContain('@customfunction');
      const declared = params!
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      expect(declared).toEqual(meta.params.map((p) => p.name));
      for (const p of meta.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? \\S`));
      expect(doc).toMatch(/[ぁ-んァ-ン一-龯]/); // Japanese description
      expect(doc).toMatch(/[가-힣]/); // Korean description
      for (const p of meta.params) expect(doc).toContain(`${p.en} / ${p.ja} / ${p.ko}`);
    },
  );
});

describe('functions called with the shapes Sheets passes', () => {
  const fake = createFakeSpreadsheet({ Sheet1: [['x']] }, { locale: 'ja_JP' });
  const gas = loadBundle(fake.globals) as Record<string, (...args: unknown[]) => unknown>;

  // [function, args, expected]
  const CALLS: [string, unknown[], unknown][] = [
    ['ROI_CPV', [0.02, 3000, 1.5], 40],
    ['ROI_CPV', ['2%', '¥3,000', '¥1.5'], 40],
    ['ROI_CPV', [[[0.02], ['']], 3000, [[1.5], [1.5]]], [[40], ['']]],
    ['ROI_CPV', [[[0.02, 0.01]], [[3000, 3000]], 1.5], [[40, 20]]],
    ['ER_TIER', [34000, 0.041], 'micro · within'],
    [
      'ER_TIER',
      [
        [[5000], ['1.2M']],
        [[0.05], [0.004]],
      ],
      [['nano · within'], ['mega · below']],
    ],
    ['ER_TIER', [600000, 0.01, 'instagram'], 'macro · within'],
    ['COMMENT_INTENT', ['これどこのブランドですか？'], 'purchase_intent'],
    ['COMMENT_INTENT', [[['かわいい！'], ['']]], [['low_quality'], ['']]],
  ];
  it.each(CALLS)('%s(%j)', (name, args, expected) => {
    const out = gas[name]!(...args);
    expect(JSON.parse(JSON.stringify(out))).toEqual(expected);
  });

  it('a bad single call throws an Error in the spreadsheet language', () => {
    expect(() => gas.ROI_CPV!(0.02, 3000, 0)).toThrow('CPV は0より大きい値が必要です');
    expect(() => gas.ER_TIER!('12abc', 0.02)).toThrow('「12abc」は数値として読めません');
  });

  it('onOpen builds the add-on menu, onInstall calls it, in AuthMode.NONE too', () => {
    gas.onOpen!({ authMode: 'NONE' });
    gas.onInstall!({ authMode: 'FULL' });
    expect(fake.ui.menus.length).toBe(2);
    expect(fake.ui.menus[0]!.items.map((i: [string, string]) => i[1])).toContain('showShortlistSidebar');
  });

  it('showShortlistSidebar opens Sidebar.html with a title', () => {
    fake.htmlFiles.set('Sidebar', readFileSync('dist/Sidebar.html', 'utf8'));
    gas.showShortlistSidebar!();
    expect(fake.ui.sidebars.at(-1)!.title.length).toBeGreaterThan(0);
    expect(fake.ui.sidebars.at(-1)!.html).toContain('<html');
  });
});

describe('the build stops on a missing input rather than shipping an empty sidebar', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  // [what is broken, how, what the build says]
  const CASES: [string, (dir: string) => void, RegExp][] = [
    ['sidebar/style.css renamed', (d) => unlinkSync(join(d, 'sidebar/style.css')), /missing input sidebar\/style\.css/],
    ['sidebar/main.ts renamed', (d) => unlinkSync(join(d, 'sidebar/main.ts')), /missing input sidebar\/main\.ts/],
    [
      'the script placeholder gone from index.html',
      (d) => writeFileSync(join(d, 'sidebar/index.html'), '<html><head><style>/*INLINE_STYLE*/</style></head><body></body></html>'),
      /INLINE_SCRIPT/,
    ],
  ];
  it.each(CASES)('%s', (_name, breakIt, said) => {
    const dir = mkdtempSync(join(tmpdir(), 'build-'));
    dirs.push(dir);
    for (const f of ['src', 'sidebar', 'scripts', 'appsscript.json', 'package.json']) cpSync(f, join(dir, f), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    breakIt(dir);
    const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(said);
    expect(() => readFileSync(join(dir, 'dist/Sidebar.html'))).toThrow();
  });
});
