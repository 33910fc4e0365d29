// The user's KPI as a per-creator value the optimiser maximises (issue 12).
// Each objective says where its numbers come from; a creator without them is
// never silently 0: it is left out with a reason, or valued by a stated
// estimate that the output marks.

import { InputError } from '../i18n';

export const OBJECTIVES = ['views', 'actions', 'intent', 'revenue'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface ObjectiveInputs {
  objective: Objective;
  /** 'actions': creators without saves/shares data are excluded, or valued at their tier's median action rate × views. */
  missingActions: 'exclude' | 'tierMedian';
  cvr?: number | undefined;
  aov?: number | undefined;
  /** 'revenue': a creator's own measured CVR (key: handleKey), e.g. from past campaigns' evaluation. */
  measuredCvr?: ReadonlyMap<string, number> | undefined;
  /** 'intent': the pooled share of all comments, for creators with too few of their own. */
  pooledIntent?: number | null | undefined;
}

/** What one creator brings to the objective, or why it cannot be valued. */
export type Valued = { value: number; estimated: boolean } | { missing: 'noActions' };

export interface Valuer {
  value(i: number): Valued;
}

export interface ValueColumns {
  views: ArrayLike<number>;
  /** per-post saves + shares + sends; < 0: no data */
  actions: ArrayLike<number>;
  /** purchase-intent share 0–1; < 0: none */
  intent: ArrayLike<number>;
  /** 1 where the intent share is an estimate (too few comments) */
  intentEstimated: ArrayLike<number>;
  /** a tier code per row (only compared: the action rate's median is taken per tier) */
  tier: ArrayLike<number>;
  key: readonly string[];
  /** a creator's measured CVR from History (< 0: none); the measuredCvr option wins over it */
  measuredCvr?: ArrayLike<number> | undefined;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  xs.sort((a, b) => a - b);
  const m = xs.length >> 1;
  return xs.length % 2 ? xs[m]! : (xs[m - 1]! + xs[m]!) / 2;
}

/**
 * The valuer for an objective over `rows` (indices of the rows that are
 * candidates, whose medians the estimates use). Throws an InputError when the
 * objective has no data at all.
 */
export function valuer(c: ValueColumns, rows: readonly number[], o: ObjectiveInputs): Valuer {
  switch (o.objective) {
    case 'views':
      return { value: (i) => ({ value: c.views[i]!, estimated: false }) };
    case 'actions': {
      const byTier = new Map<number, number[]>();
      const all: number[] = [];
      for (const i of rows) {
        const a = c.actions[i]!;
        if (a < 0 || !(c.views[i]! > 0)) continue;
        const rate = a / c.views[i]!;
        all.push(rate);
        let t = byTier.get(c.tier[i]!);
        if (!t) byTier.set(c.tier[i]!, (t = []));
        t.push(rate);
      }
      if (all.length === 0) throw new InputError('noActionsData');
      const medians = new Map<number, number>();
      for (const [t, xs] of byTier) medians.set(t, median(xs)!);
      const overall = median(all)!;
      return {
        value: (i) => {
          const a = c.actions[i]!;
          if (a >= 0) return { value: a, estimated: false };
          if (o.missingActions === 'exclude') return { missing: 'noActions' };
          return { value: c.views[i]! * (medians.get(c.tier[i]!) ?? overall), estimated: true };
        },
      };
    }
    case 'intent': {
      const known: number[] = [];
      for (const i of rows) if (c.intent[i]! >= 0 && !c.intentEstimated[i]) known.push(c.intent[i]!);
      const fallback = o.pooledIntent ?? median(known);
      if (fallback === null || fallback === undefined) {
        let any = false;
        for (const i of rows) if (c.intent[i]! >= 0) any = true;
        if (!any) throw new InputError('noIntentData');
      }
      return {
        value: (i) => {
          const s = c.intent[i]!;
          if (s >= 0) return { value: c.views[i]! * s, estimated: c.intentEstimated[i] === 1 };
          return { value: c.views[i]! * (fallback ?? 0), estimated: true };
        },
      };
    }
    case 'revenue': {
      const aov = o.aov;
      const measured = o.measuredCvr;
      const own = (i: number): number | undefined => {
        const m = measured?.get(c.key[i]!);
        if (m !== undefined) return m;
        const h = c.measuredCvr?.[i];
        return h !== undefined && h >= 0 ? h : undefined;
      };
      const everyMeasured = (measured !== undefined || c.measuredCvr !== undefined) && rows.every((i) => own(i) !== undefined);
      if (aov === undefined || (o.cvr === undefined && !everyMeasured)) throw new InputError('revenueNeedsAov');
      return { value: (i) => ({ value: c.views[i]! * (own(i) ?? o.cvr!) * aov, estimated: false }) };
    }
  }
}
