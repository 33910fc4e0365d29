// `npm run bench -- hostile-xlsx` child: reads one XLSX file the way `npm start
// --roster` does and prints, as JSON, how long it took to open or refuse it and
// the process's peak memory (a fresh process per file, so the peak is this file's).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { workbookFromXlsx } from '../local/preview/workbook';

const file = process.argv[2]!;
const bytes = readFileSync(file);
const before = process.resourceUsage().maxRSS;
const t = performance.now();
let outcome: string;
try {
  const wb = workbookFromXlsx(bytes, file);
  outcome = `opened: ${wb.description}`;
} catch (err) {
  outcome = `refused: ${err instanceof Error ? err.message : String(err)}`;
}
const ms = performance.now() - t;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, baseMb: before / 1024, outcome }));
