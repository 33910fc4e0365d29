import { describe, expect, it } from 'vitest';
import { IMPLEMENTATIONS, callCustom } from '../src/functions/registry';
import { Locale } from '../src/core/i18n';

const en = () => 'en' as Locale;
const ja = () => 'ja' as Locale;
const call = (name: keyof typeof IMPLEMENTATIONS, ...args: unknown[]) => callCustom(name, args, en);
const close = (a: unknown, b: number) => expect(a as number).toBeCloseTo(b, 9);

describe('ROI_CPV', () => {
  // [cvr, aov, cpv, margin, expected]
  const ROWS: [unknown, unknown, unknown, unknown, number][] = [
    ['2%', '¥3,000', '¥1.5', undefined, 40],
    [0.02, 3000, 1.5, undefined, 40],
    ['2%', '3,000円', 1.5, '30%', 11],
    [0.01, '₩30,000', '₩100', undefined, 3],
    ['0.5%', '$12', '$0.02', undefined, 3],
    [0.02, 3000, 2, 0.3, 8],
    [0, 3000, 2, undefined, 0],
  ];
  it.each(ROWS)('ROI_CPV(%j, %j, %j, %j) = %d', (cvr, aov, cpv, margin, expected) => {
    close(call('ROI_CPV', cvr, aov, cpv, margin), expected);
  });

  // [args, message]
  const ERRORS: [unknown[], string][] = [
    [[2, 3000, 1.5], 'cvr: CVR 2 is above 100%; use 0.02 or 2% for two percent'],
    [['200%', 3000, 1.5], 'above 100%'],
    [[0.02, 3000, 0], 'cpv: CPV must be greater than 0'],
    [[0.02, 3000, '-1'], 'cpv: "-1" is negative'],
    [[0.02, '12abc', 1], 'aov: "12abc" is not a number'],
    [[0.02, 3000, 1.5, 1.5], 'margin must be between 0 and 1'],
    [[true, 3000, 1.5], 'cvr: TRUE (TRUE/FALSE) where a number belongs'],
    [[[[0.01], [0.02]], [[1], [2], [3]], 1], 'ranges have different sizes: 2×1 and 3×1'],
  ];
  it.each(ERRORS)('refuses %j', (args, message) => {
    expect(() => call('ROI_CPV', ...args)).toThrow(message);
  });

  it('speaks the spreadsheet language', () => {
    expect(() => callCustom('ROI_CPV', [0.02, 3000, 0], ja)).toThrow('CPV は0より大きい値が必要です');
  });

  it('maps ranges cell by cell, broadcasting single values, blanks stay blank, bad cells say why', () => {
    const out = call('ROI_CPV', [['2%'], [0.01], [''], ['x'], [3]], '¥3,000', [[1.5], [1.5], [1.5], [1.5], [1.5]]) as unknown[][];
    close(out[0]![0], 40);
    close(out[1]![0], 20);
    expect(out[2]![0]).toBe('');
    expect(out[3]![0]).toBe('#VALUE! cvr: "x" is not a number');
    expect(out[4]![0]).toBe('#VALUE! cvr: CVR 3 is above 100%; use 0.02 or 2% for two percent');
  });

  it('a single blank argument gives a blank, an empty range gives a blank', () => {
    expect(call('ROI_CPV', '', 3000, 1.5)).toBe('');
    expect(call('ROI_CPV', [], 3000, 1.5)).toBe('');
  });
});

describe('ER_TIER', () => {
  // [followers, er, preset, expected]
  const ROWS: [unknown, unknown, unknown, string][] = [
    [5000, 0.05, undefined, 'nano · within'],
    ['3.4만', '4.1%', undefined, 'micro · within'],
    [99_999, 0.02, undefined, 'micro · below'],
    [100_000, 0.02, undefined, 'mid · within'],
    ['12.5万', '3%', undefined, 'mid · within'],
    ['12.5万', '3.01%', undefined, 'mid · above'],
    [999_999, 0.009, undefined, 'mid · below'],
    ['1.2M', 0.01, undefined, 'mega · within'],
    ['1.2M', 0.004, undefined, 'mega · below'],
    ['1.2M', 0.02, 'seed', 'mega · above'],
    [60_000, 0.02, 'instagram', 'mid · within'],
    [600_000, 0.01, 'Instagram', 'macro · within'],
    [20_000, 0.08, 'tiktok', 'micro · above'],
    [0, 0.1, undefined, 'nano · above'],
  ];
  it.each(ROWS)('ER_TIER(%j, %j, %j) = %s', (f, er, preset, expected) => {
    expect(call('ER_TIER', f, er, preset)).toBe(expected);
  });

  it('takes a custom preset from a Settings range, header row included', () => {
    const preset = [
      ['Min followers', 'Tier', 'Low ER', 'High ER'],
      [0, 'starter', '5%', '10%'],
      ['5万', 'growing', 0.02, 0.05],
      ['', '', '', ''],
    ];
    expect(call('ER_TIER', 1000, 0.04, preset)).toBe('starter · below');
    expect(call('ER_TIER', 80000, 0.04, preset)).toBe('growing · within');
  });

  // [args, message]
  const ERRORS: [unknown[], string][] = [
    [[-1, 0.02], 'followers: "-1" is negative'],
    [['12万万', 0.02], 'followers: "12万万" has the unit "万" twice'],
    [[1000, 0.02, 'later'], 'unknown preset "later"'],
    [
      [
        1000,
        0.02,
        [
          [0, 'a', 0.1, 0.05],
          [10, 'b', 0.01, 0.02],
        ],
      ],
      'custom preset row 1: low ER 0.1 is above high ER 0.05',
    ],
    [
      [
        1000,
        0.02,
        [
          [0, 'a', 0.01, 0.05],
          [0, 'b', 0.01, 0.02],
        ],
      ],
      'min followers must increase',
    ],
    [[1000, 0.02, [[0, 'a', 0.01]]], 'rows of 4 cells'],
    [
      [
        10,
        0.02,
        [
          [100, 'a', 0.01, 0.05],
          [1000, 'b', 0.01, 0.02],
        ],
      ],
      'below the smallest tier',
    ],
  ];
  it.each(ERRORS)('refuses %j', (args, message) => {
    expect(() => call('ER_TIER', ...args)).toThrow(message);
  });

  it('spills over ranges and marks bad cells', () => {
    expect(call('ER_TIER', [[5000], ['1.2M'], [''], ['abc']], [[0.05], [0.01], [0.02], [0.02]])).toEqual([
      ['nano · within'],
      ['mega · within'],
      [''],
      ['#VALUE! followers: "abc" is not a number'],
    ]);
  });
});

describe('COMMENT_INTENT', () => {
  it('labels each comment of a range and keeps blanks blank', () => {
    const out = call('COMMENT_INTENT', [['これどこのブランドですか？'], ['かわいい！'], [''], ['❤️❤️']]) as string[][];
    expect(out).toEqual([['purchase_intent'], ['low_quality'], [''], ['low_quality']]);
  });

  it('"share" is the purchase-intent share of the non-blank comments', () => {
    const comments = [['これどこのブランドですか？'], ['かわいい！'], [''], ['❤️'], ['어디서 살 수 있나요?']];
    close(call('COMMENT_INTENT', comments, 'share'), 2 / 4);
    expect(call('COMMENT_INTENT', [[''], ['']], 'share')).toBe('');
  });

  it('"score" is 0–1 and "reason" says why', () => {
    const score = call('COMMENT_INTENT', '乾燥肌でも使えますか？', 'score') as number;
    expect(score).toBeGreaterThan(0.5);
    expect(score).toBeLessThanOrEqual(1);
    expect(String(call('COMMENT_INTENT', 'これどこのブランドですか？', 'reason')).length).toBeGreaterThan(0);
  });

  it('refuses an unknown mode', () => {
    expect(() => call('COMMENT_INTENT', 'hi', 'labels')).toThrow('unknown mode "labels"; use label, share, score, reason');
  });
});

describe('no internal error reaches a user', () => {
  it('a bug inside a function shows a plain message, not a TypeError', () => {
    const original = IMPLEMENTATIONS.ROI_CPV;
    IMPLEMENTATIONS.ROI_CPV = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    try {
      expect(() => call('ROI_CPV', 1, 2, 3)).toThrow('an unexpected problem stopped ROI_CPV');
      expect(() => call('ROI_CPV', 1, 2, 3)).not.toThrow('Cannot read');
    } finally {
      IMPLEMENTATIONS.ROI_CPV = original;
    }
  });
});
