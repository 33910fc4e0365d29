import { performance } from 'node:perf_hooks';
import { generateRoster } from './bench/roster';
import { planShortlist } from './src/core/shortlist/plan';
import { buildLayout, closestToPassing } from './src/core/shortlist/layout';
import { readRoster } from './src/core/roster/read';
import { findHeader } from './src/core/roster/headers';
import { currencyOf } from './src/core/currency';
const values = generateRoster(250_000, 42);
const currency = currencyOf('ja_JP');
const settings = { cpvCap: 2, budget: 5_000_000, reachShare: { min: 0.2, max: 0.6 }, minEmpathy: 5, erFloor: true, viewRate: null };
const h = findHeader(values)!;
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const rr = readRoster(values.slice(h.row + 1), h.map, h.headers, 2, { cpvCap: 2, erFloor: true, viewRate: null, currency: 'JPY' });
  const tRead = performance.now() - t;
  t = performance.now();
  const plan = planShortlist(values, 'Roster', settings, currency);
  const tPlan = performance.now() - t;
  t = performance.now();
  closestToPassing(plan.roster.excluded);
  const tClose = performance.now() - t;
  t = performance.now();
  buildLayout(plan, { locale: 'ja', currency, budget: 5e6, cpvCap: 2 });
  const tLayout = performance.now() - t;
  console.log({ tRead, tPlan, tClose, tLayout, eligible: rr.eligible.length, excl: rr.excluded.length });
}
