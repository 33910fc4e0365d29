// Every label of the sidebar, in the three languages of our users. One table,
// one entry per label, so a label cannot exist in one language only (the
// `satisfies` below checks it). The server decides the language
// (ShortlistContext.locale); before it answers, the browser's language is used.

import type { Field, Locale } from '../src/shared/api';
import { KPI_FIELD_WORDS } from '../src/core/i18n';

type Entry = Record<Locale, string>;

export const LABELS = {
  title: { en: 'Build a shortlist', ja: 'ショートリスト作成', ko: '숏리스트 만들기' },
  lead: {
    en: 'Cut by a CPV cap first, then the best mix of reach and empathy creators within the budget.',
    ja: 'まずCPV上限で足切りし、予算内で拡散（リーチ）と共感（マイクロ・ナノ）を最適に組み合わせます。',
    ko: '먼저 CPV 상한으로 거른 뒤, 예산 안에서 확산(도달)과 공감(마이크로·나노)을 최적으로 조합합니다.',
  },
  loading: { en: 'Loading…', ja: '読み込み中…', ko: '불러오는 중…' },
  reload: { en: 'Reload the sheet', ja: 'シートを再読み込み', ko: '시트 다시 읽기' },

  // Roster and columns
  rosterSheet: { en: 'Roster sheet', ja: '名簿シート', ko: '명단 시트' },
  noRoster: {
    en: 'No sheet to read. Add a sheet with your creator list (a header row with fee, followers and views).',
    ja: '読み込めるシートがありません。インフルエンサー名簿（費用・フォロワー数・再生数の見出し行）のシートを追加してください。',
    ko: '읽을 시트가 없습니다. 인플루언서 명단(비용·팔로워 수·조회수 헤더 행)이 있는 시트를 추가해 주세요.',
  },
  columns: { en: 'Columns', ja: '列の対応', ko: '열 매핑' },
  columnsSummary: { en: '{found} of {all} found (header row {row})', ja: '{all}項目中{found}項目を検出（{row}行目が見出し）', ko: '{all}개 중 {found}개 감지 ({row}행이 헤더)' },
  none: { en: '— none —', ja: '— なし —', ko: '— 없음 —' },
  detected: { en: 'detected', ja: '検出', ko: '감지' },
  missingRequired: {
    en: 'Needed for the shortlist: {fields}',
    ja: 'ショートリストに必要な列がありません：{fields}',
    ko: '숏리스트에 필요한 열이 없습니다: {fields}',
  },
  columnsChanged: {
    en: 'The preview uses the detected columns; Run uses your choice.',
    ja: 'プレビューは検出した列で計算しています。実行時は選んだ列を使います。',
    ko: '미리보기는 감지된 열로 계산합니다. 실행 시에는 선택한 열을 사용합니다.',
  },
  unreadableRows: { en: '{n} rows could not be read (reasons after Run).', ja: '読めない行が{n}行あります（理由は実行後に表示）。', ko: '읽을 수 없는 행이 {n}개 있습니다(실행 후 이유 표시).' },

  // Rules
  rules: { en: 'Cut-off and budget', ja: '足切りと予算', ko: '컷오프와 예산' },
  cpvCap: { en: 'CPV cap', ja: 'CPV上限', ko: 'CPV 상한' },
  cpvCapHint: { en: 'e.g. 2', ja: '例: 2', ko: '예: 2' },
  budget: { en: 'Budget', ja: '予算', ko: '예산' },
  budgetHint: { en: 'e.g. 1,000,000', ja: '例: 100万', ko: '예: 1000만' },
  erFloor: { en: 'Skip creators whose ER is below their tier', ja: 'ERがフォロワー帯の目安を下回る人を除外', ko: 'ER이 팔로워 구간 기준보다 낮은 사람 제외' },

  // Mix
  mix: { en: 'Reach and empathy mix', ja: '拡散・共感の配分', ko: '확산·공감 배분' },
  reachShare: { en: 'Reach share of budget (%)', ja: '拡散枠の予算比率（%）', ko: '확산 예산 비율 (%)' },
  reachHint: { en: 'Reach = 100k+ followers; empathy = micro/nano.', ja: '拡散＝フォロワー10万人以上、共感＝マイクロ・ナノ。', ko: '확산 = 팔로워 10만 이상, 공감 = 마이크로·나노.' },
  min: { en: 'min', ja: '最小', ko: '최소' },
  max: { en: 'max', ja: '最大', ko: '최대' },
  minEmpathy: { en: 'Minimum empathy creators', ja: '共感枠の最低人数', ko: '최소 공감 인원' },

  // More
  more: { en: 'More options', ja: 'その他の設定', ko: '기타 설정' },
  viewRate: { en: 'View rate (%)', ja: '再生率（%）', ko: '조회율 (%)' },
  viewRateHint: { en: 'Rows without views: followers × view rate.', ja: '再生数が空の行は「フォロワー数×再生率」で見積もります。', ko: '조회수가 없는 행은 팔로워 수×조회율로 추정합니다.' },
  cvr: { en: 'CVR (%)', ja: 'CVR（%）', ko: 'CVR (%)' },
  aov: { en: 'AOV', ja: '客単価', ko: '객단가' },
  outputSheet: { en: 'Output sheet', ja: '出力シート', ko: '출력 시트' },
  withUnit: { en: '{label} ({unit})', ja: '{label}（{unit}）', ko: '{label} ({unit})' },
  optional: { en: 'optional', ja: '任意', ko: '선택' },

  // Pre-simulation
  presim: { en: 'Preview', ja: '事前シミュレーション', ko: '사전 시뮬레이션' },
  presimNeedCap: { en: 'Enter a CPV cap to see who passes.', ja: 'CPV上限を入力すると通過人数を表示します。', ko: 'CPV 상한을 입력하면 통과 인원을 표시합니다.' },
  presimNoRows: { en: 'No rows with fee and views to preview.', ja: 'プレビューできる行（費用と再生数のある行）がありません。', ko: '미리볼 행(비용과 조회수가 있는 행)이 없습니다.' },
  presimUnreadable: { en: '“{value}” is not a number', ja: '「{value}」は数値として読めません', ko: '"{value}"은(는) 숫자로 읽을 수 없습니다' },
  passCap: { en: 'Within the cap: {pass} of {total}', ja: 'CPV上限内：{total}人中{pass}人', ko: 'CPV 상한 이내: {total}명 중 {pass}명' },
  passEr: { en: 'Also above the ER floor: {pass}', ja: 'ER下限も満たす：{pass}人', ko: 'ER 하한도 충족: {pass}명' },
  noViewsRows: { en: '{n} without views (set a view rate to include them)', ja: '再生数なし{n}人（再生率を入れると対象に含めます）', ko: '조회수 없음 {n}명(조회율을 넣으면 포함)' },
  estimate: { en: 'Estimate (cheapest CPV first)', ja: '概算（CPVの安い順に予算まで）', ko: '추정 (CPV 낮은 순으로 예산까지)' },
  peopleSplit: { en: '{count} (reach {reach} / empathy {empathy})', ja: '{count}人（拡散{reach}・共感{empathy}）', ko: '{count}명 (확산 {reach} · 공감 {empathy})' },
  estimateViews: { en: '{views} views · CPV {cpv}', ja: '{views}回再生・CPV {cpv}', ko: '조회 {views}회 · CPV {cpv}' },
  estimateNone: { en: 'Nobody within the cap fits the budget.', ja: '上限内で予算に収まる人がいません。', ko: '상한 이내에서 예산에 맞는 사람이 없습니다.' },
  estimateNote: {
    en: 'A quick estimate; Run computes the exact best mix.',
    ja: 'あくまで概算です。実行すると最適な組み合わせを正確に計算します。',
    ko: '간단한 추정치입니다. 실행하면 최적의 조합을 정확히 계산합니다.',
  },
  histogram: { en: 'CPV distribution, cap at {cap}', ja: 'CPVの分布（上限 {cap}）', ko: 'CPV 분포 (상한 {cap})' },
  capMark: { en: 'cap', ja: '上限', ko: '상한' },

  // Run and result
  run: { en: 'Build shortlist', ja: 'ショートリストを作成', ko: '숏리스트 만들기' },
  running: { en: 'Running…', ja: '計算中…', ko: '계산 중…' },
  written: { en: 'Written to sheet “{name}”', ja: 'シート「{name}」に書き出しました', ko: '시트 "{name}"에 기록했습니다' },
  selected: { en: 'Selected', ja: '選定', ko: '선정' },
  spend: { en: 'Spend', ja: '費用', ko: '비용' },
  ofBudget: { en: '{spend} of {budget}', ja: '{spend}（予算 {budget}）', ko: '{spend} (예산 {budget})' },
  views: { en: 'Views', ja: '想定再生数', ko: '예상 조회수' },
  blendedCpv: { en: 'Blended CPV', ja: '全体CPV', ko: '전체 CPV' },
  reachSpend: { en: 'Reach share', ja: '拡散の費用比率', ko: '확산 비용 비율' },
  excluded: { en: 'Excluded', ja: '除外', ko: '제외' },
  excludedNone: { en: 'none', ja: 'なし', ko: '없음' },
  andMore: { en: '…and {n} more', ja: '…ほか{n}人', ko: '…외 {n}명' },
  roleReach: { en: 'reach', ja: '拡散', ko: '확산' },
  roleEmpathy: { en: 'empathy', ja: '共感', ko: '공감' },

  // Tabs
  tabShortlist: { en: 'Shortlist', ja: 'ショートリスト', ko: '숏리스트' },
  tabShare: { en: 'Share with a client', ja: 'クライアント共有', ko: '클라이언트 공유' },
  retry: { en: 'Try again', ja: '再試行', ko: '다시 시도' },
  cancel: { en: 'Cancel', ja: 'キャンセル', ko: '취소' },

  // Share: client snapshot
  snapshotTitle: { en: 'Client snapshot', ja: 'クライアント用スナップショット', ko: '클라이언트용 스냅샷' },
  snapshotLead: {
    en: 'A new sheet with values only, so the client sees the same numbers without the add-on; checked columns are left out. The source sheet is not changed.',
    ja: '値だけの新しいシートを作ります。アドオンがなくても同じ数値が見え、チェックした列は含まれません。元のシートは変更しません。',
    ko: '값만 담은 새 시트를 만듭니다. 부가기능 없이도 같은 숫자가 보이며, 체크한 열은 빠집니다. 원본 시트는 바뀌지 않습니다.',
  },
  sourceSheet: { en: 'Sheet to share', ja: '共有するシート', ko: '공유할 시트' },
  hideColumns: { en: 'Leave out (not shown to the client)', ja: '含めない列（クライアントに見せない）', ko: '제외할 열 (클라이언트에게 숨김)' },
  blankHeader: { en: '(column {col}, no header)', ja: '（{col}列・見出しなし）', ko: '({col}열, 머리글 없음)' },
  emptySheet: { en: 'This sheet is empty.', ja: 'このシートは空です。', ko: '이 시트는 비어 있습니다.' },
  noSheets: { en: 'No sheet to share.', ja: '共有できるシートがありません。', ko: '공유할 시트가 없습니다.' },
  snapshotName: { en: 'New sheet name', ja: '新しいシート名', ko: '새 시트 이름' },
  snapshotNameHint: {
    en: 'Blank: “{sheet} snapshot” with the date and time.',
    ja: '空欄なら「{sheet} スナップショット 日時」。',
    ko: '비우면 "{sheet} 스냅샷 날짜 시간".',
  },
  snapshotRun: { en: 'Create snapshot', ja: 'スナップショットを作成', ko: '스냅샷 만들기' },
  snapshotRunning: { en: 'Creating…', ja: '作成中…', ko: '만드는 중…' },
  snapshotDone: {
    en: 'Written to sheet “{name}” (values only, protected with a warning)',
    ja: 'シート「{name}」に書き出しました（値のみ・編集時に警告する保護付き）',
    ko: '시트 "{name}"에 기록했습니다 (값만, 편집 시 경고하는 보호 설정)',
  },
  snapshotDoneHint: {
    en: 'To update it, create a new snapshot rather than editing this one.',
    ja: '内容を更新するときは、編集せずに新しく作成してください。',
    ko: '내용을 바꾸려면 편집하지 말고 새로 만드세요.',
  },
  ambiguousHeader: {
    en: 'More than one column is named “{header}”, so the right one cannot be left out. Rename one of them and try again.',
    ja: '「{header}」という列が複数あるため、選んだ列を正しく除外できません。どちらかの見出しを変えてからもう一度お試しください。',
    ko: '"{header}" 열이 여러 개라서 선택한 열을 정확히 제외할 수 없습니다. 하나의 머리글을 바꾼 뒤 다시 시도하세요.',
  },

  // Share: freeze formulas
  freezeTitle: { en: 'Freeze formulas', ja: '数式を値に固定', ko: '수식을 값으로 고정' },
  freezeLead: {
    en: 'For a sheet you send as it is: the add-on’s formulas become their current values, so it reads the same without the add-on.',
    ja: 'そのまま送るシート向け：アドオンの数式を現在の値に置き換え、アドオンがなくても同じ表示にします。',
    ko: '그대로 보낼 시트용: 부가기능 수식을 현재 값으로 바꿔, 부가기능 없이도 똑같이 보이게 합니다.',
  },
  freezeSheet: { en: 'Sheet', ja: 'シート', ko: '시트' },
  freezeRange: { en: 'Range', ja: '範囲', ko: '범위' },
  freezeRangeHint: { en: 'blank = whole sheet', ja: '空欄＝シート全体', ko: '비우면 시트 전체' },
  freezeRun: { en: 'Freeze formulas…', ja: '数式を値に固定…', ko: '수식을 값으로 고정…' },
  freezeWarn: {
    en: 'This replaces the add-on’s formulas in {where} by their current values; other formulas stay. To go back, use File › Version history.',
    ja: '{where}にあるアドオンの数式を現在の値に置き換えます。ほかの数式はそのままです。元に戻すには「ファイル › 変更履歴」を使います。',
    ko: '{where}에 있는 부가기능 수식을 현재 값으로 바꿉니다. 다른 수식은 그대로입니다. 되돌리려면 \'파일 › 버전 기록\'을 사용하세요.',
  },
  freezeConfirm: { en: 'Freeze', ja: '固定する', ko: '고정' },
  freezing: { en: 'Freezing…', ja: '固定中…', ko: '고정 중…' },
  wholeSheet: { en: 'all of “{sheet}”', ja: 'シート「{sheet}」全体', ko: '시트 "{sheet}" 전체' },
  frozenOne: { en: '1 formula frozen in {where}', ja: '{where}の数式1件を値に固定しました', ko: '{where}의 수식 1개를 값으로 고정했습니다' },
  frozenMany: { en: '{n} formulas frozen in {where}', ja: '{where}の数式{n}件を値に固定しました', ko: '{where}의 수식 {n}개를 값으로 고정했습니다' },
  frozenNone: { en: 'No add-on formulas in {where}; nothing changed.', ja: '{where}にアドオンの数式はありません。変更していません。', ko: '{where}에 부가기능 수식이 없습니다. 변경하지 않았습니다.' },
  badRange: { en: '“{range}” is not a range like A1:D10', ja: '「{range}」は範囲（例：A1:D10）として読めません', ko: '"{range}"은(는) 범위(예: A1:D10)로 읽을 수 없습니다' },
  noSuchSheet: { en: 'There is no sheet named “{name}”', ja: '「{name}」という名前のシートがありません', ko: '"{name}" 시트가 없습니다' },
} satisfies Record<string, Entry>;

export type Label = keyof typeof LABELS;

export const FIELD_LABELS: Record<Field, Entry> = {
  handle: { en: 'Account', ja: 'アカウント', ko: '계정' },
  platform: { en: 'Platform', ja: '媒体', ko: '매체' },
  followers: { en: 'Followers', ja: 'フォロワー数', ko: '팔로워 수' },
  views: { en: 'Views', ja: '再生数', ko: '조회수' },
  fee: { en: 'Fee', ja: '費用', ko: '비용' },
  er: { en: 'ER', ja: 'ER', ko: 'ER' },
  likes: { en: 'Likes', ja: 'いいね', ko: '좋아요' },
  comments: { en: 'Comments', ja: 'コメント', ko: '댓글' },
  saves: { en: 'Saves', ja: '保存', ko: '저장' },
  shares: { en: 'Shares', ja: 'シェア', ko: '공유' },
  intent: { en: 'Purchase intent', ja: '購入意向', ko: '구매 의향' },
  ...KPI_FIELD_WORDS,
};

// Exclusion reasons: the same words as the output sheet (one table, src/core/shortlist/labels.ts).
export { REASON_NAMES as REASON_LABELS } from '../src/core/shortlist/labels';

/** The language of the browser, for the moment before the server answers. */
export function browserLocale(): Locale {
  const tag = typeof navigator === 'undefined' ? '' : navigator.language.toLowerCase();
  return tag.startsWith('ja') ? 'ja' : tag.startsWith('ko') ? 'ko' : 'en';
}

/** A label in a language, with {name} placeholders filled as plain text. */
export function t(locale: Locale, label: Label, params: Record<string, string | number> = {}): string {
  return fill(LABELS[label][locale], params);
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (params[key] === undefined ? m : String(params[key])));
}

/** Intl tag for number formatting. */
export function intlTag(locale: Locale): string {
  return locale === 'ja' ? 'ja-JP' : locale === 'ko' ? 'ko-KR' : 'en-US';
}
