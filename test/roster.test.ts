import { describe, expect, it } from 'vitest';
import { findHeader, mapHeaderRow, columnLetter } from '../src/core/roster/headers';
import { readRoster } from '../src/core/roster/read';

describe('header aliases map columns in Japanese, Korean and English', () => {
  // [header row, expected field → column]
  const ROWS: [string[], Record<string, number>][] = [
    [
      ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'],
      { handle: 0, platform: 1, followers: 2, views: 3, fee: 4, er: 5 },
    ],
    [['계정', '플랫폼', '팔로워', '평균 조회수', '광고비', '참여율'], { handle: 0, platform: 1, followers: 2, views: 3, fee: 4, er: 5 }],
    [
      ['Username', 'Platform', 'Followers', 'Median views', 'Price', 'Engagement rate'],
      { handle: 0, platform: 1, followers: 2, views: 3, fee: 4, er: 5 },
    ],
    [['Name', 'Handle', 'Avg Views', 'Fee (JPY)', 'ER (%)', 'Followers (IG)'], { handle: 1, views: 2, fee: 3, er: 4, followers: 5 }],
    [
      ['ユーザー名', 'SNS', 'フォロワー', '再生数', '単価', 'ER', '保存', 'シェア', 'いいね', 'コメント'],
      { handle: 0, platform: 1, followers: 2, views: 3, fee: 4, er: 5, saves: 6, shares: 7, likes: 8, comments: 9 },
    ],
    [
      ['아이디', '매체', '팔로워수', '조회수', '비용', '참여율', '댓글', '저장', '공유'],
      { handle: 0, platform: 1, followers: 2, views: 3, fee: 4, er: 5, comments: 6, saves: 7, shares: 8 },
    ],
    [['ＦＯＬＬＯＷＥＲＳ', 'Cost', 'Views'], { followers: 0, fee: 1, views: 2 }],
  ];
  it.each(ROWS)('%j', (row, expected) => {
    expect(mapHeaderRow(row)).toEqual(expected);
  });

  it('finds the header below a title block within the first 10 rows', () => {
    const values = [
      ['2026 Black Friday roster'],
      [''],
      ['メモ: 単位は円'],
      ['アカウント', 'フォロワー数', '平均再生数', '費用'],
      ['a', 1000, 500, 1000],
    ];
    expect(findHeader(values)?.row).toBe(3);
  });

  it('finds nothing in a sheet without recognisable headers', () => {
    expect(
      findHeader([
        ['x', 'y'],
        [1, 2],
      ]),
    ).toBeNull();
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %d is %s', (i, s) => {
    expect(columnLetter(i)).toBe(s);
  });
});

describe('roster rules', () => {
  const map = { handle: 0, platform: 1, followers: 2, views: 3, fee: 4, er: 5 };
  const headers = ['handle', 'platform', 'followers', 'views', 'fee', 'er'];
  const rules = { cpvCap: 2, erFloor: true, viewRate: null };

  it('gives every excluded row a reason, with the cell address or the CPV', () => {
    const rows = [
      ['@a', 'IG', '12.5万', '10万', '¥150,000', '2%'], // 2 → reach, CPV 1.5, mid within
      ['@b', 'IG', '3.4만', '2만', '¥30,000', '4%'], // empathy, CPV 1.5
      ['@a', 'IG', '1', '1', '1', '1%'], // duplicate of row 2
      ['@A', 'TikTok', '5000', '4000', '4000', '5%'], // same handle, other platform: not a duplicate
      ['@c', 'IG', '12abc', '1000', '1000', '5%'], // unreadable followers → C6
      ['@d', 'IG', '5000', '', '1000', '5%'], // no views
      ['@e', 'IG', '5000', '1000', '', '5%'], // no fee
      ['@f', 'IG', '5000', '1000', '3000', '5%'], // CPV 3 over the cap
      ['@g', 'IG', '5000', '1000', '1000', '1%'], // nano below band 3%
      ['', '', '', '', '', ''], // blank row: skipped silently
    ];
    const r = readRoster(rows, map, headers, 2, rules);
    expect(r.dataRows).toBe(9);
    expect(r.eligible.map((c) => [c.row, c.role, c.tier])).toEqual([
      [2, 'reach', 'mid'],
      [3, 'empathy', 'micro'],
      [5, 'empathy', 'nano'],
    ]);
    expect(r.excluded.map((e) => [e.row, e.reason, e.detail])).toEqual([
      [4, 'duplicate', '@a'],
      [6, 'unreadable', 'C6'],
      [7, 'noViews', ''],
      [8, 'noFee', ''],
      [9, 'overCap', '3'],
      [10, 'erBelow', 'nano 1% < 3%'],
    ]);
    expect(r.excluded[1]!.error?.message).toBe('"12abc" is not a number');
  });

  it('estimates views from followers × view rate when the user gives one', () => {
    const r = readRoster([['@d', 'IG', '5000', '', '500', '5%']], map, headers, 2, { ...rules, viewRate: 0.1 });
    expect(r.eligible[0]).toMatchObject({ views: 500, viewsEstimated: true, cpv: 1 });
  });

  it('reads plain ER numbers as percent points when the column says so', () => {
    const rows = [
      ['@a', 'IG', 5000, 1000, 1000, 3.2],
      ['@b', 'IG', 6000, 1000, 1000, 4.5],
    ];
    const r = readRoster(rows, map, ['h', 'p', 'f', 'v', 'fee', 'ER (%)'], 2, rules);
    expect(r.eligible.map((c) => c.er)).toEqual([0.032, 0.045]);
    const fractions = readRoster([['@a', 'IG', 5000, 1000, 1000, 0.032]], map, headers, 2, rules);
    expect(fractions.eligible[0]!.er).toBe(0.032);
  });

  it('role is reach from 100,000 followers', () => {
    const r = readRoster(
      [
        ['@a', '', 99_999, 1000, 1000, ''],
        ['@b', '', 100_000, 1000, 1000, ''],
      ],
      map,
      headers,
      2,
      rules,
    );
    expect(r.eligible.map((c) => c.role)).toEqual(['empathy', 'reach']);
  });
});

describe('messy rosters', () => {
  const headersOf = (h: string[]) => h;
  const rules = { cpvCap: 2, erFloor: false, viewRate: null };

  it('reads plain numbers in the unit their header gives (万人, 千円, K)', () => {
    const headers = headersOf(['アカウント', 'フォロワー数（万人）', '平均再生数(千回)', '費用（万円）']);
    const map = mapHeaderRow(headers);
    expect(map).toEqual({ handle: 0, followers: 1, views: 2, fee: 3 });
    const r = readRoster(
      [
        ['@a', 12.5, 100, 15],
        ['@b', '3.4', '20', '2'],
        ['@c', '12万', '1万', '¥20,000'],
      ],
      map,
      headers,
      2,
      rules,
    );
    expect(r.creators.map((c) => [c.followers, c.views, c.fee])).toEqual([
      [125_000, 100_000, 150_000],
      [34_000, 20_000, 20_000],
      [120_000, 10_000, 20_000],
    ]);
  });

  it('counts one creator once however the handle and platform were typed', () => {
    const headers = ['Handle', 'Platform', 'Followers', 'Views', 'Fee'];
    const rows = [
      ['@Hana', 'Instagram', 5000, 5000, 5000],
      ['https://www.instagram.com/hana/', 'IG', 5000, 5000, 5000],
      ['hana', 'インスタ', 5000, 5000, 5000],
      ['hana', 'TikTok', 5000, 5000, 5000],
    ];
    const r = readRoster(rows, mapHeaderRow(headers), headers, 2, rules);
    expect(r.creators.map((c) => c.row)).toEqual([2, 5]);
    expect(r.excluded.map((e) => e.reason)).toEqual(['duplicate', 'duplicate']);
  });

  it('skips a totals line under the data', () => {
    const headers = ['アカウント', 'フォロワー数', '再生数', '費用'];
    const r = readRoster(
      [
        ['@a', 5000, 5000, 5000],
        ['合計', 5000, 5000, 5000],
        ['Total', '', '', ''],
      ],
      mapHeaderRow(headers),
      headers,
      2,
      rules,
    );
    expect(r.dataRows).toBe(1);
    expect(r.creators.length).toBe(1);
  });

  it('maps exported headers from the tools marketers use', () => {
    expect(mapHeaderRow(['Instagram ID', 'Follower Count', 'Avg Reel Views', 'Rate (USD)', 'Engagement Rate (%)'])).toEqual({
      handle: 0,
      followers: 1,
      views: 2,
      fee: 3,
      er: 4,
    });
    expect(mapHeaderRow(['インスタグラムID', 'フォロワー', '平均いいね数', '提案単価(税別)', '想定再生数'])).toEqual({
      handle: 0,
      followers: 1,
      likes: 2,
      fee: 3,
      views: 4,
    });
    expect(mapHeaderRow(['인스타그램 아이디', '팔로워 수', '평균 좋아요', '예상 단가', '평균 조회수(릴스)'])).toEqual({
      handle: 0,
      followers: 1,
      likes: 2,
      fee: 3,
      views: 4,
    });
  });
});

describe('headers that look like a field but are not', () => {
  // [header row, expected]
  const ROWS: [string[], Record<string, number>][] = [
    [['アカウント', 'フォロワー数', '平均再生数', '再生単価', '提案金額'], { handle: 0, followers: 1, views: 2, fee: 4 }],
    [['Handle', 'Followers', 'Views', 'CPV', 'Cost'], { handle: 0, followers: 1, views: 2, fee: 4 }],
    [
      ['アカウント', 'フォロワー数', 'フォロワー増加数', '再生数', '費用', 'エンゲージメント数', 'エンゲージメント率'],
      { handle: 0, followers: 1, views: 3, fee: 4, er: 6 },
    ],
    [['계정', '팔로워', '조회수', '조회당 단가', '광고비'], { handle: 0, followers: 1, views: 2, fee: 4 }],
    [['Handle', 'Followers', 'View rate', 'Avg views', 'Fee'], { handle: 0, followers: 1, views: 3, fee: 4 }],
  ];
  it.each(ROWS)('%j', (row, expected) => {
    expect(mapHeaderRow(row)).toEqual(expected);
  });
});

describe('ER from interactions when there is no ER column', () => {
  it('is (likes + comments + saves + shares) per follower, and the ER floor applies to it', () => {
    const headers = ['アカウント', 'フォロワー数', '再生数', '費用', 'いいね', 'コメント', '保存', 'シェア'];
    const map = mapHeaderRow(headers);
    const rows = [
      ['@a', 10_000, 5000, 5000, 300, 50, 100, 50], // 500 / 10,000 = 5%: within
      ['@b', 10_000, 5000, 5000, 100, 'n/a', '', ''], // 1%: below the 3% band
      ['@c', 10_000, 5000, 5000, '', '', '', ''], // no ER at all: not judged
    ];
    const r = readRoster(rows, map, headers, 2, { cpvCap: 2, erFloor: true, viewRate: null });
    expect(r.creators.map((c) => [c.er, c.verdict])).toEqual([
      [0.05, 'within'],
      [0.01, 'below'],
      [null, null],
    ]);
    expect(r.eligible.map((c) => c.handle)).toEqual(['@a', '@c']);
  });
});
