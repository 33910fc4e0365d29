// Reference solver for the shortlist optimiser: the same 0/1 model written in
// CPLEX LP format and solved by HiGHS (WASM MILP). Used by the tests and bench/.
import highsLoader from 'highs';
import type { Highs } from 'highs';
import type { Candidate, Constraints } from '../../src/core/optimise';

export interface HighsResult {
  /** value of `chosen`, recomputed from the candidates (not HiGHS's float objective) */
  value: number;
  /** indices into candidates, ascending (primal > 0.5) */
  chosen: number[];
  /** HiGHS model status, e.g. 'Optimal' or 'Time limit reached' */
  status: string;
  /** HiGHS's own objective value */
  objective: number;
  /** wall time of the solve call (excludes WASM loading) */
  ms: number;
}

export interface HighsOptions {
  /** seconds; default 30 */
  timeLimit?: number;
  /** relative MIP gap; default 1e-9 (HiGHS's own default 1e-4 would stop at 99.99 %) */
  relGap?: number;
}

let solver: Promise<Highs> | null = null;
/** Loads the WASM module once per process. */
export function loadHighs(): Promise<Highs> {
  solver ??= highsLoader();
  return solver;
}

/**
 * The LP text: maximise value; budget, spend-share window, blended CPV and
 * empathy minimum as linear rows; must-includes fixed at 1, exclusions left out.
 */
export function buildLp(candidates: readonly Candidate[], c: Constraints): string {
  const live = candidates.flatMap((x, i) => (x.fixed === 'out' ? [] : [i]));
  const terms = (coef: (x: Candidate) => number): string => {
    const parts: string[] = [];
    for (const i of live) {
      const a = coef(candidates[i]!);
      if (a !== 0) parts.push(`${a < 0 ? '-' : '+'} ${num(Math.abs(a))} x${i}`);
    }
    // Short lines: the LP reader is happiest without megabyte-long rows.
    const lines: string[] = [];
    for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(' '));
    return lines.length ? lines.join('\n  ') : `0 x${live[0] ?? 0}`;
  };
  const isReach = (x: Candidate) => (x.role === 'reach' ? 1 : 0);
  const rows = [` budget: ${terms((x) => x.fee)} <= ${num(c.budget)}`];
  const min = c.reachShare?.min ?? 0;
  const max = c.reachShare?.max ?? 1;
  if (min > 0) rows.push(` reachmin: ${terms((x) => isReach(x) * x.fee - min * x.fee)} >= 0`);
  if (max < 1) rows.push(` reachmax: ${terms((x) => isReach(x) * x.fee - max * x.fee)} <= 0`);
  if (c.blendedCpvMax !== undefined && Number.isFinite(c.blendedCpvMax)) {
    const cap = c.blendedCpvMax;
    rows.push(` cpv: ${terms((x) => x.fee - cap * x.views)} <= 0`);
  }
  if (c.minEmpathy > 0) rows.push(` empathy: ${terms((x) => 1 - isReach(x))} >= ${c.minEmpathy}`);
  for (const i of live) if (candidates[i]!.fixed === 'in') rows.push(` fix${i}: x${i} = 1`);
  const vars = live.map((i) => `x${i}`);
  const binaries: string[] = [];
  for (let i = 0; i < vars.length; i += 20) binaries.push(' ' + vars.slice(i, i + 20).join(' '));
  return ['Maximize', ` obj: ${terms((x) => x.value)}`, 'Subject To', ...rows, 'Binary', ...binaries, 'End', ''].join('\n');
}

export async function solveWithHighs(candidates: readonly Candidate[], c: Constraints, opts: HighsOptions = {}): Promise<HighsResult> {
  const highs = await loadHighs();
  const lp = buildLp(candidates, c);
  const t0 = performance.now();
  const res = highs.solve(lp, {
    output_flag: false,
    time_limit: opts.timeLimit ?? 30,
    mip_rel_gap: opts.relGap ?? 1e-9,
  });
  const ms = performance.now() - t0;
  const chosen: number[] = [];
  let value = 0;
  if (res.Status !== 'Infeasible' && res.Columns) {
    candidates.forEach((x, i) => {
      const col = res.Columns[`x${i}`];
      if (col && 'Primal' in col && col.Primal > 0.5) {
        chosen.push(i);
        value += x.value;
      }
    });
  }
  return { value, chosen, status: res.Status, objective: res.ObjectiveValue, ms };
}

// Plain decimal (never exponent notation, which the LP reader may misparse).
function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(9).replace(/0+$/, '').replace(/\.$/, '');
}
