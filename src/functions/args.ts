// Reading one argument cell: the shared parser, with the argument's name on the error.

import { ArgError, InputError } from '../core/i18n';
import { NumberKind, parseNumber } from '../core/parse';

export function readArg(name: string, value: unknown, kind: NumberKind): number | null {
  try {
    return parseNumber(value, kind);
  } catch (err) {
    if (err instanceof InputError) throw new ArgError(name, err);
    throw err;
  }
}
