// =ROI_CPV(cvr, aov, cpv, [margin])

import { ArgError, InputError, LocaleRef, show } from '../core/i18n';
import { mapCells } from '../core/grid';
import { roiOf } from '../core/metrics';
import { isBlank, ParseOptions } from '../core/parse';
import { readArg } from './args';

export function ROI_CPV(args: readonly unknown[], locale: LocaleRef, currency: () => string = () => ''): unknown {
  // One options object per argument for the whole range: the parser writes the currency it read into it.
  const aovOpts: ParseOptions = { currency };
  const cpvOpts: ParseOptions = { currency };
  return mapCells(
    [args[0], args[1], args[2], args[3]],
    (cells) => {
      const c = cells[0];
      const a = cells[1];
      const p = cells[2];
      const m = cells[3];
      if (isBlank(c) || isBlank(a) || isBlank(p)) return '';
      const cvrN = readArg('cvr', c, 'rate')!;
      if (cvrN > 1) throw new ArgError('cvr', new InputError('rateAboveOne', { name: 'CVR', value: show(c) }));
      const aovN = readArg('aov', a, 'money', aovOpts)!;
      const cpvN = readArg('cpv', p, 'money', cpvOpts)!;
      // "$30" against "¥1.5": no exchange rate is guessed (with the sheet's currency known, each is checked against it too).
      if (aovOpts.found && cpvOpts.found && aovOpts.found !== cpvOpts.found) {
        throw new InputError('mixedCurrency', { a: show(a), b: show(p) });
      }
      if (cpvN <= 0) throw new ArgError('cpv', new InputError('mustBePositive', { name: 'CPV', value: show(p) }));
      const marginN = readArg('margin', m, 'rate');
      if (marginN !== null && marginN > 1) {
        throw new ArgError('margin', new InputError('marginRange', { value: show(m) }));
      }
      const roi = roiOf(cvrN, aovN, cpvN, marginN);
      if (!Number.isFinite(roi)) throw new InputError('resultNotFinite');
      return roi;
    },
    locale,
    'ROI_CPV',
  );
}
