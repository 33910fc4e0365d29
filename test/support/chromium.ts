// What every browser test shares: Debian's Chromium (CHROME_PATH or
// /usr/bin/chromium), launched with the flags this closed network needs; a
// loud skip on a machine without it, a failure on CI; dist/ as the global setup built it.
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'test/artifacts';

export const LAUNCH = {
  executablePath: CHROME,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** True when Chromium is there; otherwise fails on CI and warns loudly elsewhere. Call once per test file. */
export function haveChromium(suite: string): boolean {
  if (existsSync(CHROME)) {
    mkdirSync(ARTIFACTS, { recursive: true });
    return true;
  }
  const msg = `Chromium not found at ${CHROME} (set CHROME_PATH, or: apt-get install -y chromium fonts-noto-cjk)`;
  if (process.env.CI) throw new Error(`${msg}: the ${suite} browser test cannot run on CI without it`);
  const bar = '!'.repeat(61);
  console.warn(`\n${bar}\n!!! SKIPPING the ${suite} browser test: ${msg}\n${bar}\n`);
  return false;
}

/** dist/ as test/global-setup.ts built it for this run; a test file run outside vitest's global setup fails here, not on a stale page. */
export function ensureDist(suite: string): void {
  const out = ['dist/Sidebar.html', 'dist/Code.js'];
  const missing = out.filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(`${suite}: ${missing.join(', ')} missing: run the tests through vitest (its global setup builds dist/)`);
}

/**
 * Opens the sidebar at 300 px and records what a user must never meet: page
 * errors, console errors, alert()/confirm() dialogs. Chromium logs each HTTP
 * 500 (the bridge's way to call the failure handler); those are expected.
 */
export async function openSidebarPage(browser: Browser, url: string, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 500/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.getByTestId('cpv-cap').waitFor();
  return page;
}
