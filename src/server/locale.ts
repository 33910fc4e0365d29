// The user's language, from Apps Script. Only adapters call this.

import { Locale, localeOf } from '../core/i18n';

/** The spreadsheet's locale: readable from custom functions too (a read-only call). */
export function spreadsheetLocale(): Locale {
  try {
    return localeOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/** The person's own locale for the sidebar and menu, falling back to the spreadsheet's. */
export function userLocale(): Locale {
  try {
    const tag = Session.getActiveUserLocale();
    if (tag) return localeOf(tag);
  } catch {
    // AuthMode.NONE or a custom function: no session locale.
  }
  return spreadsheetLocale();
}
