// dist/Code.js as Apps Script sees it: one file, valid V8 at es2020, every
// entry point a top-level function declaration, custom functions under a
// JSDoc block, nothing that calls a service while loading.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { CUSTOM_FUNCTIONS } from '../src/functions/metadata';

let code = '';
beforeAll(() => {
  if (!existsSync('dist/Code.js')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
  code = readFileSync('dist/Code.js', 'utf8');
});

const SERVER_FUNCTIONS = ['onOpen', 'onInstall', 'showShortlistSidebar', 'getShortlistContext', 'runShortlist', 'getResultsContext', 'createResultsSheet', 'evaluateCampaign', 'openSheet'];

describe('dist/ is what clasp pushes', () => {
  it('holds exactly appsscript.json, Code.js and Sidebar.html', () => {
    const files = execSync('ls dist').toString().trim().split('\n').sort();
    expect(files).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('has the manifest of an editor add-on with the two scopes only', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.addOns).toBeUndefined();
  });

  it('.clasp.json pushes dist/', () => {
    const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8'));
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
    const trap = (name: string) => new Proxy({}, { get: (_t, p) => { touched.push(`${name}.${String(p)}`); return () => undefined; } });
    const ctx = vm.createContext({ SpreadsheetApp: trap('SpreadsheetApp'), PropertiesService: trap('PropertiesService'), Session: trap('Session'), LockService: trap('LockService'), HtmlService: trap('HtmlService'), ScriptApp: trap('ScriptApp') });
    vm.runInContext(code, ctx);
    expect(touched).toEqual([]);
  });

  it.each([...CUSTOM_FUNCTIONS.map((f) => f.name), ...SERVER_FUNCTIONS])('%s is a top-level function declaration', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))('%s sits under a JSDoc block with @customfunction and a @param per argument', (name, meta) => {
    const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
    expect(m).not.toBeNull();
    const [, doc, params] = m!;
    expect(doc).toContain('@customfunction');
    const declared = params!.split(',').map((p) => p.trim()).filter(Boolean);
    expect(declared).toEqual(meta.params.map((p) => p.name));
    for (const p of meta.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? \\S`));
    expect(doc).toMatch(/[ぁ-んァ-ン一-龯]/); // Japanese description
  });
});

describe('functions called with the shapes Sheets passes', () => {
  const fake = createFakeSpreadsheet({ Sheet1: [['x']] }, { locale: 'ja_JP' });
  const gas = loadBundle(fake.globals);

  // [function, args, expected]
  const CALLS: [string, unknown[], unknown][] = [
    ['ROI_CPV', [0.02, 3000, 1.5], 40],
    ['ROI_CPV', ['2%', '¥3,000', '¥1.5'], 40],
    ['ROI_CPV', [[[0.02], ['']], 3000, [[1.5], [1.5]]], [[40], ['']]],
    ['ROI_CPV', [[[0.02, 0.01]], [[3000, 3000]], 1.5], [[40, 20]]],
    ['ER_TIER', [34000, 0.041], 'micro · within'],
    ['ER_TIER', [[[5000], ['1.2M']], [[0.05], [0.004]]], [['nano · within'], ['mega · below']]],
    ['ER_TIER', [600000, 0.01, 'instagram'], 'macro · within'],
    ['COMMENT_INTENT', ['これどこのブランドですか？'], 'purchase_intent'],
    ['COMMENT_INTENT', [[['かわいい！'], ['']]], [['low_quality'], ['']]],
  ];
  it.each(CALLS)('%s(%j)', (name, args, expected) => {
    const out = (gas[name] as (...a: unknown[]) => unknown)(...args);
    expect(JSON.parse(JSON.stringify(out))).toEqual(expected);
  });

  it('a bad single call throws an Error in the spreadsheet language', () => {
    expect(() => gas.ROI_CPV(0.02, 3000, 0)).toThrow('CPV は0より大きい値が必要です');
    expect(() => gas.ER_TIER('12abc', 0.02)).toThrow('「12abc」は数値として読めません');
  });

  it('onOpen builds the add-on menu, onInstall calls it, in AuthMode.NONE too', () => {
    gas.onOpen({ authMode: 'NONE' });
    gas.onInstall({ authMode: 'FULL' });
    expect(fake.ui.menus.length).toBe(2);
    expect(fake.ui.menus[0]!.items.map((i: [string, string]) => i[1])).toContain('showShortlistSidebar');
  });

  it('showShortlistSidebar opens Sidebar.html with a title', () => {
    fake.htmlFiles.set('Sidebar', readFileSync('dist/Sidebar.html', 'utf8'));
    gas.showShortlistSidebar();
    expect(fake.ui.sidebars.at(-1)!.title.length).toBeGreaterThan(0);
    expect(fake.ui.sidebars.at(-1)!.html).toContain('<html');
  });
});
