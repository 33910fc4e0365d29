// Issue 11, "A bundle that loads anywhere Apps Script runs": dist/Code.js has
// no syntax after ES2019 (one `?.` in an older V8 and every function is down),
// and the parser reads full-width numbers where normalize('NFKC') does nothing
// or is missing (a runtime without full ICU data).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import ts from 'typescript';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { REALM, REALM_HOOK, Realm } from '../local/gas/realm';
import type { BundleGlobals } from '../local/load-bundle';
import type { CustomFunctionName } from '../src/functions/metadata';

let code = '';
beforeAll(() => {
  if (!existsSync('dist/Code.js')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
  code = readFileSync('dist/Code.js', 'utf8');
});

/** Syntax after ES2019 in a script, as "line: what" (parsed with TypeScript's parser, which reads all of ES2024). */
function post2019(source: string): string[] {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${what}`);
  const LATE_OPERATORS: Partial<Record<ts.SyntaxKind, string>> = {
    [ts.SyntaxKind.QuestionQuestionToken]: '?? (ES2020)',
    [ts.SyntaxKind.QuestionQuestionEqualsToken]: '??= (ES2021)',
    [ts.SyntaxKind.BarBarEqualsToken]: '||= (ES2021)',
    [ts.SyntaxKind.AmpersandAmpersandEqualsToken]: '&&= (ES2021)',
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) && node.questionDotToken) at(node, '?. (ES2020)');
    if (ts.isBinaryExpression(node) && LATE_OPERATORS[node.operatorToken.kind]) at(node, LATE_OPERATORS[node.operatorToken.kind]!);
    if (ts.isBigIntLiteral(node)) at(node, 'BigInt literal (ES2020)');
    if (ts.isNumericLiteral(node) && node.getText(file).includes('_')) at(node, 'numeric separator (ES2021)');
    if (ts.isPrivateIdentifier(node)) at(node, '#private (ES2022)');
    if (ts.isPropertyDeclaration(node)) at(node, 'class field (ES2022)');
    if (ts.isClassStaticBlockDeclaration(node)) at(node, 'static block (ES2022)');
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) at(node, 'import.meta (ES2020)');
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) at(node, 'import() (ES2020)');
    if (ts.isRegularExpressionLiteral(node) && /\/[a-z]*[dv][a-z]*$/.test(node.text)) at(node, 'regex flag d/v (ES2022+)');
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const d of (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics) found.push(`syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  return found;
}

describe('dist/Code.js is ES2019', () => {
  it('holds no ?., ??, logical assignment, BigInt, numeric separators, class fields, #private, import() or late regex flags', () => {
    expect(post2019(code)).toEqual([]);
  });

  // The checker itself: each construct is found (so the test above can fail).
  it.each([
    ['a?.b', '?.'],
    ['a?.[0]', '?.'],
    ['f?.()', '?.'],
    ['a ?? b', '??'],
    ['a ??= b', '??='],
    ['a ||= b', '||='],
    ['a &&= b', '&&='],
    ['1n', 'BigInt'],
    ['1_000', 'numeric separator'],
    ['class A { x = 1 }', 'class field'],
    ['class A { #x; m() { return this.#x } }', '#private'],
    ['class A { static { } }', 'static block'],
    ['import("x")', 'import()'],
    ['/a/d', 'regex flag'],
  ])('finds %s', (source, what) => {
    expect(post2019(source).join('\n')).toContain(what);
  });

  it('accepts ES2019: optional catch binding, spread, async, exponent, flat()', () => {
    expect(post2019('try { f() } catch { } const o = { ...a }; async function g() { await 1 } const x = 2 ** 3; [[1]].flat(); /a/su;')).toEqual([]);
  });
});

/** The bundle in a context whose normalize() is broken the given way, with the fake spreadsheet's services. */
function loadWithoutNfkc(breakIt: string, locale = 'ja_JP') {
  const fake = createFakeSpreadsheet({
    Roster: [
      ['アカウント', 'ＦＯＬＬＯＷＥＲＳ', '平均再生数', '費用（千円）'],
      ['@ａ', '３.４万', '３万', '４５'],
      ['@ｂ', '１２，０００', '１万', '１０'],
      ['＠ａ', '1', '1', '1'], // the same creator as @ａ, typed in full width: a duplicate
    ],
  }, { locale });
  const ctx = vm.createContext({ ...fake.globals });
  vm.runInContext(breakIt, ctx);
  const realm = vm.runInContext('({ Date, Error, Array, Object })', ctx) as Realm;
  Object.defineProperty(ctx, REALM, { value: realm, enumerable: false });
  (fake.globals as { [REALM_HOOK]?: (r: Realm) => void })[REALM_HOOK]?.(realm);
  vm.runInContext(code, ctx, { filename: 'dist/Code.js' });
  return ctx as BundleGlobals;
}

describe('full-width numbers without ICU', () => {
  // As V8 built without ICU data behaves: normalize() returns the text unchanged.
  const IDENTITY = 'String.prototype.normalize = function () { return String(this); };';

  it('the runtime here has NFKC, so the fallback is a real difference', () => {
    expect('１２'.normalize('NFKC')).toBe('12');
    const ctx = vm.createContext({});
    vm.runInContext(IDENTITY, ctx);
    expect(vm.runInContext("'１２'.normalize('NFKC')", ctx)).toBe('１２');
  });

  it.each([
    ['ROI_CPV', ['２%', '３，０００円', '１.５'], 40],
    ['ROI_CPV', ['２％', '￥３，０００', '￥１.５'], 40],
    ['ER_TIER', ['３.４万', '４.１％'], 'micro · within'],
    ['ER_TIER', ['１２０万', 0.01], 'mega · within'],
  ])('%s(%j) = %j with normalize() doing nothing', (name, args, expected) => {
    const ctx = loadWithoutNfkc(IDENTITY);
    const out = ctx[name as CustomFunctionName](...args);
    if (typeof expected === 'number') expect(out).toBeCloseTo(expected, 9);
    else expect(out).toBe(expected);
  });

  it('a full-width roster: headers, units and handles, with normalize() doing nothing', () => {
    const ctx = loadWithoutNfkc(IDENTITY);
    const r = ctx.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 1_000_000, reachShare: { min: 0, max: 1 }, minEmpathy: 0, erFloor: false });
    expect(r.selected.map((c: { fee: number; followers: number; views: number }) => [c.followers, c.views, c.fee])).toEqual([[34_000, 30_000, 45_000], [12_000, 10_000, 10_000]]);
    expect(r.excluded).toEqual({ duplicate: 1 });
  });

  it('the parser alone, with normalize() missing altogether', async () => {
    const out = await build({ entryPoints: ['src/core/parse.ts'], bundle: true, write: false, format: 'iife', globalName: 'P', target: 'es2019', platform: 'neutral' });
    const ctx = vm.createContext({});
    vm.runInContext('delete String.prototype.normalize;', ctx);
    vm.runInContext(`${out.outputFiles[0]!.text}\nthis.P = P;`, ctx);
    const P = (ctx as { P: typeof import('../src/core/parse') }).P;
    expect(P.NFKC_WORKS).toBe(false);
    expect(P.parseNumber('１２万', 'count')).toBe(120_000);
    expect(P.parseNumber('￥３，０００', 'money', { currency: 'JPY' })).toBe(3000);
    expect(P.parseNumber('２％', 'rate')).toBe(0.02);
    expect(() => P.parseNumber('①3万', 'count')).toThrow('not a plain digit');
  });
});
