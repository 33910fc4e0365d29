// =ER_TIER(followers, er, [preset])

import { LocaleRef } from '../core/i18n';
import { flatten, mapCells } from '../core/grid';
import { isBlank } from '../core/parse';
import { erColumnInPercentPoints, resolvePreset, Tier, tierOf, Verdict, verdictOf } from '../core/tiers';
import { readArg, readErArg } from './args';

/** The text ER_TIER shows, shared with the shortlist output. */
export function tierLabel(tier: string, verdict: string): string {
  return `${tier} · ${verdict}`;
}

export function ER_TIER(args: readonly unknown[], locale: LocaleRef): unknown {
  const [followers, er, presetArg] = args;
  const preset = resolvePreset(presetArg); // one preset for the whole range
  // The roster reader's column rule: a range of ERs mostly above 1 is in percent points
  // (3.2 = 3.2%). A single plain number of 1 or more is refused with a hint (see parseEr).
  const cells = Array.isArray(er) ? flatten(er) : [];
  const percentPoints = cells.length > 1 && erColumnInPercentPoints(cells);
  const labels = new Map<Tier, Record<Verdict, string>>(); // a handful of labels, not a new string per row
  return mapCells(
    [followers, er],
    (c) => {
      const f = c[0];
      const e = c[1];
      if (isBlank(f) || isBlank(e)) return '';
      const fN = readArg('followers', f, 'count')!;
      const eN = readErArg('er', e, percentPoints)!;
      const tier = tierOf(fN, preset);
      return labelOf(labels, tier, verdictOf(eN, tier));
    },
    locale,
    'ER_TIER',
  );
}

function labelOf(labels: Map<Tier, Record<Verdict, string>>, tier: Tier, verdict: Verdict): string {
  let l = labels.get(tier);
  if (!l) {
    l = { below: tierLabel(tier.name, 'below'), within: tierLabel(tier.name, 'within'), above: tierLabel(tier.name, 'above') };
    labels.set(tier, l);
  }
  return l[verdict];
}
