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
registerCustomFunctions(loadBundle(fake.globals));
const ss = (fake.globals.SpreadsheetApp as any).getActiveSpreadsheet();
const bold = (sheet: string, a1: string) => ss.getSheetByName(sheet).getRange(a1).setFontWeight('bold');
bold('Roster', 'A1:J1');
bold('Comments', 'A1:F1');
bold('Settings', 'A1:D1');
bold('Settings', 'A8');
ss.getSheetByName('Roster').setFrozenRows(1);
ss.getSheetByName('Comments').setFrozenRows(1);
ss.getSheetByName('Roster').getRange(`H2:H${last}`).setNumberFormat('"¥"#,##0.00');
ss.getSheetByName('Roster').getRange(`I2:I${last}`).setNumberFormat('0.0');
ss.getSheetByName('Comments').getRange('E2').setNumberFormat('0.0%');
ss.getSheetByName('Settings').getRange('A2:A6').setNumberFormat('#,##0');
ss.getSheetByName('Settings').getRange('B10').setNumberFormat('"¥"#,##0');

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
