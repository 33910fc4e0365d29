// The one table of custom functions: names, parameters and descriptions in
// English and Japanese. The build generates the JSDoc'd top-level wrappers
// Sheets needs for autocomplete from this table; README examples follow it.

export interface ParamMeta {
  name: string;
  type: string; // JSDoc type shown in Sheets' help
  optional?: boolean;
  en: string;
  ja: string;
}

export interface FunctionMeta {
  name: string;
  en: string;
  ja: string;
  returns: { type: string; en: string; ja: string };
  params: ParamMeta[];
  example: string;
}

export const CUSTOM_FUNCTIONS = [
  {
    name: 'ROI_CPV',
    en: 'ROI from cost per view: (CVR × AOV) ÷ CPV, a ROAS multiple (1 = break-even on revenue). With margin: profit ROI = (CVR × AOV × margin − CPV) ÷ CPV.',
    ja: 'CPVから見たROI：(CVR × 客単価) ÷ CPV（ROAS倍率、1で売上が損益分岐）。margin指定時は利益ROI = (CVR × 客単価 × 利益率 − CPV) ÷ CPV。',
    returns: { type: 'number', en: 'ROI multiple per view', ja: '1再生あたりのROI倍率' },
    params: [
      { name: 'cvr', type: 'number', en: 'Conversion rate per view, 0.02 or 2%', ja: '再生あたり購入率（0.02 または 2%）' },
      { name: 'aov', type: 'number', en: 'Average order value, e.g. 3000 or "¥3,000"', ja: '客単価（例：3000、"¥3,000"）' },
      { name: 'cpv', type: 'number', en: 'Cost per view, > 0, e.g. 1.5 or "¥1.5"', ja: 'CPV（1再生あたり費用、0より大きい）' },
      { name: 'margin', type: 'number', optional: true, en: 'Gross margin 0–1 for profit ROI, e.g. 30%', ja: '利益率0〜1（指定すると利益ROI）' },
    ],
    example: 'ROI_CPV(2%, "¥3,000", 1.5)',
  },
  {
    name: 'ER_TIER',
    en: 'Follower tier and the verdict of the engagement rate against that tier\'s band, e.g. "micro · within".',
    ja: 'フォロワー数のティアと、そのティアのER帯に対する判定（例："micro · within"）。',
    returns: { type: 'string', en: 'tier · below|within|above', ja: 'ティア · below|within|above' },
    params: [
      { name: 'followers', type: 'number', en: 'Follower count, e.g. 12.5万, 3.4만, 1.2M', ja: 'フォロワー数（12.5万、3.4만、1.2Mなど）' },
      { name: 'er', type: 'number', en: 'Engagement rate, 0.032 or 3.2%', ja: 'エンゲージメント率（0.032 または 3.2%）' },
      { name: 'preset', type: 'string', optional: true, en: '"seed" (default), "instagram", "tiktok", or a range of rows: min followers, tier, low ER, high ER', ja: '"seed"（既定）、"instagram"、"tiktok"、または範囲（最小フォロワー数, ティア名, ER下限, ER上限）' },
    ],
    example: 'ER_TIER("12.5万", 4.1%)',
  },
  {
    name: 'COMMENT_INTENT',
    en: 'Classifies comments as purchase_intent, low_quality, spam or other (Japanese, Korean, English). mode: "label" (default), "share" (purchase-intent share of the non-blank comments), "score" (0–1), "reason".',
    ja: 'コメントを purchase_intent / low_quality / spam / other に分類（日本語・韓国語・英語）。mode："label"（既定）、"share"（空白以外のうち購入意向の割合）、"score"（0〜1）、"reason"（判定の手がかり）。',
    returns: { type: 'string', en: 'label, share, score or reason', ja: 'ラベル、割合、スコアまたは理由' },
    params: [
      { name: 'comments', type: 'string', en: 'A comment or a range of comments', ja: 'コメント、またはコメントの範囲' },
      { name: 'mode', type: 'string', optional: true, en: '"label", "share", "score" or "reason"', ja: '"label"、"share"、"score"、"reason"' },
    ],
    example: 'COMMENT_INTENT("これどこのブランドですか？")',
  },
  {
    name: 'CAMPAIGN_VERDICT',
    en: 'After a campaign: whether to book the creator again, by the decision table of the evaluation (CPV = fee ÷ actual views against the cap, ROAS = revenue ÷ fee against the target). Blank views or revenue give "No data", never a guess.',
    ja: 'キャンペーン後、次回も起用するかの判定（成果評価と同じ判定表：CPV = 費用 ÷ 実績再生数 を上限と、ROAS = 売上 ÷ 費用 を目標と比較）。再生数や売上が空欄なら「データなし」。',
    returns: { type: 'string', en: 'Rebook, Rebook at a lower fee, Rebook with changes, Do not rebook or No data (in the spreadsheet\'s language)', ja: '再起用／費用を下げて再起用／内容を変えて再起用／再起用しない／データなし' },
    params: [
      { name: 'fee', type: 'number', en: 'The fee paid, e.g. 300000 or "¥300,000"', ja: '支払った費用（例：300000、"30万円"）' },
      { name: 'actual_views', type: 'number', en: 'Actual views of the post, e.g. 200000 or "20万"', ja: '実績再生数（例：200000、"20万"）' },
      { name: 'revenue', type: 'number', en: 'Revenue attributed to the post (code or link)', ja: '投稿経由の売上（クーポンコード・リンク）' },
      { name: 'cap', type: 'number', en: 'CPV cap, > 0, e.g. 2', ja: 'CPV上限（0より大きい、例：2）' },
      { name: 'min_roas', type: 'number', optional: true, en: 'Target ROAS, default 1 (revenue covers the fee)', ja: '目標ROAS（既定 1：売上が費用を回収）' },
    ],
    example: 'CAMPAIGN_VERDICT(300000, 200000, 450000, 2)',
  },
] as const satisfies readonly FunctionMeta[];

export type CustomFunctionName = (typeof CUSTOM_FUNCTIONS)[number]['name'];
