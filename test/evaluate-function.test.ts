// =CAMPAIGN_VERDICT(fee, actual_views, revenue, cap, [min_roas]): the
// evaluation's decision table in a cell, ranges the Sheets way.
import { describe, expect, it } from 'vitest';
import { callCustom } from '../src/functions/registry';
import { CUSTOM_FUNCTIONS } from '../src/functions/metadata';
import { Locale } from '../src/core/i18n';

const en = () => 'en' as Locale;
const call = (locale: () => Locale, ...args: unknown[]) => callCustom('CAMPAIGN_VERDICT', args, locale);

describe('CAMPAIGN_VERDICT', () => {
  // [fee, views, revenue, cap, min_roas, expected]
  const ROWS: [unknown, unknown, unknown, unknown, unknown, string][] = [
    [300_000, 200_000, 450_000, 2, undefined, 'Rebook'], // CPV 1.5, ROAS 1.5
    ['¥300,000', '10万', '45万円', '¥2', undefined, 'Rebook at a lower fee'], // CPV 3, ROAS 1.5
    ['30万', '20万', 100_000, 2, undefined, 'Rebook with changes'], // CPV 1.5, ROAS 0.33
    [300_000, 100_000, 100_000, 2, undefined, 'Do not rebook'], // CPV 3, ROAS 0.33
    [300_000, 200_000, 450_000, 2, 2, 'Rebook with changes'], // ROAS 1.5 < target 2
    [300_000, '', 450_000, 2, undefined, 'No data'], // blank views are not zero
    [300_000, 200_000, '', 2, undefined, 'No data'],
    [300_000, 0, 450_000, 2, undefined, 'Rebook at a lower fee'], // 0 views: over any cap
    ['', '', '', 2, undefined, ''], // a blank row stays blank
  ];
  it.each(ROWS)('CAMPAIGN_VERDICT(%j, %j, %j, %j, %j) = %j', (fee, views, revenue, cap, min, expected) => {
    expect(call(en, fee, views, revenue, cap, min)).toBe(expected);
  });

  it('speaks the spreadsheet language', () => {
    expect(call(() => 'ja', 300_000, 200_000, 450_000, 2)).toBe('再起用');
    expect(call(() => 'ko', 300_000, 100_000, 100_000, 2)).toBe('재기용하지 않음');
  });

  it('takes ranges, broadcasts single values, and marks a bad cell without stopping the others', () => {
    const out = call(en, [[300_000], [300_000], ['abc'], ['']], [[200_000], [100_000], [1], ['']], [[450_000], [100_000], [1], ['']], 2);
    expect(out).toEqual([['Rebook'], ['Do not rebook'], ['#VALUE! fee: "abc" is not a number'], ['']]);
  });

  // [args, message]
  const ERRORS: [unknown[], string][] = [
    [[300_000, 200_000, 450_000, 0], 'cap: cap must be greater than 0'],
    [[300_000, 200_000, 450_000, ''], 'cap: missing or of the wrong type'],
    [[300_000, 200_000, 450_000], 'cap: missing or of the wrong type'],
    [[300_000, '-5', 450_000, 2], 'actual_views: "-5" is negative'],
    [[[[1], [2]], [[1], [2], [3]], 1, 2], 'ranges have different sizes: 2×1 and 3×1'],
  ];
  it.each(ERRORS)('refuses %j', (args, message) => {
    expect(() => call(en, ...args)).toThrow(message);
  });

  it("refuses money in another currency than the sheet's, never converting it", () => {
    const usd = () => 'USD';
    expect(() => callCustom('CAMPAIGN_VERDICT', ['¥300,000', 200_000, 450_000, 2], en, usd)).toThrow('fee:');
    expect(callCustom('CAMPAIGN_VERDICT', ['$3,000', 2_000, '$4,500', '$2'], en, usd)).toBe('Rebook');
  });

  it('is in the one metadata table with a parameter per argument', () => {
    const meta = CUSTOM_FUNCTIONS.find((f) => f.name === 'CAMPAIGN_VERDICT')!;
    expect(meta.params.map((p) => p.name)).toEqual(['fee', 'actual_views', 'revenue', 'cap', 'min_roas']);
  });
});
