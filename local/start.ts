// `npm start`: the add-on on a local in-memory spreadsheet, no Google account.
//
//   npm start                              the sample workbook (examples/sample-workbook.xlsx)
//   npm start -- --roster FILE             a roster: .csv/.tsv (UTF-8 with or without BOM, Shift_JIS, EUC-KR) or .xlsx
//   npm start -- --locale ko_KR            the language (Korean sidebar and formulas); default ja_JP
//   npm start -- --currency KRW            the workbook's currency (¥ JPY, ₩ KRW, $ USD…); default: the
//                                          symbols the roster's money carries, else the locale's
//   BROWSER=none npm start                 do not open a browser (CI and the tests do this)
//   PORT=9000 npm start                    another port (default 8787)
//   npm start -- --host 0.0.0.0            listen beyond this computer (default 127.0.0.1 only)
//
// The grid, the formulas (=ROI_CPV, =ER_TIER, =COMMENT_INTENT) and the real
// sidebar run against one HyperFormula workbook in this process.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPreview } from './preview/server';
import { currencyRegion, detectCurrency, loadWorkbookFile, spreadsheetLocaleFor } from './preview/workbook';

const SAMPLE = 'examples/sample-workbook.xlsx';
const USAGE =
  'Usage: npm start [-- --roster FILE.csv|FILE.xlsx] [--locale ja_JP|ko_KR|en_US] [--currency JPY|KRW|USD] [--port N] [--host H]';

/** A program on the PATH, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

/**
 * Opens the URL in the default browser when there is one: $BROWSER if set
 * ("none" skips, as CI and the tests do), else xdg-open or open. Never fails:
 * the URL is printed either way.
 */
function openBrowser(url: string): string | null {
  const wanted = process.env.BROWSER;
  if (wanted === 'none' || (wanted === undefined && process.env.CI)) return null;
  let cmd: string | null = null;
  let args: string[] = [url];
  if (wanted) cmd = wanted;
  else if (process.platform === 'darwin') cmd = onPath('open');
  else if (process.platform === 'win32') {
    cmd = 'cmd';
    args = ['/c', 'start', '""', url];
  } else if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) cmd = onPath('xdg-open');
  if (!cmd) return null;
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return cmd;
  } catch {
    return null;
  }
}

function fail(message: string): never {
  console.error(`\nnpm start: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const started = performance.now();
  let args;
  try {
    args = parseArgs({
      options: {
        roster: { type: 'string', short: 'r' },
        locale: { type: 'string' },
        currency: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }).values;
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  if (args.help) {
    console.log(`${USAGE}\nPORT in the environment works too (default 127.0.0.1:8787); BROWSER=none does not open a browser.`);
    return;
  }
  for (const f of ['dist/Code.js', 'dist/Sidebar.html']) {
    if (!existsSync(f)) fail(`${f} is missing: run \`npm run build\` first (npm start does).`);
  }

  // npm runs scripts from the package root; a relative path means where `npm start` was typed.
  const file = args.roster ? resolve(process.env.INIT_CWD ?? process.cwd(), args.roster) : SAMPLE;
  if (!args.roster && !existsSync(SAMPLE)) fail(`${SAMPLE} is missing: make it with \`node scripts/run-ts.mjs scripts/make-examples.ts\`.`);
  let workbook;
  try {
    workbook = loadWorkbookFile(file);
  } catch (err) {
    fail(`cannot open ${file}: ${(err as Error).message}`);
  }
  const loadMs = Math.round(performance.now() - started);

  const portText = args.port ?? process.env.PORT ?? '8787';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not ${JSON.stringify(portText)}.`);
  // Not $HOST: shells set it to the machine's name.
  const host = args.host ?? '127.0.0.1';
  const language = args.locale ?? 'ja_JP';
  if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(language))
    fail(`--locale takes a Sheets locale such as ja_JP, ko_KR or en_US, not ${JSON.stringify(language)}.`);
  // The currency is the workbook's, not the language's: --currency, else the roster's own symbols.
  let region: string | null = null;
  let currencyFrom = 'the locale';
  if (args.currency !== undefined) {
    region = currencyRegion(args.currency);
    if (!region) fail(`--currency takes JPY, KRW, USD, EUR or GBP (or ¥, ₩, $, €, £), not ${JSON.stringify(args.currency)}.`);
    currencyFrom = '--currency';
  } else {
    const seen = detectCurrency(workbook);
    if (seen) {
      region = seen.region;
      currencyFrom = `the roster's ${seen.symbol} amounts`;
    }
  }
  const locale = spreadsheetLocaleFor(language, region);

  let preview;
  try {
    preview = await startPreview({
      workbook,
      host,
      port,
      locale,
      userLocale: language,
      echoLogs: true,
      log: args.quiet ? undefined : (line) => console.log(`  ${line}`),
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE')
      fail(
        `port ${port} on ${host} is already in use (another \`npm start\`?). Stop it, or choose another port: PORT=${port + 1} npm start`,
      );
    if (code === 'EACCES') fail(`not allowed to listen on port ${port}: choose a port above 1024, e.g. PORT=8787 npm start`);
    fail(`the preview did not start: ${(err as Error).stack ?? String(err)}`);
  }
  const total = (performance.now() - started) / 1000;
  const t = preview.timings;
  console.log('');
  console.log('Influencer ROI — local preview (an in-memory spreadsheet; no Google account, nothing leaves this computer)');
  console.log(`  Workbook: ${workbook.description}`);
  for (const n of workbook.notices ?? []) console.log(`  Note: ${n}`);
  console.log(`  Language ${language}; spreadsheet locale ${locale} (currency from ${currencyFrom})`);
  console.log(
    `  Started in ${total.toFixed(1)} s (read ${loadMs} ms, page ${t.page} ms, engine ${t.engine} ms, add-on ${t.bundle} ms, formulas ${t.recalc} ms)`,
  );
  if (host !== '127.0.0.1' && host !== 'localhost')
    console.log(`  Listening on ${host}: anyone who can reach this computer can open and edit the workbook.`);
  console.log(`\nPreview: ${preview.url}\n`);
  const opened = openBrowser(preview.url);
  console.log(`  ${opened ? `Opened in your browser (${opened}). ` : ''}Edits stay in memory: "Download .xlsx" keeps them. Ctrl+C stops.`);
  console.log('  Run `npm test` in a second terminal, or after stopping (the tests start their own preview).');

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void preview.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // `npm start` runs us under `sh -c`; a SIGTERM to npm ends the shell but not us. When our
  // parent goes away we are re-parented: stop then, so no server is left behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 300).unref();
}

void main();
