// =ER_TIER(followers, er, [preset])

import { LocaleRef } from '../core/i18n';
import { mapCells } from '../core/grid';
import { isBlank } from '../core/parse';
import { erTier, resolvePreset } from '../core/tiers';
import { readArg } from './args';

/** The text ER_TIER shows, shared with the shortlist output. */
export function tierLabel(tier: string, verdict: string): string {
  return `${tier} · ${verdict}`;
}

export function ER_TIER(args: readonly unknown[], locale: LocaleRef): unknown {
  const [followers, er, presetArg] = args;
  const preset = resolvePreset(presetArg); // one preset for the whole range
  return mapCells([followers, er], ([f, e]) => {
    if (isBlank(f) || isBlank(e)) return '';
    const fN = readArg('followers', f, 'count')!;
    const eN = readArg('er', e, 'rate')!;
    const { tier, verdict } = erTier(fN, eN, preset);
    return tierLabel(tier, verdict);
  }, locale, 'ER_TIER');
}
