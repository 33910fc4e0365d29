// Every server function the sidebar calls: anything thrown reaches the user
// as a message in their language, never a stack trace or a TypeError.

import { InputError, Locale, messageOf } from '../core/i18n';
import { userLocale } from './locale';

// What the user was doing, in their words, for the rare unexpected failure.
const TASKS: Record<string, Record<Locale, string>> = {
  runShortlist: { en: 'building the shortlist', ja: 'ショートリスト作成', ko: '숏리스트 작성' },
  getShortlistContext: { en: 'reading the roster', ja: '名簿の読み込み', ko: '명단 읽기' },
  getSnapshotContext: { en: 'reading the sheet', ja: 'シートの読み込み', ko: '시트 읽기' },
  createClientSnapshot: { en: 'creating the client snapshot', ja: 'クライアント用スナップショット作成', ko: '클라이언트용 스냅샷 작성' },
  freezeFormulas: { en: 'freezing formulas', ja: '数式の固定', ko: '수식 고정' },
  getResultsContext: { en: 'reading the results sheets', ja: '成果シートの読み込み', ko: '성과 시트 읽기' },
  createResultsSheet: { en: 'creating the results sheet', ja: '成果シート作成', ko: '성과 시트 작성' },
  evaluateCampaign: { en: 'evaluating the campaign', ja: 'キャンペーンの成果判定', ko: '캠페인 성과 판정' },
  openSheet: { en: 'opening the sheet', ja: 'シートを開く', ko: '시트 열기' },
};

export function userFacing<T>(where: keyof typeof TASKS, fn: (locale: Locale) => T): T {
  const locale = userLocale();
  try {
    return fn(locale);
  } catch (err) {
    // A bug or a service failure, not bad input: keep the stack in the execution log for us, not in front of the user.
    if (!(err instanceof InputError)) console.error(where, err instanceof Error ? err.stack ?? err.message : String(err));
    throw new Error(messageOf(err, locale, TASKS[where]?.[locale] ?? where));
  }
}
