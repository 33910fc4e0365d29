// =CAMPAIGN_VERDICT(fee, actual_views, revenue, cap, [min_roas])
// The evaluation's decision table (src/core/evaluate/verdict.ts) in any cell.

import { ArgError, InputError, LocaleRef, show, VERDICT_NAMES } from '../core/i18n';
import { mapCells } from '../core/grid';
import { isBlank, ParseOptions } from '../core/parse';
import { decide } from '../core/evaluate/verdict';
import { readArg } from './args';

export function CAMPAIGN_VERDICT(args: readonly unknown[], locale: LocaleRef, currency: () => string = () => ''): unknown {
  const [fee, views, revenue, cap, minRoas] = args;
  // Money in another currency than the sheet's is refused by the parser; no exchange rate is guessed.
  const money: ParseOptions = { currency };
  return mapCells(
    [fee, views, revenue, cap, minRoas],
    ([f, v, r, c, m]) => {
      if (isBlank(f) && isBlank(v) && isBlank(r)) return ''; // a blank row of a whole-column reference
      const capN = readArg('cap', c, 'money', money);
      if (capN === null) throw new ArgError('cap', new InputError('settingMissing'));
      if (capN <= 0) throw new ArgError('cap', new InputError('mustBePositive', { name: 'cap', value: show(c) }));
      const minN = readArg('min_roas', m, 'number') ?? 1;
      const d = decide({
        posted: null,
        fee: readArg('fee', f, 'money', money),
        actualViews: readArg('actual_views', v, 'count'),
        revenue: readArg('revenue', r, 'money', money),
        cap: capN,
        minRoas: minN,
      });
      return VERDICT_NAMES[d.verdict][locale()];
    },
    locale,
    'CAMPAIGN_VERDICT',
  );
}
