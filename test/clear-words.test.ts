// Messages that say what is wrong, in the user's language, and saved settings
// that cannot break the sidebar: the "Clear words" items of issue 10.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { registerCustomFunctions } from '../local/hf-plugin';

beforeAll(() => {
  if (!existsSync('dist/Code.js')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
});

const HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用'];
const ROSTER = [HEADER, ['@a', 'Instagram', '3.4万', '3万', '¥45,000'], ['@b', 'TikTok', '5000', '6000', '¥6,000']];
const BASE = { rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000 };

function setup(roster: unknown[][] = ROSTER, locale = 'ja_JP', extra: Record<string, unknown[][]> = {}) {
  // A yen roster lives in a yen spreadsheet (a ¥ fee in a dollar sheet is refused); the person's language varies.
  const fake = createFakeSpreadsheet({ Roster: roster, ...extra }, { locale: 'ja_JP', userLocale: locale });
  const gas = loadBundle(fake.globals);
  return { fake, gas };
}

describe('saved settings that do not validate', () => {
  // [saved JSON, fields named as ignored]
  const SAVED: [string, string[]][] = [
    ['{"rosterSheet":"Roster","cpvCap":2,"columns":{"fee":5}}', ['columns.fee']],
    ['{"__proto__":{"polluted":true},"rosterSheet":"Roster","budget":"abc"}', ['__proto__', 'budget']],
    ['{"columns":"費用","minEmpathy":1.5,"cpvCap":2}', ['columns', 'minEmpathy']],
    ['{"columns":{"constructor":"x","handle":"アカウント"}}', ['columns.constructor']],
    ['[1,2]', ['settings']],
    ['not json', ['settings']],
  ];
  it.each(SAVED)('%s: the sidebar still opens, and says what was ignored', (saved, ignored) => {
    const { fake, gas } = setup();
    fake.properties.set('shortlist.settings', saved);
    const ctx = gas.getShortlistContext();
    expect(ctx.rosterSheet).toBe('Roster');
    expect(ctx.header?.columns.fee).toBe('費用');
    for (const f of ignored) expect(ctx.settingsIgnored).toContain(f);
    expect(ctx.settingsIgnored).toContain('保存された設定の一部が読めなかったため無視しました');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // What did validate is kept for the form.
    if (saved.includes('"cpvCap":2')) expect(ctx.settings?.cpvCap).toBe(2);
  });

  it('says nothing when the saved settings are fine', () => {
    const { gas } = setup();
    gas.runShortlist(BASE);
    expect(gas.getShortlistContext().settingsIgnored).toBeNull();
  });
});

describe('refusals that say why', () => {
  it('a detected header longer than 200 characters does not block the run', () => {
    const long = `費用（税込・${'注'.repeat(240)}）`;
    const { gas } = setup([[...HEADER.slice(0, 4), long], ...ROSTER.slice(1)]);
    const ctx = gas.getShortlistContext();
    expect(ctx.header?.columns.fee).toBe(long);
    const r = gas.runShortlist({ ...BASE, columns: ctx.header?.columns });
    expect(r.selected.length).toBe(2);
  });

  // [budget, message part] — the field's own rule, whatever was typed
  const BUDGETS: [unknown, string][] = [
    [-5, 'must be positive'],
    ['-5', 'must be positive'],
    ['−5万', 'must be positive'],
    [0, 'must be positive'],
  ];
  it.each(BUDGETS)('a budget of %j says it must be positive', (budget, message) => {
    const { gas } = setup(ROSTER, 'en_US');
    expect(() => gas.runShortlist({ ...BASE, budget })).toThrow(message);
    expect(() => gas.runShortlist({ ...BASE, budget })).not.toThrow('not a number');
  });

  it("when no row can be read, says so with the first unreadable cell and why, in the user's language", () => {
    const rows = [HEADER, ['@a', 'Instagram', '12万万', '3万', '¥45,000'], ['@b', 'TikTok', 'abc', '6000', '¥6,000']];
    const ja = setup(rows);
    expect(() => ja.gas.runShortlist(BASE)).toThrow(
      '「Roster」の2行がどれも読めないため、クリエイターを選べません。例：2行目：C2：「12万万」は単位「万」が重複しているか順序が不正です',
    );
    const en = setup(rows, 'en_JP');
    expect(() => en.gas.runShortlist(BASE)).toThrow(
      'none of the 2 rows of "Roster" could be read, so no creator can be chosen; for example row 2: C2: "12万万" has the unit "万" twice',
    );
  });

  it('a custom preset error in Japanese has no English inside', () => {
    const fake = createFakeSpreadsheet({ S: [[1]] }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    registerCustomFunctions(gas);
    let out = '';
    try {
      gas.ER_TIER(5000, 0.05, [[0, 'micro', 0.08, 0.03]]);
    } catch (err) {
      out = (err as Error).message;
    }
    expect(out).toContain('カスタムプリセット 1 行目：ER下限');
    expect(out).not.toMatch(/\b(low|high|above|row|custom|preset)\b/i);
  });
});
