// Issue 10, "No silently wrong numbers": every value is read as a person
// reads it or refused with the reason — header units wherever they stand,
// currencies checked against the spreadsheet's, "\" as its own yen or won,
// one ER rule, URL keys on the creator, and the parser's edge cases.
import { describe, expect, it } from 'vitest';
import { parseEr, parseNumber, foldWidth } from '../src/core/parse';
import { InputError, Locale } from '../src/core/i18n';
import { headerUnitOf, mapHeaderRow } from '../src/core/roster/headers';
import { handleKey } from '../src/core/roster/keys';
import { readRoster } from '../src/core/roster/read';
import { erColumnInPercentPoints } from '../src/core/tiers';
import { planShortlist } from '../src/core/shortlist/plan';
import { currencyOf } from '../src/core/currency';
import { callCustom } from '../src/functions/registry';
import { workbookFromCsv } from '../local/preview/workbook';

const en = () => 'en' as Locale;
const rules = { cpvCap: Infinity, erFloor: false, viewRate: null };

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected a refusal, got a value');
}

/** The fee a one-creator roster reads under this fee header. */
function feeUnder(header: string, fee: unknown, currency = 'JPY'): number {
  const headers = ['Handle', 'Followers', 'Views', header];
  const map = mapHeaderRow(headers);
  expect(map.fee).toBe(3);
  const r = readRoster([['@a', 5000, 5000, fee]], map, headers, 2, { ...rules, currency });
  if (r.creators.length !== 1) throw r.excluded[0]?.error ?? new Error(`no creator: ${JSON.stringify(r.excluded)}`);
  return r.creators[0]!.fee;
}

describe('a unit in a header applies wherever it stands, notes and all', () => {
  // [header, plain value, fee read]
  const ROWS: [string, unknown, number, string?][] = [
    ['費用（千円・税込）', 150, 150_000],
    ['費用(税別・千円)', 150, 150_000],
    ['費用 千円', 150, 150_000],
    ['費用千円', 150, 150_000],
    ['費用（単位：千円）', 150, 150_000],
    ["Fee ('000)", 150, 150_000],
    ['Fee (in thousands)', 150, 150_000],
    ['Fee (¥K)', 150, 150_000],
    ['Fee (K)', '150', 150_000],
    ['報酬(万円/税別)', 150, 1_500_000],
    ['費用（万円）', 150, 1_500_000],
    ['비용(천원)', 150, 150_000, 'KRW'],
    ['Fee (JPY)', 150, 150],
    ['費用（税込）', 150, 150],
    ['費用（千円・税込）', '¥150,000', 150_000], // a value with its own currency keeps its own amount
    ['費用（千円・税込）', '15万', 150_000],
  ];
  it.each(ROWS)('%s: %j → %d', (header, value, expected, currency = 'JPY') => {
    expect(feeUnder(header, value, currency)).toBe(expected);
  });

  // [header, unit named in the refusal]
  const UNPLACEABLE: [string, string][] = [
    ['費用（千円程度）', '千円程度'],
    ['費用（万円or千円）', '万円or千円'],
    ['Fee (K) (万円)', '万円'],
  ];
  it.each(UNPLACEABLE)('%s is refused, the header named', (header, unit) => {
    const err = refusal(() => feeUnder(header, 150));
    expect(err.code).toBe('headerUnitUnknown');
    expect(err.message).toContain(`"${header}"`);
    expect(err.message).toContain(unit);
    expect(err.localized('ja')).toContain(`「${header}」`);
  });

  it('a fee header in another currency than the sheet is refused for the whole column', () => {
    expect(refusal(() => feeUnder('Fee (USD)', 150, 'JPY')).message).toContain('"USD", but this spreadsheet\'s currency is JPY');
    expect(refusal(() => feeUnder('Fee ($K)', 150, 'KRW')).code).toBe('headerForeignCurrency');
    expect(feeUnder('Fee ($K)', 150, 'USD')).toBe(150_000);
  });

  it('units on followers and views too', () => {
    expect(headerUnitOf('フォロワー数（万人）').factor).toBe(10_000);
    expect(headerUnitOf('Views (M)').factor).toBe(1_000_000);
    expect(headerUnitOf('TikTok followers').factor).toBe(1);
    expect(headerUnitOf('Followers (IG)').factor).toBe(1);
  });
});

describe("currency symbols are checked against the spreadsheet's, never dropped", () => {
  // [value, sheet currency, read or refusal code]
  const ROWS: [string, string, number | string][] = [
    ['¥1,000', 'JPY', 1000],
    ['1,000円', 'JPY', 1000],
    ['JPY 1,000', 'JPY', 1000],
    ['$1,000', 'JPY', 'foreignCurrency'],
    ['USD 1,000', 'JPY', 'foreignCurrency'],
    ['₩1,000', 'JPY', 'foreignCurrency'],
    ['1,000원', 'KRW', 1000],
    ['¥1,000', 'KRW', 'foreignCurrency'],
    ['$12', 'USD', 12],
    ['$12', 'CAD', 12],
    ['USD 12', 'CAD', 'foreignCurrency'],
    ['¥1,000', 'CNY', 1000],
    ['1,000円', 'CNY', 'foreignCurrency'],
    ['€5', 'EUR', 5],
    ['$3,000円', 'JPY', 'notANumber'],
    ['$1,000', '', 1000], // a locale we know no currency of: nothing to check against
  ];
  it.each(ROWS)('%s in a %s sheet → %j', (value, currency, expected) => {
    if (typeof expected === 'number') expect(parseNumber(value, 'money', { currency })).toBe(expected);
    else expect(refusal(() => parseNumber(value, 'money', { currency })).code).toBe(expected);
  });

  it('the refusal says why, in each language', () => {
    const err = refusal(() => parseNumber('$1,000', 'money', { currency: 'JPY' }));
    expect(err.message).toBe(
      '"$1,000" is in "$", but this spreadsheet\'s currency is JPY (from its locale, File → Settings); convert it first — no exchange rate is guessed',
    );
    expect(err.localized('ja')).toContain('為替レートは推測しません');
    expect(err.localized('ko')).toContain('환율은 추측하지 않습니다');
  });

  it('a $ fee in a yen roster is an unreadable cell with the reason, not ¥1,000', () => {
    const headers = ['Handle', 'Followers', 'Views', 'Fee'];
    const r = readRoster(
      [
        ['@a', 5000, 5000, '$1,000'],
        ['@b', 5000, 5000, '¥1,000'],
      ],
      mapHeaderRow(headers),
      headers,
      2,
      { ...rules, currency: 'JPY' },
    );
    expect(r.creators.map((c) => c.fee)).toEqual([1000]);
    expect(r.excluded).toMatchObject([{ row: 2, reason: 'unreadable', detail: 'D2' }]);
    expect(r.excluded[0]!.error!.code).toBe('foreignCurrency');
  });

  // [args, sheet currency, message]
  const CALLS: [unknown[], string, string][] = [
    [['2%', '$30', '¥1.5'], '', 'the amounts are in different currencies ($30 and ¥1.5)'],
    [['2%', '$30', '¥1.5'], 'JPY', 'aov: "$30" is in "$", but this spreadsheet\'s currency is JPY'],
    [['2%', '¥3,000', '$1.5'], 'JPY', 'cpv: "$1.5" is in "$"'],
    [['2%', '3,000원', '₩1.5'], 'KRW', ''],
    [['2%', '¥3,000', '1.5'], 'JPY', ''],
  ];
  it.each(CALLS)('ROI_CPV(%j) in a "%s" sheet', (args, currency, message) => {
    const run = () => callCustom('ROI_CPV', args, en, () => currency);
    if (message === '') expect(typeof run()).toBe('number');
    else expect(run).toThrow(message);
  });

  it("the spreadsheet's currency is asked for only when a value names one", () => {
    let asked = 0;
    const ref = () => {
      asked++;
      return 'JPY';
    };
    callCustom('ROI_CPV', [[[0.02], [0.03]], [[3000], [4000]], 1.5], en, ref);
    expect(asked).toBe(0);
    callCustom('ROI_CPV', [0.02, '¥3,000', 1.5], en, ref);
    expect(asked).toBe(1);
  });
});

describe("a leading \\ is the spreadsheet's own yen or won (Japanese and Korean Excel CSV)", () => {
  // [value, sheet currency, read or refusal code]
  const ROWS: [string, string, number | string][] = [
    ['\\80,000', 'JPY', 80_000],
    ['\\80,000', 'KRW', 80_000],
    ['\\ 80,000', 'JPY', 80_000],
    ['\\1.5', 'JPY', 1.5],
    ['\\15万', 'JPY', 150_000],
    ['＼80,000', 'JPY', 80_000], // full-width backslash
    ['\\80,000', 'USD', 'backslashCurrency'],
    ['\\80,000', '', 'backslashCurrency'],
    ['\\80,000円', 'JPY', 'notANumber'],
  ];
  it.each(ROWS)('%s in a %s sheet → %j', (value, currency, expected) => {
    if (typeof expected === 'number') expect(parseNumber(value, 'money', { currency })).toBe(expected);
    else expect(refusal(() => parseNumber(value, 'money', { currency })).code).toBe(expected);
  });

  it('is not money where a count belongs', () => {
    expect(refusal(() => parseNumber('\\80,000', 'count', { currency: 'JPY' })).code).toBe('unitNotAllowed');
  });

  it("a Shift_JIS CSV from Japanese Excel, through the preview's import, reads \\80,000 as ¥80,000", () => {
    // "アカウント,フォロワー数,再生数,費用" would need a Shift_JIS encoder; 費用 (0x94EF 0x9770) is enough to make it Shift_JIS.
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii('Handle,Followers,Views,'),
      0x94,
      0xef,
      0x97,
      0x70,
      0x0d,
      0x0a,
      ...ascii('@a,5000,50000,"'),
      0x5c,
      ...ascii('80,000"'),
      0x0d,
      0x0a,
    ]);
    const wb = workbookFromCsv(bytes, 'roster.csv');
    expect(wb.description).toContain('Shift_JIS');
    const values = wb.sheets[0]!.rows as unknown[][];
    expect(values[1]![3]).toBe('\\80,000');
    const plan = planShortlist(
      values,
      'roster',
      { cpvCap: 2, budget: 1_000_000, reachShare: { min: 0, max: 1 }, minEmpathy: 0, erFloor: false, viewRate: null },
      currencyOf('ja_JP'),
    );
    expect(plan.chosen.map((c) => c.fee)).toEqual([80_000]);
  });
});

describe('one ER rule: a fraction or a percent', () => {
  // [value, column in percent points?, ER read or refusal code]
  const ROWS: [unknown, boolean, number | string][] = [
    [0.041, false, 0.041],
    ['4.1%', false, 0.041],
    ['0.041', false, 0.041],
    [4.1, false, 'erPlainNumber'],
    ['4.1', false, 'erPlainNumber'],
    ['1.0', false, 'erPlainNumber'], // not silently 100%
    [1, false, 'erPlainNumber'],
    ['100%', false, 1],
    ['120%', false, 'erAbove100'],
    [4.1, true, 0.041],
    ['4.1', true, 0.041],
    ['4.1%', true, 0.041], // a written % is itself in any column
    [0.5, true, 0.005],
    [120, true, 'erAbove100'],
    ['', false, null as unknown as number],
  ];
  it.each(ROWS)('%j (percent points: %s) → %j', (value, pp, expected) => {
    if (typeof expected === 'string') expect(refusal(() => parseEr(value, pp)).code).toBe(expected);
    else expect(parseEr(value, pp)).toBe(expected);
  });

  // [followers, er, expected]
  const FORMULAS: [unknown, unknown, string][] = [
    [34_000, 4.1, 'er: ER 4.1 is ambiguous: write 4.1% for 4.1 percent, or a fraction (4.1% = 0.041)'],
    [34_000, '1.0', 'er: ER 1.0 is ambiguous'],
    [34_000, '120%', 'er: ER 120% is above 100%'],
    [34_000, '4.1%', 'micro · within'],
    [34_000, 0.041, 'micro · within'],
  ];
  it.each(FORMULAS)('ER_TIER(%j, %j)', (f, er, expected) => {
    const run = () => callCustom('ER_TIER', [f, er], en);
    if (expected.startsWith('er:')) expect(run).toThrow(expected);
    else expect(run()).toBe(expected);
  });

  // [ER cells of a column, header says %, read as percent points?]: the median of its plain numbers decides
  const COLUMNS: [unknown[], boolean, boolean][] = [
    [[4.1, 2.5, 0.5], false, true],
    [[0.041, 0.025, 3.2], false, false],
    [['4.1', '2.5 ', '0.5'], false, true],
    // plain numbers typed with a space after them, of any kind, are still plain numbers
    [['4.1\u00a0', '2.5\u3000', '1.9\u2009', 0.03, 0.02], false, true],
    [['4.1%', '2.5%', '3.0%', 0.02], false, false], // written with % they count as themselves: only 0.02 is plain
    [['4.1%', '2.5%', 3.2], false, true],
    [[0.5, 0.3, 0.04], true, true], // under a "%" header, above 0.2
    [['', 'n/a', '3%'], false, false],
  ];
  it.each(COLUMNS)('ER column %j (header %%: %s) in percent points: %s', (cells, headerPercent, pp) => {
    expect(erColumnInPercentPoints(cells, headerPercent)).toBe(pp);
    // the roster reads a column of rows the same way
    expect(
      erColumnInPercentPoints(
        cells.map((c) => ['@x', c]),
        headerPercent,
        1,
      ),
    ).toBe(pp);
  });

  it("ER_TIER over a column of percent points agrees with the shortlist's reading of it", () => {
    const headers = ['Handle', 'Followers', 'Views', 'Fee', 'ER'];
    const rows = [
      ['@a', 34_000, 5000, 5000, 4.1],
      ['@b', 150_000, 5000, 5000, 0.5],
      ['@c', 2_000_000, 5000, 5000, 1.2],
      ['@d', 8000, 5000, 5000, '2.5%'],
    ];
    const r = readRoster(rows, mapHeaderRow(headers), headers, 2, rules);
    expect(r.creators.map((c) => c.er)).toEqual([0.041, 0.005, 0.012, 0.025]);
    const formula = callCustom('ER_TIER', [rows.map((x) => [x[1]]), rows.map((x) => [x[4]])], en);
    expect(formula).toEqual(r.creators.map((c) => [`${c.tier} · ${c.verdict}`]));
    expect(formula).toEqual([['micro · within'], ['mid · below'], ['mega · within'], ['nano · below']]);
  });

  it('a stray plain 3.2 in a column of fractions is refused, not read as 320%', () => {
    const headers = ['Handle', 'Followers', 'Views', 'Fee', 'ER'];
    const rows = [
      ['@a', 5000, 5000, 5000, 0.03],
      ['@b', 5000, 5000, 5000, 0.04],
      ['@c', 5000, 5000, 5000, '3.2'],
    ];
    const r = readRoster(rows, mapHeaderRow(headers), headers, 2, rules);
    expect(r.excluded).toMatchObject([{ row: 4, reason: 'unreadable', detail: 'E4' }]);
    expect(r.excluded[0]!.error!.code).toBe('erPlainNumber');
  });

  it('a custom preset row 0, micro, 3, 8 is refused with the hint, not read as 300–800%', () => {
    expect(() =>
      callCustom(
        'ER_TIER',
        [
          5000,
          0.05,
          [
            [0, 'micro', 3, 8],
            [10_000, 'mid', 1, 3],
          ],
        ],
        en,
      ),
    ).toThrow('custom preset row 1: ER 3 is ambiguous: write 3% for 3 percent');
    expect(
      callCustom(
        'ER_TIER',
        [
          5000,
          0.05,
          [
            [0, 'micro', '3%', '8%'],
            [10_000, 'mid', 0.01, 0.03],
          ],
        ],
        en,
      ),
    ).toBe('micro · within');
  });
});

describe('URL handles key on the part that names the creator', () => {
  // [a, b, same creator?]
  const PAIRS: [string, string, boolean][] = [
    ['https://www.youtube.com/channel/UCaaaa', 'https://www.youtube.com/channel/UCbbbb', false],
    ['https://www.youtube.com/channel/UCaBc', 'https://www.youtube.com/channel/UCabc', false], // channel IDs are case-sensitive
    ['https://www.youtube.com/c/Hana', 'https://www.youtube.com/c/Mika', false],
    ['https://www.youtube.com/user/hana', 'https://www.youtube.com/user/mika', false],
    ['https://www.youtube.com/@hana', 'https://www.youtube.com/@mika', false],
    ['https://www.youtube.com/@Hana', '@hana', true],
    ['https://www.youtube.com/@hana/videos', 'youtube.com/@hana', true],
    ['https://www.youtube.com/c/hana', 'https://www.youtube.com/@hana', false], // different namespaces: not merged on a guess
    ['https://www.instagram.com/reel/Cabc123/', 'https://www.instagram.com/reel/Cxyz789/', false],
    ['https://www.instagram.com/p/Cabc123/', 'https://www.instagram.com/p/Cxyz789/', false],
    ['https://www.instagram.com/reel/Cabc123/', 'https://www.instagram.com/reel/Cabc123/?igsh=1', false],
    ['https://www.instagram.com/reel/Cabc123/', 'https://instagram.com/reel/Cabc123', true], // the same post twice
    ['https://www.instagram.com/hana/', 'hana', true],
    ['https://www.instagram.com/hana/reels/', '@Hana', true],
    ['https://www.tiktok.com/@hana/video/123', 'https://www.tiktok.com/@hana/video/456', true],
    ['https://www.tiktok.com/@hana/video/123', 'https://www.tiktok.com/@mika/video/123', false],
    ['https://www.tiktok.com/@hana', 'hana', true],
    ['https://vm.tiktok.com/ZMabc/', 'https://vm.tiktok.com/ZMxyz/', false],
    ['https://x.com/hana/status/1', 'https://twitter.com/hana', true],
    ['https://youtu.be/abc', 'https://youtu.be/xyz', false],
    ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=xyz', false],
    ['https://linktr.ee/hana', 'https://linktr.ee/mika', false],
    ['ｈａｎａ', 'hana', true],
  ];
  it.each(PAIRS)('%s vs %s → same: %s', (a, b, same) => {
    expect(handleKey(a) === handleKey(b)).toBe(same);
  });

  // Keys as a user sees them: however a plain handle is typed, one key.
  it.each([
    ['hana_beauty', '@hana_beauty'],
    ['@hana_beauty', '@hana_beauty'],
    ['  @Hana_Beauty ', '@hana_beauty'],
    ['@HANA.beauty', '@hana.beauty'],
    ['＠ｈａｎａ', '@hana'],
    ['@ハナ', '@ハナ'],
    ['\t@hana\n', '@hana'],
    ['hana/beauty', '@hana/beauty'],
  ])('handleKey(%j) is %j', (typed, key) => {
    expect(handleKey(typed)).toBe(key);
  });

  it('a roster of distinct YouTube channels and reels keeps every creator', () => {
    const headers = ['Handle', 'Platform', 'Followers', 'Views', 'Fee'];
    const urls = [
      'https://www.youtube.com/channel/UC1',
      'https://www.youtube.com/channel/UC2',
      'https://www.youtube.com/c/a',
      'https://www.youtube.com/@b',
      'https://www.instagram.com/reel/X1/',
      'https://www.instagram.com/reel/X2/',
    ];
    const r = readRoster(
      urls.map((u) => [u, 'YouTube', 5000, 5000, 5000]),
      mapHeaderRow(headers),
      headers,
      2,
      rules,
    );
    expect(r.creators.length).toBe(urls.length);
    expect(r.excluded).toEqual([]);
  });
});

describe('what is not plainly a number is refused', () => {
  // [value, kind, refusal code]
  const ROWS: [unknown, 'count' | 'money' | 'rate' | 'number', string][] = [
    ['①3万', 'count', 'notPlainDigit'],
    ['10²', 'count', 'notPlainDigit'],
    ['㉑', 'count', 'notPlainDigit'],
    ['⑴', 'count', 'notPlainDigit'],
    ['½', 'count', 'notPlainDigit'],
    ['𝟏𝟐', 'count', 'notPlainDigit'],
    ['5㌔', 'count', 'notPlainDigit'],
    ['Ⅻ', 'count', 'notPlainDigit'],
    ['1万5', 'count', 'ambiguousRemainder'],
    ['1万50', 'count', 'ambiguousRemainder'],
    ['1千5', 'count', 'ambiguousRemainder'],
    ['1億5000', 'count', 'ambiguousRemainder'],
    ['1K5', 'count', 'ambiguousRemainder'],
    ['1万12000', 'count', 'notANumber'],
    ['1e308', 'number', 'notANumber'],
  ];
  it.each(ROWS)('%j as %s', (value, kind, code) => {
    expect(refusal(() => parseNumber(value, kind)).code).toBe(code);
  });

  it('1万5 names both readings', () => {
    expect(refusal(() => parseNumber('1万5', 'count')).message).toBe('"1万5" could be 15,000 or 10,005; write the number in full');
  });

  // written in full, they read as before: [value, read]
  const FULL: [string, number][] = [
    ['1万5千', 15_000],
    ['1万5000', 15_000],
    ['1万500', 10_500],
    ['1億2000万', 120_000_000],
    ['1億2000万5000', 120_005_000],
    ['1만 5천', 15_000],
    ['１２万', 120_000],
    ['3万 (IG)', 30_000],
  ];
  it.each(FULL)('%s → %d', (value, expected) => {
    expect(parseNumber(value, 'count')).toBe(expected);
  });

  it('ROI_CPV(1, 1e308, 0.5) is refused, not Infinity', () => {
    expect(() => callCustom('ROI_CPV', [1, 1e308, 0.5], en)).toThrow('the result is too large to be a number');
    expect(callCustom('ROI_CPV', [[[1], [0.02]], [[1e308], [3000]], 0.5], en)).toEqual([
      ['#VALUE! the result is too large to be a number; check the values'],
      [120],
    ]);
  });
});

describe('width folding without ICU', () => {
  it.each([
    ['１２万', '12万'],
    ['￥３，０００', '¥3,000'],
    ['２％', '2%'],
    ['１\u3000２', '1 2'],
    ['plain', 'plain'],
  ])('%s → %s', (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });
});
