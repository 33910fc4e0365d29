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
    name: 'ACTION_RATE',
    en: 'Depth of engagement: (saves + shares) ÷ base (views or reach, per post). weights: 2 cells (saves, shares), or 4 (likes, comments, saves, shares) with a 4-column first range, for a weighted engagement rate. No default weights other than 1 and 1.',
    ja: '行動率：(保存 + シェア) ÷ 基数（1投稿あたりの再生数またはリーチ）。weights：2セル（保存, シェア）、または4セル（いいね, コメント, 保存, シェア。第1引数を4列の範囲に）で重み付きエンゲージメント率。既定の重みは1と1のみ。',
    returns: { type: 'number', en: 'actions per view (or per reach)', ja: '再生（またはリーチ）あたりの行動数' },
    params: [
      { name: 'saves', type: 'number', en: 'Saves per post (or a 4-column range likes, comments, saves, shares with 4 weights)', ja: '1投稿あたりの保存数（4つの重みなら いいね・コメント・保存・シェアの4列）' },
      { name: 'shares', type: 'number', en: 'Shares (and sends) per post', ja: '1投稿あたりのシェア（送信）数' },
      { name: 'base', type: 'number', en: 'Views or reach per post, > 0', ja: '1投稿あたりの再生数またはリーチ（0より大きい）' },
      { name: 'weights', type: 'number', optional: true, en: 'A range of 2 weights (saves, shares) or 4 (likes, comments, saves, shares)', ja: '重みの範囲：2つ（保存, シェア）または4つ（いいね, コメント, 保存, シェア）' },
    ],
    example: 'ACTION_RATE(120, 30, 5000)',
  },
  {
    name: 'INTENT_SHARE',
    en: 'Each roster creator\'s purchase-intent comment share, from a sheet of comments with a creator column (handles or profile URLs, matched like the shortlist\'s duplicates). Blank when the creator has fewer than min_comments comments (default 1).',
    ja: 'コメントシート（クリエイター列はアカウントまたはプロフィールURL）から、名簿の各クリエイターの購入意向コメント率を求めます。コメントが min_comments 件（既定1）未満なら空白。',
    returns: { type: 'number', en: 'share 0–1 per roster handle', ja: '名簿のアカウントごとの割合（0〜1）' },
    params: [
      { name: 'comments', type: 'string', en: 'The comments column of the comments sheet', ja: 'コメントシートのコメント列' },
      { name: 'comment_handles', type: 'string', en: 'The creator of each comment (same size as comments)', ja: '各コメントのクリエイター（comments と同じ大きさ）' },
      { name: 'roster_handles', type: 'string', en: 'The roster\'s handles: one share per handle', ja: '名簿のアカウント列（アカウントごとに1つの割合）' },
      { name: 'min_comments', type: 'number', optional: true, en: 'Fewer comments than this give a blank (default 1; the shortlist marks under 10 as estimated)', ja: 'これ未満のコメント数なら空白（既定1。ショートリストは10件未満を推定扱い）' },
    ],
    example: 'INTENT_SHARE(Comments!B2:B500, Comments!A2:A500, A2:A301)',
  },
] as const satisfies readonly FunctionMeta[];

export type CustomFunctionName = (typeof CUSTOM_FUNCTIONS)[number]['name'];
