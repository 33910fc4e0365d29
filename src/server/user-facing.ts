// Every server function the sidebar calls: anything thrown reaches the user
// as a message in their language, never a stack trace or a TypeError.

import { InputError, Locale, messageOf } from '../core/i18n';
import { userLocale } from './locale';

export function userFacing<T>(where: string, fn: (locale: Locale) => T): T {
  const locale = userLocale();
  try {
    return fn(locale);
  } catch (err) {
    // A bug, not bad input: keep the stack in the execution log for us, not in front of the user.
    if (!(err instanceof InputError)) console.error(where, err instanceof Error ? err.stack ?? err.message : String(err));
    throw new Error(messageOf(err, locale, where));
  }
}
