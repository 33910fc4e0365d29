// The KPI shortlist in the local preview (`npm start`): the sample workbook,
// its Comments sheet (a creator column beside the comments), the real
// sidebar in its iframe. Choose the purchase-intent objective, set a
// must-include and an exclude, watch the exact pre-simulation change as you
// type, run, and find the same selection and the excluded row's reason in
// the output's "all roster rows" section.

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { Preview, startPreview } from '../../local/preview/server';
import { loadWorkbookFile } from '../../local/preview/workbook';
import { ARTIFACTS, LAUNCH, ensureDist, haveChromium } from '../support/chromium';

const HAVE_CHROME = haveChromium('kpi');

describe.skipIf(!HAVE_CHROME)('the KPI shortlist in the preview, on the sample workbook', () => {
  let browser: Browser;
  let p: Preview;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ensureDist('kpi.test');
    mkdirSync(ARTIFACTS, { recursive: true });
    p = await startPreview({ workbook: loadWorkbookFile('examples/sample-workbook.xlsx') });
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(p.url);
  });
  afterAll(async () => {
    await browser?.close();
    await p?.close();
  });

  const chosenNow = (s: FrameLocator) => s.getByTestId('presim').getAttribute('data-chosen');

  it('intent from the comments sheet, must-include and exclude: the preview changes as you type and Run writes it', async () => {
    const s = page.frameLocator('[data-testid="sidebar"]');
    await s.getByTestId('cpv-cap').fill('2');
    await s.getByTestId('budget').fill('300万');
    await expect.poll(() => chosenNow(s), { timeout: 10_000 }).toMatch(/\d/);
    const byViews = await chosenNow(s);

    // The KPI: purchase intent, from the Comments sheet.
    await s.getByTestId('objective').selectOption('intent');
    expect(await s.getByTestId('objective-hint').textContent()).toContain('購入意向コメント率');
    await s.getByTestId('comments-sheet').selectOption('Comments');
    await expect.poll(() => s.getByTestId('comments-info').textContent(), { timeout: 10_000 }).toBe('5人分のコメント59件（10件未満の0人は推定）');
    await expect.poll(() => s.getByTestId('presim-value').textContent()).toMatch(/^KPI合計: [\d,.]+$/);
    const byIntent = await chosenNow(s);
    expect(byIntent).not.toBe(byViews);
    const intentRows = byIntent!.split(',').map(Number);

    // A must-include over the cap: typed, the preview changes at once and counts it.
    const roster = p.fake.sheetValues('Roster');
    const overCap = roster.findIndex((r, i) => i > 0 && typeof r[7] === 'number' && r[7] > 3);
    const mustHandle = String(roster[overCap]![0]);
    await s.getByTestId('must-include').fill(mustHandle);
    await expect.poll(async () => (await chosenNow(s))!.split(',').map(Number)).toContain(overCap + 1);
    expect(await s.getByTestId('presim').textContent()).toContain('必須: 1');

    // Exclude one the intent objective had chosen (typed as a profile URL): it leaves the preview.
    const dropRow = intentRows.find((r) => r !== overCap + 1)!;
    const dropHandle = String(roster[dropRow - 1]![0]).replace(/^@/, '');
    await s.getByTestId('exclude').fill(`https://www.instagram.com/${dropHandle}/`);
    await expect.poll(async () => (await chosenNow(s))!.split(',').map(Number)).not.toContain(dropRow);
    expect(await s.getByTestId('presim-estimate').getAttribute('data-exact')).toBe('true');
    const previewed = await chosenNow(s);
    const previewedValue = await s.getByTestId('presim').getAttribute('data-value');
    await page.screenshot({ path: `${ARTIFACTS}/kpi-presim.png` });

    // Run writes what the preview showed.
    await s.getByTestId('run').click();
    await expect.poll(() => s.getByTestId('result').textContent(), { timeout: 20_000 }).toContain('Shortlist');
    expect(await s.getByTestId('result').getAttribute('data-chosen')).toBe(previewed);
    expect(Number(await s.getByTestId('result').getAttribute('data-value'))).toBeCloseTo(Number(previewedValue), 6);

    // The excluded row's reason, in the output's every-row section.
    const out = p.fake.sheetValues('Shortlist');
    const at = out.findIndex((r) => r[0] === '名簿の全行');
    expect(at).toBeGreaterThan(0);
    const line = out.slice(at + 2).find((r) => r[0] === dropRow)!;
    expect(line.slice(3, 6)).toEqual(['除外', 'ユーザー指定で除外', '除外リストで指定']);
    const mustLine = out.slice(at + 2).find((r) => r[0] === overCap + 1)!;
    expect(mustLine[3]).toBe('選定（必須）');
    // Every roster row once.
    expect(out.slice(at + 2).filter((r) => typeof r[0] === 'number').length).toBe(roster.length - 1);
    expect(out.find((r) => r[0] === '目的（KPI）')?.[1]).toBe('購入意向');
    await page.screenshot({ path: `${ARTIFACTS}/kpi-result.png` });
    expect(problems).toEqual([]);
  });
});
