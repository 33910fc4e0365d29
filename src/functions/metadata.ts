// The one table of custom functions: names, parameters and examples. Their
// help texts (English, Japanese, Korean) are FUNCTION_HELP in src/core/i18n.ts.
// The build generates the JSDoc'd top-level wrappers Sheets needs for
// autocomplete from this table; README examples follow it.

import { FUNCTION_HELP } from '../core/i18n';

type Help = Record<'en' | 'ja' | 'ko', string>;

export interface ParamMeta extends Help {
  name: string;
  type: string; // JSDoc type shown in Sheets' help
  optional?: boolean;
}

export interface FunctionMeta extends Help {
  name: string;
  returns: Help & { type: string };
  params: ParamMeta[];
  example: string;
}

const H = FUNCTION_HELP;

export const CUSTOM_FUNCTIONS = [
  {
    name: 'ROI_CPV',
    ...H.ROI_CPV.summary,
    returns: { type: 'number', ...H.ROI_CPV.returns },
    params: [
      { name: 'cvr', type: 'number', ...H.ROI_CPV.cvr },
      { name: 'aov', type: 'number', ...H.ROI_CPV.aov },
      { name: 'cpv', type: 'number', ...H.ROI_CPV.cpv },
      { name: 'margin', type: 'number', optional: true, ...H.ROI_CPV.margin },
    ],
    example: 'ROI_CPV(2%, "¥3,000", 1.5)',
  },
  {
    name: 'ER_TIER',
    ...H.ER_TIER.summary,
    returns: { type: 'string', ...H.ER_TIER.returns },
    params: [
      { name: 'followers', type: 'number', ...H.ER_TIER.followers },
      { name: 'er', type: 'number', ...H.ER_TIER.er },
      { name: 'preset', type: 'string', optional: true, ...H.ER_TIER.preset },
    ],
    example: 'ER_TIER("12.5万", 4.1%)',
  },
  {
    name: 'COMMENT_INTENT',
    ...H.COMMENT_INTENT.summary,
    returns: { type: 'string', ...H.COMMENT_INTENT.returns },
    params: [
      { name: 'comments', type: 'string', ...H.COMMENT_INTENT.comments },
      { name: 'mode', type: 'string', optional: true, ...H.COMMENT_INTENT.mode },
    ],
    example: 'COMMENT_INTENT("これどこのブランドですか？")',
  },
  {
    name: 'ACTION_RATE',
    ...H.ACTION_RATE.summary,
    returns: { type: 'number', ...H.ACTION_RATE.returns },
    params: [
      { name: 'saves', type: 'number', ...H.ACTION_RATE.saves },
      { name: 'shares', type: 'number', ...H.ACTION_RATE.shares },
      { name: 'base', type: 'number', ...H.ACTION_RATE.base },
      { name: 'weights', type: 'number', optional: true, ...H.ACTION_RATE.weights },
    ],
    example: 'ACTION_RATE(120, 30, 5000)',
  },
  {
    name: 'INTENT_SHARE',
    ...H.INTENT_SHARE.summary,
    returns: { type: 'number', ...H.INTENT_SHARE.returns },
    params: [
      { name: 'comments', type: 'string', ...H.INTENT_SHARE.comments },
      { name: 'comment_handles', type: 'string', ...H.INTENT_SHARE.comment_handles },
      { name: 'roster_handles', type: 'string', ...H.INTENT_SHARE.roster_handles },
      { name: 'min_comments', type: 'number', optional: true, ...H.INTENT_SHARE.min_comments },
    ],
    example: 'INTENT_SHARE(Comments!A2:A60, Comments!F2:F60, A2:A301)',
  },
  {
    name: 'CAMPAIGN_VERDICT',
    en: 'After a campaign: whether to book the creator again, by the decision table of the evaluation (CPV = fee ÷ actual views against the cap, ROAS = revenue ÷ fee against the target). Blank views or revenue give "No data", never a guess.',
    ja: 'キャンペーン後、次回も起用するかの判定（成果評価と同じ判定表：CPV = 費用 ÷ 実績再生数 を上限と、ROAS = 売上 ÷ 費用 を目標と比較）。再生数や売上が空欄なら「データなし」。',
    ko: '캠페인 후 다음에도 기용할지 판정 (성과 평가와 같은 판정표: CPV = 비용 ÷ 실제 조회수를 상한과, ROAS = 매출 ÷ 비용을 목표와 비교). 조회수나 매출이 비어 있으면 "데이터 없음".',
    returns: { type: 'string', en: 'Rebook, Rebook at a lower fee, Rebook with changes, Do not rebook or No data (in the spreadsheet\'s language)', ja: '再起用／費用を下げて再起用／内容を変えて再起用／再起用しない／データなし', ko: '재기용/비용을 낮춰 재기용/내용을 바꿔 재기용/재기용하지 않음/데이터 없음' },
    params: [
      { name: 'fee', type: 'number', en: 'The fee paid, e.g. 300000 or "¥300,000"', ja: '支払った費用（例：300000、"30万円"）', ko: '지급한 비용 (예: 300000, "30만원")' },
      { name: 'actual_views', type: 'number', en: 'Actual views of the post, e.g. 200000 or "20万"', ja: '実績再生数（例：200000、"20万"）', ko: '실제 조회수 (예: 200000, "20만")' },
      { name: 'revenue', type: 'number', en: 'Revenue attributed to the post (code or link)', ja: '投稿経由の売上（クーポンコード・リンク）', ko: '게시물을 통한 매출 (쿠폰 코드·링크)' },
      { name: 'cap', type: 'number', en: 'CPV cap, > 0, e.g. 2', ja: 'CPV上限（0より大きい、例：2）', ko: 'CPV 상한 (0보다 큼, 예: 2)' },
      { name: 'min_roas', type: 'number', optional: true, en: 'Target ROAS, default 1 (revenue covers the fee)', ja: '目標ROAS（既定 1：売上が費用を回収）', ko: '목표 ROAS (기본 1: 매출이 비용을 회수)' },
    ],
    example: 'CAMPAIGN_VERDICT(300000, 200000, 450000, 2)',
  },
] as const satisfies readonly FunctionMeta[];

export type CustomFunctionName = (typeof CUSTOM_FUNCTIONS)[number]['name'];
