// Floors for `npm run bench`: the least work any implementation must do on
// the same cells — parse each needed cell once with the one parser — so the
// figures say how far the real code is from the cost of reading its input.
import { parseNumber, NumberKind } from '../src/core/parse';
import type { ColumnMap } from '../src/core/roster/headers';

function tryParse(v: unknown, kind: NumberKind): number | null {
  try {
    return parseNumber(v, kind);
  } catch {
    return null;
  }
}

/**
 * The roster floor: the four numbers of each row parsed once (fee, views,
 * followers, ER), the handle deduplicated as typed within the platform as
 * typed (a creator on two platforms is two creators, as the shortlist reads
 * them), the CPV cap applied. Returns how many rows pass, so the work cannot
 * be optimised away.
 */
export function rosterFloor(values: readonly (readonly unknown[])[], map: ColumnMap, cpvCap: number): number {
  const seen = new Map<unknown, Set<unknown>>();
  const { fee: f = -1, views: v = -1, followers: fo = -1, er: e = -1, handle: h = -1, platform: pl = -1 } = map;
  let pass = 0;
  for (let i = 0; i < values.length; i++) {
    const row = values[i]!;
    const handle = row[h];
    const platform = row[pl];
    let handles = seen.get(platform);
    if (!handles) seen.set(platform, (handles = new Set()));
    if (handles.has(handle)) continue;
    handles.add(handle);
    const fee = tryParse(row[f], 'money');
    const views = tryParse(row[v], 'count');
    tryParse(row[fo], 'count');
    tryParse(row[e], 'rate');
    if (fee !== null && views !== null && views > 0 && fee / views <= cpvCap) pass++;
  }
  return pass;
}

/** The formula floor: every cell of each argument range parsed once, in the kinds the function reads. */
export function argumentsFloor(args: readonly (readonly (readonly unknown[])[])[], kinds: readonly NumberKind[]): number {
  let sum = 0;
  for (let a = 0; a < args.length; a++) {
    const range = args[a]!;
    const kind = kinds[a]!;
    for (let r = 0; r < range.length; r++) sum += tryParse(range[r]![0], kind) ?? 0;
  }
  return sum;
}
