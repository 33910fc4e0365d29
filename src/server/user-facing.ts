// Every server function the sidebar calls: anything thrown reaches the user
// as a message in their language, never a stack trace or a TypeError.

import { Locale, messageOf } from '../core/i18n';
import { userLocale } from './locale';

export function userFacing<T>(where: string, fn: (locale: Locale) => T): T {
  const locale = userLocale();
  try {
    return fn(locale);
  } catch (err) {
    throw new Error(messageOf(err, locale, where));
  }
}
