// The user's language and the spreadsheet's currency, from Apps Script. Only adapters call this.

import { Currency, currencyOf } from '../core/currency';
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

/**
 * The currency of formats and messages: the spreadsheet's own (its locale's
 * region: a ja_JP sheet is in yen whoever opens it), never the interface language's.
 */
export function spreadsheetCurrency(): Currency {
  try {
    return currencyOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return currencyOf('');
  }
}
