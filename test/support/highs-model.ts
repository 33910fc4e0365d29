// Reference solver for the shortlist optimiser: the same 0/1 model written in
// CPLEX LP format and solved by HiGHS (WASM MILP). Used by the tests and bench/.
import highsLoader from 'highs';
import type { Highs } from 'highs';
import type { Candidate, Constraints } from '../../src/core/optimise';

export interface HighsResult {
  /** views of `chosen`, recomputed from the candidates (not HiGHS's float objective) */
  views: number;
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

/** The LP text: maximise views; budget, reach window and empathy minimum as rows; all binary. */
export function buildLp(candidates: readonly Candidate[], c: Constraints): string {
  const terms = (coef: (x: Candidate) => number, keep: (x: Candidate) => boolean): string => {
    const parts: string[] = [];
    candidates.forEach((x, i) => {
      if (keep(x)) parts.push(`${num(coef(x))} x${i}`);
    });
    // Short lines: the LP reader is happiest without megabyte-long rows.
    const lines: string[] = [];
    for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(' + '));
    return lines.length ? lines.join('\n  + ') : '0 x0';
  };
  const all = () => true;
  const isReach = (x: Candidate) => x.role === 'reach';
  const rows = [` budget: ${terms((x) => x.fee, all)} <= ${num(c.budget)}`];
  if (c.reachMin > 0) rows.push(` reachmin: ${terms((x) => x.fee, isReach)} >= ${num(c.reachMin)}`);
  if (c.reachMax < c.budget) rows.push(` reachmax: ${terms((x) => x.fee, isReach)} <= ${num(c.reachMax)}`);
  if (c.minEmpathy > 0) rows.push(` empathy: ${terms(() => 1, (x) => !isReach(x))} >= ${c.minEmpathy}`);
  const vars = candidates.map((_, i) => `x${i}`);
  const binaries: string[] = [];
  for (let i = 0; i < vars.length; i += 20) binaries.push(' ' + vars.slice(i, i + 20).join(' '));
  return ['Maximize', ` obj: ${terms((x) => x.views, all)}`, 'Subject To', ...rows, 'Binary', ...binaries, 'End', ''].join('\n');
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
  let views = 0;
  if (res.Status !== 'Infeasible' && res.Columns) {
    candidates.forEach((x, i) => {
      const col = res.Columns[`x${i}`];
      if (col && 'Primal' in col && col.Primal > 0.5) {
        chosen.push(i);
        views += x.views;
      }
    });
  }
  return { views, chosen, status: res.Status, objective: res.ObjectiveValue, ms };
}

// Plain decimal (never exponent notation, which the LP reader may misparse).
function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}
