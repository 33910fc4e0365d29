// The user's language, from Apps Script. Only adapters call this.

import { Locale, localeOf } from '../core/i18n';
import { currencyOf } from '../core/currency';

/** The spreadsheet's locale: readable from custom functions too (a read-only call). */
export function spreadsheetLocale(): Locale {
  try {
    return localeOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/** The spreadsheet's currency code ('JPY', 'KRW'…; '' when unknown): money values in another currency are refused. */
export function spreadsheetCurrency(): string {
  try {
    return currencyOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()).code;
  } catch {
    return '';
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
