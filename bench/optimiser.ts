// The optimiser against HiGHS (exact MILP, same model) on the hard families and
// per objective. `node scripts/run-ts.mjs bench/optimiser.ts [families|objectives] [sizes] [family,…]`.
// Timings on a shared machine are noisy; the value ratio and the proven flag are not.
import { performance } from 'node:perf_hooks';
import { optimise, type Candidate, type Constraints } from '../src/core/optimise';
import { FAMILIES, FAMILY_NAMES } from '../test/support/families';
import { OBJECTIVES, objectiveInstance } from '../test/support/generate-candidates';
import { solveWithHighs } from '../test/support/highs-model';

const HIGHS_LIMIT = 10; // seconds per HiGHS solve

async function row(label: string, n: number, cands: Candidate[], c: Constraints, planted?: number[]): Promise<void> {
  const t = performance.now();
  const ours = optimise(cands, c);
  const ms = performance.now() - t;
  const h = n <= 20_000 ? await solveWithHighs(cands, c, { timeLimit: HIGHS_LIMIT }) : null;
  const v = ours.ok ? ours.value : 0;
  const verdict = ours.ok
    ? ours.proven
      ? 'yes'
      : `no (gap ≤ ${(100 * (1 - v / ours.bound)).toFixed(3)} %)`
    : 'infeasible' in ours
      ? `infeasible: ${ours.infeasible.constraint}`
      : 'not found';
  // HiGHS's best when it has one; else the planted selection's value, when the family plants one
  const plantedValue = planted?.reduce((s, i) => s + cands[i]!.value, 0);
  const ratio = h
    ? h.value > 0
      ? (v / h.value).toFixed(5)
      : plantedValue
        ? `${(v / plantedValue).toFixed(5)} of planted`
        : h.status === 'Infeasible'
          ? ours.ok
            ? 'HiGHS: infeasible'
            : 'both infeasible'
          : '—'
    : plantedValue
      ? `${(v / plantedValue).toFixed(5)} of planted`
      : '—';
  console.log(
    `| ${label} | ${n.toLocaleString()} | ${ratio} | ${verdict} | ${ms.toFixed(0)} | ${h ? h.ms.toFixed(0) : '—'} | ${h ? h.status : 'not run'} |`,
  );
}

export async function benchOptimiser(args: string[] = []): Promise<void> {
  const what = args[0] ?? 'all';
  const sizes = args[1] ? args[1].split(',').map(Number) : [200, 1_000, 5_000, 50_000];
  const names = args[2] ? args[2].split(',') : FAMILY_NAMES;
  if (what === 'all' || what === 'families') {
    console.log(
      `## Optimiser vs HiGHS on hard families (value ratio = ours ÷ HiGHS's best; HiGHS limit ${HIGHS_LIMIT} s, not run above 20,000)`,
    );
    console.log('| family | eligible creators | value ratio | proven optimal | ours ms | HiGHS ms | HiGHS status |');
    console.log('|---|---:|---:|---|---:|---:|---|');
    for (const name of names)
      for (const n of sizes) {
        const inst = FAMILIES[name]!(n, 1);
        await row(name, n, inst.cands, inst.c, inst.planted);
      }
    console.log('');
  }
  if (what === 'all' || what === 'objectives') {
    console.log('## Per objective (must-include, exclude, blended-CPV limit, spend-share window)');
    console.log('| objective | eligible creators | value ratio | proven optimal | ours ms | HiGHS ms | HiGHS status |');
    console.log('|---|---:|---:|---|---:|---:|---|');
    for (const objective of OBJECTIVES)
      for (const n of [50, 500, 3_000]) {
        const inst = objectiveInstance(objective, n, 11);
        await row(objective, n, inst.cands, inst.c);
      }
    console.log('');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOptimiser(process.argv.slice(2));
