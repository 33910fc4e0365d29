// Client snapshots and freeze-formulas against the in-memory spreadsheet.
import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import type { ShortlistResult } from '../src/shared/api';
import { registerCustomFunctions } from '../local/hf-plugin';

const SOURCE = [
  ['アカウント', 'フォロワー数', '費用', 'CPV', '利益率', 'ER判定', 'ROI'],
  ['\'=HYPERLINK("http://x","y")', 120000, 150000, 1.5, 0.3, '=ER_TIER(B2, 0.02)', '=ROI_CPV(0.02, 3000, D2)'],
  ['@micro', 34000, 45000, 1.5, 0.3, '=ER_TIER(B3, 0.05)', '=ROI_CPV(0.02, 3000, D3)'],
];

function setup() {
  const fake = createFakeSpreadsheet({ Roster: SOURCE }, { locale: 'ja_JP', timeZone: 'Asia/Tokyo' });
  const gas = loadBundle(fake.globals);
  registerCustomFunctions(gas);
  return { fake, gas };
}

describe('createClientSnapshot', () => {
  it('writes a dated values-only copy without the hidden columns, protected with a warning; the source is unchanged', () => {
    const { fake, gas } = setup();
    const before = JSON.stringify(fake.sheetFormulas('Roster'));
    const { sheet } = gas.createClientSnapshot({ sourceSheet: 'Roster', hideColumns: ['費用', 'CPV', '利益率'] });
    expect(sheet).toMatch(/^Roster スナップショット \d{2}-\d{2} \d{4}$/);
    expect(fake.sheetValues(sheet)).toEqual([
      ['アカウント', 'フォロワー数', 'ER判定', 'ROI'],
      ['=HYPERLINK("http://x","y")', 120000, 'mid · within', 40],
      ['@micro', 34000, 'micro · within', 40],
    ]);
    expect(fake.sheetFormulas(sheet).flat().filter(Boolean)).toEqual([]);
    expect(fake.formats(sheet).protections.length).toBe(1);
    expect(JSON.stringify(fake.sheetFormulas('Roster'))).toBe(before);
  });

  it('suggests hiding fee, CPV and margin', () => {
    const { gas } = setup();
    expect(gas.getSnapshotContext('Roster').suggestedHidden).toEqual(['費用', 'CPV', '利益率']);
  });

  it('refuses a missing sheet or an unknown column and writes nothing', () => {
    const { fake, gas } = setup();
    expect(() => gas.createClientSnapshot({ sourceSheet: 'Nope' })).toThrow('「Nope」がありません');
    expect(() => gas.createClientSnapshot({ sourceSheet: 'Roster', hideColumns: ['金額'] })).toThrow('「金額」');
    expect(() => gas.createClientSnapshot(null)).toThrow();
    expect(fake.sheetNames()).toEqual(['Roster']);
  });
});

describe('freezeFormulas', () => {
  it("replaces the add-on's formulas by their values and keeps other formulas", () => {
    const fake = createFakeSpreadsheet({ S: [['=ROI_CPV(0.02, 3000, 1.5)', '=1+1', "'=text", 'plain']] }, { locale: 'en_US' });
    const gas = loadBundle(fake.globals);
    registerCustomFunctions(gas);
    const r = gas.freezeFormulas({ sheet: 'S' });
    expect(r).toEqual({ sheet: 'S', range: 'A1:D1', frozen: 1, skipped: 0 });
    expect(fake.sheetFormulas('S')).toEqual([[null, '=1+1', null, null]]);
    expect(fake.sheetValues('S')).toEqual([[40, 2, '=text', 'plain']]);
  });

  it('freezes a spilled result whole and leaves other formulas and their cells alone', () => {
    const fake = createFakeSpreadsheet(
      {
        S: [
          ['f', 'er', 'tier', 'sum'],
          [5000, 0.05, '=ER_TIER(A2:A4, B2:B4)', '=A2+A3'],
          [34000, 0.04, '', ''],
          ['1.2M', 0.004, '', 'note'],
        ],
      },
      { locale: 'en_US' },
    );
    const gas = loadBundle(fake.globals);
    registerCustomFunctions(gas);
    expect(gas.freezeFormulas({ sheet: 'S' }).frozen).toBe(1);
    expect(fake.sheetFormulas('S').map((r) => r[2])).toEqual([null, null, null, null]);
    expect(fake.sheetValues('S').map((r) => r[2])).toEqual(['tier', 'nano · within', 'micro · within', 'mega · below']);
    expect(fake.sheetFormulas('S')[1]![3]).toBe('=A2+A3');
  });

  it('refuses a range it cannot read, in the user language', () => {
    const fake = createFakeSpreadsheet({ S: [['a']] }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    expect(() => gas.freezeFormulas({ sheet: 'S', range: 'ZZZ' })).toThrow('「ZZZ」は「S」の範囲として読めません');
  });
});

describe("client view of the add-on's own Shortlist, built from its structure", () => {
  const ROSTER = [
    ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'],
    // Fees and CPVs unlike any other number on the sheet, so a leak cannot hide behind a coincidence.
    ['@mega_a', 'Instagram', '120万', '80万', '¥1,160,000', '1.1%'], // CPV 1.45
    ['@micro_c', 'Instagram', '3.4万', '3万', '¥45,300', '5%'], // CPV 1.51
    ['@nano_e', 'TikTok', '5000', '6000', '¥5,730', '7%'], // CPV 0.955
    ['@pricey', 'Instagram', '200万', '50万', '¥1,250,000', '1%'], // CPV 2.5: a near miss
    ['@close', 'TikTok', '2万', '1万', '¥23,000', '4%'], // CPV 2.3: a near miss
  ];

  function shortlist() {
    const fake = createFakeSpreadsheet({ Roster: ROSTER }, { locale: 'ja_JP', timeZone: 'Asia/Tokyo' });
    const gas = loadBundle(fake.globals);
    const run = gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000, cvr: 0.02, aov: 3000 });
    return { fake, gas, run };
  }

  /** Every number and text a client must not be able to read when fee and CPV are hidden. */
  function secretsOf(run: ShortlistResult): { numbers: Set<number>; texts: RegExp } {
    const numbers = new Set<number>();
    for (const c of run.selected) numbers.add(c.fee).add(c.cpv);
    numbers
      .add(run.spend)
      .add(run.blendedCpv)
      .add(run.reachSpend)
      .add(run.spend - run.reachSpend)
      .add(run.budget - run.spend);
    numbers.add(2.5).add(2.3).add(1_250_000).add(23_000); // the near misses' CPVs and fees
    return { numbers, texts: /¥\s?\d|\d\.\d{2}\s*>/ };
  }

  // [hidden headers, what must also be gone]
  const CASES: [string[], string[]][] = [
    [
      ['費用', 'CPV'],
      ['費用', 'CPV', 'ROI', '費用合計', '残り予算', '全体CPV', 'CPV上限', '費用比率', '予算比率', '詳細'],
    ],
    // Hiding the fee alone hides CPV too: with views on the sheet, CPV = fee ÷ views.
    [['費用'], ['費用', 'CPV', 'ROI', '費用合計', '残り予算', '全体CPV', 'CPV上限', '費用比率', '予算比率', '詳細']],
  ];
  it.each(CASES)('hiding %j leaves no fee or CPV anywhere: columns, near misses, totals, per-role spend, reasons', (hide, removed) => {
    const { fake, gas, run } = shortlist();
    const ctx = gas.getSnapshotContext('Shortlist');
    expect(ctx.structured).toBe(true);
    expect(ctx.suggestedHidden).toEqual(['費用', 'CPV']);
    const r = gas.createClientSnapshot({ sourceSheet: 'Shortlist', hideColumns: hide });
    expect(r.removed).toEqual(removed);
    const cells = fake.sheetValues(r.sheet).flat();
    const { numbers, texts } = secretsOf(run);
    expect(cells.filter((v) => typeof v === 'number' && numbers.has(v))).toEqual([]);
    expect(cells.filter((v) => typeof v === 'string' && texts.test(v))).toEqual([]);
    // What the client may see is still there.
    expect(cells).toEqual(
      expect.arrayContaining(['@mega_a', '@pricey', '@close', 'CPVが上限超過', '予算', 2_000_000, '想定再生数合計', '人数']),
    );
    expect(fake.sheetValues('Shortlist').flat()).toContain(run.spend); // the source is not changed
  });

  it('a plain column of the Shortlist can be hidden by its header too', () => {
    const { fake, gas } = shortlist();
    const r = gas.createClientSnapshot({ sourceSheet: 'Shortlist', hideColumns: ['フォロワー数'] });
    expect(fake.sheetValues(r.sheet)[0]).not.toContain('フォロワー数');
    expect(fake.sheetValues(r.sheet)[0]).toContain('費用');
    expect(r.removed).toEqual(['フォロワー数']);
  });

  it('refuses a Shortlist edited out of the shape it was written in, rather than guess where the figures are', () => {
    const { fake, gas } = shortlist();
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Shortlist')!.insertRowsBefore(3, 2);
    ss.getSheetByName('Shortlist')!.getRange('A3').setValue('note');
    expect(() => gas.createClientSnapshot({ sourceSheet: 'Shortlist', hideColumns: ['費用'] })).toThrow('ショートリストを作成し直してから');
    expect(fake.sheetNames()).toEqual(['Roster', 'Shortlist']);
  });
});

describe('suggested hidden columns and the hide list', () => {
  // Every header the roster reader reads as the fee is suggested, from the one alias table; CPV and margin too.
  const HEADERS: [string, boolean][] = [
    ['報酬額', true],
    ['依頼費用', true],
    ['案件単価', true],
    ['Cost per post', true],
    ['費用(千円)', true],
    ['Rate', true],
    ['CPV', true],
    ['再生単価', true],
    ['利益率', true],
    ['Margin %', true],
    ['アカウント', false],
    ['フォロワー数', false],
    ['ROI', false],
    ['Engagement rate', false],
    ['Landscape', false],
  ];
  it.each(HEADERS)('%s suggested: %s', (header, suggested) => {
    const fake = createFakeSpreadsheet(
      {
        S: [
          ['アカウント', 'フォロワー数', '平均再生数', header],
          ['@a', 1000, 500, 1],
        ],
      },
      { locale: 'ja_JP' },
    );
    const gas = loadBundle(fake.globals);
    expect(gas.getSnapshotContext('S').suggestedHidden.includes(header)).toBe(suggested);
  });

  const BAD: unknown[] = ['費用', { 0: '費用' }, [1], ['費用', null], 5];
  it.each(BAD)('refuses hideColumns %j that is not a list of headers, and writes nothing', (hideColumns) => {
    const { fake, gas } = setup();
    expect(() => gas.createClientSnapshot({ sourceSheet: 'Roster', hideColumns })).toThrow('見出しのリストで指定してください');
    expect(fake.sheetNames()).toEqual(['Roster']);
  });

  it('says a snapshot, not a shortlist run, is blocked by the lock', () => {
    const { fake, gas } = setup();
    fake.lock.held = true;
    expect(() => gas.createClientSnapshot({ sourceSheet: 'Roster' })).toThrow('スナップショットを作成し直してください');
    expect(() => gas.freezeFormulas({ sheet: 'Roster' })).toThrow('数式の固定をやり直してください');
    for (const f of [() => gas.createClientSnapshot({ sourceSheet: 'Roster' }), () => gas.freezeFormulas({ sheet: 'Roster' })]) {
      expect(f).not.toThrow('別のショートリスト作成');
    }
  });
});

describe("freezeFormulas: only our calls, never another formula's output, in few writes", () => {
  function sheet(rows: unknown[][]) {
    const fake = createFakeSpreadsheet({ S: rows }, { locale: 'en_US' });
    const gas = loadBundle(fake.globals);
    registerCustomFunctions(gas);
    return { fake, gas };
  }

  it('leaves an ARRAYFORMULA that spills across the column below our formula intact', () => {
    const { fake, gas } = sheet([
      ['f', 'er', 'tier'],
      [5000, 0.05, '=ER_TIER(A2:A3, B2:B3)'],
      [34000, 0.04, ''],
      ['', '', ''],
      ['=ARRAYFORMULA({1,2,3})', '', ''],
    ]);
    expect(gas.freezeFormulas({ sheet: 'S' })).toMatchObject({ frozen: 1, skipped: 0 });
    expect(fake.sheetFormulas('S')[4]![0]).toBe('=ARRAYFORMULA({1,2,3})');
    expect(fake.sheetValues('S')[4]).toEqual([1, 2, 3]);
    expect(fake.sheetValues('S').map((r) => r[2])).toEqual(['tier', 'nano · within', 'micro · within', '', 3]);
    expect(fake.sheetFormulas('S').map((r) => r[2])).toEqual([null, null, null, null, null]);
  });

  // [formula, frozen?]
  const FORMULAS: [string, boolean][] = [
    ['=ROI_CPV(0.02, 3000, 1.5)', true],
    ['=roi_cpv(0.02, 3000, 1.5)', true],
    ['=IFERROR(ROI_CPV(0.02, 3000, 1.5), "")', true],
    ['="ROI_CPV(" & "0.02)"', false],
    ['=LEN("=ER_TIER(1,2)")', false],
    ['=MY_ROI_CPV(1)', false],
    ['=1+1', false],
  ];
  it.each(FORMULAS)('%s is frozen: %s', (formula, frozen) => {
    const { fake, gas } = sheet([[formula]]);
    gas.freezeFormulas({ sheet: 'S' });
    expect(fake.sheetFormulas('S')[0]![0] === null).toBe(frozen);
  });

  it('writes a column of per-row formulas in one call, not one per formula', () => {
    const rows = [
      ['cvr', 'aov', 'cpv', 'roi', 'tier'],
      ...Array.from({ length: 200 }, (_, i) => [
        0.02,
        3000,
        1 + (i % 5),
        `=ROI_CPV(A${i + 2}, B${i + 2}, C${i + 2})`,
        `=ER_TIER(${1000 * (i + 1)}, 0.05)`,
      ]),
    ];
    const { fake, gas } = sheet(rows);
    fake.counters.reset();
    expect(gas.freezeFormulas({ sheet: 'S' }).frozen).toBe(400);
    expect(fake.counters.calls.filter((c) => c.startsWith('Range.setValues'))).toEqual(['Range.setValues S!D2:E201']);
    expect(fake.sheetFormulas('S').flat().filter(Boolean)).toEqual([]);
    expect(fake.sheetValues('S')[1]![3]).toBe(60); // 2% × 3000 / 1
  });

  it('leaves a formula whose result area it cannot tell, and says how many', () => {
    const { fake, gas } = sheet([[2, '=ROI_CPV(0.02, 3000, A1*1)']]);
    expect(gas.freezeFormulas({ sheet: 'S' })).toMatchObject({ frozen: 0, skipped: 1 });
    expect(fake.sheetFormulas('S')[0]![1]).toBe('=ROI_CPV(0.02, 3000, A1*1)');
  });
});
