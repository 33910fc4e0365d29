// The add-on menu and the sidebar. onOpen may run in AuthMode.NONE, so it
// builds the menu only and reads nothing.

import { Locale, localeOf } from '../core/i18n';
import { userLocale } from './locale';

const MENU: Record<Locale, { shortlist: string; snapshot: string; title: string }> = {
  ja: { shortlist: 'ショートリストを作成…', snapshot: 'クライアント用スナップショット…', title: 'インフルエンサー選定' },
  ko: { shortlist: '숏리스트 만들기…', snapshot: '클라이언트용 스냅샷…', title: '인플루언서 선정' },
  en: { shortlist: 'Build shortlist…', snapshot: 'Client snapshot…', title: 'Influencer shortlist' },
};

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
  const t = MENU[menuLocale(e)];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.shortlist, 'showShortlistSidebar')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showShortlistSidebar(): void {
  const t = MENU[userLocale()];
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t.title);
  SpreadsheetApp.getUi().showSidebar(html);
}
