// `npm start`: the add-on on a local in-memory spreadsheet, no Google account.
//
//   npm start                              the sample workbook (examples/sample-workbook.xlsx)
//   npm start -- --roster FILE             a roster: .csv/.tsv (UTF-8 with or without BOM, Shift_JIS, EUC-KR) or .xlsx
//   npm start -- --locale ko_KR            the spreadsheet's locale (₩, Korean sidebar); default ja_JP
//   PORT=9000 npm start                    another port (default 8787)
//   npm start -- --host 0.0.0.0            listen beyond this computer (default 127.0.0.1 only)
//
// The grid, the formulas (=ROI_CPV, =ER_TIER, =COMMENT_INTENT) and the real
// sidebar run against one HyperFormula workbook in this process.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPreview } from './preview/server';
import { loadWorkbookFile } from './preview/workbook';

const SAMPLE = 'examples/sample-workbook.xlsx';

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
        port: { type: 'string' },
        host: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }).values;
  } catch (err) {
    fail(`${(err as Error).message}\nUsage: npm start [-- --roster FILE.csv|FILE.xlsx] [--locale ja_JP|ko_KR|en_US] [--port N]`);
  }
  if (args.help) {
    console.log('Usage: npm start [-- --roster FILE.csv|FILE.xlsx] [--locale ja_JP|ko_KR|en_US] [--port N] [--host H]\nPORT in the environment works too (default 127.0.0.1:8787).');
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
  const locale = args.locale ?? 'ja_JP';
  if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(locale)) fail(`--locale takes a Sheets locale such as ja_JP, ko_KR or en_US, not ${JSON.stringify(locale)}.`);

  let preview;
  try {
    preview = await startPreview({ workbook, host, port, locale, echoLogs: true, log: args.quiet ? undefined : (line) => console.log(`  ${line}`) });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') fail(`port ${port} on ${host} is already in use (another \`npm start\`?). Stop it, or choose another port: PORT=${port + 1} npm start`);
    if (code === 'EACCES') fail(`not allowed to listen on port ${port}: choose a port above 1024, e.g. PORT=8787 npm start`);
    fail(`the preview did not start: ${(err as Error).stack ?? String(err)}`);
  }
  const total = (performance.now() - started) / 1000;
  const t = preview.timings;
  console.log('');
  console.log('Influencer ROI — local preview (an in-memory spreadsheet; no Google account, nothing leaves this computer)');
  console.log(`  Workbook: ${workbook.description}`);
  console.log(`  Started in ${total.toFixed(1)} s (read ${loadMs} ms, page ${t.page} ms, engine ${t.engine} ms, add-on ${t.bundle} ms, formulas ${t.recalc} ms)`);
  if (host !== '127.0.0.1' && host !== 'localhost') console.log(`  Listening on ${host}: anyone who can reach this computer can open and edit the workbook.`);
  console.log(`\nPreview: ${preview.url}\n`);
  console.log('  Edits stay in memory: "Download .xlsx" keeps them. Ctrl+C stops.');

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void preview.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
