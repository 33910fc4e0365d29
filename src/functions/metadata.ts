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
    ...H.CAMPAIGN_VERDICT.summary,
    returns: { type: 'string', ...H.CAMPAIGN_VERDICT.returns },
    params: [
      { name: 'fee', type: 'number', ...H.CAMPAIGN_VERDICT.fee },
      { name: 'actual_views', type: 'number', ...H.CAMPAIGN_VERDICT.actual_views },
      { name: 'revenue', type: 'number', ...H.CAMPAIGN_VERDICT.revenue },
      { name: 'cap', type: 'number', ...H.CAMPAIGN_VERDICT.cap },
      { name: 'min_roas', type: 'number', optional: true, ...H.CAMPAIGN_VERDICT.min_roas },
    ],
    example: 'CAMPAIGN_VERDICT(300000, 200000, 450000, 2)',
  },
] as const satisfies readonly FunctionMeta[];

export type CustomFunctionName = (typeof CUSTOM_FUNCTIONS)[number]['name'];
