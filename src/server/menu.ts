// The add-on menu and the sidebar. onOpen may run in AuthMode.NONE, so it
// builds the menu only and reads nothing.

import { Locale, localeOf, MENU_WORDS } from '../core/i18n';
import { userLocale } from './locale';

function menuLocale(e?: GoogleAppsScript.Events.SheetsOnOpen): Locale {
  // In AuthMode.NONE Session may still answer; if not, English.
  if (e && e.authMode === ScriptApp.AuthMode.NONE) {
    try {
      return localeOf(Session.getActiveUserLocale());
    } catch {
      return 'en';
    }
  }
  return userLocale();
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const locale = menuLocale(e);
  SpreadsheetApp.getUi().createAddonMenu().addItem(MENU_WORDS.shortlist[locale], 'showShortlistSidebar').addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showShortlistSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_WORDS.title[userLocale()]);
  SpreadsheetApp.getUi().showSidebar(html);
}
