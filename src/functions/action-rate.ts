// =ACTION_RATE(saves, shares, base, [weights]): the depth of a post, (saves +
// shares) ÷ base (views or reach per post). Weights, as a range, weigh the
// counts: two cells (saves, shares), or four (likes, comments, saves, shares)
// with the first argument a range of four columns per row — a weighted
// engagement rate. No default weights beyond 1 and 1.

import { ArgError, InputError, LocaleRef, show } from '../core/i18n';
import { cellError, flatten, mapCells } from '../core/grid';
import { isBlank } from '../core/parse';
import { readArg } from './args';

const NAMES = ['likes', 'comments', 'saves', 'shares'];

function readWeights(x: unknown): number[] | null {
  if (x === undefined || (!Array.isArray(x) && isBlank(x))) return null;
  const cells = flatten(x).filter((v) => !isBlank(v));
  if (cells.length !== 2 && cells.length !== 4) throw new ArgError('weights', new InputError('badWeights', { count: cells.length }));
  return cells.map((v) => readArg('weights', v, 'number')!);
}

function rate(sum: number, b: unknown): number {
  const base = readArg('base', b, 'count')!;
  if (base <= 0) throw new ArgError('base', new InputError('mustBePositive', { name: 'base', value: show(b) }));
  const r = sum / base;
  if (!Number.isFinite(r)) throw new InputError('resultNotFinite');
  return r;
}

export function ACTION_RATE(args: readonly unknown[], locale: LocaleRef): unknown {
  const [saves, shares, base, weightsArg] = args;
  const weights = readWeights(weightsArg);
  if (weights && weights.length === 4) {
    // One row of (likes, comments, saves, shares) per output row.
    const rows = (Array.isArray(saves) ? saves : [[saves]]) as unknown[][];
    const bases = Array.isArray(base) ? flatten(base) : rows.map(() => base);
    if (bases.length !== rows.length) throw new InputError('shapeMismatch', { a: `${rows.length}×4`, b: `${bases.length}×1` });
    const one = (r: unknown[], b: unknown): number | string => {
      if (isBlank(b) || r.every(isBlank)) return '';
      if (r.length !== 4) throw new ArgError('saves', new InputError('badWeights', { count: r.length }));
      const sum = r.reduce<number>((s, v, k) => s + weights[k]! * (readArg(NAMES[k]!, v, 'count') ?? 0), 0);
      return rate(sum, b);
    };
    if (!Array.isArray(saves)) return one([saves], base);
    if (rows.length === 1 && !Array.isArray(base)) return one(rows[0]!, base);
    return rows.map((r, i) => {
      try {
        return [one(r, bases[i])];
      } catch (err) {
        return [cellError(err, locale, 'ACTION_RATE')];
      }
    });
  }
  const [ws, wh] = weights ?? [1, 1];
  return mapCells(
    [saves, shares, base],
    ([s, h, b]) => {
      if (isBlank(b) || (isBlank(s) && isBlank(h))) return '';
      const sum = ws! * (readArg('saves', s, 'count') ?? 0) + wh! * (readArg('shares', h, 'count') ?? 0);
      return rate(sum, b);
    },
    locale,
    'ACTION_RATE',
  );
}
