// runShortlist and getShortlistContext as the sidebar calls them: the built
// bundle in node:vm over the in-memory spreadsheet that counts calls.
import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { generateRoster } from '../local/sample-roster';

const HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'];
const ROSTER = [
  ['K社 Black Friday 候補'],
  [],
  HEADER,
  ['@mega_a', 'Instagram', '120万', '80万', '¥1,200,000', '1.1%'], // reach, CPV 1.5
  ['@mid_b', 'TikTok', '25万', '20万', '¥300,000', '2.2%'], // reach, CPV 1.5
  ['@micro_c', 'Instagram', '3.4万', '3万', '¥45,000', '5%'], // empathy, CPV 1.5
  ['@micro_d', 'Instagram', '8,500人', '9000', '9,000円', '6%'], // empathy, CPV 1
  ['@nano_e', 'TikTok', '5000', '6000', '¥6,000', '7%'], // empathy, CPV 1
  ['@pricey', 'Instagram', '200万', '50万', '¥3,000,000', '1%'], // CPV 6: over the cap
  // Pasted text that looks like a formula (the apostrophe keeps it text in the roster, as pasting does).
  ['\'=HYPERLINK("http://evil.example","click")', 'Instagram', '2万', '2万', '¥20,000', '4%'], // empathy, CPV 1
  ['@micro_c', 'Instagram', '3.4万', '3万', '¥45,000', '5%'], // duplicate
  ['@broken', 'Instagram', '12万万', '1万', '¥10,000', '4%'], // unreadable C13
  ['@noviews', 'Instagram', '1万', '', '¥10,000', '4%'], // no views
];

function setup(roster: unknown[][] = ROSTER, locale = 'ja_JP') {
  const fake = createFakeSpreadsheet({ Roster: roster }, { locale });
  const gas = loadBundle(fake.globals);
  return { fake, gas };
}

const BASE = { rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000 };

describe('runShortlist', () => {
  it('chooses the most views within budget and cap and writes the Shortlist sheet', () => {
    const { fake, gas } = setup();
    const before = JSON.stringify(fake.sheetValues('Roster'));
    fake.counters.reset();
    const r = gas.runShortlist({ ...BASE, minEmpathy: 2 });

    // Every eligible creator costs 1,580,000 in all: all fit in 2,000,000.
    expect(r.selected.map((c: { handle: string }) => c.handle).sort()).toEqual(
      ['=HYPERLINK("http://evil.example","click")', '@mega_a', '@micro_c', '@micro_d', '@mid_b', '@nano_e'].sort(),
    );
    expect(r.spend).toBe(1_580_000);
    expect(r.excluded).toEqual({ duplicate: 1, unreadable: 1, noViews: 1, overCap: 1 });
    expect(r.outputSheet).toBe('Shortlist');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain JSON, no Date

    // One read of the roster, a constant number of writes, the roster untouched.
    const rosterReads = fake.counters.calls.filter((c: string) => /get(Values|DisplayValues|Formulas)/.test(c) && c.includes('Roster'));
    expect(rosterReads.length).toBe(1);
    expect(JSON.stringify(fake.sheetValues('Roster'))).toBe(before);
    expect(fake.sheetNames()).toEqual(['Roster', 'Shortlist']);

    const out = fake.sheetValues('Shortlist');
    expect(out[0]!.slice(0, 3)).toEqual(['役割', 'アカウント', '媒体']);
    expect(
      out
        .slice(1, 7)
        .map((row) => row[1])
        .sort(),
    ).toEqual(r.selected.map((c: { handle: string }) => c.handle).sort());
    // Formula-looking text from the roster stays text.
    const formulas = fake
      .sheetFormulas('Shortlist')
      .flat()
      .filter((f: string | null) => f);
    expect(formulas).toEqual([]);
    expect(fake.formats('Shortlist').frozenRows).toBe(1);
    expect(fake.formats('Shortlist').charts.length).toBe(1);
  });

  it('writes with the same number of calls for 100 and 3,000 rows', () => {
    const writes = [100, 3000].map((n) => {
      const { fake, gas } = setup(generateRoster(n, 5));
      fake.counters.reset();
      gas.runShortlist({ ...BASE, budget: n * 100 });
      return fake.counters.writes;
    });
    expect(writes[0]).toBe(writes[1]);
  });

  it('keeps to the reach share and the minimum of empathy creators', () => {
    const { gas } = setup();
    const r = gas.runShortlist({ ...BASE, budget: 600_000, reachShare: { min: 0, max: 0.6 }, minEmpathy: 3 });
    const reach = r.selected.filter((c: { role: string }) => c.role === 'reach');
    const empathy = r.selected.filter((c: { role: string }) => c.role === 'empathy');
    expect(r.spend).toBeLessThanOrEqual(600_000);
    expect(reach.reduce((s: number, c: { fee: number }) => s + c.fee, 0)).toBeLessThanOrEqual(360_000);
    expect(empathy.length).toBeGreaterThanOrEqual(3);
  });

  it('reruns overwrite its own Shortlist sheet', () => {
    const { fake, gas } = setup();
    gas.runShortlist(BASE);
    gas.runShortlist({ ...BASE, budget: 100_000 });
    expect(fake.sheetNames()).toEqual(['Roster', 'Shortlist']);
  });

  it('saves the settings for the next person', () => {
    const { fake, gas } = setup();
    gas.runShortlist({ ...BASE, minEmpathy: 1 });
    const ctx = gas.getShortlistContext();
    expect(ctx.settings).toMatchObject({ rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000, minEmpathy: 1 });
    expect(fake.properties.size).toBeGreaterThan(0);
  });

  // [settings, message part]
  const REFUSALS: [Record<string, unknown> | null, string][] = [
    [{ ...BASE, cpvCap: -1 }, 'CPV上限'],
    [{ ...BASE, budget: 'abc' }, '予算'],
    [{ rosterSheet: 'Roster' }, 'CPV上限'],
    [{ ...BASE, rosterSheet: 'Nope' }, '「Nope」という名前のシートがありません'],
    [{ ...BASE, outputSheet: 'Roster' }, '出力先を名簿シート'],
    [{ ...BASE, cpvCap: 0.5 }, '条件を満たすクリエイターがいません'],
    [{ ...BASE, budget: 1000 }, '予算¥1,000に収まる'],
    [{ ...BASE, minEmpathy: 9 }, '共感（マイクロ・ナノ）枠が9人必要'],
    [{ ...BASE, reachShare: { min: 1, max: 1 }, minEmpathy: 1 }, '拡散（リーチ）枠の支出比率が100%〜100%'],
    [{ ...BASE, columns: { fee: '金額' } }, '指定した列「金額」'],
    [null, '値がないか'],
  ];
  it.each(REFUSALS)('refuses %j clearly and writes nothing', (settings, message) => {
    const { fake, gas } = setup();
    fake.counters.reset();
    expect(() => gas.runShortlist(settings)).toThrow(message);
    expect(fake.counters.writes).toBe(0);
    expect(fake.sheetNames()).toEqual(['Roster']);
  });

  it('refuses a sheet without recognisable headers, and one with a header only', () => {
    for (const [roster, message] of [
      [
        [
          ['a', 'b'],
          [1, 2],
        ],
        '見出し行が見つかりません',
      ],
      [[HEADER], 'データがありません'],
    ] as const) {
      const { fake, gas } = setup(roster as unknown as unknown[][]);
      expect(() => gas.runShortlist(BASE)).toThrow(message);
      expect(fake.sheetNames()).toEqual(['Roster']);
    }
  });

  it('speaks English and Korean to users in those locales', () => {
    const en = setup(ROSTER, 'en_US');
    expect(() => en.gas.runShortlist({ ...BASE, rosterSheet: 'Nope' })).toThrow('there is no sheet named "Nope"');
    const ko = setup(ROSTER, 'ko_KR');
    expect(() => ko.gas.runShortlist({ ...BASE, rosterSheet: 'Nope' })).toThrow('"Nope" 시트가 없습니다');
  });

  it('refuses a second run while another holds the document lock, changing nothing', () => {
    const { fake, gas } = setup();
    fake.lock.held = true;
    expect(() => gas.runShortlist(BASE)).toThrow('別のショートリスト作成が実行中です');
    expect(fake.sheetNames()).toEqual(['Roster']);
  });

  it('a run that fails midway leaves the previous output as it was, and no half-written sheet', () => {
    const { fake, gas } = setup();
    gas.runShortlist(BASE);
    const before = JSON.stringify(fake.sheetValues('Shortlist'));
    // Break the last write step (the chart) for the next run.
    const ss = (fake.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(n: string): object } }).getActiveSpreadsheet();
    const proto = Object.getPrototypeOf(ss.getSheetByName('Roster')) as { insertChart: () => void };
    const original = proto.insertChart;
    proto.insertChart = () => {
      throw new Error('Service Spreadsheets timed out');
    };
    try {
      expect(() => gas.runShortlist({ ...BASE, budget: 100_000 })).toThrow(
        'ショートリスト作成で予期しない問題が発生しました。変更はしていません',
      );
    } finally {
      proto.insertChart = original;
    }
    expect(fake.sheetNames()).toEqual(['Roster', 'Shortlist']);
    expect(JSON.stringify(fake.sheetValues('Shortlist'))).toBe(before);
  });

  it('never overwrites a sheet it did not make', () => {
    const fake = createFakeSpreadsheet({ Roster: ROSTER, Shortlist: [['client notes']] }, { locale: 'en_US' });
    const gas = loadBundle(fake.globals);
    expect(() => gas.runShortlist(BASE)).toThrow('was not made by this add-on');
    expect(fake.sheetValues('Shortlist')).toEqual([['client notes']]);
  });
});

describe('getShortlistContext', () => {
  it('finds the roster, its header mapping, the locale and a pre-simulation payload', () => {
    const { gas } = setup();
    const ctx = gas.getShortlistContext();
    expect(ctx.locale).toBe('ja');
    expect(ctx.currencySymbol).toBe('¥');
    expect(ctx.rosterSheet).toBe('Roster');
    expect(ctx.header?.row).toBe(3);
    expect(ctx.header?.columns).toEqual({
      handle: 'アカウント',
      platform: '媒体',
      followers: 'フォロワー数',
      views: '平均再生数',
      fee: '費用',
      er: 'エンゲージメント率',
    });
    expect(ctx.presim.rows.fee.length).toBe(8); // 7 readable with views + 1 without views
    expect(ctx.presim.total).toBe(8);
    expect(ctx.presim.omittedFrom).toBeNull();
    expect(ctx.unreadableRows).toBe(1);
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
  });

  it('says why when a sheet has no header', () => {
    const { gas } = setup([
      ['a', 'b'],
      [1, 2],
    ]);
    const ctx = gas.getShortlistContext();
    expect(ctx.header).toBeNull();
    expect(ctx.headerProblem).toContain('見出し行が見つかりません');
  });
});

describe('views estimated from a view rate', () => {
  it('are used when views are missing and marked as estimates in the output', () => {
    const roster = [HEADER, ['@noviews', 'Instagram', '1万', '', '¥5,000', '4%'], ['@a', 'Instagram', '1万', '5000', '¥5,000', '4%']];
    const { fake, gas } = setup(roster);
    const r = gas.runShortlist({ ...BASE, viewRate: '30%' });
    expect(r.selected.map((c: { handle: string; views: number }) => [c.handle, c.views])).toEqual([
      ['@noviews', 3000],
      ['@a', 5000],
    ]);
    const formats = fake.formats('Shortlist').numberFormats;
    expect([...formats.values()].some((f) => f.includes('（推定）'))).toBe(true);
  });
});
