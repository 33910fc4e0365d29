// The optimiser against HiGHS (exact MILP) on the same generated instances.
import { performance } from 'node:perf_hooks';
import { optimise } from '../src/core/optimise';
import { generateCandidates, pickTightConstraints } from '../test/support/generate-candidates';
import { solveWithHighs } from '../test/support/highs-model';

export async function benchOptimiser(): Promise<void> {
  console.log('## Optimiser vs HiGHS (same instances; views ratio = ours ÷ HiGHS)');
  console.log('| eligible creators | ours | HiGHS | views ratio | time ratio (ours ÷ HiGHS) | HiGHS status |');
  console.log('|---:|---:|---:|---:|---:|---|');
  for (const n of [50, 200, 1_000, 3_000]) {
    const candidates = generateCandidates(n, 7 + n);
    const c = pickTightConstraints(candidates, 7 + n);
    const t = performance.now();
    const ours = optimise(candidates, c);
    const oursMs = performance.now() - t;
    const h = await solveWithHighs(candidates, c);
    const oursViews = ours.ok ? ours.value : 0;
    console.log(`| ${n.toLocaleString()} | ${oursMs.toFixed(1)} ms | ${h.ms.toFixed(1)} ms | ${(oursViews / h.value).toFixed(5)} | ${(oursMs / h.ms).toFixed(3)} | ${h.status} |`);
  }
  for (const n of [50_000]) {
    const candidates = generateCandidates(n, 99);
    const c = pickTightConstraints(candidates, 99);
    const t = performance.now();
    const ours = optimise(candidates, c);
    console.log(`| ${n.toLocaleString()} (ours only) | ${(performance.now() - t).toFixed(1)} ms | — | — | — | ${ours.ok ? (ours.proven ? 'proven' : 'bounded') : 'infeasible'} |`);
  }
  console.log('');
}
