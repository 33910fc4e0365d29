// =ROI_CPV(cvr, aov, cpv, [margin])

import { ArgError, InputError, LocaleRef, show } from '../core/i18n';
import { mapCells } from '../core/grid';
import { roiOf } from '../core/metrics';
import { isBlank } from '../core/parse';
import { readArg } from './args';

export function ROI_CPV(args: readonly unknown[], locale: LocaleRef): unknown {
  const [cvr, aov, cpv, margin] = args;
  return mapCells([cvr, aov, cpv, margin], ([c, a, p, m]) => {
    if (isBlank(c) || isBlank(a) || isBlank(p)) return '';
    const cvrN = readArg('cvr', c, 'rate')!;
    if (cvrN > 1) throw new ArgError('cvr', new InputError('rateAboveOne', { name: 'CVR', value: show(c) }));
    const aovN = readArg('aov', a, 'money')!;
    const cpvN = readArg('cpv', p, 'money')!;
    if (cpvN <= 0) throw new ArgError('cpv', new InputError('mustBePositive', { name: 'CPV', value: show(p) }));
    const marginN = readArg('margin', m, 'rate');
    if (marginN !== null && marginN > 1) {
      throw new ArgError('margin', new InputError('marginRange', { value: show(m) }));
    }
    return roiOf(cvrN, aovN, cpvN, marginN);
  }, locale, 'ROI_CPV');
}
