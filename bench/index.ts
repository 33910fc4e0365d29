// `npm run bench`: figures, not assertions. Runs the built dist/Code.js in a
// node:vm over the in-memory spreadsheet, as Apps Script would run it.
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { generateRoster } from '../local/sample-roster';
import { SAMPLE_COMMENTS } from './comments';
import { benchOptimiser } from './optimiser';
import { planShortlist } from '../src/core/shortlist/plan';
import { currencyOf } from '../src/core/currency';

function time<T>(fn: () => T, repeat = 5): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, result };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const arg = process.argv.slice(2);
const only = (name: string) => arg.length === 0 || arg.includes(name);

if (only('formulas')) {
  const fake = createFakeSpreadsheet({ Sheet1: [['x']] }, { locale: 'ja_JP' });
  const gas = loadBundle(fake.globals);
  const N = 100_000;
  const cvr = Array.from({ length: N }, (_, i) => [i % 7 === 0 ? '2%' : 0.01 + (i % 50) / 1000]);
  const aov = Array.from({ length: N }, (_, i) => [i % 3 === 0 ? '¥3,000' : 2000 + (i % 900)]);
  const cpv = Array.from({ length: N }, (_, i) => [i % 5 === 0 ? '¥1.5' : 0.5 + (i % 40) / 10]);
  const followers = Array.from({ length: N }, (_, i) => [i % 4 === 0 ? `${(i % 300) / 10 + 1}万` : 1000 + ((i * 7919) % 3_000_000)]);
  const er = Array.from({ length: N }, (_, i) => [i % 6 === 0 ? '3.2%' : ((i * 31) % 900) / 10_000]);
  const comments = Array.from({ length: 10_000 }, (_, i) => [SAMPLE_COMMENTS[i % SAMPLE_COMMENTS.length]!]);
  // Sheets hands a custom function arrays of the script's own realm: build them inside the vm, as Apps Script would.
  const vmJson = vm.runInContext('JSON', gas) as JSON;
  const own = <T>(x: T): T => vmJson.parse(JSON.stringify(x)) as T;
  const [cvrR, aovR, cpvR, followersR, erR, commentsR] = [cvr, aov, cpv, followers, er, comments].map(own);

  console.log('## Custom functions (one call over a whole range, bundle in node:vm)');
  // The same bundle in Node's own realm: node:vm contexts make every global lookup (Number, Math…) slow,
  // so the vm figure is a conservative one; Apps Script runs the file in an ordinary V8 context.
  const plain = new Function(`${readFileSync('dist/Code.js', 'utf8')}\nreturn AddOn;`)() as { customFunction(n: string, a: unknown[]): unknown };
  const row = (name: string, what: string, aim: string, inVm: () => unknown, args: unknown[]) =>
    console.log(`| ${name} | ${what} | ${fmt(time(inVm).ms)} | ${fmt(time(() => plain.customFunction(name, args)).ms)} | ${aim} |`);
  console.log('| function | one call over | in node:vm | same bundle, plain context | aim |');
  console.log('|---|---|---:|---:|---|');
  row('ROI_CPV', `${N.toLocaleString()} rows`, '< 300 ms', () => gas.ROI_CPV(cvrR, aovR, cpvR), [cvr, aov, cpv]);
  row('ER_TIER', `${N.toLocaleString()} rows`, '< 300 ms', () => gas.ER_TIER(followersR, erR), [followers, er]);
  row('COMMENT_INTENT', `${comments.length.toLocaleString()} comments`, '< 100 ms', () => gas.COMMENT_INTENT(commentsR), [comments]);
  row('COMMENT_INTENT', `${comments.length.toLocaleString()} comments, "share"`, '', () => gas.COMMENT_INTENT(commentsR, 'share'), [comments, 'share']);
  console.log('');
}

if (only('shortlist')) {
  console.log('## runShortlist (bundle in node:vm over the in-memory spreadsheet; cap ¥2, budget ¥5,000,000, reach 20–60%, ≥ 5 empathy, ER floor on)');
  console.log('| roster rows | time (whole run) | of which parse + rules + optimiser | roster reads | writes | selected | views | blended CPV |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of [1_000, 10_000, 100_000, 250_000]) {
    const roster = generateRoster(n, 42);
    const fake = createFakeSpreadsheet({ Roster: roster }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    const budget = 5_000_000; // one campaign, whatever the size of the saved roster
    fake.counters.reset();
    const t = performance.now();
    const settings = { rosterSheet: 'Roster', cpvCap: 2, budget, reachShare: { min: 0.2, max: 0.6 }, minEmpathy: 5, erFloor: true };
    const r = gas.runShortlist(settings);
    const ms = performance.now() - t;
    // The same work without the spreadsheet stand-in: what Apps Script's own read and write costs are added to.
    const values = fake.sheetValues('Roster');
    const core = time(() => planShortlist(values, 'Roster', { ...settings, viewRate: null }, currencyOf('ja_JP')), 1).ms;
    const reads = fake.counters.calls.filter((c: string) => c.includes('Roster!') && /get(Values|DisplayValues|Formulas)/.test(c)).length;
    console.log(`| ${n.toLocaleString()} | ${fmt(ms)} | ${fmt(core)} | ${reads} | ${fake.counters.writes} | ${r.selected.length} | ${Math.round(r.views).toLocaleString()} | ${r.blendedCpv.toFixed(3)} |`);
  }
  console.log('');
}

if (only('big')) {
  // Outputs bigger than a new sheet (1,000 × 26): the sheet is grown before writing.
  console.log('## Big sheets (bundle in node:vm over the in-memory spreadsheet; reads and writes are service calls)');
  console.log('| what | time | reads | writes | output |');
  console.log('|---|---:|---:|---:|---|');
  {
    const fake = createFakeSpreadsheet({ Roster: generateRoster(2_130, 7) }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    fake.counters.reset();
    const t = performance.now();
    const r = gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 1000, budget: 1e12 });
    const ms = performance.now() - t;
    const out = fake.sheetValues('Shortlist');
    console.log(`| shortlist of ${r.selected.length.toLocaleString()} creators | ${fmt(ms)} | ${fake.counters.reads} | ${fake.counters.writes} | ${out.length.toLocaleString()} × ${out[0]!.length} |`);
  }
  {
    const grid = Array.from({ length: 5_000 }, (_, r) => Array.from({ length: 40 }, (_, c) => (r === 0 ? (c === 3 ? '費用' : `列${c + 1}`) : (r * 40 + c) % 9973)));
    const fake = createFakeSpreadsheet({ Big: grid }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    fake.counters.reset();
    const t = performance.now();
    const { sheet } = gas.createClientSnapshot({ sourceSheet: 'Big', hideColumns: ['費用'] });
    const ms = performance.now() - t;
    const out = fake.sheetValues(sheet);
    console.log(`| client snapshot of 5,000 × 40 (fee hidden) | ${fmt(ms)} | ${fake.counters.reads} | ${fake.counters.writes} | ${out.length.toLocaleString()} × ${out[0]!.length} |`);
  }
  console.log('');
}

if (only('optimiser')) {
  await benchOptimiser();
}
