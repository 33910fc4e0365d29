// The evaluation cycle in the local preview, as a marketer does it: shortlist
// from the sidebar → Results tab → results sheet appears in the grid → actuals
// typed into the grid → Evaluate → the evaluation tab appears with the
// verdicts, and the sidebar shows the summary. Screenshots go to
// test/artifacts/results-*.png.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { writeCsv } from '../../local/preview/csv';
import { Preview, startPreview } from '../../local/preview/server';
import { loadWorkbookFile } from '../../local/preview/workbook';
import { ARTIFACTS, LAUNCH, ensureDist, haveChromium } from '../support/chromium';

const HAVE_CHROME = haveChromium('results');

const ROWS = [
  ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'],
  ['@hana_beauty', 'Instagram', '1.2M', '300,000', '¥450,000', '0.9%'], // reach, CPV 1.5
  ['@tokyo_eats', 'TikTok', '25万', '120000', '200,000円', '2.1%'], // reach, CPV 1.67
  ['@cafe_suzu', 'Instagram', '4.5万', '30,000', '40000', '4.1%'], // empathy, CPV 1.33
  ['<img src=x onerror="window.__xss=1">', 'Instagram', '8000', '20000', '10000', '5%'], // empathy, CPV 0.5
];

// Actuals by handle, typed into columns H (posted), I (actual views) and L (revenue): one verdict each.
const ACTUALS: Record<string, [string, string, string]> = {
  '@hana_beauty': ['はい', '400000', '900000'], // CPV 1.125, ROAS 2 → 再起用
  '@tokyo_eats': ['はい', '80000', '300000'], // CPV 2.5, ROAS 1.5 → 費用を下げて再起用 (¥160,000)
  '@cafe_suzu': ['はい', '35000', '8000'], // CPV 1.14, ROAS 0.2 → 内容を変えて再起用
  '<img src=x onerror="window.__xss=1">': ['いいえ', '', ''], // 未投稿
};

const cell = (page: Page, a1: string) => page.locator(`[data-cell="${a1}"]`);

/** Goes to a cell through the name box and enters text through the formula bar, as a user types Japanese (IME) text. */
async function typeInto(page: Page, a1: string, text: string): Promise<void> {
  // The previous entry's recalculation may still move the selection: go again until it holds.
  await expect
    .poll(async () => {
      await page.getByTestId('name-box').fill(a1);
      await page.getByTestId('name-box').press('Enter');
      await page.waitForTimeout(50);
      return page.getByTestId('name-box').inputValue();
    })
    .toBe(a1);
  await page.getByTestId('formula-bar').fill(text);
  await page.getByTestId('formula-bar').press('Enter');
  await expect
    .poll(() =>
      page
        .getByTestId('status')
        .textContent()
        .catch(() => ''),
    )
    .not.toContain('recalculating');
}

describe.skipIf(!HAVE_CHROME)('the evaluation cycle in the preview', () => {
  let dir: string;
  let browser: Browser;
  let p: Preview;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ensureDist('results.test');
    dir = mkdtempSync(join(tmpdir(), 'results-test-'));
    const file = join(dir, 'roster.csv');
    writeFileSync(file, '\ufeff' + writeCsv(ROWS));
    p = await startPreview({ workbook: loadWorkbookFile(file) });
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 500/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(p.url);
    await page.frameLocator('[data-testid="sidebar"]').getByTestId('cpv-cap').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await p?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shortlist → results sheet → actuals typed in the grid → evaluate → the evaluation tab with the verdicts', async () => {
    const sidebar = page.frameLocator('[data-testid="sidebar"]');
    await sidebar.getByTestId('cpv-cap').fill('2');
    await sidebar.getByTestId('budget').fill('100万');
    await sidebar.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('sheet-tab').allTextContents(), { timeout: 20_000 }).toEqual(['roster', 'Shortlist']);

    // The third tab: create the results sheet from the latest shortlist.
    await sidebar.getByTestId('tab-results').click();
    expect(await sidebar.getByTestId('tab-results').textContent()).toBe('成果');
    await expect.poll(() => sidebar.getByTestId('results-shortlist').inputValue()).toBe('Shortlist');
    await sidebar.getByTestId('results-campaign').fill('K社 BF');
    await sidebar.getByTestId('results-create').click();
    await expect.poll(() => sidebar.getByTestId('results-created').textContent(), { timeout: 20_000 }).toContain('成果');
    await expect.poll(() => page.getByTestId('sheet-tab').allTextContents(), { timeout: 10_000 }).toEqual(['roster', 'Shortlist', '成果']);
    await expect.poll(() => page.locator('.tab.active').textContent()).toBe('成果');
    // the columns are as wide as their Japanese headers, as in Sheets: go to I1 as a user would
    await page.getByTestId('name-box').fill('I1');
    await page.getByTestId('name-box').press('Enter');
    await expect.poll(() => cell(page, 'I1').textContent()).toBe('実績再生数');

    // Type the actuals into the grid, row by row, by handle.
    const values = p.fake.sheetValues('成果');
    for (let r = 1; r < values.length; r++) {
      const a = ACTUALS[String(values[r]![1])]!;
      await typeInto(page, `H${r + 1}`, a[0]);
      if (a[1]) await typeInto(page, `I${r + 1}`, a[1]);
      if (a[2]) await typeInto(page, `L${r + 1}`, a[2]);
    }
    await expect
      .poll(
        () =>
          p.fake.sheetValues('成果').filter((row) => row[7] === 'はい' && typeof row[8] === 'number' && typeof row[11] === 'number').length,
      )
      .toBe(3);
    await page.screenshot({ path: `${ARTIFACTS}/results-sheet.png` });

    // Evaluate: the evaluation sheet appears and opens, with one verdict per creator.
    await expect.poll(() => sidebar.getByTestId('results-sheet').inputValue()).toBe('成果');
    await sidebar.getByTestId('results-evaluate').click();
    await expect.poll(() => sidebar.getByTestId('results-summary').textContent(), { timeout: 20_000 }).toContain('成果評価 (K社 BF)');
    await expect
      .poll(() => page.getByTestId('sheet-tab').allTextContents(), { timeout: 10_000 })
      .toEqual(['roster', 'Shortlist', '成果', '成果評価 (K社 BF)', '履歴']);
    await expect.poll(() => page.locator('.tab.active').textContent()).toBe('成果評価 (K社 BF)');
    await expect.poll(() => cell(page, 'D1').textContent()).toBe('判定');
    const verdicts = new Map<string, string>();
    for (let r = 2; r <= 5; r++) verdicts.set((await cell(page, `A${r}`).textContent())!, (await cell(page, `D${r}`).textContent())!);
    expect(Object.fromEntries(verdicts)).toEqual({
      '@hana_beauty': '再起用',
      '@tokyo_eats': '費用を下げて再起用',
      '@cafe_suzu': '内容を変えて再起用',
      '<img src=x onerror="window.__xss=1">': '未投稿',
    });

    // The sidebar: the verdict counts, text only.
    const counts = sidebar.getByTestId('results-counts');
    expect(await counts.locator('[data-verdict="rebook"]').textContent()).toBe('1');
    expect(await counts.locator('[data-verdict="rebookLowerFee"]').textContent()).toBe('1');
    expect(await counts.locator('[data-verdict="notPosted"]').textContent()).toBe('1');
    await page.screenshot({ path: `${ARTIFACTS}/results-evaluation.png` });

    // Open the evaluation sheet again from the sidebar after looking elsewhere.
    await page.getByTestId('sheet-tab').filter({ hasText: 'roster' }).click();
    await sidebar.getByTestId('results-open').click();
    await expect.poll(() => page.locator('.tab.active').textContent(), { timeout: 10_000 }).toBe('成果評価 (K社 BF)');

    // Nothing ran from the handle that carries markup.
    for (const ctx of [page.mainFrame(), page.frames().find((f) => f.url().includes('/Sidebar.html'))!]) {
      expect(await ctx.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(await ctx.locator('img').count()).toBe(0);
    }
    // The sidebar fits in 300 px.
    const box = await page.locator('[data-testid="sidebar"]').boundingBox();
    expect(Math.round(box!.width)).toBeLessThanOrEqual(302);
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!HAVE_CHROME)('the sample workbook: a finished campaign to evaluate', () => {
  it('evaluates K社BF 実績 from the Results tab: every row of the decision table appears', async () => {
    ensureDist('results.test');
    const p = await startPreview({ workbook: loadWorkbookFile('examples/sample-workbook.xlsx') });
    const browser = await chromium.launch(LAUNCH);
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(p.url);
      const sidebar = page.frameLocator('[data-testid="sidebar"]');
      await sidebar.getByTestId('cpv-cap').waitFor();
      await sidebar.getByTestId('tab-results').click();
      await expect.poll(() => sidebar.getByTestId('results-sheet').inputValue()).toBe('K社BF 実績');
      await sidebar.getByTestId('results-cap').fill('2');
      await sidebar.getByTestId('results-evaluate').click();
      await expect.poll(() => sidebar.getByTestId('results-summary').textContent(), { timeout: 20_000 }).toContain('成果評価 (K社BF 実績)');
      await expect.poll(() => page.locator('.tab.active').textContent(), { timeout: 10_000 }).toBe('成果評価 (K社BF 実績)');
      const verdicts = p.fake
        .sheetValues('成果評価 (K社BF 実績)')
        .slice(1, 8)
        .map((r) => r[3])
        .sort();
      expect(verdicts).toEqual(
        ['データなし', '再起用', '再起用', '再起用しない', '内容を変えて再起用', '未投稿', '費用を下げて再起用'].sort(),
      );
      expect(await sidebar.getByTestId('results-missing').textContent()).toContain('1');
      await page.screenshot({ path: `${ARTIFACTS}/results-sample.png` });

      // History feeds the next plan: the Shortlist tab offers it (on), the preview leaves out "do not rebook", Run says why.
      const judged = p.fake
        .sheetValues('成果評価 (K社BF 実績)')
        .slice(1, 8)
        .find((r) => r[3] === '再起用しない')![0];
      await sidebar.getByTestId('tab-shortlist').click();
      await sidebar.getByTestId('reload').click();
      await expect.poll(() => sidebar.getByTestId('use-history').isChecked(), { timeout: 20_000 }).toBe(true);
      await sidebar.getByTestId('cpv-cap').fill('100');
      await sidebar.getByTestId('budget').fill('1億');
      await expect.poll(() => sidebar.getByTestId('presim-history').textContent(), { timeout: 10_000 }).toBe('前回の評価：再起用しない: 1');
      await sidebar.getByTestId('use-history').uncheck();
      await expect.poll(() => sidebar.getByTestId('presim-history').count()).toBe(0);
      await sidebar.getByTestId('use-history').check();
      await expect.poll(() => sidebar.getByTestId('presim-history').count()).toBe(1);
      await page.screenshot({ path: `${ARTIFACTS}/results-history.png` });
      await sidebar.getByTestId('run').click();
      await expect
        .poll(() => p.fake.sheetValues('Shortlist').some((r) => r[1] === judged && r[4] === '前回の評価：再起用しない'), {
          timeout: 20_000,
        })
        .toBe(true);
      expect(p.fake.sheetValues('Shortlist')[0]).toContain('前回の評価');
    } finally {
      await browser.close();
      await p.close();
    }
  });
});
