// The sidebar's "Share with a client" tab in headless Chromium against the real
// bundle over an in-memory spreadsheet (local/gas, custom functions computed by
// local/hf-plugin): a client snapshot made through the UI (values only,
// without fee and CPV, sheet text kept as text, source unchanged), freeze
// formulas with its confirmation (and a cancel that changes nothing), errors
// shown as text, and sheet text never becoming HTML. Screenshots go to
// test/artifacts/share-*.png.

import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { registerCustomFunctions } from '../../local/hf-plugin';
import { createRpcHandler } from '../../local/rpc-bridge';
import { Harness, startSidebarHarness } from '../../local/sidebar-harness';
import { ARTIFACTS, LAUNCH, ensureDist, haveChromium, openSidebarPage } from '../support/chromium';

const HAVE_CHROME = haveChromium('share');

// ---- The spreadsheet -------------------------------------------------------------

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const LINK = '=HYPERLINK("http://x","y")';
const PHONE = '+81-3-1234';
const AT = '@user';
/** Text as typed in Sheets: a leading = or + needs the apostrophe to stay text. */
const typed = (s: string): string => (/^[=+]/.test(s) ? `'${s}` : s);

const HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'CPV', 'エンゲージメント率', 'メモ', 'ER判定', 'ROI'];
const CREATORS: [handle: string, platform: string, followers: number, views: number, fee: number, er: number, note: string][] = [
  [IMG, 'Instagram', 8_000, 20_000, 10_000, 0.05, SCRIPT],
  [LINK, 'TikTok', 20_000, 40_000, 30_000, 0.04, PHONE],
  [AT, 'YouTube', 150_000, 90_000, 120_000, 0.025, IMG],
  [PHONE, 'Instagram', 45_000, 30_000, 40_000, 0.041, LINK],
  [SCRIPT, 'TikTok', 500_000, 200_000, 380_000, 0.015, AT],
];
// CPV is a plain Sheets formula (it must survive "freeze"); ER判定 and ROI are the add-on's.
const ROSTER: unknown[][] = [
  HEADER,
  ...CREATORS.map(([handle, platform, followers, views, fee, er, note], i) => {
    const r = i + 2;
    return [
      typed(handle),
      platform,
      followers,
      views,
      fee,
      `=E${r}/D${r}`,
      er,
      typed(note),
      `=ER_TIER(C${r}, G${r})`,
      `=ROI_CPV(0.02, 3000, F${r})`,
    ];
  }),
];
const ADDON_FORMULAS = CREATORS.length * 2;
const HOSTILE_SHEET = '<img src=x onerror="window.__xss=3">';

// ---- Helpers ---------------------------------------------------------------------

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/share-${name}.png`, fullPage: true });
}

const openPage = openSidebarPage;

const snapshotOf = (values: unknown[][], hide: number[]): unknown[][] => values.map((r) => r.filter((_, c) => !hide.includes(c)));
const json = (v: unknown): string => JSON.stringify(v);

// ---- The tab in Chromium ---------------------------------------------------------------

// Every test starts from its own spreadsheet and page; only the browser is shared.
describe.skipIf(!HAVE_CHROME)('share with a client, in Chromium', () => {
  let browser: Browser;
  let h: Harness;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ensureDist('share.test');
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch(LAUNCH);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh spreadsheet with a real shortlist run on it (so "Shortlist" is the add-on's own), and the sidebar open on Roster. */
  async function fresh(o: { shareTab?: boolean } = { shareTab: true }): Promise<void> {
    await page?.close().catch(() => {});
    await h?.close();
    problems = [];
    h = await startSidebarHarness({
      sheets: {
        Roster: ROSTER,
        重複: [
          ['アカウント', '費用', 'フォロワー数', '費用'],
          ['@a', 1000, 2000, 3000],
        ],
        [HOSTILE_SHEET]: [
          ['アカウント', SCRIPT, 'フォロワー数', '費用'],
          [typed(LINK), IMG, 1000, 2000],
        ],
      },
      locale: 'ja_JP',
      timeZone: 'Asia/Tokyo',
      latency: 150,
    });
    registerCustomFunctions(h.bundle);
    h.bundle.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 1_000_000 });
    const ss = h.fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.setActiveSheet(ss.getSheetByName('Roster')!);
    page = await openPage(browser, h.url, problems);
    if (o.shareTab) {
      await page.getByTestId('tab-share').click();
      await expect.poll(() => page.locator('[data-testid^="snapshot-hide-"]').count()).toBe(HEADER.length);
    }
  }

  afterEach(async () => {
    // Nothing a test did may have turned sheet text into HTML or raised a page error, console error or dialog.
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('#app img, #app script, #app iframe').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await h?.close();
  });

  /** The calls of one server function the sidebar has made so far. */
  const callsOf = (name: string) => h.calls.filter((c) => c.name === name);

  it('computes the add-on formulas in the fake (the tests below are not vacuous)', async () => {
    await fresh({ shareTab: false });
    const values = h.fake.sheetValues('Roster');
    expect(values[1]![8]).toMatch(/nano|micro/);
    expect(values[1]![9]).toBeCloseTo((0.02 * 3000) / 0.5);
    expect(values[1]![0]).toBe(IMG);
    expect(values[2]![0]).toBe(LINK);
    expect(h.fake.sheetFormulas('Roster')[2]![0]).toBeNull();
  });

  it("leaves the add-on's output sheets out of the roster list; the shortlist tab stays the default", async () => {
    await fresh({ shareTab: false });
    expect(await page.getByTestId('tab-shortlist').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('tab-share').getAttribute('aria-selected')).toBe('false');
    expect(await page.getByTestId('panel-share').isHidden()).toBe(true);
    const options = page.getByTestId('roster-sheet').locator('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Roster', '重複', HOSTILE_SHEET]);
    expect(await page.getByTestId('tab-share').textContent()).toBe('クライアント共有');
  });

  it('opens the share tab on the active sheet, fee and CPV checked for hiding', async () => {
    await fresh({ shareTab: false });
    await page.getByTestId('tab-share').click();
    expect(await page.getByTestId('tab-share').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('panel-shortlist').isHidden()).toBe(true);
    const source = page.getByTestId('snapshot-sheet');
    await source.waitFor();
    expect(await source.inputValue()).toBe('Roster');
    // Every sheet may be shared, the shortlist output too.
    expect(await source.locator('option').allTextContents()).toEqual(['Roster', '重複', HOSTILE_SHEET, 'Shortlist']);
    const boxes = page.locator('[data-testid^="snapshot-hide-"]');
    await expect.poll(() => boxes.count()).toBe(HEADER.length);
    for (let i = 0; i < HEADER.length; i++) {
      const box = page.getByTestId(`snapshot-hide-${i}`);
      expect(await box.getAttribute('data-header')).toBe(HEADER[i]);
      expect(await box.isChecked(), HEADER[i]).toBe(HEADER[i] === '費用' || HEADER[i] === 'CPV');
    }
    expect(await page.getByLabel('メモ', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByTestId('panel-share').textContent()).toContain('値だけの新しいシート');
    expect(await page.getByTestId('freeze-sheet').inputValue()).toBe('Roster');
    await shot(page, 'initial');
  });

  it('creates a values-only snapshot without fee and CPV; the source is unchanged', async () => {
    await fresh();
    const beforeValues = h.fake.sheetValues('Roster');
    const beforeFormulas = json(h.fake.sheetFormulas('Roster'));
    const sheetsBefore = h.fake.sheetNames();

    // Uncheck and check again through the UI: what is sent is what is shown.
    await page.getByTestId('snapshot-hide-5').uncheck();
    await page.getByTestId('snapshot-hide-5').check();
    await page.getByTestId('snapshot-name').fill('顧客A 共有');
    const run = page.getByTestId('snapshot-run');
    await run.click();
    expect(await run.isDisabled()).toBe(true); // the harness adds 150 ms: busy meanwhile
    expect(await run.textContent()).toContain('作成中…');
    const result = page.getByTestId('snapshot-result');
    await expect
      .poll(() => result.textContent(), { timeout: 20_000 })
      .toContain('シート「顧客A 共有」に書き出しました（値のみ・編集時に警告する保護付き）');
    expect(await page.getByTestId('snapshot-removed').textContent()).toBe('クライアント用に除いた項目：費用、CPV');
    expect(await page.getByTestId('share-error').isHidden()).toBe(true);

    const sent = callsOf('createClientSnapshot').at(-1)!;
    expect(sent).toMatchObject({ ok: true, args: [{ sourceSheet: 'Roster', hideColumns: ['費用', 'CPV'], name: '顧客A 共有' }] });

    // The new sheet: the source's values without 費用 (4) and CPV (5), no formulas, protected.
    expect(h.fake.sheetNames()).toEqual([...sheetsBefore, '顧客A 共有']);
    const snap = h.fake.sheetValues('顧客A 共有');
    expect(snap).toEqual(snapshotOf(beforeValues, [4, 5]));
    expect(snap[0]).toEqual(['アカウント', '媒体', 'フォロワー数', '平均再生数', 'エンゲージメント率', 'メモ', 'ER判定', 'ROI']);
    expect(
      h.fake
        .sheetFormulas('顧客A 共有')
        .flat()
        .filter((f) => f !== null),
    ).toEqual([]);
    expect(h.fake.formats('顧客A 共有').protections.length).toBe(1);
    // Hostile text stored as the same text, not as formulas.
    const texts = snap.flat();
    for (const s of [IMG, SCRIPT, LINK, PHONE, AT]) expect(texts, s).toContain(s);
    expect(snap.slice(1).every((r) => typeof r[6] === 'string' && typeof r[7] === 'number')).toBe(true); // ER判定 and ROI as values
    // The source: unchanged.
    expect(h.fake.sheetValues('Roster')).toEqual(beforeValues);
    expect(json(h.fake.sheetFormulas('Roster'))).toBe(beforeFormulas);

    // The new sheet is offered from now on; the name box is empty again.
    expect(await page.getByTestId('snapshot-sheet').locator('option').allTextContents()).toContain('顧客A 共有');
    expect(await page.getByTestId('snapshot-name').inputValue()).toBe('');
    await shot(page, 'snapshot');
  });

  it("snapshots the add-on's own Shortlist from its structure and lists every figure it left out", async () => {
    await fresh();
    await page.getByTestId('snapshot-sheet').selectOption('Shortlist');
    await expect
      .poll(() =>
        page
          .getByTestId('snapshot-hide-6')
          .getAttribute('data-header')
          .catch(() => null),
      )
      .toBe('費用');
    expect(await page.getByTestId('snapshot-hide-6').isChecked()).toBe(true);
    expect(await page.getByTestId('snapshot-hide-7').isChecked()).toBe(true);
    await page.getByTestId('snapshot-run').click();
    const removed = page.getByTestId('snapshot-removed');
    await expect
      .poll(() => removed.textContent().catch(() => ''), { timeout: 20_000 })
      .toContain('クライアント用に除いた項目：費用、CPV、ROI、費用合計、残り予算、全体CPV、CPV上限、費用比率');
    const name = h.fake.sheetNames().at(-1)!;
    const snap = h.fake.sheetValues(name);
    expect(snap[0]).toEqual([
      '役割',
      'アカウント',
      '媒体',
      'ティア',
      'フォロワー数',
      '想定再生数',
      'ER',
      'ER判定',
      '名簿の行',
      'KPI値',
      '購入意向コメント率',
    ]);
    const spend = CREATORS.reduce((sum, c) => sum + c[4], 0); // all five pass the cap and fit the budget
    expect(h.fake.sheetValues('Shortlist').flat()).toContain(spend);
    expect(snap.flat()).not.toContain(spend);
    await shot(page, 'structured');
  });

  it('refuses to leave out a column whose header names an earlier column too (it would leak)', async () => {
    await fresh();
    await page.getByTestId('snapshot-sheet').selectOption('重複');
    await expect
      .poll(() =>
        page
          .getByTestId('snapshot-hide-3')
          .getAttribute('data-header')
          .catch(() => null),
      )
      .toBe('費用');
    expect(await page.getByTestId('snapshot-hide-1').isChecked()).toBe(true);
    expect(await page.getByTestId('snapshot-hide-3').isChecked()).toBe(true);
    const sheets = h.fake.sheetNames();
    await page.getByTestId('snapshot-run').click();
    const error = page.getByTestId('share-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toContain('「費用」という列が複数あるため');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(h.fake.sheetNames()).toEqual(sheets);
    await shot(page, 'ambiguous');

    // Hiding one of two columns with the same header cannot be said by header text: the server refuses too.
    await page.getByTestId('snapshot-hide-3').uncheck();
    await page.getByTestId('snapshot-run').click();
    await expect.poll(() => error.textContent(), { timeout: 20_000 }).toContain('見出し「費用」の列が2つあります');
    expect(h.fake.sheetNames()).toEqual(sheets);
  });

  it('shows sheet names and headers as text, never as HTML', async () => {
    await fresh();
    await page.getByTestId('snapshot-sheet').selectOption(HOSTILE_SHEET);
    await expect
      .poll(() =>
        page
          .getByTestId('snapshot-hide-1')
          .getAttribute('data-header')
          .catch(() => null),
      )
      .toBe(SCRIPT);
    expect(await page.getByTestId('panel-share').textContent()).toContain(SCRIPT);
    expect(await page.getByTestId('snapshot-sheet').inputValue()).toBe(HOSTILE_SHEET);
    expect(await page.getByTestId('snapshot-hide-3').isChecked()).toBe(true); // 費用
    await page.getByTestId('snapshot-run').click();
    await expect.poll(() => page.getByTestId('snapshot-result').textContent(), { timeout: 20_000 }).toContain('スナップショット');
    const name = h.fake.sheetNames().at(-1)!;
    expect(name.length).toBeLessThanOrEqual(31);
    expect(h.fake.sheetValues(name)).toEqual([
      ['アカウント', SCRIPT, 'フォロワー数'],
      [LINK, IMG, 1000],
    ]);
    expect(
      h.fake
        .sheetFormulas(name)
        .flat()
        .filter((f) => f !== null),
    ).toEqual([]);
    await shot(page, 'hostile');
  });

  it('asks before freezing; Cancel changes nothing', async () => {
    await fresh();
    const values = json(h.fake.sheetValues('Roster'));
    const formulas = json(h.fake.sheetFormulas('Roster'));
    const contexts = () => callsOf('getSnapshotContext').length;
    // A later call that does arrive shows that an earlier, unwanted one did not: calls arrive in order.
    const afterNextCall = async () => {
      const n = contexts();
      await page.getByTestId('snapshot-sheet').selectOption(n % 2 === 0 ? '重複' : 'Roster');
      await expect.poll(contexts, { timeout: 20_000 }).toBeGreaterThan(n);
    };

    await page.getByTestId('freeze-range').fill('i2:j3');
    await page.getByTestId('freeze-run').click();
    const warning = page.getByTestId('freeze-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toBe(
      'Roster!I2:J3にあるアドオンの数式を現在の値に置き換えます。ほかの数式はそのままです。元に戻すには「ファイル\u00a0›\u00a0変更履歴」を使います。',
    );
    expect(await page.getByTestId('freeze-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('freeze-confirm').isVisible()).toBe(true);
    await shot(page, 'confirm');
    await page.getByTestId('freeze-cancel').click();
    expect(await page.getByTestId('freeze-confirmation').isHidden()).toBe(true);
    expect(await page.getByTestId('freeze-run').isEnabled()).toBe(true);
    await afterNextCall();
    expect(callsOf('freezeFormulas')).toEqual([]);
    expect(json(h.fake.sheetValues('Roster'))).toBe(values);
    expect(json(h.fake.sheetFormulas('Roster'))).toBe(formulas);

    // Enter in the range box asks too; the focus goes to Cancel, so a second Enter freezes nothing.
    await page.getByTestId('freeze-range').press('Enter');
    await page.getByTestId('freeze-confirmation').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('freeze-cancel');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('freeze-confirmation').isHidden()).toBe(true);
    await afterNextCall();
    expect(callsOf('freezeFormulas')).toEqual([]);
    expect(json(h.fake.sheetFormulas('Roster'))).toBe(formulas);

    // A change after asking withdraws the question: what was confirmed is what runs.
    await page.getByTestId('freeze-run').click();
    await page.getByTestId('freeze-confirmation').waitFor();
    await page.getByTestId('freeze-range').fill('');
    expect(await page.getByTestId('freeze-confirmation').isHidden()).toBe(true);
  });

  it("freezes the add-on's formulas into values and keeps the others", async () => {
    await fresh();
    const values = h.fake.sheetValues('Roster');
    await page.getByTestId('freeze-run').click();
    expect(await page.getByTestId('freeze-warning').textContent()).toContain('シート「Roster」全体にあるアドオンの数式');
    await page.getByTestId('freeze-confirm').click();
    expect(await page.getByTestId('freeze-confirm').textContent()).toContain('固定中…');
    const result = page.getByTestId('freeze-result');
    await expect
      .poll(() => result.textContent(), { timeout: 20_000 })
      .toBe(`✓ Roster!A1:J${ROSTER.length}の数式${ADDON_FORMULAS}件を値に固定しました`);
    expect(await page.getByTestId('freeze-confirmation').isHidden()).toBe(true);
    expect(callsOf('freezeFormulas').at(-1)).toMatchObject({ ok: true, args: [{ sheet: 'Roster' }] });

    const formulas = h.fake.sheetFormulas('Roster');
    expect(
      formulas
        .map((r) => [r[8], r[9]])
        .flat()
        .filter((f) => f !== null),
    ).toEqual([]); // ER判定, ROI: values now
    expect(formulas.slice(1).map((r) => r[5])).toEqual(CREATORS.map((_, i) => `=E${i + 2}/D${i + 2}`)); // CPV: still a formula
    expect(formulas.flat().filter((f) => f !== null).length).toBe(CREATORS.length);
    expect(h.fake.sheetValues('Roster')).toEqual(values); // reads the same
    for (const [i, [handle]] of CREATORS.entries()) expect(h.fake.sheetValues('Roster')[i + 1]![0]).toBe(handle);
    await shot(page, 'frozen');

    // Again: nothing left to freeze, said so.
    await page.getByTestId('freeze-run').click();
    await page.getByTestId('freeze-confirm').click();
    await expect
      .poll(() => result.textContent(), { timeout: 20_000 })
      .toBe(`Roster!A1:J${ROSTER.length}にアドオンの数式はありません。変更していません。`);
  });

  it('shows errors in the page as text: a range that is not A1, a sheet gone meanwhile', async () => {
    await fresh();
    const error = page.getByTestId('share-error');
    const calls = h.calls.length;
    await page.getByTestId('freeze-range').fill('ZZZ');
    await page.getByTestId('freeze-run').click();
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe('「ZZZ」は範囲（例：A1:D10）として読めません');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('freeze-confirmation').isHidden()).toBe(true);
    expect(h.calls.length).toBe(calls);
    await shot(page, 'error');

    // The server's refusal: the sheet was deleted after the sidebar listed it.
    await page.getByTestId('freeze-range').fill('A1:B2');
    await page.getByTestId('freeze-sheet').selectOption('重複');
    const ss = h.fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('重複')!);
    await page.getByTestId('freeze-run').click();
    expect(await error.isHidden()).toBe(true);
    await page.getByTestId('freeze-confirm').click();
    await expect.poll(() => error.textContent(), { timeout: 20_000 }).toContain('重複');
    expect(await error.textContent()).toContain('シートがありません');
    expect(await error.locator('*').count()).toBe(0);
    expect(h.calls.at(-1)).toMatchObject({ name: 'freezeFormulas', ok: false });
    expect(await page.getByTestId('freeze-result').isHidden()).toBe(true);
    expect(await page.getByTestId('freeze-run').isEnabled()).toBe(true);
  });

  it('leaves the shortlist tab as it was after using the share tab', async () => {
    await fresh();
    await page.getByTestId('tab-shortlist').click();
    expect(await page.getByTestId('roster-sheet').isVisible()).toBe(true);
    expect(await page.getByTestId('panel-share').isHidden()).toBe(true);
  });
});

describe.skipIf(!HAVE_CHROME)('share with a client, in English and Korean', () => {
  for (const locale of ['en_US', 'ko_KR'] as const) {
    it(`labels the tab in ${locale}`, async () => {
      ensureDist('share.test');
      mkdirSync(ARTIFACTS, { recursive: true });
      const browser = await chromium.launch(LAUNCH);
      const h = await startSidebarHarness({
        sheets: {
          Roster: ROSTER,
          'Q3 plan': [
            ['Handle', 'Fee', 'Margin'],
            ['@a', 1, 0.3],
          ],
        },
        locale,
      });
      registerCustomFunctions(h.bundle);
      const problems: string[] = [];
      try {
        const page = await openPage(browser, h.url, problems);
        await page.getByTestId('tab-share').click();
        await page.getByTestId('snapshot-hide-0').waitFor();
        const en = locale === 'en_US';
        expect(await page.getByTestId('tab-share').textContent()).toBe(en ? 'Share with a client' : '클라이언트 공유');
        expect(await page.getByTestId('snapshot-run').textContent()).toBe(en ? 'Create snapshot' : '스냅샷 만들기');
        await page.getByTestId('freeze-sheet').selectOption('Q3 plan');
        await page.getByTestId('freeze-range').fill('A1:C2');
        await page.getByTestId('freeze-run').click();
        expect(await page.getByTestId('freeze-warning').textContent()).toContain("'Q3 plan'!A1:C2");
        await shot(page, en ? 'en' : 'ko');
        await page.getByTestId('freeze-confirm').click();
        await expect
          .poll(() => page.getByTestId('freeze-result').textContent(), { timeout: 20_000 })
          .toBe(
            en
              ? "No add-on formulas in 'Q3 plan'!A1:C2; nothing changed."
              : "'Q3 plan'!A1:C2에 부가기능 수식이 없습니다. 변경하지 않았습니다.",
          );
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
        await h.close();
      }
    });
  }
});

describe.skipIf(!HAVE_CHROME)('share with a client, stubbed server', () => {
  it('shows a failing load as text, and tries again', async () => {
    ensureDist('share.test');
    let fail = true;
    const empty = { fee: [], views: [], followers: [], erBelow: [] };
    const functions = {
      getShortlistContext: () => ({
        locale: 'en',
        currencySymbol: '$',
        sheets: ['S'],
        outputs: [],
        rosterSheet: 'S',
        header: null,
        headerProblem: 'no header',
        settings: null,
        presim: empty,
        unreadableRows: 0,
      }),
      getSnapshotContext: () => {
        if (fail) throw new Error('<b>boom</b>');
        return { sheets: ['S'], sheet: 'S', headers: ['Handle', 'Fee'], suggestedHidden: ['Fee'] };
      },
    };
    const browser = await chromium.launch(LAUNCH);
    const server = createServer(createRpcHandler({ functions }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const problems: string[] = [];
    try {
      const page = await openPage(browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, problems);
      await page.getByTestId('tab-share').click();
      const error = page.getByTestId('share-error');
      await error.waitFor({ state: 'visible' });
      expect(await error.textContent()).toBe('<b>boom</b>');
      expect(await error.locator('b').count()).toBe(0);
      fail = false;
      await page.getByTestId('share-retry').click();
      await page.getByTestId('snapshot-hide-1').waitFor();
      expect(await page.getByTestId('snapshot-hide-1').isChecked()).toBe(true);
      expect(await page.getByTestId('snapshot-hide-0').isChecked()).toBe(false);
      expect(await error.isHidden()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
