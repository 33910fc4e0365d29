// Makes the files in examples/: the sample workbook `npm start` opens and a
// small roster CSV. Reproducible: a seeded roster, comments written here, and
// fixed zip timestamps. The formulas' cached values (what Excel shows before
// recalculating) come from the built add-on, so build first:
//
//   node scripts/build.mjs && node scripts/run-ts.mjs scripts/make-examples.ts

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createFakeSpreadsheet } from '../local/gas';
import { registerCustomFunctions } from '../local/hf-plugin';
import { loadBundle } from '../local/load-bundle';
import { writeCsv } from '../local/preview/csv';
import { exportWorkbook } from '../local/preview/workbook';
import { writeXlsx } from '../local/preview/xlsx';
import { generateRoster } from '../local/sample-roster';
import { parseNumber } from '../src/core/parse';

const OUT = 'examples';
const MTIME = new Date('2026-01-01T00:00:00Z');
const CREATORS = 300;

// ---- Roster: synthetic creators, plus three formula columns ------------------------------

function readable(v: unknown, kind: 'count' | 'money'): number | null {
  try {
    return parseNumber(v, kind);
  } catch {
    return null;
  }
}

const roster = generateRoster(CREATORS, 2026);
const last = roster.length; // header + creators
const rosterSheet: unknown[][] = roster.map((row, i) => {
  if (i === 0) return [...row, '想定CPV', 'ROI（Settingsの前提）', 'ER判定（Settingsの基準）'];
  // Expected cost per view = fee ÷ average views, where both can be read.
  const fee = readable(row[4], 'money');
  const views = readable(row[3], 'count');
  const cpv = fee !== null && views ? Math.round((fee / views) * 100) / 100 : '';
  return [...row, cpv];
});
rosterSheet[1]!.push(`=ROI_CPV(Settings!$B$9, Settings!$B$10, H2:H${last})`, `=ER_TIER(C2:C${last}, F2:F${last}, Settings!A2:D6)`);

// ---- Comments: written for this sample (ja / ko / en; questions, praise, emoji, spam, chat) ----

const COMMENTS = [
  'これどこのブランドですか？',
  'リップの色番教えてください！',
  'このワンピースどこで買えますか？',
  '敏感肌でも使えますか？',
  'お値段いくらでしたか？',
  '楽天でも売ってますか？',
  '再販はいつですか？ずっと売り切れで…',
  'このバッグ、A4入りますか？',
  '身長160cmだとどのサイズがいいですか？',
  '色違いも気になります、何色展開ですか？',
  'かわいい！',
  '素敵すぎる😍',
  '神動画✨✨',
  'いつも癒されてます',
  '最高です！！',
  '❤️❤️❤️',
  '(*´▽｀*)',
  'プロフ見てね💕',
  '副業で月30万稼げる方法、DMで教えます',
  'フォロバ100%します！',
  '昨日のライブ楽しかったね〜',
  '髪切った？似合ってる',
  '今日寒くない？',
  '猫ちゃんの名前なんていうの？',
  '어디서 살 수 있나요?',
  '이 쿠션 몇 호 쓰셨어요?',
  '가격 알려주세요!',
  '지성 피부도 괜찮을까요?',
  '링크 좀 부탁드려요',
  '올리브영에서도 팔아요?',
  '너무 예뻐요',
  '대박 ㅠㅠ',
  '👍👍',
  '분위기 미쳤다',
  '맞팔해요~',
  '제 계정도 놀러 오세요!',
  '하루 10분 부업으로 월 300 벌어요 (DM)',
  '어제 어디 갔었어?',
  '주말에 같이 밥 먹자',
  '강아지 너무 귀엽다 몇 살이에요?',
  'Where can I buy this jacket?',
  'what shade is the lipstick?',
  'Does it ship to Japan?',
  'Link to the sneakers please!',
  'Is this good for oily skin?',
  'How much was the serum?',
  'Love this!',
  'So pretty 😍',
  '🔥🔥🔥',
  'Great video as always',
  'Check out my page for free followers',
  'DM me to collab and earn $$$',
  'Win a free iPhone → link in bio',
  'where are you from?',
  'happy birthday!! 🎂',
  'lol same',
  'このカフェどこですか？',
  '동생이랑 같이 봤어요',
  'Same pants as mine haha',
];
if (COMMENTS.length !== 59) throw new Error(`A2:A60 holds 59 comments, not ${COMMENTS.length}`);

// Column F: the creator each comment was left for (roster creators within a ¥2 CPV),
// so the shortlist's 'intent' objective can read per-creator shares from this sheet.
// The five with the most views, so the comments change who the 'intent' objective picks.
const cheap = roster.slice(1).filter((row) => {
  const fee = readable(row[4], 'money');
  const views = readable(row[3], 'count');
  return fee !== null && views ? fee / views <= 2 : false;
}).sort((a, b) => readable(b[3], 'count')! - readable(a[3], 'count')!).slice(0, 5).map((row) => String(row[0]));
const commentsSheet: unknown[][] = [
  ['コメント', '判定', '理由', '', '購入意向の割合', 'アカウント'],
  ...COMMENTS.map((c, i) => [c, null, null, null, null, cheap[Math.floor(i / 12)]]),
];
commentsSheet[1]!.splice(1, 4, '=COMMENT_INTENT(A2:A60)', '=COMMENT_INTENT(A2:A60, "reason")', '', '=COMMENT_INTENT(A2:A60, "share")');

// ---- Settings: the team's own ER table for ER_TIER, and the ROI assumptions --------------------

const settingsSheet: unknown[][] = [
  ['最低フォロワー数', 'ティア', 'ER下限', 'ER上限', '', 'ER_TIER(フォロワー, ER, Settings!A2:D6) はこの表で判定します（行：最低フォロワー数・ティア名・ER下限・ER上限）。'],
  [0, 'nano', '4%', '10%'],
  [10_000, 'micro', '3%', '7%'],
  [50_000, 'mid', '2%', '4%'],
  [300_000, 'macro', '1.2%', '2.5%'],
  [1_000_000, 'mega', '0.6%', '1.5%'],
  [],
  ['ROIの前提', '', '', '', '', 'Roster!I2 の ROI_CPV がこの CVR と客単価を使います。'],
  ['CVR', '2%'],
  ['客単価 (AOV)', 3000],
];

// ---- the workbook, computed by the add-on ------------------------------------------------------

if (!existsSync('dist/Code.js')) throw new Error('dist/Code.js is missing: run `node scripts/build.mjs` first');
const fake = createFakeSpreadsheet({ Roster: rosterSheet, Comments: commentsSheet, Settings: settingsSheet }, { locale: 'ja_JP', name: 'sample-workbook' });
const gas = loadBundle(fake.globals);
registerCustomFunctions(gas);
const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
/** A sheet this script made (or the add-on made for it): missing is a bug here, so it stops the script. */
function sheetNamed(name: string) {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`make-examples: no sheet named ${name}`);
  return sheet;
}
const bold = (sheet: string, a1: string) => sheetNamed(sheet).getRange(a1).setFontWeight('bold');
bold('Roster', 'A1:J1');
bold('Comments', 'A1:F1');
bold('Settings', 'A1:D1');
bold('Settings', 'A8');
sheetNamed('Roster').setFrozenRows(1);
sheetNamed('Comments').setFrozenRows(1);
sheetNamed('Roster').getRange(`H2:H${last}`).setNumberFormat('"¥"#,##0.00');
sheetNamed('Roster').getRange(`I2:I${last}`).setNumberFormat('0.0');
sheetNamed('Comments').getRange('E2').setNumberFormat('0.0%');
sheetNamed('Settings').getRange('A2:A6').setNumberFormat('#,##0');
sheetNamed('Settings').getRange('B10').setNumberFormat('"¥"#,##0');

// ---- a finished campaign: the add-on's results sheet for a shortlist of this roster, actuals typed in ----
// Made by the real add-on (runShortlist → createResultsSheet), the actuals from a seeded generator; the
// shortlist itself is not kept (the preview's user makes their own). Evaluate it from the sidebar's Results tab.

const PAST = 'K社BF 実績';
gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 1_500_000 });
gas.createResultsSheet({ name: PAST, campaign: 'K社 BF 2025' });
const past = sheetNamed(PAST);
const plan = fake.sheetValues(PAST);
// One story per creator, so the evaluation shows each row of the decision table:
// [views ÷ plan (null: CPV pushed over the ¥2 cap), ROAS, actions per view, posted, revenue reported]
const STORIES: [number | null, number, number, boolean, boolean][] = [
  [1.3, 3.2, 0.006, true, true], // rebook
  [null, 2.4, 0.004, true, true], // sold, over the cap: rebook at a lower fee
  [1, 0, 0, false, false], // did not post
  [1.2, 0.4, 0.015, true, true], // views delivered, sales did not (and saved/shared a lot)
  [0.9, 0, 0.005, true, false], // sales not reported yet: no data, not zero
  [null, 0.3, 0.003, true, true], // over the cap, did not sell: do not rebook
  [1.05, 1.6, 0.007, true, true], // rebook
];
// H posted, I actual views, J clicks, K orders, L revenue, M actual fee, N saves, O shares
const actuals = plan.slice(1).map((row, i) => {
  const [factor, roas, actions, posted, reported] = STORIES[i % STORIES.length]!;
  if (!posted) return ['いいえ', '', '', '', '', '', '', ''];
  const fee = Number(row[4]);
  const planned = Number(row[5]);
  const views = Math.round(factor === null ? fee / 2.6 : planned * factor);
  const aov = 2800 + (i % 5) * 300;
  const orders = Math.round((fee * roas) / aov);
  return ['はい', views, Math.round(views * 0.015), orders, reported ? orders * aov : '', '', Math.round(views * actions * 0.7), Math.round(views * actions * 0.3)];
});
past.getRange(2, 8, actuals.length, 8).setValues(actuals);
const check = gas.evaluateCampaign({ resultsSheet: PAST, cpvCap: 2 });
for (const name of [check.evaluationSheet, check.historySheet, 'Shortlist']) ss.deleteSheet(sheetNamed(name));
ss.setActiveSheet(sheetNamed('Roster'));
fake.properties.clear(); // what the add-on remembers lives in the document, not in an .xlsx
console.log(`${PAST}: ${actuals.length} creators; verdicts ${JSON.stringify(check.counts)}; blended CPV ${check.blendedCpv?.toFixed(2)} (cap 2), ROAS ${check.roas?.toFixed(2)}`);

// Every formula must compute: a #NAME? here means the bundle's functions were not registered.
for (const name of fake.sheetNames()) {
  fake.sheetValues(name).forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'string' && /^#(NAME\?|REF!|ERROR!)/.test(v)) throw new Error(`${name} row ${r + 1} col ${c + 1}: ${v}`);
    }),
  );
}

mkdirSync(OUT, { recursive: true });
const xlsx = writeXlsx(exportWorkbook(fake), { mtime: MTIME });
writeFileSync(`${OUT}/sample-workbook.xlsx`, xlsx);

// ---- a small roster CSV, as Excel saves "CSV UTF-8" (BOM, CRLF, quoted fields) ----------------------

const small = generateRoster(40, 7).map((row) => row.slice(0, 6));
small[0]!.push('メモ');
small.slice(1).forEach((row, i) => row.push(['', 'コスメ, スキンケア', '「PR表記」確認済み', '', '担当: 佐藤\n返信待ち', '"要確認"', '', '뷰티 · 육아'][i % 8]!));
writeFileSync(`${OUT}/roster.csv`, '\ufeff' + writeCsv(small));

console.log(`examples/sample-workbook.xlsx: Roster ${rosterSheet.length} rows, Comments ${commentsSheet.length} rows, Settings ${settingsSheet.length} rows (${xlsx.length.toLocaleString('en-US')} bytes)`);
console.log(`examples/roster.csv: ${small.length} rows`);
