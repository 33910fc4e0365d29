// Every server function the sidebar calls: anything thrown reaches the user
// as a message in their language, never a stack trace or a TypeError.

import { InputError, Locale, messageOf, TASK_NAMES } from '../core/i18n';
import type { ServerApi } from '../shared/api';
import { userLocale } from './locale';

// What the user was doing, in their words, for the rare unexpected failure:
// one entry per server function (a function of ServerApi without one does not compile).
const TASKS: Record<keyof ServerApi, Record<Locale, string>> = TASK_NAMES;

export function userFacing<T>(where: keyof ServerApi, fn: (locale: Locale) => T): T {
  const locale = userLocale();
  try {
    return fn(locale);
  } catch (err) {
    // A bug or a service failure, not bad input: keep the stack in the execution log for us, not in front of the user.
    if (!(err instanceof InputError)) console.error(where, err instanceof Error ? (err.stack ?? err.message) : String(err));
    throw new Error(messageOf(err, locale, TASKS[where][locale]), { cause: err });
  }
}
