// The worked example of the README's objectives section: five creators
// within a ¥2 cap, a ¥300,000 budget, and a comments sheet. Each KPI picks a
// different team (views: A+B, actions: B+C+E, intent: C+D+E).

export const KPI_HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'ER', '保存数', 'シェア数', '確定', 'NG'];

export const KPI_ROSTER: unknown[][] = [
  KPI_HEADER,
  ['@reach_big', 'Instagram', '20万', '15万', '¥200,000', '1.5%', 300, 100, '', ''], // A: CPV 1.33
  ['@micro_save', 'Instagram', '4万', '5万', '¥100,000', '4%', 1500, 700, '', ''], // B: CPV 2
  ['@micro_buy', 'TikTok', '3万', '4万', '¥80,000', '5%', 200, 100, '', ''], // C: CPV 2
  ['@nano_chat', 'Instagram', '8,000', '4.5万', '¥90,000', '6%', 100, 50, '', ''], // D: CPV 2
  ['@mid_mix', 'YouTube', '12万', '10万', '¥120,000', '2%', 500, 300, '', ''], // E: CPV 1.2
  ['@pricey', 'Instagram', '50万', '10万', '¥500,000', '1%', 900, 400, '', ''], // F: CPV 5, over the cap
];

export const KPI_SETTINGS = { rosterSheet: 'Roster', cpvCap: 2, budget: 300_000 };

const BUY = ['これどこのブランドですか？', 'どこで買えますか？', 'Where can I buy this?', '어디서 살 수 있나요?'];
const NOISE = ['かわいい！', '素敵すぎる😍', 'いつも癒されてます', 'love it', '너무 예뻐요'];

/** [handle as written in the comments export, comments, of which purchase intent] */
export const COMMENT_PLAN: [string, number, number][] = [
  ['https://www.instagram.com/reach_big/', 40, 1], // 2.5 %
  ['micro_save', 40, 1], // 2.5 %
  ['@Micro_Buy', 20, 5], // 25 %
  ['@nano_chat', 30, 1], // 3.33 %
  ['@mid_mix', 20, 1], // 5 %
  ['@pricey', 6, 3], // under 10 comments: estimated
];

export function kpiComments(): unknown[][] {
  const rows: unknown[][] = [['アカウント', 'コメント']];
  for (const [handle, n, buying] of COMMENT_PLAN) {
    for (let i = 0; i < n; i++) rows.push([handle, i < buying ? BUY[i % BUY.length] : NOISE[i % NOISE.length]]);
  }
  return rows;
}
