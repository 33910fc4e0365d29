// Reading one argument cell: the shared parser, with the argument's name on the error.

import { ArgError, InputError } from '../core/i18n';
import { NumberKind, ParseOptions, parseEr, parseNumber } from '../core/parse';

export function readArg(name: string, value: unknown, kind: NumberKind, opts?: ParseOptions): number | null {
  try {
    return parseNumber(value, kind, opts);
  } catch (err) {
    if (err instanceof InputError) throw new ArgError(name, err);
    throw err;
  }
}

/** An ER argument, by the one ER rule (see parseEr). */
export function readErArg(name: string, value: unknown, percentPoints: boolean): number | null {
  try {
    return parseEr(value, percentPoints);
  } catch (err) {
    if (err instanceof InputError) throw new ArgError(name, err);
    throw err;
  }
}
