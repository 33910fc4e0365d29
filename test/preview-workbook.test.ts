// The preview's workbook around the file it opens: the currency of the data
// (from --currency or the roster's own symbols, not from the interface
// language), and names a plain object would lose (a roster file named
// __proto__.csv). Through the preview server, as `npm start` runs it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../local/preview/csv';
import { startPreview } from '../local/preview/server';
import { LoadedWorkbook, currencyRegion, detectCurrency, loadWorkbookFile, spreadsheetLocaleFor } from '../local/preview/workbook';
import { ensureDist } from './support/chromium';

const HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'ER'];
const YEN = [
  HEADER,
  ['@a', 'Instagram', '25万', '120000', '¥200,000', '2%'],
  ['@b', 'TikTok', '3万', '30000', '40,000円', '4%'],
  ['@c', 'Instagram', '5万', '40000', '¥60,000', '3%'],
];
const WON = [HEADER, ['@a', 'Instagram', '25만', '120000', '₩2,000,000', '2%'], ['@b', 'TikTok', '3만', '30000', '400,000원', '4%']];
const DOLLAR = [
  HEADER,
  ['@a', 'Instagram', '250K', '120000', '$2,000', '2%'],
  ['@b', 'TikTok', '30K', '30000', '$400', '4%'],
  ['@c', 'TikTok', '30K', '30000', '¥400', '4%'],
];

const csvBook = (rows: string[][]): LoadedWorkbook => ({ title: 'r', description: '', kind: 'csv', sheets: [{ name: 'r', rows }] });

let dir: string;
beforeAll(() => {
  ensureDist('preview-workbook.test');
  dir = mkdtempSync(join(tmpdir(), 'preview-workbook-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the workbook's currency", () => {
  it.each([
    ['a yen roster', YEN, { symbol: '¥', region: 'JP' }],
    ['a won roster', WON, { symbol: '₩', region: 'KR' }],
    ['mostly dollars (one stray yen)', DOLLAR, { symbol: '$', region: 'US' }],
    ['no money symbols', [HEADER, ['@a', 'IG', '1000', '500', '30000', '2%']], null],
  ])('is read from %s', (_, rows, want) => {
    expect(detectCurrency(csvBook(rows))).toEqual(want);
  });

  it('is read from number formats in an XLSX too', () => {
    const wb: LoadedWorkbook = {
      title: 't',
      description: '',
      kind: 'xlsx',
      sheets: [{ name: 'S', rows: [[150000]], numberFormats: new Map([['A1', '[$₩-412]#,##0']]) }],
    };
    expect(detectCurrency(wb)).toEqual({ symbol: '₩', region: 'KR' });
  });

  it.each([
    ['JPY', 'JP'],
    ['¥', 'JP'],
    ['yen', 'JP'],
    ['KRW', 'KR'],
    ['₩', 'KR'],
    ['usd', 'US'],
    ['$', 'US'],
    ['EUR', 'DE'],
    ['£', 'GB'],
    ['bitcoin', null],
  ])('--currency %s is region %s', (text, region) => {
    expect(currencyRegion(text)).toBe(region);
  });

  it.each([
    ['en_US', 'JP', 'en_JP'],
    ['ja_JP', 'JP', 'ja_JP'],
    ['ko_KR', 'JP', 'ko_JP'],
    ['en_US', null, 'en_US'],
    ['ja', null, 'ja_JP'],
  ])('language %s with the data in region %s: spreadsheet locale %s', (language, region, want) => {
    expect(spreadsheetLocaleFor(language, region)).toBe(want);
  });

  it('an English session on a yen roster writes and says yen, in English', async () => {
    const file = join(dir, 'yen.csv');
    writeFileSync(file, writeCsv(YEN));
    const wb = loadWorkbookFile(file);
    const p = await startPreview({ workbook: wb, locale: spreadsheetLocaleFor('en_US', detectCurrency(wb)!.region), userLocale: 'en_US' });
    try {
      const rpc = async (name: string, args: unknown[]) =>
        (await (
          await fetch(`${p.url}rpc/${name}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(args),
          })
        ).json()) as { value?: Record<string, unknown>; message?: string };
      const ctx = await rpc('getShortlistContext', []);
      expect(ctx.value).toMatchObject({ locale: 'en', currencySymbol: '¥' });
      const run = await rpc('runShortlist', [{ rosterSheet: 'yen', cpvCap: 2, budget: 1_000_000 }]);
      expect(run.message).toBeUndefined();
      const w = (await (await fetch(`${p.url}api/sheet/Shortlist?r0=0&r1=40&c0=0&c1=12`)).json()) as { cells: ({ d: string } | null)[][] };
      const shown = w.cells
        .flat()
        .map((c) => c?.d ?? '')
        .join('\n');
      expect(shown).toMatch(/¥[\d,]+/);
      expect(shown).not.toMatch(/\$\d/);
      expect(shown).toContain('Role'); // the interface language: English words
    } finally {
      await p.close();
    }
  });
});

describe('names a plain object would lose', () => {
  it('opens a roster file named __proto__.csv with its data', async () => {
    const file = join(dir, '__proto__.csv');
    writeFileSync(file, writeCsv(YEN));
    const p = await startPreview({ workbook: loadWorkbookFile(file) });
    try {
      expect(p.fake.sheetNames()).toEqual(['__proto__']);
      expect(p.fake.sheetValues('__proto__')[1]![0]).toBe('@a');
      const w = (await (await fetch(`${p.url}api/sheet/__proto__?r0=0&r1=2&c0=0&c1=1`)).json()) as { cells: { d: string }[][] };
      expect(w.cells[1]![0]!.d).toBe('@a');
    } finally {
      await p.close();
    }
  });
});
