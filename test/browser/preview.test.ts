// The local preview (`npm start`) end to end: a roster CSV written here is
// opened by the preview server (in-process, on a free port), shown in the grid
// in headless Chromium, edited with formulas that the add-on's functions
// compute, and shortlisted through the real sidebar in its iframe, whose
// output tab then appears in the grid with its spend-by-role chart drawn over
// it. Formulas read as in Sheets (C2:C, TRUE), an error's reason shows when
// its cell is selected, an apostrophe text marker shows nowhere, money is in
// the data's currency. Sheet text never becomes HTML. A 10,000-row CSV opens
// and scrolls to its last row. The CLI itself is started as a child process
// (URL printed, page served, busy port said) and `npm start` stops with no
// process left listening. Timings are in `npm run bench`, not here.
// Screenshots go to test/artifacts/preview-*.png.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { writeCsv } from '../../local/preview/csv';
import { Preview, WireCell, startPreview } from '../../local/preview/server';
import { detectCurrency, loadWorkbookFile, spreadsheetLocaleFor } from '../../local/preview/workbook';
import { isFormula, readXlsx } from '../../local/preview/xlsx';
import { generateRoster } from '../../local/sample-roster';
import { ARTIFACTS, LAUNCH, ensureDist, haveChromium } from '../support/chromium';

const HAVE_CHROME = haveChromium('preview');

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

// ---- the roster, as a marketer's CSV ------------------------------------------------------------

const HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率', 'メモ'];
// Messy but readable values: 12.5万, 1.2M, 3.4만, ¥150,000, 30,000円, 3.2%, 0.045. Fee ÷ views decides the ¥2 cap.
const CREATORS: string[][] = [
  ['@hana_beauty', 'Instagram', '1.2M', '300,000', '¥450,000', '0.9%', 'コスメ, スキンケア'],
  ['@tokyo_eats', 'TikTok', '25万', '120000', '200,000円', '2.1%', '"グルメ" 担当'],
  ['@kcos_minji', 'Instagram', '50만', '200,000', '38万円', '1.5%', '한국 뷰티\n2行目のメモ'],
  [IMG, 'Instagram', '8000', '20000', '10000', '5%', 'XSS in a handle'],
  ['@run_daily', 'YouTube', '15万', '90,000', '¥120,000', '0.025', ''],
  [SCRIPT, 'TikTok', '20000', '40000', '30000', '4%', 'XSS too'],
  ['@nano_mama', 'Instagram', '8,500', '6000', '¥10,000', '6.2%', '育児'],
  ['@cafe_suzu', 'Instagram', '4.5万', '30,000', '40000', '4.1%', 'カフェ'],
  ['@skin_lab', 'TikTok', '95K', '70,000', '¥120,000', '3.3%', ''],
  ['@seoul_daily', 'Instagram', '3.4만', '25000', '30,000', '5.5%', '서울'],
  ['@gym_ken', 'YouTube', '60000', '40000', '70,000円', '2.8%', ''],
  ['@petit_cook', 'TikTok', '1.8万', '15000', '20000', '7%', ''],
  ['@over_cap_1', 'Instagram', '80万', '150,000', '¥600,000', '1%', 'CPV ¥4'],
  ['@over_cap_2', 'TikTok', '5000', '2000', '20000', '3%', 'CPV ¥10'],
  ['@mori_camp', 'Instagram', '72,000', '50,000', '¥90,000', '1.9%', 'アウトドア'],
  ['@yuki_nail', 'Instagram', '12,000', '9,000', '15000', '4.4%', 'ネイル'],
  ['@daily_k', 'TikTok', '300000', '250000', '500000', '1.2%', ''],
  ['@ask_me', 'Instagram', '30000', '20000', '要相談', '3%', '費用が読めない'],
];
const ROWS = [HEADER, ...CREATORS];
const LAST = ROWS.length; // the last data row, 1-based

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/preview-${name}.png` });
}

// What the preview's JSON routes answer, as far as these tests read them.
interface SheetsReply {
  sheets: { name: string }[];
  active: string;
}
interface WindowReply {
  cells: (WireCell | null)[][];
}
interface MessageReply {
  message: string;
}

/** The cell at (r, c) of a window, 0-based within it; a missing one fails the test. */
function at(w: WindowReply, r: number, c: number): WireCell {
  const found = w.cells[r]?.[c];
  if (!found) throw new Error(`no cell at ${r},${c} of the window`);
  return found;
}
/** The shown text of one row of a window. */
const shownRow = (w: WindowReply, r: number) => (w.cells[r] ?? []).map((c) => c?.d);

const cell = (page: Page, a1: string) => page.locator(`[data-cell="${a1}"]`);

/** Selects a cell by clicking it (scrolling it into view through the name box first) and types into it like a user. */
async function typeInto(page: Page, a1: string, text: string): Promise<void> {
  await page.getByTestId('name-box').fill(a1);
  await page.getByTestId('name-box').press('Enter');
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

function sidebarFrame(page: Page): Frame {
  const f = page.frames().find((fr) => fr.url().includes('/Sidebar.html'));
  if (!f) throw new Error('the sidebar iframe is not loaded');
  return f;
}

function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
}

let dir: string;
beforeAll(() => {
  ensureDist('preview.test');
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'preview-test-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---- the server API, without a browser ------------------------------------------------------------------

describe('preview server API', () => {
  let p: Preview;
  let base: string;
  beforeAll(async () => {
    const file = join(dir, 'api-roster.csv');
    writeFileSync(file, '\ufeff' + writeCsv(ROWS));
    p = await startPreview({ workbook: loadWorkbookFile(file) });
    base = p.url.replace(/\/$/, '');
  });
  afterAll(() => p?.close());

  const json = async <T = unknown>(path: string, init?: RequestInit) => {
    const res = await fetch(base + path, init);
    return { status: res.status, body: (await res.json()) as T };
  };

  it('lists the sheets and serves a window of cells from the CSV', async () => {
    const { body } = await json<SheetsReply>('/api/sheets');
    expect(body.sheets.map((s) => s.name)).toEqual(['api-roster']);
    expect(body.active).toBe('api-roster');
    const w = (await json<WindowReply>('/api/sheet/api-roster?r0=0&r1=8&c0=0&c1=7')).body;
    expect(shownRow(w, 0)).toEqual(HEADER);
    expect(at(w, 3, 0).d).toBe('@kcos_minji');
    expect(at(w, 3, 6).d).toBe('한국 뷰티\n2行目のメモ'); // a quoted newline stays in its cell
    expect(at(w, 2, 6).d).toBe('"グルメ" 担当');
    expect(at(w, 1, 5)).toMatchObject({ d: '0.90%', k: 'n' }); // "0.9%" typed: a percent
    expect(at(w, 4, 0).d).toBe(IMG); // text, as is: escaping is the page's textContent's job
  });

  it('sets a cell: formulas compute with the add-on, dependants recalculate, the version moves', async () => {
    const v0 = p.version();
    const set = (a1: [number, number], input: string) =>
      json('/api/cell', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sheet: 'api-roster', row: a1[0], col: a1[1], input }),
      });
    expect((await set([1, 8], '=ROI_CPV(2%, 3000, 1.5)')).status).toBe(200);
    expect((await set([1, 9], '=I2*2')).status).toBe(200);
    let w = (await json<WindowReply>('/api/sheet/api-roster?r0=1&r1=2&c0=8&c1=10')).body;
    expect(shownRow(w, 0)).toEqual(['40', '80']);
    expect(at(w, 0, 0).i).toBe('=ROI_CPV(2%, 3000, 1.5)');
    await set([1, 8], '=ROI_CPV(2%, 3000, 3)');
    w = (await json<WindowReply>('/api/sheet/api-roster?r0=1&r1=2&c0=8&c1=10')).body;
    expect(shownRow(w, 0)).toEqual(['20', '40']);
    expect(p.version()).toBeGreaterThan(v0);
    // Errors carry their message; Sheets' own spelling.
    await set([2, 8], '=ROI_CPV(2, 3000, 1.5)');
    w = (await json<WindowReply>('/api/sheet/api-roster?r0=2&r1=3&c0=8&c1=9')).body;
    expect(at(w, 0, 0)).toMatchObject({ d: '#ERROR!', k: 'e' });
    expect(at(w, 0, 0).m).toMatch(/100/);
    expect((await set([0, 0], 'x'.repeat(50_001))).status).toBe(400);
    expect(
      (
        await json('/api/cell', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"sheet":"nope","row":0,"col":0,"input":"1"}',
        })
      ).status,
    ).toBe(404);
    await set([1, 8], '');
    await set([1, 9], '');
    await set([2, 8], '');
  });

  it('downloads the workbook as XLSX with formulas and their values', async () => {
    await fetch(`${base}/api/cell`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sheet: 'api-roster', row: 1, col: 8, input: '=ER_TIER(C2:C4, F2:F4)' }),
    });
    const res = await fetch(`${base}/api/download.xlsx`);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''api-roster.xlsx");
    const [sheet] = readXlsx(new Uint8Array(await res.arrayBuffer()));
    expect(sheet!.name).toBe('api-roster');
    expect(sheet!.rows[0]).toEqual(HEADER);
    const anchor = sheet!.rows[1]![8];
    expect(isFormula(anchor) && anchor).toMatchObject({ formula: '=ER_TIER(C2:C4, F2:F4)', ref: 'I2:I4', value: 'mega · within' });
    expect(sheet!.rows[2]![8]).toBe('mid · within'); // the spilled results, cached
    expect(sheet!.rows[4]![0]).toBe(IMG);
  });

  it('refuses other hosts (DNS rebinding) and cross-origin writes', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/api/sheets`, { headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    const cross = await fetch(`${base}/api/cell`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(cross.status).toBe(403);
    const rpc = await fetch(`${base}/rpc/runShortlist`, { method: 'POST', headers: { Origin: 'http://evil.example' }, body: '[{}]' });
    expect(rpc.status).toBe(403);
  });

  const setCell = (row: number, col: number, input: string) =>
    json<MessageReply>('/api/cell', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sheet: 'api-roster', row, col, input }),
    });
  const windowAt = async (r0: number, r1: number, c0: number, c1: number) =>
    (await json<WindowReply>(`/api/sheet/api-roster?r0=${r0}&r1=${r1}&c0=${c0}&c1=${c1}`)).body;

  it('reads formulas as Sheets does: open-ended ranges and TRUE/FALSE, the formula bar keeps what was typed', async () => {
    const cases: [string, (w: WindowReply) => void][] = [
      [
        '=ER_TIER(C2:C, F2:F)',
        (w) => {
          expect(w.cells.map((r) => r[0]?.d ?? '')).toEqual([
            ...CREATORS.map((): unknown => expect.stringMatching(/ · (within|below|above)$|^$/)),
            '',
          ]);
          expect(at(w, 0, 0)).toMatchObject({ d: 'mega · within', i: '=ER_TIER(C2:C, F2:F)' });
          expect(at(w, LAST - 2, 0).d).toMatch(/ · /); // the last creator's row
          expect(w.cells[LAST - 1]?.[0]?.d ?? '').toBe(''); // blank below the used rows, as in Sheets
        },
      ],
      [
        '=ROI_CPV(TRUE, 3000, 1.5)',
        (w) => {
          expect(at(w, 0, 0)).toMatchObject({ d: '#ERROR!', k: 'e', i: '=ROI_CPV(TRUE, 3000, 1.5)' });
          expect(at(w, 0, 0).m).toContain('TRUE/FALSE'); // the add-on's own refusal, not "Named expression TRUE not recognized"
        },
      ],
      ['=IF(FALSE, 1, 2)', (w) => expect(at(w, 0, 0)).toMatchObject({ d: '2', k: 'n' })],
      ['=SUM(I3:I)', (w) => expect(at(w, 0, 0)).toMatchObject({ d: '0', k: 'n', i: '=SUM(I3:I)' })],
    ];
    for (const [formula, check] of cases) {
      expect((await setCell(1, 8, formula)).status).toBe(200);
      check(await windowAt(1, LAST + 1, 8, 9));
      await setCell(1, 8, '');
    }
  });

  it("gives an error's reason in the user's language, the engine's errors too", async () => {
    const cases: [string, RegExp][] = [
      ['=1/0', /0で割っています/],
      ['=NOSUCHNAME+1', /不明な名前 NOSUCHNAME/],
      ['=SUM(1,', /数式を読み取れません/],
      ['=ROI_CPV(2, 3000, 1.5)', /100%/],
    ];
    for (const [formula, reason] of cases) {
      await setCell(2, 8, formula);
      const c = at(await windowAt(2, 3, 8, 9), 0, 0);
      expect(c.k, formula).toBe('e');
      expect(c.m, formula).toMatch(reason);
    }
    await setCell(2, 8, '');
  });

  it('shows an apostrophe text marker nowhere: not in the grid, not in the formula bar, not in the download', async () => {
    for (const [input, shown] of [
      ["'00123", '00123'],
      ['\'=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'],
      ["''quoted", "'quoted"],
    ]) {
      await setCell(3, 8, input!);
      const c = at(await windowAt(3, 4, 8, 9), 0, 0);
      expect(c, input).toMatchObject({ d: shown, k: 's' });
      expect(c.i, input).toBeUndefined(); // the formula bar shows the text itself
      const [sheet] = readXlsx(new Uint8Array(await (await fetch(`${base}/api/download.xlsx`)).arrayBuffer()));
      expect(sheet!.rows[3]![8], input).toBe(shown);
    }
    await setCell(3, 8, '');
  });

  it('refuses a formula that would fill millions of cells, in seconds, and keeps serving', async () => {
    const r = await setCell(4, 8, '=SEQUENCE(900000,18)');
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/16,200,000/);
    expect((await json('/api/version')).status).toBe(200);
  });

  it('survives requests whose address does not parse: no request can stop the server', async () => {
    const { port } = new URL(base);
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const sock = connect(Number(port), '127.0.0.1', () => sock.write(text));
        let out = '';
        sock.on('data', (d) => (out += d.toString()));
        sock.on('close', () => resolve(out));
        sock.on('error', () => resolve(out));
        setTimeout(() => sock.destroy(), 3_000).unref();
      });
    const hostile = [
      'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      'POST /rpc/%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]',
      'GET /api/sheet/%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      'GET /api/charts/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      'GET http://[::1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      'BREW / HTTP/1.1\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n',
    ];
    for (const text of hostile) {
      const answer = await raw(text);
      expect(answer, text).toMatch(/^HTTP\/1\.1 4\d\d/);
      expect((await json('/api/version')).status, text).toBe(200); // still there, workbook and all
    }
    expect((await json<SheetsReply>('/api/sheets')).body.sheets.map((x) => x.name)).toEqual(['api-roster']);
  });

  it('serves the page with a strict CSP and the sidebar through the rpc bridge', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('data-testid="grid"');
    const sidebar = await (await fetch(`${base}/Sidebar.html`)).text();
    expect(sidebar).toContain('google.script.run');
  });
});

// ---- npm start as a child process ---------------------------------------------------------------------------

/** Runs local/start.ts the way `npm start` does (after the build), until it prints the URL or exits. */
function runStart(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string | null; code: number | null; out: string; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'local/start.ts', ...args], {
    env: { ...process.env, BROWSER: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve) => {
    const done = (url: string | null, code: number | null) =>
      resolve({
        url,
        code,
        out,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /Preview: (http:\/\/\S+)/.exec(out);
      if (m) done(m[1]!, null);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => done(null, code));
    setTimeout(() => done(null, null), 30_000).unref();
  });
}

describe('npm start (local/start.ts as a child process)', () => {
  it('opens a roster CSV, prints the URL, serves the page, stops on SIGTERM', async () => {
    const file = join(dir, 'cli-roster.csv');
    writeFileSync(file, '\ufeff' + writeCsv(ROWS));
    const run = await runStart(['--roster', file], { PORT: '0' });
    try {
      expect(run.url, run.out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(run.out).toContain('cli-roster.csv (UTF-8 with BOM, 19 rows)');
      const html = await (await fetch(run.url!)).text();
      expect(html).toContain('data-testid="grid"');
      const sheets = (await (await fetch(`${run.url}api/sheets`)).json()) as { sheets: { name: string }[] };
      expect(sheets.sheets.map((s) => s.name)).toEqual(['cli-roster']);
    } finally {
      expect(await run.stop()).toBe(0);
    }
  });

  it('npm start: builds, prints the URL, and a SIGTERM to the npm process leaves no process listening', async () => {
    const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent'], {
      env: { ...process.env, PORT: '0', BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code, signal) => resolve(code ?? (signal ? 143 : null))));
    const url = await new Promise<string | null>((resolve) => {
      const onData = (d: Buffer) => {
        out += d.toString();
        const m = /Preview: (http:\/\/\S+)/.exec(out);
        if (m && out.includes('second terminal')) resolve(m[1]!);
      };
      npm.stdout.on('data', onData);
      npm.stderr.on('data', onData);
      void exited.then(() => resolve(null));
      setTimeout(() => resolve(null), 90_000).unref();
    });
    onTestFinished(() => {
      if (npm.exitCode === null) npm.kill('SIGTERM');
    });
    expect(url, out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(out).toContain('npm test` in a second terminal');
    expect(out).not.toContain('Opened in your browser'); // BROWSER=none
    expect((await fetch(`${url}api/version`)).ok).toBe(true);
    npm.kill('SIGTERM');
    await exited;
    // Nothing answers on that port any more: the node child went with npm.
    const refused = async () => {
      try {
        await fetch(`${url}api/version`, { signal: AbortSignal.timeout(1_000) });
        return false;
      } catch {
        return true;
      }
    };
    await expect.poll(refused, { timeout: 10_000 }).toBe(true);
  }, 120_000);

  it('says clearly when the port is busy', async () => {
    const blocker = createNetServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const run = await runStart([], { PORT: String(port) });
      expect(run.url).toBeNull();
      expect(run.code).toBe(1);
      expect(run.out).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(run.out).toContain(`PORT=${port + 1} npm start`);
    } finally {
      blocker.close();
    }
  });

  it('says clearly when the roster file is missing', async () => {
    const run = await runStart(['--roster', join(dir, 'nope.csv')], { PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.out).toContain('No such file');
  });
});

// ---- the page in Chromium ---------------------------------------------------------------------------------------

describe.skipIf(!HAVE_CHROME)('preview page in Chromium', () => {
  let browser: Browser;
  let p: Preview;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const file = join(dir, 'roster.csv');
    writeFileSync(file, '\ufeff' + writeCsv(ROWS));
    p = await startPreview({ workbook: loadWorkbookFile(file) });
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    watch(page, problems);
    await page.goto(p.url);
    await page.frameLocator('[data-testid="sidebar"]').getByTestId('cpv-cap').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await p?.close();
  });

  it('shows the roster in the grid: column letters, row numbers, CJK text, a tab', async () => {
    await expect.poll(() => cell(page, 'A1').textContent()).toBe('アカウント');
    expect(await cell(page, 'A4').textContent()).toBe('@kcos_minji');
    expect(await cell(page, 'G4').textContent()).toBe('한국 뷰티\n2行目のメモ');
    expect(await cell(page, 'C2').textContent()).toBe('1.2M'); // text the add-on parses, shown as typed
    expect(await cell(page, 'F2').textContent()).toBe('0.90%');
    expect(await page.locator('.colhead .hcell').first().textContent()).toBe('A');
    expect(await page.locator('[data-row="1"]').textContent()).toBe('1');
    expect(await page.getByTestId('sheet-tab').allTextContents()).toEqual(['roster']);
    expect(await page.getByTestId('title').textContent()).toBe('roster');
    await shot(page, 'initial');
  });

  it('shows sheet text as text: no element, no script from a cell', async () => {
    expect(await cell(page, 'A5').textContent()).toBe(IMG);
    expect(await cell(page, 'A7').textContent()).toBe(SCRIPT);
    expect(await cell(page, 'A5').locator('*').count()).toBe(0);
    await cell(page, 'A5').click();
    expect(await page.getByTestId('formula-bar').inputValue()).toBe(IMG);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  it('computes a typed formula in the grid, shows it in the formula bar, recalculates dependants', async () => {
    await typeInto(page, 'H2', '=ROI_CPV(2%, 3000, 1.5)');
    await expect.poll(() => cell(page, 'H2').textContent()).toBe('40');
    // Enter moved the selection down, as in Sheets.
    expect(await page.getByTestId('name-box').inputValue()).toBe('H3');
    await cell(page, 'H2').click();
    expect(await page.getByTestId('formula-bar').inputValue()).toBe('=ROI_CPV(2%, 3000, 1.5)');

    await typeInto(page, 'I2', '=H2/2');
    await expect.poll(() => cell(page, 'I2').textContent()).toBe('20');
    // Edit through the formula bar: the dependant follows.
    await cell(page, 'H2').click();
    await page.getByTestId('formula-bar').fill('=ROI_CPV(2%, 3000, 3)');
    await page.getByTestId('formula-bar').press('Enter');
    await expect.poll(() => cell(page, 'H2').textContent()).toBe('20');
    await expect.poll(() => cell(page, 'I2').textContent()).toBe('10');
  });

  it('spills a range formula down the rows, like Sheets', async () => {
    await typeInto(page, 'J2', `=ER_TIER(C2:C${LAST}, F2:F${LAST})`);
    await expect.poll(() => cell(page, 'J2').textContent()).toBe('mega · within'); // 1.2M at 0.9%
    expect(await cell(page, 'J3').textContent()).toBe('mid · within'); // 25万 at 2.1%
    expect(await cell(page, 'J4').textContent()).toBe('mid · within'); // 50만 at 1.5%
    expect(await cell(page, `J${LAST}`).textContent()).toMatch(/ · /);
    await cell(page, 'J3').click();
    expect(await page.getByTestId('formula-bar').inputValue()).toBe('mid · within'); // a spilled cell holds no formula
  });

  it("spills the README's open-ended =ER_TIER(C2:C, F2:F) over the used rows", async () => {
    await typeInto(page, 'K2', '=ER_TIER(C2:C, F2:F)');
    await expect.poll(() => cell(page, 'K2').textContent()).toBe('mega · within');
    expect(await cell(page, `K${LAST}`).textContent()).toBe(await cell(page, `J${LAST}`).textContent());
    expect(await cell(page, `K${LAST + 1}`).textContent()).toBe('');
    await cell(page, 'K2').click();
    expect(await page.getByTestId('formula-bar').inputValue()).toBe('=ER_TIER(C2:C, F2:F)');
    await cell(page, 'K2').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, 'K3').textContent()).toBe('');
  });

  it('reads TRUE as Sheets does: the add-on refuses it with its own reason, shown when the cell is selected', async () => {
    await typeInto(page, 'H4', '=ROI_CPV(TRUE, 3000, 1.5)');
    await expect.poll(() => cell(page, 'H4').textContent()).toBe('#ERROR!');
    await cell(page, 'H4').click();
    await expect.poll(() => page.getByTestId('cell-note').textContent()).toContain('TRUE/FALSE');
    expect(await page.getByTestId('cell-note').textContent()).toContain('数値の欄に'); // the spreadsheet's language (ja)
    expect(await page.getByTestId('cell-note').textContent()).not.toContain('Named expression');
    // A cell without an error: no note.
    await cell(page, 'A2').click();
    await expect.poll(() => page.getByTestId('cell-note').isVisible()).toBe(false);
  });

  it('shows an apostrophe text marker nowhere: the grid and the formula bar show the text after it', async () => {
    await typeInto(page, 'G20', "'0123");
    await expect.poll(() => cell(page, 'G20').textContent()).toBe('0123');
    await cell(page, 'G20').click();
    expect(await page.getByTestId('formula-bar').inputValue()).toBe('0123');
    expect(p.fake.sheetValues('roster')[19]![6]).toBe('0123'); // the value is the text after the marker
    await cell(page, 'G20').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, 'G20').textContent()).toBe('');
  });

  it('shows errors like Sheets, with the message as a tooltip', async () => {
    await typeInto(page, 'H3', '=ROI_CPV(2, 3000, 1.5)');
    await expect.poll(() => cell(page, 'H3').textContent()).toBe('#ERROR!');
    expect(await cell(page, 'H3').getAttribute('title')).toMatch(/100/);
    await page.getByTestId('grid').evaluate((el) => {
      el.scrollLeft = 0;
    });
    await cell(page, 'H3').click();
    expect(await page.getByTestId('formula-bar').inputValue()).toBe('=ROI_CPV(2, 3000, 1.5)');
    // The reason where the eye is: under the formula bar, in the user's language.
    await expect.poll(() => page.getByTestId('cell-note').textContent()).toMatch(/^H3\s+#ERROR!\s+.*100%/);
    await shot(page, 'formulas');
  });

  it('runs the shortlist from the real sidebar; the output tab appears in the grid', async () => {
    const sidebar = page.frameLocator('[data-testid="sidebar"]');
    await sidebar.getByTestId('cpv-cap').fill('2');
    await sidebar.getByTestId('budget').fill('100万');
    await sidebar.getByTestId('run').click();
    await expect.poll(() => sidebar.getByTestId('result').textContent(), { timeout: 20_000 }).toContain('Shortlist');
    // The page notices the new sheet (the add-on activated it) and shows it.
    await expect.poll(() => page.getByTestId('sheet-tab').allTextContents(), { timeout: 10_000 }).toEqual(['roster', 'Shortlist']);
    await expect.poll(() => page.locator('.tab.active').textContent()).toBe('Shortlist');
    await expect.poll(() => cell(page, 'A1').textContent()).toBe('役割');
    expect(p.fake.sheetNames()).toEqual(['roster', 'Shortlist']);
    // Both payload handles are under the cap and cheap: chosen, and shown as text in the output.
    const handles = p.fake.sheetValues('Shortlist').map((r) => r[1]);
    expect(handles).toContain(IMG);
    expect(handles).toContain(SCRIPT);
    await expect.poll(() => page.locator('.cell', { hasText: 'onerror' }).count()).toBeGreaterThan(0);
    await shot(page, 'shortlist');
  });

  it("draws the spend-by-role chart the add-on inserted, over the grid, from the sheet's own figures", async () => {
    const recorded = p.fake.formats('Shortlist').charts.map((c) => c.describe());
    expect(recorded).toHaveLength(1);
    // beside the totals, inside the sheet's 16 columns (no columns added for it)
    expect(recorded[0]).toMatchObject({ type: 'PIE', options: { title: '役割別の費用' }, position: { column: 10 } });
    expect(p.fake.sheetValues('Shortlist')[recorded[0]!.position.row - 1]![0]).toBe('合計');
    expect(recorded[0]!.ranges[0]).toMatch(/^Shortlist!/); // under the sheet's final name, not the temporary one
    const chart = page.getByTestId('chart');
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.getAttribute('data-type')).toBe('PIE');
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('.chart-title').textContent()).toBe('役割別の費用');
    const slices = await chart.locator('path.slice title').allTextContents();
    expect(slices.length).toBeGreaterThanOrEqual(1);
    // The slices are the per-role spend the sheet shows, and together they are the whole spend.
    const spend = slices.map((t) => Number(/: ([\d,]+) /.exec(t)![1]!.replace(/,/g, '')));
    const share = slices.map((t) => Number(/\(([\d.]+)%\)/.exec(t)![1]));
    expect(share.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(spend.every((v) => v > 0)).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    await chart.screenshot({ path: `${ARTIFACTS}/preview-shortlist-chart.png` });
    await shot(page, 'shortlist-with-chart');
  });

  it('ran nothing from the payloads, in the page or the sidebar', async () => {
    const frame = sidebarFrame(page);
    for (const ctx of [page.mainFrame(), frame]) {
      expect(await ctx.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(await ctx.locator('img').count()).toBe(0);
      expect(await ctx.locator('script', { hasText: '__xss' }).count()).toBe(0);
    }
  });

  it('switches tabs, and downloads the workbook with the results', async () => {
    await page.getByTestId('sheet-tab').filter({ hasText: 'roster' }).click();
    await expect.poll(() => cell(page, 'H2').textContent()).toBe('20');
    const res = await page.request.get(`${p.url}api/download.xlsx`);
    expect(res.ok()).toBe(true);
    const sheets = readXlsx(new Uint8Array(await res.body()));
    expect(sheets.map((s) => s.name)).toEqual(['roster', 'Shortlist']);
    const h2 = sheets[0]!.rows[1]![7];
    expect(isFormula(h2) && h2).toMatchObject({ formula: '=ROI_CPV(2%, 3000, 3)', value: 20 });
    expect(sheets[1]!.rows[0]![0]).toBe('役割');
    expect(await page.getByTestId('download').getAttribute('href')).toBe('/api/download.xlsx');
  });

  it('raised no page errors, console errors or dialogs', () => {
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!HAVE_CHROME)('preview page: an English session on a yen roster', () => {
  it('shows ¥ in the sidebar and in the output, never $', async () => {
    const file = join(dir, 'yen-roster.csv');
    writeFileSync(file, '\ufeff' + writeCsv(ROWS));
    const wb = loadWorkbookFile(file);
    // What `npm start -- --locale en_US` does: the language is English, the currency the roster's.
    const p = await startPreview({
      workbook: wb,
      locale: spreadsheetLocaleFor('en_US', detectCurrency(wb)?.region ?? null),
      userLocale: 'en_US',
    });
    const browser = await chromium.launch(LAUNCH);
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      const problems: string[] = [];
      watch(page, problems);
      await page.goto(p.url);
      const sidebar = page.frameLocator('[data-testid="sidebar"]');
      await sidebar.getByTestId('cpv-cap').fill('2');
      await sidebar.getByTestId('budget').fill('1000000');
      await sidebar.getByTestId('run').click();
      await expect.poll(() => sidebar.getByTestId('result').textContent(), { timeout: 20_000 }).toContain('Shortlist');
      const result = (await sidebar.getByTestId('result').textContent())!;
      expect(result).toMatch(/¥[\d,]+/);
      expect(result).not.toMatch(/\$\d/);
      await expect.poll(() => page.locator('.tab.active').textContent()).toBe('Shortlist');
      await expect.poll(() => page.locator('.cell', { hasText: '¥' }).count()).toBeGreaterThan(0);
      expect(await page.locator('.cell', { hasText: /\$\d/ }).count()).toBe(0);
      await shot(page, 'en-yen');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await p.close();
    }
  });
});

describe.skipIf(!HAVE_CHROME)('preview page: any chart the add-on inserts', () => {
  it('records and draws a combo chart of planned vs actual CPV with a cap line, and column, bar and line charts', async () => {
    const rows = [
      ['Creator', 'Planned CPV', 'Actual CPV', 'Cap'],
      ['@hana', 1.5, 1.9, 2],
      ['@tokyo', 1.2, 2.4, 2],
      ['@minji', 1.8, 1.6, 2],
      ['@run', 1.0, 1.1, 2],
    ];
    const file = join(dir, 'cpv.csv');
    writeFileSync(file, writeCsv(rows.map((r) => r.map(String))));
    const p = await startPreview({ workbook: loadWorkbookFile(file) });
    const browser = await chromium.launch(LAUNCH);
    try {
      // As the add-on would, through Apps Script's chart builder on the stand-in.
      const gas = p.fake.globals;
      const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('cpv')!;
      const data = sheet.getRange('A1:D5');
      sheet.insertChart(
        sheet
          .newChart()
          .asComboChart()
          .addRange(data)
          .setNumHeaders(1)
          .setPosition(7, 1, 0, 0)
          .setOption('title', 'Planned vs actual CPV')
          .setOption('seriesType', 'bars')
          .setOption('series', { 2: { type: 'line', color: '#d93025', lineDashStyle: [6, 4] } })
          .setOption('vAxis.title', 'CPV (¥)')
          .setOption('legend.position', 'bottom')
          .build(),
      );
      for (const [type, col] of [
        ['COLUMN', 11],
        ['BAR', 11],
        ['LINE', 11],
      ] as const) {
        sheet.insertChart(
          sheet
            .newChart()
            .setChartType(gas.Charts.ChartType[type])
            .addRange(sheet.getRange('A1:C5'))
            .setPosition(type === 'COLUMN' ? 1 : type === 'BAR' ? 17 : 33, col, 0, 0)
            .setOption('title', type)
            .setOption('width', 420)
            .setOption('height', 300)
            .build(),
        );
      }
      const recorded = p.fake.formats('cpv').charts.map((c) => c.describe());
      expect(recorded.map((c) => c.type)).toEqual(['COMBO', 'COLUMN', 'BAR', 'LINE']);
      expect(recorded[0]).toMatchObject({ ranges: ['cpv!A1:D5'], options: { seriesType: 'bars', series: { 2: { type: 'line' } } } });

      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      const problems: string[] = [];
      watch(page, problems);
      await page.goto(p.url);
      const charts = page.getByTestId('chart');
      await expect.poll(() => charts.count()).toBe(4);
      const combo = charts.nth(0);
      expect(await combo.getAttribute('data-type')).toBe('COMBO');
      expect(await combo.locator('rect.bar').count()).toBe(8); // planned and actual, 4 creators
      const cap = combo.locator('polyline.line');
      expect(await cap.count()).toBe(1);
      expect(await cap.getAttribute('stroke-dasharray')).toBe('6 4');
      expect(await cap.getAttribute('stroke')).toBe('#d93025');
      expect(await combo.locator('.legend text').allTextContents()).toEqual(['Planned CPV', 'Actual CPV', 'Cap']);
      expect(await combo.locator('text', { hasText: 'CPV (¥)' }).count()).toBe(1);
      await combo.scrollIntoViewIfNeeded();
      await combo.screenshot({ path: `${ARTIFACTS}/preview-combo-chart.png` });
      expect(await charts.nth(1).locator('rect.bar').count()).toBe(8);
      expect(await charts.nth(2).locator('rect.bar').count()).toBe(8);
      expect(await charts.nth(3).locator('polyline.line').count()).toBe(2);
      await charts.nth(2).scrollIntoViewIfNeeded();
      await shot(page, 'charts');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await p.close();
    }
  });
});

describe.skipIf(!HAVE_CHROME)('preview page: the sample workbook', () => {
  it('opens examples/sample-workbook.xlsx with its formulas computed', async () => {
    const p = await startPreview({ workbook: loadWorkbookFile('examples/sample-workbook.xlsx') });
    const browser = await chromium.launch(LAUNCH);
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      const problems: string[] = [];
      watch(page, problems);
      await page.goto(p.url);
      expect(await page.getByTestId('sheet-tab').allTextContents()).toEqual(['Roster', 'Comments', 'Settings', 'K社BF 実績']);
      await expect.poll(() => cell(page, 'J2').textContent()).toMatch(/ · (within|below|above)$/);
      // Row 1 is frozen: it stays on top while the rows scroll under it.
      await page.getByTestId('grid').evaluate((el) => {
        el.scrollTop = 24 * 100;
      });
      await expect.poll(() => cell(page, 'A110').textContent()).toMatch(/^@creator_/);
      expect(await cell(page, 'A1').textContent()).toBe('アカウント');
      expect(await cell(page, 'A1').isVisible()).toBe(true);
      const header = await cell(page, 'A1').boundingBox();
      const grid = await page.getByTestId('grid').boundingBox();
      expect(header!.y).toBeLessThan(grid!.y + 60);
      await shot(page, 'sample-roster');
      await page.getByTestId('sheet-tab').filter({ hasText: 'Comments' }).click();
      await expect.poll(() => cell(page, 'B2').textContent()).toBe('purchase_intent');
      expect(await cell(page, 'E2').textContent()).toMatch(/^\d+\.\d%$/);
      await shot(page, 'sample-comments');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await p.close();
    }
  });
});

// ---- 10,000 rows ----------------------------------------------------------------------------------------------------

describe.skipIf(!HAVE_CHROME)('preview page: a 10,000-row roster', () => {
  it('opens and scrolls to the last row; only the rows in view exist', async () => {
    const rows = generateRoster(10_000, 5);
    const file = join(dir, 'big.csv');
    writeFileSync(file, writeCsv(rows));
    const p = await startPreview({ workbook: loadWorkbookFile(file) });
    const browser = await chromium.launch(LAUNCH);
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      const problems: string[] = [];
      watch(page, problems);
      await page.goto(p.url);
      await expect.poll(() => cell(page, 'A2').textContent()).toBe(rows[1]![0]);
      expect(await page.locator('[data-row]').last().textContent()).not.toBe('10001'); // only the rows in view exist

      await page.getByTestId('grid').evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      const last = rows.length;
      await expect.poll(() => cell(page, `A${last}`).textContent()).toBe(rows[last - 1]![0]);
      expect(await page.locator(`[data-row="${last}"]`).isVisible()).toBe(true);
      expect(await page.locator('.cell').count()).toBeLessThan(2_000);

      // Scroll through the middle in steps, then back to the bottom: the rows in view follow.
      for (let i = 0; i < 20; i += 5) {
        await page.getByTestId('grid').evaluate((el, k) => {
          el.scrollTop = (el.scrollHeight * k) / 20;
        }, i);
        const first = 2 + Math.floor((i * 10_000) / 20);
        await expect
          .poll(() => page.locator('[data-row]').evaluateAll((els) => els.map((e) => Number(e.textContent))))
          .toContain(first + 5);
      }
      await page.getByTestId('grid').evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await expect.poll(() => cell(page, `A${last}`).textContent()).toBe(rows[last - 1]![0]);
      await shot(page, '10k-bottom');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await p.close();
    }
  });
});
