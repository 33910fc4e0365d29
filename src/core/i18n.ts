// Every word users see, in the three languages of our users: messages
// (MESSAGES), then the word tables of the output sheet, the settings, the
// menu, the sidebar and the custom-function help. One file, one formatter
// (`fill`, whose parameters are typed from the template's {name}s), one
// locale resolver (localeOf) and one list separator per locale. A table entry
// cannot exist in one language only (the `satisfies` checks it).

import type { Field } from './roster/headers';
import type { Reason, Role } from './roster/read';

export type Locale = 'ja' | 'ko' | 'en';

/** Picks our language from a Sheets/browser locale like "ja_JP", "ko-KR", "en_US". */
export function localeOf(tag: unknown): Locale {
  const t = typeof tag === 'string' ? tag.toLowerCase() : '';
  if (t.startsWith('ja')) return 'ja';
  if (t.startsWith('ko')) return 'ko';
  return 'en';
}

/**
 * The user's language, asked for only when a message is about to be shown:
 * in Apps Script finding it is a service call, and most calls show no message.
 */
export type LocaleRef = () => Locale;

/** Remembers the first answer of a LocaleRef. */
export function lazyLocale(find: () => Locale): LocaleRef {
  let found: Locale | null = null;
  return () => (found ??= find());
}

type Entry = Record<Locale, string>;

export const MESSAGES = (<const>{
  notANumber: {
    en: '"{value}" is not a number',
    ja: '「{value}」は数値として読めません',
    ko: '"{value}"은(는) 숫자로 읽을 수 없습니다',
  },
  doubleMultiplier: {
    en: '"{value}" has the unit "{unit}" twice or out of order',
    ja: '「{value}」は単位「{unit}」が重複しているか順序が不正です',
    ko: '"{value}"에 단위 "{unit}"이(가) 중복되었거나 순서가 잘못되었습니다',
  },
  negative: {
    en: '"{value}" is negative; a {kind} cannot be below zero',
    ja: '「{value}」は負の値です（{kind}は0以上）',
    ko: '"{value}"은(는) 음수입니다 ({kind}은(는) 0 이상)',
  },
  notFinite: {
    en: '"{value}" is not a finite number',
    ja: '「{value}」は有限の数値ではありません',
    ko: '"{value}"은(는) 유한한 숫자가 아닙니다',
  },
  dateNotNumber: {
    en: 'a date ({value}) where a number belongs',
    ja: '数値の欄に日付（{value}）があります',
    ko: '숫자 자리에 날짜({value})가 있습니다',
  },
  booleanNotNumber: {
    en: '{value} (TRUE/FALSE) where a number belongs',
    ja: '数値の欄に {value}（TRUE/FALSE）があります',
    ko: '숫자 자리에 {value}(TRUE/FALSE)이(가) 있습니다',
  },
  unitNotAllowed: {
    en: '"{value}": "{unit}" does not belong in a {kind}',
    ja: '「{value}」：{kind}に「{unit}」は使えません',
    ko: '"{value}": {kind}에는 "{unit}"을(를) 쓸 수 없습니다',
  },
  tooLong: {
    en: 'a text of {length} characters where a number belongs',
    ja: '数値の欄に{length}文字のテキストがあります',
    ko: '숫자 자리에 {length}자 텍스트가 있습니다',
  },
  rateAboveOne: {
    en: '{name} {value} is above 100%; use 0.02 or 2% for two percent',
    ja: '{name} {value} は100%を超えています。2%なら 0.02 または 2% と入力してください',
    ko: '{name} {value}이(가) 100%를 넘습니다. 2%는 0.02 또는 2%로 입력하세요',
  },
  mustBePositive: {
    en: '{name} must be greater than 0 (got {value})',
    ja: '{name} は0より大きい値が必要です（{value}）',
    ko: '{name}은(는) 0보다 커야 합니다 ({value})',
  },
  marginRange: {
    en: 'margin must be between 0 and 1 (0.3 or 30%), got {value}',
    ja: 'margin は0〜1（0.3 または 30%）で指定してください（{value}）',
    ko: 'margin은 0~1(0.3 또는 30%)이어야 합니다 ({value})',
  },
  shapeMismatch: {
    en: 'ranges have different sizes: {a} and {b}',
    ja: '範囲の大きさが違います：{a} と {b}',
    ko: '범위 크기가 다릅니다: {a}, {b}',
  },
  argument: {
    en: '{name}: {message}',
    ja: '{name}：{message}',
    ko: '{name}: {message}',
  },
  unknownPreset: {
    en: 'unknown preset "{value}"; use {names} or a range of rows (min followers, tier, low ER, high ER)',
    ja: 'プリセット「{value}」はありません。{names} か、範囲（最小フォロワー数, ティア名, ER下限, ER上限）を指定してください',
    ko: '프리셋 "{value}"이(가) 없습니다. {names} 또는 범위(최소 팔로워, 티어, ER 하한, ER 상한)를 지정하세요',
  },
  badPresetRow: {
    en: 'custom preset row {row}: {message}',
    ja: 'カスタムプリセット {row} 行目：{message}',
    ko: '사용자 프리셋 {row}행: {message}',
  },
  presetNeedsRows: {
    en: 'a custom preset needs rows of 4 cells: min followers, tier name, low ER, high ER',
    ja: 'カスタムプリセットは4列（最小フォロワー数, ティア名, ER下限, ER上限）の行が必要です',
    ko: '사용자 프리셋은 4열(최소 팔로워, 티어, ER 하한, ER 상한) 행이 필요합니다',
  },
  presetBandOrder: {
    en: 'low ER {low} is above high ER {high}',
    ja: 'ER下限 {low} がER上限 {high} を上回っています',
    ko: 'ER 하한 {low}이(가) ER 상한 {high}보다 큽니다',
  },
  presetNoTier: {
    en: 'the tier name is blank',
    ja: 'ティア名が空です',
    ko: '티어 이름이 비어 있습니다',
  },
  presetFollowersOrder: {
    en: 'min followers must increase from row to row',
    ja: '最小フォロワー数は行ごとに増えていく必要があります',
    ko: '최소 팔로워 수는 행마다 커져야 합니다',
  },
  belowSmallestTier: {
    en: '{value} followers is below the smallest tier of this preset',
    ja: 'フォロワー数 {value} はこのプリセットの最小ティアより少ないです',
    ko: '팔로워 {value}명은 이 프리셋의 최소 티어보다 적습니다',
  },
  unknownMode: {
    en: 'unknown mode "{value}"; use {names}',
    ja: 'モード「{value}」はありません。{names} を指定してください',
    ko: '모드 "{value}"이(가) 없습니다. {names} 중에서 지정하세요',
  },
  notText: {
    en: 'expected a text, got {value}',
    ja: 'テキストが必要です（{value}）',
    ko: '텍스트가 필요합니다 ({value})',
  },
  badSetting: {
    en: '{field}: {problem}',
    ja: '{field}：{problem}',
    ko: '{field}: {problem}',
  },
  settingMissing: {
    en: 'missing or of the wrong type',
    ja: '値がないか、形式が違います',
    ko: '값이 없거나 형식이 잘못되었습니다',
  },
  settingAbove: {
    en: 'must be greater than {limit}',
    ja: '{limit}より大きい値にしてください',
    ko: '{limit}보다 커야 합니다',
  },
  settingPositive: {
    en: 'must be positive (above 0); "{value}" is not',
    ja: '正の値（0より大きい値）にしてください（「{value}」は不可）',
    ko: '양수(0보다 큰 값)여야 합니다 ("{value}"은(는) 안 됨)',
  },
  settingAtLeast: {
    en: 'must be at least {limit}',
    ja: '{limit}以上にしてください',
    ko: '{limit} 이상이어야 합니다',
  },
  settingTooBig: {
    en: 'must be at most {limit}',
    ja: '{limit}以下にしてください',
    ko: '{limit} 이하여야 합니다',
  },
  settingWhole: {
    en: 'must be a whole number',
    ja: '整数にしてください',
    ko: '정수여야 합니다',
  },
  settingReachOrder: {
    en: 'minimum is above maximum',
    ja: '下限が上限を上回っています',
    ko: '최소가 최대보다 큽니다',
  },
  noSheet: {
    en: 'there is no sheet named "{name}" in this spreadsheet',
    ja: 'このスプレッドシートに「{name}」という名前のシートがありません',
    ko: '이 스프레드시트에 "{name}" 시트가 없습니다',
  },
  noHeader: {
    en: 'no header row found in the first 10 rows of "{name}": name the columns, e.g. Handle, Followers, Avg views, Fee, ER (or フォロワー数, 平均再生数, 費用 / 팔로워, 평균 조회수, 비용)',
    ja: '「{name}」の先頭10行に見出し行が見つかりません。列に見出しを付けてください（例：アカウント, フォロワー数, 平均再生数, 費用, エンゲージメント率）',
    ko: '"{name}"의 처음 10행에서 머리글 행을 찾지 못했습니다. 열 머리글을 넣어 주세요 (예: 계정, 팔로워, 평균 조회수, 비용, 참여율)',
  },
  noDataRows: {
    en: '"{name}" has a header row but no creators below it',
    ja: '「{name}」には見出し行の下にデータがありません',
    ko: '"{name}"에 머리글 아래 데이터가 없습니다',
  },
  cellLimit: {
    en: 'this needs {need} more cells, but the spreadsheet already uses {used} of the {limit} cells Google Sheets allows. The largest sheet, "{name}", is {rows} rows × {cols} columns: delete its empty rows and columns (or move the roster to a file of its own) and run again',
    ja: 'あと{need}セルが必要ですが、このスプレッドシートはGoogleスプレッドシートの上限{limit}セルのうち、すでに{used}セルを使っています。いちばん大きいシート「{name}」は{rows}行×{cols}列です。空の行と列を削除するか、名簿を別のファイルに移してから、もう一度実行してください',
    ko: '{need}개 셀이 더 필요하지만, 이 스프레드시트는 Google 스프레드시트 한도 {limit}개 중 이미 {used}개 셀을 쓰고 있습니다. 가장 큰 시트 "{name}"은(는) {rows}행 × {cols}열입니다. 빈 행과 열을 삭제하거나 명단을 별도 파일로 옮긴 뒤 다시 실행하세요',
  },
  missingColumn: {
    en: 'no "{field}" column found in "{name}"; choose it in the column mapping',
    ja: '「{name}」に「{field}」の列が見つかりません。列の対応付けで選んでください',
    ko: '"{name}"에서 "{field}" 열을 찾지 못했습니다. 열 매핑에서 선택하세요',
  },
  columnNotFound: {
    en: 'the column "{header}" chosen for {field} is not in the header row of "{name}"',
    ja: '{field}に指定した列「{header}」が「{name}」の見出し行にありません',
    ko: '{field}에 지정한 열 "{header}"이(가) "{name}"의 머리글 행에 없습니다',
  },
  outputIsRoster: {
    en: 'the output sheet cannot be the roster sheet "{name}"; choose another name',
    ja: '出力先を名簿シート「{name}」にはできません。別の名前にしてください',
    ko: '출력 시트를 명단 시트 "{name}"(으)로 할 수 없습니다. 다른 이름을 지정하세요',
  },
  busy: {
    en: 'another shortlist run is in progress in this spreadsheet; try again in a moment',
    ja: 'このスプレッドシートで別のショートリスト作成が実行中です。少し待ってからもう一度お試しください',
    ko: '이 스프레드시트에서 다른 숏리스트 작업이 실행 중입니다. 잠시 후 다시 시도하세요',
  },
  noneEligible: {
    en: 'no creator passes the rules ({count} rows read; lowest CPV {lowest}, cap {cap})',
    ja: '条件を満たすクリエイターがいません（{count}行を確認。最小CPV {lowest}、上限 {cap}）',
    ko: '조건을 통과한 크리에이터가 없습니다 ({count}행 확인, 최저 CPV {lowest}, 상한 {cap})',
  },
  infeasibleMinEmpathy: {
    en: 'at least {need} empathy creators are required but only {available} pass the rules',
    ja: '共感（マイクロ・ナノ）枠が{need}人必要ですが、条件を満たすのは{available}人です',
    ko: '공감(마이크로·나노) 크리에이터가 {need}명 필요하지만 조건을 통과한 사람은 {available}명입니다',
  },
  infeasibleMinEmpathyBudget: {
    en: 'the {need} cheapest empathy creators cost {cost}, more than the {budget} available for them',
    ja: '共感枠の最安{need}人で{cost}かかり、使える予算{budget}を超えます',
    ko: '가장 저렴한 공감 크리에이터 {need}명의 비용이 {cost}로, 사용 가능한 예산 {budget}을(를) 넘습니다',
  },
  infeasibleReachMin: {
    en: 'reach spend must be at least {min}, but the reach creators who pass can spend at most {max} within the limits',
    ja: '拡散（リーチ）枠に最低{min}必要ですが、条件を満たすリーチ枠は上限内で最大{max}しか使えません',
    ko: '확산(도달) 지출이 최소 {min} 필요하지만, 조건을 통과한 도달 크리에이터로는 한도 내 최대 {max}만 쓸 수 있습니다',
  },
  infeasibleCombined: {
    en: 'the budget, reach share and minimum empathy creators cannot all be met at once ({detail})',
    ja: '予算・リーチ比率・共感枠の最低人数を同時に満たせません（{detail}）',
    ko: '예산, 도달 비율, 최소 공감 인원을 동시에 만족할 수 없습니다 ({detail})',
  },
  snapshotNoSource: {
    en: 'there is no sheet named "{name}" to snapshot',
    ja: 'スナップショット元のシート「{name}」がありません',
    ko: '스냅샷할 시트 "{name}"이(가) 없습니다',
  },
  nothingFits: {
    en: 'no creator fits the budget of {budget}: the cheapest one who passes costs {cheapest}',
    ja: '予算{budget}に収まるクリエイターがいません（条件を満たす最安は{cheapest}）',
    ko: '예산 {budget} 안에 들어오는 크리에이터가 없습니다 (조건을 통과한 최저 비용 {cheapest})',
  },
  outputNotOurs: {
    en: 'a sheet named "{name}" already exists and was not made by this add-on; choose another output sheet name so nothing is overwritten',
    ja: '「{name}」というシートは既にあり、このアドオンが作ったものではありません。上書きしないよう、別の出力シート名を指定してください',
    ko: '"{name}" 시트가 이미 있으며 이 부가기능이 만든 시트가 아닙니다. 덮어쓰지 않도록 다른 출력 시트 이름을 지정하세요',
  },
  hideColumnNotFound: {
    en: 'there is no column "{header}" to hide in "{name}"',
    ja: '「{name}」に非表示にする列「{header}」がありません',
    ko: '"{name}"에 숨길 열 "{header}"이(가) 없습니다',
  },
  hideColumnAmbiguous: {
    en: '{count} columns in "{name}" are headed "{header}"; rename them so the right one is hidden',
    ja: '「{name}」に見出し「{header}」の列が{count}つあります。正しい列を隠せるよう見出しを変えてください',
    ko: '"{name}"에 머리글이 "{header}"인 열이 {count}개 있습니다. 올바른 열을 숨길 수 있도록 머리글을 바꿔 주세요',
  },
  badRange: {
    en: '"{range}" is not a range of "{name}" (use A1 notation like A1:D20)',
    ja: '「{range}」は「{name}」の範囲として読めません（A1:D20 のように指定してください）',
    ko: '"{range}"은(는) "{name}"의 범위가 아닙니다 (A1:D20처럼 입력하세요)',
  },
  // ---- the evaluation cycle ----
  noShortlist: {
    en: 'no shortlist to make a results sheet from: build a shortlist first, or name its sheet',
    ja: '成果シートの元になるショートリストがありません。先にショートリストを作成するか、シート名を指定してください',
    ko: '성과 시트를 만들 숏리스트가 없습니다. 먼저 숏리스트를 만들거나 시트 이름을 지정하세요',
  },
  notAShortlist: {
    en: '"{name}" is not a shortlist written by this add-on (its header row is not the shortlist\'s)',
    ja: '「{name}」はこのアドオンが書き出したショートリストではありません（見出し行が違います）',
    ko: '"{name}"은(는) 이 부가기능이 만든 숏리스트가 아닙니다 (머리글 행이 다릅니다)',
  },
  emptyShortlist: {
    en: 'the shortlist "{name}" has no chosen creators',
    ja: 'ショートリスト「{name}」に選ばれたクリエイターがいません',
    ko: '숏리스트 "{name}"에 선택된 크리에이터가 없습니다',
  },
  noResultsHeader: {
    en: 'no results header found in the first 10 rows of "{name}": it needs a creator column (Handle or Creator key) and actuals (Actual views, Orders or Revenue; 実績再生数, 注文数, 売上 / 실제 조회수, 구매수, 매출)',
    ja: '「{name}」の先頭10行に成果の見出し行が見つかりません。クリエイターの列（アカウント／クリエイターキー）と実績の列（実績再生数・注文数・売上）が必要です',
    ko: '"{name}"의 처음 10행에서 성과 머리글을 찾지 못했습니다. 크리에이터 열(계정/크리에이터 키)과 실적 열(실제 조회수·구매수·매출)이 필요합니다',
  },
  noResultsRows: {
    en: '"{name}" has a results header but no creators below it',
    ja: '「{name}」には成果の見出し行の下にクリエイターがいません',
    ko: '"{name}"에 성과 머리글 아래 크리에이터가 없습니다',
  },
  needCap: {
    en: 'the CPV cap is needed to judge the results: enter it (e.g. 2), or build a shortlist with one first',
    ja: '成果の判定にはCPV上限が必要です。入力してください（例：2）',
    ko: '성과 판정에는 CPV 상한이 필요합니다. 입력하세요 (예: 2)',
  },
  resultsNotOurs: {
    en: 'a sheet named "{name}" already exists and is not a results sheet of this add-on; choose another name',
    ja: '「{name}」というシートは既にあり、このアドオンの成果シートではありません。別の名前を指定してください',
    ko: '"{name}" 시트가 이미 있으며 이 부가기능의 성과 시트가 아닙니다. 다른 이름을 지정하세요',
  },
  notResultsSheet: {
    en: '"{name}" is a sheet the add-on wrote (a shortlist, an evaluation, History or a snapshot), not results: choose the results sheet',
    ja: '「{name}」はアドオンが書き出したシート（ショートリスト・評価・履歴・スナップショット）で、成果シートではありません。成果シートを選んでください',
    ko: '"{name}"은(는) 부가기능이 만든 시트(숏리스트·평가·이력·스냅샷)로, 성과 시트가 아닙니다. 성과 시트를 선택하세요',
  },
  notPostedValue: {
    en: '"{value}" is not yes or no',
    ja: '「{value}」は「はい／いいえ」として読めません',
    ko: '"{value}"은(는) 예/아니요로 읽을 수 없습니다',
  },
  // ---- own sheets, snapshots, freezing, saved settings (issue 10) ----
  busySnapshot: {
    en: 'the add-on is already writing to this spreadsheet (a shortlist run, a snapshot or a freeze); create the snapshot again in a moment',
    ja: 'このスプレッドシートでアドオンが書き込み中です（ショートリスト作成・スナップショット・数式の固定のいずれか）。少し待ってからスナップショットを作成し直してください',
    ko: '이 스프레드시트에서 부가기능이 이미 쓰는 중입니다(숏리스트 작성, 스냅샷 또는 수식 고정). 잠시 후 스냅샷을 다시 만드세요',
  },
  busyFreeze: {
    en: 'the add-on is already writing to this spreadsheet (a shortlist run, a snapshot or a freeze); freeze the formulas again in a moment',
    ja: 'このスプレッドシートでアドオンが書き込み中です（ショートリスト作成・スナップショット・数式の固定のいずれか）。少し待ってから数式の固定をやり直してください',
    ko: '이 스프레드시트에서 부가기능이 이미 쓰는 중입니다(숏리스트 작성, 스냅샷 또는 수식 고정). 잠시 후 수식 고정을 다시 하세요',
  },
  hideColumnsNotList: {
    en: 'the columns to hide must be a list of column headers',
    ja: '非表示にする列は見出しのリストで指定してください',
    ko: '숨길 열은 머리글 목록으로 지정해야 합니다',
  },
  snapshotOwnChanged: {
    en: '"{name}" no longer has the layout the add-on wrote, so its confidential figures cannot be located; run the shortlist again, then create the snapshot',
    ja: '「{name}」はアドオンが書き出した形から変わっているため、機密の数値の位置を特定できません。ショートリストを作成し直してからスナップショットを作成してください',
    ko: '"{name}"이(가) 부가기능이 쓴 형태에서 바뀌어 기밀 수치의 위치를 알 수 없습니다. 숏리스트를 다시 만든 뒤 스냅샷을 만드세요',
  },
  sheetNameTooLong: {
    en: 'the sheet name "{name}" is longer than {max} characters; Sheets and Excel need a shorter one',
    ja: 'シート名「{name}」が{max}文字を超えています。Excel でも開けるよう短くしてください',
    ko: '시트 이름 "{name}"이(가) {max}자를 넘습니다. Excel에서도 열 수 있도록 줄여 주세요',
  },
  sheetNameBadChar: {
    en: 'the sheet name "{name}" contains {char}, which sheet names cannot contain (none of : \\ / ? * [ ], no apostrophe at either end)',
    ja: 'シート名「{name}」に使えない文字 {char} が含まれています（: \\ / ? * [ ] と、先頭・末尾のアポストロフィは使えません）',
    ko: '시트 이름 "{name}"에 쓸 수 없는 문자 {char}이(가) 있습니다 (: \\ / ? * [ ] 및 앞뒤 아포스트로피는 쓸 수 없음)',
  },
  sheetNameEmpty: {
    en: 'the sheet name is empty',
    ja: 'シート名が空です',
    ko: '시트 이름이 비어 있습니다',
  },
  settingsIgnored: {
    en: 'Some saved settings could not be read and were ignored: {fields}.',
    ja: '保存された設定の一部が読めなかったため無視しました：{fields}',
    ko: '저장된 설정 일부를 읽을 수 없어 무시했습니다: {fields}',
  },
  snapshotRemoved: {
    en: 'Left out for the client: {items}.',
    ja: 'クライアント用に除いた項目：{items}',
    ko: '클라이언트용으로 뺀 항목: {items}',
  },
  frozenSkipped: {
    en: "{n} of the add-on's formulas were left as formulas: the area their result fills cannot be told from the formula, or their result is blocked (#REF!).",
    ja: 'アドオンの数式{n}件は数式のまま残しました（結果の範囲を数式から特定できないか、結果が #REF! で出ていません）。',
    ko: '부가기능 수식 {n}개는 수식 그대로 두었습니다(결과 범위를 수식에서 알 수 없거나 결과가 #REF!로 막혀 있음).',
  },
  noneReadable: {
    en: 'none of the {count} rows of "{name}" could be read, so no creator can be chosen; for example row {row}: {message}',
    ja: '「{name}」の{count}行がどれも読めないため、クリエイターを選べません。例：{row}行目：{message}',
    ko: '"{name}"의 {count}행을 하나도 읽을 수 없어 크리에이터를 고를 수 없습니다. 예: {row}행: {message}',
  },
  snapshotWord: {
    en: 'snapshot',
    ja: 'スナップショット',
    ko: '스냅샷',
  },
  snapshotNote: {
    en: 'Generated client snapshot (values only); regenerate instead of editing.',
    ja: 'クライアント用に生成したスナップショット（値のみ）。編集せず再生成してください。',
    ko: '클라이언트용으로 생성된 스냅샷(값만). 편집하지 말고 다시 생성하세요.',
  },
  infeasibleReachShare: {
    en: 'no selection within the budget has a reach share of spend between {min} and {max} (with at least {need} empathy creators and the must-include creators)',
    ja: '予算内で、拡散（リーチ）枠の支出比率が{min}〜{max}になる組み合わせがありません（共感枠{need}人以上・必須クリエイター込み）',
    ko: '예산 안에서 도달 지출 비율이 {min}~{max}인 조합이 없습니다 (공감 크리에이터 {need}명 이상, 필수 크리에이터 포함)',
  },
  infeasibleBlendedCpv: {
    en: 'no selection within the budget has a blended CPV of {max} or less (with at least {need} empathy creators and the must-include creators)',
    ja: '予算内で、全体CPVが{max}以下になる組み合わせがありません（共感枠{need}人以上・必須クリエイター込み）',
    ko: '예산 안에서 전체 CPV가 {max} 이하인 조합이 없습니다 (공감 크리에이터 {need}명 이상, 필수 크리에이터 포함)',
  },
  infeasibleFixedBudget: {
    en: 'the {count} must-include creators alone cost {spend}, more than the budget of {budget}',
    ja: '必須クリエイター{count}人だけで{spend}かかり、予算{budget}を超えます',
    ko: '필수 크리에이터 {count}명만으로 {spend}이(가) 들어 예산 {budget}을(를) 넘습니다',
  },
  infeasibleFixedReachShare: {
    en: 'with the {count} must-include creators ({spend}, of which {reach} on reach) no selection within the budget has a reach share of spend between {min} and {max}',
    ja: '必須クリエイター{count}人（{spend}、うち拡散枠{reach}）を含めると、予算内で拡散枠の支出比率を{min}〜{max}にできません',
    ko: '필수 크리에이터 {count}명({spend}, 그중 도달 {reach})을 포함하면 예산 안에서 도달 지출 비율을 {min}~{max}로 맞출 수 없습니다',
  },
  infeasibleFixedBlendedCpv: {
    en: 'with the {count} must-include creators ({spend} for {views} views) no selection within the budget has a blended CPV of {max} or less',
    ja: '必須クリエイター{count}人（{spend}、{views}再生）を含めると、予算内で全体CPVを{max}以下にできません',
    ko: '필수 크리에이터 {count}명({spend}, 조회 {views})을 포함하면 예산 안에서 전체 CPV를 {max} 이하로 맞출 수 없습니다',
  },
  optimiserNotFound: {
    en: 'no selection meeting every constraint was found within the search limit (none is proven impossible); loosen a constraint and try again',
    ja: '探索の上限内ですべての条件を満たす組み合わせが見つかりませんでした（不可能とは証明されていません）。条件を少し緩めて再実行してください',
    ko: '탐색 한도 안에서 모든 조건을 만족하는 조합을 찾지 못했습니다 (불가능이 증명된 것은 아닙니다). 조건을 조금 완화하고 다시 실행하세요',
  },
  revenueNeedsAov: {
    en: "the revenue objective needs the AOV and a CVR (the campaign's, or creators' measured CVR)",
    ja: '売上を目的にするには客単価とCVR（キャンペーンのCVR、または実績CVR）が必要です',
    ko: '매출 목표에는 객단가와 CVR(캠페인 CVR 또는 실측 CVR)이 필요합니다',
  },
  noIntentData: {
    en: 'the purchase-intent objective needs a purchase-intent column in the roster or a comments sheet',
    ja: '購入意向を目的にするには、名簿の購入意向列かコメントシートが必要です',
    ko: '구매 의향 목표에는 명단의 구매 의향 열이나 댓글 시트가 필요합니다',
  },
  noActionsData: {
    en: 'no creator has saves or shares data: add 保存/シェア (Saves/Shares) columns for the actions objective',
    ja: '保存・シェアのデータがあるクリエイターがいません。行動を目的にするには「保存」「シェア」列が必要です',
    ko: '저장·공유 데이터가 있는 크리에이터가 없습니다. 행동 목표에는 "저장"/"공유" 열이 필요합니다',
  },
  commentsColumns: {
    en: 'the comments sheet "{name}" needs a creator column and a comment column (found: {found})',
    ja: 'コメントシート「{name}」にはクリエイター列とコメント列が必要です（検出：{found}）',
    ko: '댓글 시트 "{name}"에는 크리에이터 열과 댓글 열이 필요합니다 (감지: {found})',
  },
  badWeights: {
    en: 'weights must be 4 numbers (likes, comments, saves, shares), got {count}',
    ja: '重みは4つの数値（いいね, コメント, 保存, シェア）で指定してください（{count}個）',
    ko: '가중치는 숫자 4개(좋아요, 댓글, 저장, 공유)여야 합니다 ({count}개)',
  },
  notPlainDigit: {
    en: '"{value}": "{char}" is not a plain digit; type the number with 0–9',
    ja: '「{value}」：「{char}」は通常の数字ではありません。0〜9で入力してください',
    ko: '"{value}": "{char}"은(는) 일반 숫자가 아닙니다. 0~9로 입력하세요',
  },
  ambiguousRemainder: {
    en: '"{value}" could be {abbreviated} or {literal}; write the number in full',
    ja: '「{value}」は {abbreviated} とも {literal} とも読めます。省略せずに入力してください（例：1万5千、15000）',
    ko: '"{value}"은(는) {abbreviated} 또는 {literal}(으)로 읽힐 수 있습니다. 생략하지 말고 입력하세요 (예: 1만 5천, 15000)',
  },
  foreignCurrency: {
    en: '"{value}" is in "{unit}", but this spreadsheet\'s currency is {sheet} (from its locale, File → Settings); convert it first — no exchange rate is guessed',
    ja: '「{value}」は「{unit}」建てですが、このスプレッドシートの通貨は {sheet} です（ファイル → 設定 の「地域」による）。換算してから入力してください（為替レートは推測しません）',
    ko: '"{value}"은(는) "{unit}" 단위인데 이 스프레드시트의 통화는 {sheet}입니다(파일 → 설정의 "언어 및 지역"에 따름). 환산해서 입력하세요 (환율은 추측하지 않습니다)',
  },
  backslashCurrency: {
    en: '"{value}" starts with "\\", which Japanese and Korean Excel files use for ¥ or ₩; this spreadsheet\'s currency ({sheet}) is neither',
    ja: '「{value}」は「\\」で始まっています（日本語・韓国語のExcelでは ¥・₩ の代わり）が、このスプレッドシートの通貨（{sheet}）はどちらでもありません',
    ko: '"{value}"은(는) "\\"로 시작합니다(일본어·한국어 Excel에서 ¥·₩ 대신 쓰임). 이 스프레드시트의 통화({sheet})는 둘 다 아닙니다',
  },
  mixedCurrency: {
    en: 'the amounts are in different currencies ({a} and {b}); use one currency — no exchange rate is guessed',
    ja: '金額の通貨が混在しています（{a} と {b}）。1つの通貨にそろえてください（為替レートは推測しません）',
    ko: '금액의 통화가 섞여 있습니다 ({a}, {b}). 한 통화로 맞춰 주세요 (환율은 추측하지 않습니다)',
  },
  erPlainNumber: {
    en: 'ER {value} is ambiguous: write {value}% for {value} percent, or a fraction (4.1% = 0.041)',
    ja: 'ER {value} はあいまいです。{value}パーセントなら {value}% と、または小数で（4.1% = 0.041）入力してください',
    ko: 'ER {value}은(는) 모호합니다. {value}퍼센트라면 {value}%로, 또는 소수로(4.1% = 0.041) 입력하세요',
  },
  erAbove100: {
    en: 'ER {value} is above 100%',
    ja: 'ER {value} は100%を超えています',
    ko: 'ER {value}이(가) 100%를 넘습니다',
  },
  resultNotFinite: {
    en: 'the result is too large to be a number; check the values',
    ja: '結果が大きすぎて数値になりません。値を確認してください',
    ko: '결과가 너무 커서 숫자가 될 수 없습니다. 값을 확인하세요',
  },
  headerUnitUnknown: {
    en: 'the header "{header}" has a unit this add-on cannot place ("{unit}"); write it like 費用（千円）, Fee (K) or Fee (in thousands)',
    ja: '見出し「{header}」の単位（「{unit}」）を読み取れません。「費用（千円）」「Fee (K)」のように書いてください',
    ko: '머리글 "{header}"의 단위("{unit}")를 읽을 수 없습니다. "비용(천원)", "Fee (K)"처럼 써 주세요',
  },
  headerForeignCurrency: {
    en: 'the header "{header}" says the amounts are in "{unit}", but this spreadsheet\'s currency is {sheet}; convert the column first — no exchange rate is guessed',
    ja: '見出し「{header}」では金額が「{unit}」建てですが、このスプレッドシートの通貨は {sheet} です。列を換算してください（為替レートは推測しません）',
    ko: '머리글 "{header}"에 따르면 금액이 "{unit}" 단위인데 이 스프레드시트의 통화는 {sheet}입니다. 열을 환산하세요 (환율은 추측하지 않습니다)',
  },
  internal: {
    en: 'an unexpected problem stopped {detail}; nothing was changed. Please try again or report it',
    ja: '{detail}で予期しない問題が発生しました。変更はしていません。もう一度試すか、ご報告ください',
    ko: '{detail} 중 예기치 않은 문제가 발생했습니다. 변경된 내용은 없습니다. 다시 시도하거나 신고해 주세요',
  },
}) satisfies Record<string, Entry>;

export type MessageCode = keyof typeof MESSAGES;

/** Items of a list inside a sentence, with the locale's separator. */
export function listOf(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'ja' ? '、' : ', ');
}
export type Params = Record<string, string | number>;
type M = typeof MESSAGES;
/** The arguments of `new InputError(code, params)`: params required exactly when the message has placeholders. */
export type InputErrorArgs = {
  [C in MessageCode]: [Slots<M[C][Locale]>] extends [never] ? [code: C, params?: ParamsOf<M[C]>] : [code: C, params: ParamsOf<M[C]>];
}[MessageCode];

// Kinds of numbers as named inside messages.
export const KIND_NAMES: Record<string, Entry> = {
  count: { en: 'count', ja: '件数・人数', ko: '수' },
  money: { en: 'money amount', ja: '金額', ko: '금액' },
  rate: { en: 'rate', ja: '率', ko: '비율' },
  number: { en: 'number', ja: '数値', ko: '숫자' },
};

/** A message in a language; the parameters are those its templates name. */
export function format<C extends MessageCode>(code: C, params: ParamsOf<(typeof MESSAGES)[C]>, locale: Locale): string {
  return formatAny(code, params, locale);
}

// For stored codes and params (an InputError's), typed when the error was made.
function formatAny(code: MessageCode, params: Params, locale: Locale): string {
  return fillTemplate(MESSAGES[code][locale], params, locale);
}

/** An error about the user's input: carries a code so each adapter can say it in the user's language. */
export class InputError extends Error {
  readonly code: MessageCode;
  readonly params: Params;
  constructor(...[code, params = {}]: InputErrorArgs) {
    // A user's bad value, not a bug: no stack to capture (that is most of the
    // cost when 100,000 cells of a range are each refused).
    // (stackTraceLimit is V8's, not the ES library's: Apps Script and Node both have it.)
    const v8 = Error as { stackTraceLimit?: number };
    const limit = v8.stackTraceLimit;
    v8.stackTraceLimit = 0;
    super(formatAny(code, params, 'en'));
    v8.stackTraceLimit = limit;
    this.name = 'InputError';
    this.code = code;
    this.params = params;
  }
  localized(locale: Locale): string {
    return formatAny(this.code, this.params, locale);
  }
}

/** Shows an arbitrary user value inside a message: short, one line. */
export function show(value: unknown): string {
  if (value instanceof Date) return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  let s: string;
  try {
    s = typeof value === 'string' ? value : String(value);
  } catch {
    s = Object.prototype.toString.call(value); // an object whose toString is broken
  }
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}

/** An InputError about one named argument ("cvr: ..."), localized as a whole. */
export class ArgError extends InputError {
  readonly inner: InputError;
  constructor(name: string, inner: InputError) {
    super('argument', { name, message: inner.message });
    this.inner = inner;
  }
  override localized(locale: Locale): string {
    return format('argument', { name: String(this.params.name), message: this.inner.localized(locale) }, locale);
  }
}

/**
 * An InputError that says another one inside it ("row 3: …"), both in the
 * user's language: the inner message is never kept as English text.
 */
export class WrappedError extends InputError {
  readonly inner: InputError;
  private readonly slot: string;
  constructor(code: MessageCode, params: Params, inner: InputError, slot = 'message') {
    super(...([code, { ...params, [slot]: inner.message }] as unknown as InputErrorArgs));
    this.inner = inner;
    this.slot = slot;
  }
  override localized(locale: Locale): string {
    return formatAny(this.code, { ...this.params, [this.slot]: this.inner.localized(locale) }, locale);
  }
}

/**
 * Any thrown thing to a user-facing text. Internal errors (a TypeError from a
 * bug) never show their raw text: the user learns where it happened, not how.
 */
export function messageOf(err: unknown, locale: Locale, where: string): string {
  if (err instanceof InputError) return err.localized(locale);
  return format('internal', { detail: where }, locale);
}

/**
 * Words of the local preview (`npm start`): the reason of an error cell shown
 * when it is selected, for the errors the formula engine gives without one.
 */
export const PREVIEW_WORDS = {
  formulaUnreadable: {
    en: 'the formula cannot be read (check brackets, commas and quotes)',
    ja: '数式を読み取れません（かっこ・カンマ・引用符を確認してください）',
    ko: '수식을 읽을 수 없습니다 (괄호, 쉼표, 따옴표를 확인하세요)',
  },
  unknownName: { en: 'unknown name {name}', ja: '不明な名前 {name}', ko: '알 수 없는 이름 {name}' },
  unknownFunction: { en: 'unknown function {name}', ja: '不明な関数 {name}', ko: '알 수 없는 함수 {name}' },
  DIV_BY_ZERO: { en: 'division by zero', ja: '0で割っています', ko: '0으로 나누었습니다' },
  NA: { en: 'value not available', ja: '値がありません', ko: '값이 없습니다' },
  NAME: { en: 'unknown function or name', ja: '不明な関数または名前です', ko: '알 수 없는 함수 또는 이름입니다' },
  NUM: { en: 'invalid numeric value', ja: '数値が無効です', ko: '숫자 값이 잘못되었습니다' },
  REF: { en: 'reference to a cell that does not exist', ja: '存在しないセルを参照しています', ko: '존재하지 않는 셀을 참조합니다' },
  SPILL: {
    en: 'the array result could not expand: cells in its way are not empty',
    ja: '配列の結果を展開できません：展開先のセルが空ではありません',
    ko: '배열 결과를 펼칠 수 없습니다: 펼칠 자리의 셀이 비어 있지 않습니다',
  },
  CYCLE: { en: 'circular dependency', ja: '循環参照です', ko: '순환 참조입니다' },
  VALUE: { en: 'wrong type of argument', ja: '引数の型が正しくありません', ko: '인수의 유형이 잘못되었습니다' },
  ERROR: { en: 'error', ja: 'エラー', ko: '오류' },
  tooManyCells: {
    en: 'this formula would fill {cells} cells; the local preview takes at most {max}',
    ja: 'この数式は{cells}セルを埋めます。ローカルプレビューの上限は{max}セルです',
    ko: '이 수식은 {cells}개의 셀을 채웁니다. 로컬 미리보기는 최대 {max}개까지입니다',
  },
} satisfies Record<string, Entry>;

export function previewWord(code: keyof typeof PREVIEW_WORDS, params: Params, locale: Locale): string {
  return PREVIEW_WORDS[code][locale].replace(/\{(\w+)\}/g, (m, key: string) => (params[key] === undefined ? m : String(params[key])));
}

// ---------------------------------------------------------------------------
// The formatter. A template's {name}s are its parameters, read from the
// string literal by the type system: a missing or misspelt one is a compile
// error (`fill(LABELS.passCap, locale, { pass })` without `total` fails).

/** The {name}s of a template string, as a union of names. */
export type Slots<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Slots<Rest> : never;
/** The parameters of a table entry: every {name} any of its languages uses. */
export type ParamsOf<E extends Readonly<Entry>> = { [K in Slots<E[Locale]>]: string | number };
/** `[]` for an entry without placeholders, `[params]` otherwise. */
export type FillArgs<E extends Readonly<Entry>> = [Slots<E[Locale]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: ParamsOf<E>];

/** An entry in a language, its {name}s filled as plain text. */
export function fill<E extends Readonly<Entry>>(entry: E, locale: Locale, ...[params]: FillArgs<E>): string {
  return fillTemplate(entry[locale], params ?? {}, locale);
}

function fillTemplate(template: string, params: Params, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = params[key];
    if (v === undefined) return m; // unreachable from typed code; visible rather than silently blank
    if (key === 'kind' && typeof v === 'string' && KIND_NAMES[v]) return KIND_NAMES[v][locale];
    if (key === 'field' && typeof v === 'string' && Object.prototype.hasOwnProperty.call(FIELD_NAMES, v))
      return FIELD_NAMES[v as Field][locale];
    return String(v);
  });
}

/** Between the items of a list in running text. */
export const LIST_SEPARATOR: Record<Locale, string> = { ja: '、', ko: ', ', en: ', ' };

export function list(items: readonly string[], locale: Locale): string {
  return items.join(LIST_SEPARATOR[locale]);
}

/** Intl tag for number formatting in a language. */
export function intlTag(locale: Locale): string {
  return locale === 'ja' ? 'ja-JP' : locale === 'ko' ? 'ko-KR' : 'en-US';
}

// ---------------------------------------------------------------------------
// Names of things, one per thing: the roster's fields (column mapping, output
// sheet headers, "no fee column" messages) and the settings (sidebar labels
// and "budget: must be greater than 0").

export const FIELD_NAMES: Record<Field, Entry> = {
  handle: { en: 'Account', ja: 'アカウント', ko: '계정' },
  platform: { en: 'Platform', ja: '媒体', ko: '플랫폼' },
  followers: { en: 'Followers', ja: 'フォロワー数', ko: '팔로워 수' },
  views: { en: 'Views', ja: '再生数', ko: '조회수' },
  fee: { en: 'Fee', ja: '費用', ko: '비용' },
  er: { en: 'ER', ja: 'ER', ko: 'ER' },
  likes: { en: 'Likes', ja: 'いいね', ko: '좋아요' },
  comments: { en: 'Comments', ja: 'コメント', ko: '댓글' },
  saves: { en: 'Saves', ja: '保存', ko: '저장' },
  shares: { en: 'Shares', ja: 'シェア', ko: '공유' },
  intent: { en: 'Purchase intent', ja: '購入意向', ko: '구매 의향' },
  sends: { en: 'Sends', ja: '送信', ko: '전송' },
  must: { en: 'Must include', ja: '確定・必須', ko: '확정' },
  exclude: { en: 'Exclude', ja: '除外・NG', ko: '제외' },
};

export const SETTING_NAMES = (<const>{
  rosterSheet: { en: 'Roster sheet', ja: '名簿シート', ko: '명단 시트' },
  cpvCap: { en: 'CPV cap', ja: 'CPV上限', ko: 'CPV 상한' },
  budget: { en: 'Budget', ja: '予算', ko: '예산' },
  reachShare: { en: 'Reach share of spend', ja: '拡散枠の費用比率', ko: '확산 지출 비율' },
  minEmpathy: { en: 'Minimum empathy creators', ja: '共感枠の最低人数', ko: '최소 공감 인원' },
  erFloor: { en: 'ER floor', ja: 'ER下限', ko: 'ER 하한' },
  viewRate: { en: 'View rate', ja: '再生率', ko: '조회율' },
  cvr: { en: 'CVR', ja: 'CVR', ko: 'CVR' },
  aov: { en: 'AOV', ja: '客単価', ko: '객단가' },
  columns: { en: 'Columns', ja: '列の対応', ko: '열 매핑' },
  outputSheet: { en: 'Output sheet', ja: '出力シート', ko: '출력 시트' },
  objective: { en: 'Objective (KPI)', ja: '目的（KPI）', ko: '목표(KPI)' },
  missingActions: { en: 'Creators without saves/shares', ja: '保存・シェアのデータがない人', ko: '저장·공유 데이터가 없는 사람' },
  commentsSheet: { en: 'Comments sheet', ja: 'コメントシート', ko: '댓글 시트' },
  mustInclude: { en: 'Must include', ja: '必ず入れる', ko: '반드시 포함' },
  exclude: { en: 'Exclude', ja: '除外', ko: '제외' },
  blendedCpvMax: { en: 'Blended CPV limit', ja: '全体CPVの上限', ko: '전체 CPV 상한' },
  erPreset: { en: 'ER table', ja: 'ER基準表', ko: 'ER 기준표' },
}) satisfies Record<string, Entry>;

export type SettingName = keyof typeof SETTING_NAMES;

const UNIT = <const>{ en: '{label} ({unit})', ja: '{label}（{unit}）', ko: '{label} ({unit})' };

/** "View rate (%)" / "再生率（%）": a name with its unit, in each language. */
function withUnit(name: Entry, unit: string): Entry {
  return {
    en: fill(UNIT, 'en', { label: name.en, unit }),
    ja: fill(UNIT, 'ja', { label: name.ja, unit }),
    ko: fill(UNIT, 'ko', { label: name.ko, unit }),
  };
}

// ---------------------------------------------------------------------------
// The output sheet (moved from core/shortlist/labels.ts).

export const ROLE_NAMES: Record<Role, Entry> = {
  reach: { en: 'Reach', ja: '拡散（リーチ）', ko: '확산(도달)' },
  empathy: { en: 'Empathy', ja: '共感', ko: '공감' },
};

export const REASON_NAMES: Record<Reason, Entry> = {
  duplicate: { en: 'Duplicate (same account and platform)', ja: '重複（同じアカウント・媒体）', ko: '중복(같은 계정·플랫폼)' },
  unreadable: { en: 'Unreadable value', ja: '読み取れない値', ko: '읽을 수 없는 값' },
  noFee: { en: 'No fee', ja: '費用なし', ko: '비용 없음' },
  noViews: { en: 'No views', ja: '再生数なし', ko: '조회수 없음' },
  noFollowers: { en: 'No followers', ja: 'フォロワー数なし', ko: '팔로워 없음' },
  overCap: { en: 'CPV over cap', ja: 'CPVが上限超過', ko: 'CPV 상한 초과' },
  erBelow: { en: 'ER below tier band', ja: 'ERがティアの基準未満', ko: 'ER이 티어 기준 미만' },
  userExcluded: { en: 'Excluded by you', ja: 'ユーザー指定で除外', ko: '사용자 지정 제외' },
  noActions: { en: 'No saves/shares data', ja: '保存・シェアのデータなし', ko: '저장·공유 데이터 없음' },
  lastVerdict: { en: 'Last verdict: do not rebook', ja: '前回の評価：再起用しない', ko: '지난 평가: 재기용하지 않음' },
};

export const SHEET_WORDS = {
  role: { en: 'Role', ja: '役割', ko: '역할' },
  handle: FIELD_NAMES.handle,
  platform: FIELD_NAMES.platform,
  tier: { en: 'Tier', ja: 'ティア', ko: '티어' },
  followers: FIELD_NAMES.followers,
  views: { en: 'Expected views', ja: '想定再生数', ko: '예상 조회수' },
  fee: FIELD_NAMES.fee,
  cpv: { en: 'CPV', ja: 'CPV', ko: 'CPV' },
  er: FIELD_NAMES.er,
  verdict: { en: 'ER verdict', ja: 'ER判定', ko: 'ER 판정' },
  roi: { en: 'ROI', ja: 'ROI', ko: 'ROI' },
  row: { en: 'Roster row', ja: '名簿の行', ko: '명단 행' },
  totals: { en: 'Totals', ja: '合計', ko: '합계' },
  spend: { en: 'Spend', ja: '費用合計', ko: '총 비용' },
  remaining: { en: 'Remaining budget', ja: '残り予算', ko: '남은 예산' },
  totalViews: { en: 'Total expected views', ja: '想定再生数合計', ko: '예상 조회수 합계' },
  blendedCpv: { en: 'Blended CPV', ja: '全体CPV', ko: '전체 CPV' },
  budget: SETTING_NAMES.budget,
  cap: SETTING_NAMES.cpvCap,
  creators: { en: 'Creators', ja: '人数', ko: '인원' },
  share: { en: 'Share of spend', ja: '費用比率', ko: '비용 비율' },
  spendByRole: { en: 'Spend by role', ja: '役割別の費用', ko: '역할별 비용' },
  excluded: { en: 'Excluded', ja: '除外', ko: '제외' },
  reason: { en: 'Reason', ja: '理由', ko: '사유' },
  count: { en: 'Count', ja: '件数', ko: '건수' },
  closest: { en: 'Closest to passing', ja: 'あと少しで通過', ko: '통과에 가장 가까운 행' },
  detail: { en: 'Detail', ja: '詳細', ko: '상세' },
  estimated: { en: ' (est.)', ja: '（推定）', ko: ' (추정)' },
  shareOfBudget: { en: 'Share of budget', ja: '予算比率', ko: '예산 비율' },
  objective: { en: 'Objective (KPI)', ja: '目的（KPI）', ko: '목표(KPI)' },
  value: { en: 'Objective value', ja: 'KPI値', ko: 'KPI 값' },
  totalValue: { en: 'Total objective value', ja: 'KPI合計', ko: 'KPI 합계' },
  intentShare: { en: 'Purchase-intent share', ja: '購入意向コメント率', ko: '구매 의향 댓글 비율' },
  lastVerdict: { en: 'Last verdict', ja: '前回の評価', ko: '지난 평가' },
  measuredCpv: { en: 'Measured CPV', ja: '実測CPV', ko: '실측 CPV' },
  measured: { en: 'measured', ja: '実測', ko: '실측' },
  intentCount: { en: 'Comments read', ja: '集計コメント数', ko: '집계 댓글 수' },
  optimality: { en: 'Optimality', ja: '最適性', ko: '최적성' },
  optimal: { en: 'optimal (proven)', ja: '最適（証明済み）', ko: '최적(증명됨)' },
  withinGap: { en: 'within {gap} of optimal', ja: '最適値との差 {gap} 以内', ko: '최적값과의 차이 {gap} 이내' },
  mustMark: { en: 'must-include', ja: '必須', ko: '필수' },
  mustOverCap: { en: 'must-include (over the cap)', ja: '必須（CPV上限超過）', ko: '필수(CPV 상한 초과)' },
  allRows: { en: 'All roster rows', ja: '名簿の全行', ko: '명단 전체 행' },
  status: { en: 'Status', ja: 'ステータス', ko: '상태' },
  excludedByList: { en: 'in your exclude list', ja: '除外リストで指定', ko: '제외 목록에 지정' },
  valuePerYen: { en: 'Value per 1 of fee', ja: '費用1あたりKPI', ko: '비용 1당 KPI' },
} satisfies Record<string, Entry>;

export type Word = keyof typeof SHEET_WORDS;
export type ShortlistWord = Word;

/** A word of the output sheet with its {name}s filled ("within {gap} of optimal"). */
export function shortlistWord(key: Word, locale: Locale, params: Params = {}): string {
  return SHEET_WORDS[key][locale].replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

/** A word of the output sheet. */
export function word(key: Word, locale: Locale): string {
  return SHEET_WORDS[key][locale];
}

// ---------------------------------------------------------------------------
// The server: what the user was doing when an unexpected failure stopped it
// (keyed by server function; src/server/user-facing.ts checks that every
// function of ServerApi has one), the menu and the client snapshot.

export const TASK_NAMES = {
  getShortlistContext: { en: 'reading the roster', ja: '名簿の読み込み', ko: '명단 읽기' },
  runShortlist: { en: 'building the shortlist', ja: 'ショートリスト作成', ko: '숏리스트 작성' },
  getSnapshotContext: { en: 'reading the sheet', ja: 'シートの読み込み', ko: '시트 읽기' },
  createClientSnapshot: { en: 'creating the client snapshot', ja: 'クライアント用スナップショット作成', ko: '클라이언트용 스냅샷 작성' },
  freezeFormulas: { en: 'freezing formulas', ja: '数式の固定', ko: '수식 고정' },
  getResultsContext: { en: 'reading the results sheets', ja: '成果シートの読み込み', ko: '성과 시트 읽기' },
  createResultsSheet: { en: 'creating the results sheet', ja: '成果シート作成', ko: '성과 시트 작성' },
  evaluateCampaign: { en: 'evaluating the campaign', ja: 'キャンペーンの成果判定', ko: '캠페인 성과 판정' },
  openSheet: { en: 'opening the sheet', ja: 'シートを開く', ko: '시트 열기' },
} satisfies Record<string, Entry>;

export const MENU_WORDS = {
  shortlist: { en: 'Build shortlist…', ja: 'ショートリストを作成…', ko: '숏리스트 만들기…' },
  title: { en: 'Influencer shortlist', ja: 'インフルエンサー選定', ko: '인플루언서 선정' },
} satisfies Record<string, Entry>;

// ---------------------------------------------------------------------------
// The custom functions' help (Sheets shows the JSDoc the build generates from
// src/functions/metadata.ts, which takes its texts from here).

export const FUNCTION_HELP = {
  ROI_CPV: {
    summary: {
      en: 'ROI from cost per view: (CVR × AOV) ÷ CPV, a ROAS multiple (1 = break-even on revenue). With margin: profit ROI = (CVR × AOV × margin − CPV) ÷ CPV.',
      ja: 'CPVから見たROI：(CVR × 客単価) ÷ CPV（ROAS倍率、1で売上が損益分岐）。margin指定時は利益ROI = (CVR × 客単価 × 利益率 − CPV) ÷ CPV。',
      ko: 'CPV 기준 ROI: (CVR × 객단가) ÷ CPV, ROAS 배수(1이면 매출 기준 손익분기). margin을 지정하면 이익 ROI = (CVR × 객단가 × 이익률 − CPV) ÷ CPV.',
    },
    returns: { en: 'ROI multiple per view', ja: '1再生あたりのROI倍率', ko: '조회 1회당 ROI 배수' },
    cvr: { en: 'Conversion rate per view, 0.02 or 2%', ja: '再生あたり購入率（0.02 または 2%）', ko: '조회당 구매 전환율 (0.02 또는 2%)' },
    aov: { en: 'Average order value, e.g. 3000 or "¥3,000"', ja: '客単価（例：3000、"¥3,000"）', ko: '객단가 (예: 30000, "3만원")' },
    cpv: { en: 'Cost per view, > 0, e.g. 1.5 or "¥1.5"', ja: 'CPV（1再生あたり費用、0より大きい）', ko: 'CPV (조회 1회당 비용, 0보다 큼)' },
    margin: {
      en: 'Gross margin 0–1 for profit ROI, e.g. 30%',
      ja: '利益率0〜1（指定すると利益ROI）',
      ko: '이익률 0~1 (지정하면 이익 ROI)',
    },
  },
  ER_TIER: {
    summary: {
      en: 'Follower tier and the verdict of the engagement rate against that tier\'s band, e.g. "micro · within".',
      ja: 'フォロワー数のティアと、そのティアのER帯に対する判定（例："micro · within"）。',
      ko: '팔로워 수의 티어와, 그 티어의 ER 구간에 대한 판정 (예: "micro · within").',
    },
    returns: { en: 'tier · below|within|above', ja: 'ティア · below|within|above', ko: '티어 · below|within|above' },
    followers: {
      en: 'Follower count, e.g. 12.5万, 3.4만, 1.2M',
      ja: 'フォロワー数（12.5万、3.4만、1.2Mなど）',
      ko: '팔로워 수 (12.5万, 3.4만, 1.2M 등)',
    },
    er: { en: 'Engagement rate, 0.032 or 3.2%', ja: 'エンゲージメント率（0.032 または 3.2%）', ko: '참여율 (0.032 또는 3.2%)' },
    preset: {
      en: '"seed" (default), "instagram", "tiktok", or a range of rows: min followers, tier, low ER, high ER',
      ja: '"seed"（既定）、"instagram"、"tiktok"、または範囲（最小フォロワー数, ティア名, ER下限, ER上限）',
      ko: '"seed"(기본), "instagram", "tiktok" 또는 범위(최소 팔로워, 티어, ER 하한, ER 상한)',
    },
  },
  COMMENT_INTENT: {
    summary: {
      en: 'Classifies comments as purchase_intent, low_quality, spam or other (Japanese, Korean, English). mode: "label" (default), "share" (purchase-intent share of the non-blank comments), "score" (0–1), "reason".',
      ja: 'コメントを purchase_intent / low_quality / spam / other に分類（日本語・韓国語・英語）。mode："label"（既定）、"share"（空白以外のうち購入意向の割合）、"score"（0〜1）、"reason"（判定の手がかり）。',
      ko: '댓글을 purchase_intent / low_quality / spam / other로 분류합니다(일본어·한국어·영어). mode: "label"(기본), "share"(빈칸이 아닌 댓글 중 구매 의향 비율), "score"(0~1), "reason"(판정 근거).',
    },
    returns: { en: 'label, share, score or reason', ja: 'ラベル、割合、スコアまたは理由', ko: '라벨, 비율, 점수 또는 이유' },
    comments: { en: 'A comment or a range of comments', ja: 'コメント、またはコメントの範囲', ko: '댓글 또는 댓글 범위' },
    mode: {
      en: '"label", "share", "score" or "reason"',
      ja: '"label"、"share"、"score"、"reason"',
      ko: '"label", "share", "score", "reason"',
    },
  },
  ACTION_RATE: {
    summary: {
      en: 'Depth of engagement: (saves + shares) ÷ base (views or reach, per post). weights: 2 cells (saves, shares), or 4 (likes, comments, saves, shares) with a 4-column first range, for a weighted engagement rate. No default weights other than 1 and 1.',
      ja: '行動率：(保存 + シェア) ÷ 基数（1投稿あたりの再生数またはリーチ）。weights：2セル（保存, シェア）、または4セル（いいね, コメント, 保存, シェア。第1引数を4列の範囲に）で重み付きエンゲージメント率。既定の重みは1と1のみ。',
      ko: '행동률: (저장 + 공유) ÷ 기준(게시물당 조회수 또는 도달). weights: 2칸(저장, 공유) 또는 4칸(좋아요, 댓글, 저장, 공유, 첫 인수는 4열 범위)으로 가중 참여율. 기본 가중치는 1과 1뿐입니다.',
    },
    returns: { en: 'actions per view (or per reach)', ja: '再生（またはリーチ）あたりの行動数', ko: '조회(또는 도달)당 행동 수' },
    saves: {
      en: 'Saves per post (or a 4-column range likes, comments, saves, shares with 4 weights)',
      ja: '1投稿あたりの保存数（4つの重みなら いいね・コメント・保存・シェアの4列）',
      ko: '게시물당 저장 수 (가중치 4개면 좋아요·댓글·저장·공유 4열)',
    },
    shares: { en: 'Shares (and sends) per post', ja: '1投稿あたりのシェア（送信）数', ko: '게시물당 공유(전송) 수' },
    base: {
      en: 'Views or reach per post, > 0',
      ja: '1投稿あたりの再生数またはリーチ（0より大きい）',
      ko: '게시물당 조회수 또는 도달 (0보다 큼)',
    },
    weights: {
      en: 'A range of 2 weights (saves, shares) or 4 (likes, comments, saves, shares)',
      ja: '重みの範囲：2つ（保存, シェア）または4つ（いいね, コメント, 保存, シェア）',
      ko: '가중치 범위: 2개(저장, 공유) 또는 4개(좋아요, 댓글, 저장, 공유)',
    },
  },
  INTENT_SHARE: {
    summary: {
      en: "Each roster creator's purchase-intent comment share, from a sheet of comments with a creator column (handles or profile URLs, matched like the shortlist's duplicates). Blank when the creator has fewer than min_comments comments (default 1).",
      ja: 'コメントシート（クリエイター列はアカウントまたはプロフィールURL）から、名簿の各クリエイターの購入意向コメント率を求めます。コメントが min_comments 件（既定1）未満なら空白。',
      ko: '댓글 시트(크리에이터 열은 계정 또는 프로필 URL)에서 명단의 각 크리에이터의 구매 의향 댓글 비율을 구합니다. 댓글이 min_comments개(기본 1) 미만이면 빈칸.',
    },
    returns: { en: 'share 0–1 per roster handle', ja: '名簿のアカウントごとの割合（0〜1）', ko: '명단 계정별 비율 (0~1)' },
    comments: { en: 'The comments column of the comments sheet', ja: 'コメントシートのコメント列', ko: '댓글 시트의 댓글 열' },
    comment_handles: {
      en: 'The creator of each comment (same size as comments)',
      ja: '各コメントのクリエイター（comments と同じ大きさ）',
      ko: '각 댓글의 크리에이터 (comments와 같은 크기)',
    },
    roster_handles: {
      en: "The roster's handles: one share per handle",
      ja: '名簿のアカウント列（アカウントごとに1つの割合）',
      ko: '명단의 계정 열 (계정마다 비율 1개)',
    },
    min_comments: {
      en: 'Fewer comments than this give a blank (default 1; the shortlist marks under 10 as estimated)',
      ja: 'これ未満のコメント数なら空白（既定1。ショートリストは10件未満を推定扱い）',
      ko: '이보다 댓글이 적으면 빈칸 (기본 1, 숏리스트는 10개 미만을 추정으로 표시)',
    },
  },
  CAMPAIGN_VERDICT: {
    summary: {
      en: 'After a campaign: whether to book the creator again, by the decision table of the evaluation (CPV = fee ÷ actual views against the cap, ROAS = revenue ÷ fee against the target). Blank views or revenue give "No data", never a guess.',
      ja: 'キャンペーン後、次回も起用するかの判定（成果評価と同じ判定表：CPV = 費用 ÷ 実績再生数 を上限と、ROAS = 売上 ÷ 費用 を目標と比較）。再生数や売上が空欄なら「データなし」。',
      ko: '캠페인 후 다음에도 기용할지 판정 (성과 평가와 같은 판정표: CPV = 비용 ÷ 실제 조회수를 상한과, ROAS = 매출 ÷ 비용을 목표와 비교). 조회수나 매출이 비어 있으면 "데이터 없음".',
    },
    returns: {
      en: "Rebook, Rebook at a lower fee, Rebook with changes, Do not rebook or No data (in the spreadsheet's language)",
      ja: '再起用／費用を下げて再起用／内容を変えて再起用／再起用しない／データなし',
      ko: '재기용/비용을 낮춰 재기용/내용을 바꿔 재기용/재기용하지 않음/데이터 없음',
    },
    fee: {
      en: 'The fee paid, e.g. 300000 or "¥300,000"',
      ja: '支払った費用（例：300000、"30万円"）',
      ko: '지급한 비용 (예: 300000, "30만원")',
    },
    actual_views: {
      en: 'Actual views of the post, e.g. 200000 or "20万"',
      ja: '実績再生数（例：200000、"20万"）',
      ko: '실제 조회수 (예: 200000, "20만")',
    },
    revenue: {
      en: 'Revenue attributed to the post (code or link)',
      ja: '投稿経由の売上（クーポンコード・リンク）',
      ko: '게시물을 통한 매출 (쿠폰 코드·링크)',
    },
    cap: { en: 'CPV cap, > 0, e.g. 2', ja: 'CPV上限（0より大きい、例：2）', ko: 'CPV 상한 (0보다 큼, 예: 2)' },
    min_roas: {
      en: 'Target ROAS, default 1 (revenue covers the fee)',
      ja: '目標ROAS（既定 1：売上が費用を回収）',
      ko: '목표 ROAS (기본 1: 매출이 비용을 회수)',
    },
  },
} satisfies Record<string, Record<string, Entry>>;

// ---------------------------------------------------------------------------
// The sidebar (moved from sidebar/i18n.ts). The server decides the language
// (ShortlistContext.locale); before it answers, the browser's (localeOf).

export const SIDEBAR_LABELS = (<const>{
  title: { en: 'Build a shortlist', ja: 'ショートリスト作成', ko: '숏리스트 만들기' },
  lead: {
    en: 'Cut by a CPV cap first, then the best mix of reach and empathy creators within the budget.',
    ja: 'まずCPV上限で足切りし、予算内で拡散（リーチ）と共感（マイクロ・ナノ）を最適に組み合わせます。',
    ko: '먼저 CPV 상한으로 거른 뒤, 예산 안에서 확산(도달)과 공감(마이크로·나노)을 최적으로 조합합니다.',
  },
  loading: { en: 'Loading…', ja: '読み込み中…', ko: '불러오는 중…' },
  reload: { en: 'Reload the sheet', ja: 'シートを再読み込み', ko: '시트 다시 읽기' },

  // Roster and columns
  rosterSheet: SETTING_NAMES.rosterSheet,
  noRoster: {
    en: 'No sheet to read. Add a sheet with your creator list (a header row with fee, followers and views).',
    ja: '読み込めるシートがありません。インフルエンサー名簿（費用・フォロワー数・再生数の見出し行）のシートを追加してください。',
    ko: '읽을 시트가 없습니다. 인플루언서 명단(비용·팔로워 수·조회수 헤더 행)이 있는 시트를 추가해 주세요.',
  },
  columns: SETTING_NAMES.columns,
  columnsSummary: {
    en: '{found} of {all} found (header row {row})',
    ja: '{all}項目中{found}項目を検出（{row}行目が見出し）',
    ko: '{all}개 중 {found}개 감지 ({row}행이 헤더)',
  },
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
  unreadableRows: {
    en: '{n} rows could not be read (reasons after Run).',
    ja: '読めない行が{n}行あります（理由は実行後に表示）。',
    ko: '읽을 수 없는 행이 {n}개 있습니다(실행 후 이유 표시).',
  },

  // Rules
  rules: { en: 'Cut-off and budget', ja: '足切りと予算', ko: '컷오프와 예산' },
  cpvCap: SETTING_NAMES.cpvCap,
  cpvCapHint: { en: 'e.g. 2', ja: '例: 2', ko: '예: 2' },
  budget: SETTING_NAMES.budget,
  budgetHint: { en: 'e.g. 1,000,000', ja: '例: 100万', ko: '예: 1000만' },
  erFloor: {
    en: 'ER floor: skip creators whose ER is below their tier',
    ja: 'ER下限：ERがフォロワー帯の目安を下回る人を除外',
    ko: 'ER 하한: ER이 팔로워 구간 기준보다 낮은 사람 제외',
  },

  // Mix
  mix: { en: 'Reach and empathy mix', ja: '拡散・共感の配分', ko: '확산·공감 배분' },
  reachShare: withUnit(SETTING_NAMES.reachShare, '%'),
  reachHint: {
    en: 'Reach = 100k+ followers; empathy = micro/nano.',
    ja: '拡散＝フォロワー10万人以上、共感＝マイクロ・ナノ。',
    ko: '확산 = 팔로워 10만 이상, 공감 = 마이크로·나노.',
  },
  min: { en: 'min', ja: '最小', ko: '최소' },
  max: { en: 'max', ja: '最大', ko: '최대' },
  minEmpathy: SETTING_NAMES.minEmpathy,

  // More
  more: { en: 'More options', ja: 'その他の設定', ko: '기타 설정' },
  viewRate: withUnit(SETTING_NAMES.viewRate, '%'),
  viewRateHint: {
    en: 'Rows without views: followers × view rate.',
    ja: '再生数が空の行は「フォロワー数×再生率」で見積もります。',
    ko: '조회수가 없는 행은 팔로워 수×조회율로 추정합니다.',
  },
  cvr: withUnit(SETTING_NAMES.cvr, '%'),
  aov: SETTING_NAMES.aov,
  outputSheet: SETTING_NAMES.outputSheet,
  withUnit: UNIT,
  optional: { en: 'optional', ja: '任意', ko: '선택' },

  // Pre-simulation
  presim: { en: 'Preview', ja: '事前シミュレーション', ko: '사전 시뮬레이션' },
  presimNeedCap: {
    en: 'Enter a CPV cap to see who passes.',
    ja: 'CPV上限を入力すると通過人数を表示します。',
    ko: 'CPV 상한을 입력하면 통과 인원을 표시합니다.',
  },
  presimNoRows: {
    en: 'No rows with fee and views to preview.',
    ja: 'プレビューできる行（費用と再生数のある行）がありません。',
    ko: '미리볼 행(비용과 조회수가 있는 행)이 없습니다.',
  },
  presimUnreadable: {
    en: '“{value}” is not a number',
    ja: '「{value}」は数値として読めません',
    ko: '"{value}"은(는) 숫자로 읽을 수 없습니다',
  },
  passCap: { en: 'Within the cap: {pass} of {total}', ja: 'CPV上限内：{total}人中{pass}人', ko: 'CPV 상한 이내: {total}명 중 {pass}명' },
  passEr: { en: 'Also above the ER floor: {pass}', ja: 'ER下限も満たす：{pass}人', ko: 'ER 하한도 충족: {pass}명' },
  noViewsRows: {
    en: '{n} without views (set a view rate to include them)',
    ja: '再生数なし{n}人（再生率を入れると対象に含めます）',
    ko: '조회수 없음 {n}명(조회율을 넣으면 포함)',
  },
  estimate: { en: 'Estimate (cheapest CPV first)', ja: '概算（CPVの安い順に予算まで）', ko: '추정 (CPV 낮은 순으로 예산까지)' },
  peopleSplit: {
    en: '{count} (reach {reach} / empathy {empathy})',
    ja: '{count}人（拡散{reach}・共感{empathy}）',
    ko: '{count}명 (확산 {reach} · 공감 {empathy})',
  },
  estimateViews: { en: '{views} views · CPV {cpv}', ja: '{views}回再生・CPV {cpv}', ko: '조회 {views}회 · CPV {cpv}' },
  estimateNone: {
    en: 'Nobody within the cap fits the budget.',
    ja: '上限内で予算に収まる人がいません。',
    ko: '상한 이내에서 예산에 맞는 사람이 없습니다.',
  },
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
  spend: SHEET_WORDS.spend,
  ofBudget: { en: '{spend} of {budget}', ja: '{spend}（予算 {budget}）', ko: '{spend} (예산 {budget})' },
  views: { en: 'Views', ja: '想定再生数', ko: '예상 조회수' },
  blendedCpv: SHEET_WORDS.blendedCpv,
  reachSpend: { en: 'Reach share', ja: '拡散の費用比率', ko: '확산 비용 비율' },
  excluded: SHEET_WORDS.excluded,
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
  hideColumns: {
    en: 'Leave out (not shown to the client)',
    ja: '含めない列（クライアントに見せない）',
    ko: '제외할 열 (클라이언트에게 숨김)',
  },
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
    ko: "{where}에 있는 부가기능 수식을 현재 값으로 바꿉니다. 다른 수식은 그대로입니다. 되돌리려면 '파일 › 버전 기록'을 사용하세요.",
  },
  freezeConfirm: { en: 'Freeze', ja: '固定する', ko: '고정' },
  freezing: { en: 'Freezing…', ja: '固定中…', ko: '고정 중…' },
  wholeSheet: { en: 'all of “{sheet}”', ja: 'シート「{sheet}」全体', ko: '시트 "{sheet}" 전체' },
  frozenOne: {
    en: '1 formula frozen in {where}',
    ja: '{where}の数式1件を値に固定しました',
    ko: '{where}의 수식 1개를 값으로 고정했습니다',
  },
  frozenMany: {
    en: '{n} formulas frozen in {where}',
    ja: '{where}の数式{n}件を値に固定しました',
    ko: '{where}의 수식 {n}개를 값으로 고정했습니다',
  },
  frozenNone: {
    en: 'No add-on formulas in {where}; nothing changed.',
    ja: '{where}にアドオンの数式はありません。変更していません。',
    ko: '{where}에 부가기능 수식이 없습니다. 변경하지 않았습니다.',
  },
  badRange: {
    en: '“{range}” is not a range like A1:D10',
    ja: '「{range}」は範囲（例：A1:D10）として読めません',
    ko: '"{range}"은(는) 범위(예: A1:D10)로 읽을 수 없습니다',
  },
  noSuchSheet: { en: 'There is no sheet named “{name}”', ja: '「{name}」という名前のシートがありません', ko: '"{name}" 시트가 없습니다' },
}) satisfies Record<string, Entry>;

export type Label = keyof typeof SIDEBAR_LABELS;

// ---------------------------------------------------------------------------
// The KPI shortlist (issue 12): statuses, what kept a creator out, the objectives, the sidebar's KPI words.

/** The status of every roster row in the "all rows" section. */
export const STATUS_WORDS = {
  chosen: { en: 'Chosen', ja: '選定', ko: '선정' },
  chosenMust: { en: 'Chosen (must-include)', ja: '選定（必須）', ko: '선정(필수)' },
  excluded: { en: 'Excluded', ja: '除外', ko: '제외' },
  notChosen: { en: 'Eligible, not chosen', ja: '対象だが未選定', ko: '대상이나 미선정' },
} satisfies Record<string, Entry>;

/** What kept an eligible creator out of the selection. */
export const KEPT_OUT_WORDS = {
  budget: { en: 'Budget: the fee does not fit what is left', ja: '予算：残りの予算に収まらない', ko: '예산: 남은 예산에 들어가지 않음' },
  reachWindow: {
    en: 'Reach window: would push the reach share of spend out of its range',
    ja: '拡散枠：費用に占める拡散の比率が範囲外になる',
    ko: '확산 범위: 지출 중 확산 비율이 범위를 벗어남',
  },
  blendedCpv: { en: 'Blended CPV limit', ja: '全体CPVの上限', ko: '전체 CPV 상한' },
  lowerValue: {
    en: 'Lower value per yen than the last creator chosen',
    ja: '選定した最後のクリエイターより費用あたりのKPIが低い',
    ko: '마지막으로 선정된 크리에이터보다 비용당 KPI가 낮음',
  },
} satisfies Record<string, Entry>;

export const OBJECTIVE_WORDS = {
  views: { en: 'Views (reach)', ja: '再生数（拡散）', ko: '조회수(확산)' },
  actions: { en: 'Actions (saves + shares)', ja: '行動（保存＋シェア）', ko: '행동(저장＋공유)' },
  intent: { en: 'Purchase intent', ja: '購入意向', ko: '구매 의향' },
  revenue: { en: 'Revenue', ja: '売上', ko: '매출' },
} satisfies Record<string, Entry>;

export const OBJECTIVE_HINTS = {
  views: {
    en: 'Total expected views: the most people reached for the budget.',
    ja: '想定再生数の合計を最大化。予算内でできるだけ多くの人に届けます。',
    ko: '예상 조회수 합계를 최대화합니다. 예산 안에서 최대한 많은 사람에게 도달합니다.',
  },
  actions: {
    en: 'Expected saves + shares (+ sends): people who act, not only watch.',
    ja: '想定の保存＋シェア（＋送信）数を最大化。見るだけでなく行動する人を買います。',
    ko: '예상 저장＋공유(＋전송) 수를 최대화합니다. 보기만 하는 것이 아니라 행동하는 사람을 삽니다.',
  },
  intent: {
    en: "Views × the creator's purchase-intent comment share: expected buying signals.",
    ja: '再生数 × 購入意向コメント率。「どこで買えますか？」が多い人を優先します。',
    ko: '조회수 × 구매 의향 댓글 비율. "어디서 사요?"가 많은 사람을 우선합니다.',
  },
  revenue: {
    en: "Views × CVR × AOV: expected revenue (a creator's own measured CVR where recorded).",
    ja: '再生数 × CVR × 客単価＝想定売上（実績CVRがあればそれを使用）。',
    ko: '조회수 × CVR × 객단가 = 예상 매출 (실측 CVR이 있으면 사용).',
  },
} satisfies Record<string, Entry>;

/** Sidebar words for the KPI choice, must/exclude and the live exact pre-simulation. */
export const KPI_UI_WORDS = {
  useHistory: { en: 'Use History (past evaluations)', ja: '履歴（過去の評価）を使う', ko: '이력(지난 평가) 사용' },
  historyHint: {
    en: 'Leaves out creators last judged “do not rebook” (unless must-included); revenue uses their measured CVR.',
    ja: '前回「再起用しない」と評価したクリエイターを除外（必須指定を除く）。売上は実測CVRで計算します。',
    ko: '지난번 “재기용하지 않음”으로 평가한 크리에이터를 제외합니다(필수 지정 제외). 매출은 실측 CVR로 계산합니다.',
  },
  historyViews: { en: 'Expected views', ja: '想定再生数', ko: '예상 조회수' },
  historyViewsRoster: { en: "Roster's estimate", ja: '名簿の見込み', ko: '명단의 예상치' },
  historyViewsMedian: {
    en: 'Median of measured views (where History has them)',
    ja: '実測再生数の中央値（履歴がある場合）',
    ko: '실측 조회수의 중앙값(이력이 있는 경우)',
  },
  missingActions: {
    en: '{n} creators have no saves/shares data',
    ja: '保存・シェアのデータがないクリエイターが{n}人います',
    ko: '저장·공유 데이터가 없는 크리에이터가 {n}명 있습니다',
  },
  missingExclude: { en: 'Leave them out', ja: '除外する', ko: '제외' },
  missingMedian: {
    en: "Value them at their tier's median action rate",
    ja: 'ティアの中央値の行動率で見積もる',
    ko: '티어 중앙값 행동률로 추정',
  },
  commentsSheet: {
    en: 'Comments sheet (creator + comment columns)',
    ja: 'コメントシート（クリエイター列＋コメント列）',
    ko: '댓글 시트(크리에이터 열＋댓글 열)',
  },
  commentsNone: { en: "— roster's intent column —", ja: '— 名簿の購入意向列 —', ko: '— 명단의 구매 의향 열 —' },
  commentsRead: {
    en: '{comments} comments for {creators} creators ({estimated} with under {min}: estimated)',
    ja: '{creators}人分のコメント{comments}件（{min}件未満の{estimated}人は推定）',
    ko: '{creators}명의 댓글 {comments}건 ({min}건 미만 {estimated}명은 추정)',
  },
  mustInclude: { en: 'Must include (handles or URLs)', ja: '必ず入れる（アカウントまたはURL）', ko: '반드시 포함(계정 또는 URL)' },
  excludeList: { en: 'Exclude (handles or URLs)', ja: '除外する（アカウントまたはURL）', ko: '제외(계정 또는 URL)' },
  listHint: {
    en: 'One per line or separated by commas; a 確定/Must or 除外/NG column in the roster works too.',
    ja: '1行に1つ、またはカンマ区切り。名簿の「確定」「除外」列の印も使います。',
    ko: '한 줄에 하나 또는 쉼표로 구분. 명단의 "확정"/"제외" 열 표시도 사용합니다.',
  },
  blendedCpvMax: { en: 'Blended CPV at most', ja: '全体CPVの上限', ko: '전체 CPV 상한' },
  erPreset: { en: 'ER table', ja: 'ER基準表', ko: 'ER 기준표' },
  erPresetRange: { en: 'a range on a sheet (as ER_TIER)', ja: 'シート上の範囲（ER_TIERと同じ表）', ko: '시트의 범위(ER_TIER와 같은 표)' },
  exact: {
    en: 'Exact selection (what Run writes)',
    ja: '厳密な選定結果（実行で書き出す内容）',
    ko: '정확한 선정 결과(실행 시 기록되는 내용)',
  },
  estimateLarge: {
    en: 'Estimate: the roster is too large to solve exactly as you type; Run solves it exactly',
    ja: '推定：名簿が大きいため入力中は概算です。実行時に厳密に解きます',
    ko: '추정: 명단이 커서 입력 중에는 근사치입니다. 실행 시 정확히 풉니다',
  },
  unreadableLink: {
    en: 'See every row\'s status in the output\'s "All roster rows" section',
    ja: '出力シートの「名簿の全行」で各行の理由を確認できます',
    ko: '출력 시트의 "명단 전체 행"에서 각 행의 사유를 확인하세요',
  },
  notFound: {
    en: 'No selection found within the search limit (best bound {bound})',
    ja: '探索上限内で選定が見つかりません（上界 {bound}）',
    ko: '탐색 한도 내에서 선정을 찾지 못했습니다 (상한 {bound})',
  },
} satisfies Record<string, Entry>;

// ---- Words of the evaluation cycle: the results, evaluation and History sheets and the sidebar's Results tab ----

export const EVAL_WORDS = {
  // Results sheet columns (the header row; also read back through RESULT_ALIASES)
  creatorKey: { en: 'Creator key', ja: 'クリエイターキー', ko: '크리에이터 키' },
  handle: { en: 'Handle', ja: 'アカウント', ko: '계정' },
  platform: { en: 'Platform', ja: '媒体', ko: '플랫폼' },
  role: { en: 'Role', ja: '役割', ko: '역할' },
  plannedFee: { en: 'Planned fee', ja: '想定費用', ko: '예정 비용' },
  plannedViews: { en: 'Planned views', ja: '想定再生数', ko: '예상 조회수' },
  plannedCpv: { en: 'Planned CPV', ja: '想定CPV', ko: '예상 CPV' },
  posted: { en: 'Posted', ja: '投稿済み', ko: '게시 여부' },
  actualViews: { en: 'Actual views', ja: '実績再生数', ko: '실제 조회수' },
  clicks: { en: 'Clicks', ja: 'クリック数', ko: '클릭수' },
  orders: { en: 'Orders', ja: '注文数', ko: '구매수' },
  revenue: { en: 'Revenue', ja: '売上', ko: '매출' },
  actualFee: { en: 'Actual fee', ja: '実費用', ko: '실제 비용' },
  saves: { en: 'Saves', ja: '保存数', ko: '저장수' },
  shares: { en: 'Shares', ja: 'シェア数', ko: '공유수' },
  intent: { en: 'Purchase intent share', ja: '購入意向率', ko: '구매의향 비율' },
  yes: { en: 'yes', ja: 'はい', ko: '예' },
  no: { en: 'no', ja: 'いいえ', ko: '아니요' },
  resultsSheet: { en: 'Results', ja: '成果', ko: '성과' },
  evaluationSheet: { en: 'Evaluation', ja: '成果評価', ko: '성과 평가' },
  historySheet: { en: 'History', ja: '履歴', ko: '이력' },
  numberHelp: {
    en: 'A number, 0 or more (leave blank if unknown: blank is "no data", not zero)',
    ja: '0以上の数値（不明なら空欄のまま。空欄は0ではなく「データなし」）',
    ko: '0 이상의 숫자 (모르면 비워 두세요. 빈칸은 0이 아니라 "데이터 없음")',
  },
  rateHelp: { en: 'A share between 0% and 100%', ja: '0%〜100%の割合', ko: '0%~100% 사이의 비율' },
  postedHelp: { en: 'yes or no', ja: 'はい／いいえ', ko: '예/아니요' },
  planProtected: {
    en: 'The plan, written by the add-on: type the actuals in the columns to the right',
    ja: 'アドオンが書いた計画です。実績は右側の列に入力してください',
    ko: '부가기능이 작성한 계획입니다. 실적은 오른쪽 열에 입력하세요',
  },
  evaluationProtected: {
    en: 'Written by the add-on: evaluate again instead of editing',
    ja: 'アドオンが書き出したシートです。編集せず再評価してください',
    ko: '부가기능이 작성한 시트입니다. 편집하지 말고 다시 평가하세요',
  },
  historyProtected: {
    en: "The add-on's record of past evaluations, one row per campaign and creator",
    ja: 'アドオンが記録する過去の評価（キャンペーン×クリエイターごとに1行）',
    ko: '부가기능이 기록하는 과거 평가 (캠페인×크리에이터당 1행)',
  },

  // Evaluation sheet
  verdict: { en: 'Verdict', ja: '判定', ko: '판정' },
  reason: { en: 'Why', ja: '理由', ko: '이유' },
  fee: { en: 'Fee', ja: '費用', ko: '비용' },
  viewsRatio: { en: 'Views vs plan', ja: '再生数 実績/想定', ko: '조회수 실적/예상' },
  actualCpv: { en: 'Actual CPV', ja: '実績CPV', ko: '실제 CPV' },
  cpvRatio: { en: 'CPV vs plan', ja: 'CPV 実績/想定', ko: 'CPV 실적/예상' },
  cvrViews: { en: 'CVR (orders ÷ views)', ja: 'CVR（注文÷再生）', ko: 'CVR (구매÷조회)' },
  cvrClicks: { en: 'CVR (orders ÷ clicks)', ja: 'CVR（注文÷クリック）', ko: 'CVR (구매÷클릭)' },
  aov: { en: 'AOV', ja: '客単価', ko: '객단가' },
  roi: { en: 'ROI', ja: 'ROI', ko: 'ROI' },
  profitRoi: { en: 'Profit ROI', ja: '利益ROI', ko: '이익 ROI' },
  plannedRoi: { en: 'Planned ROI', ja: '想定ROI', ko: '예상 ROI' },
  roas: { en: 'ROAS', ja: 'ROAS', ko: 'ROAS' },
  actionRate: { en: 'Actions per view', ja: 'アクション率', ko: '액션율' },
  targetFee: { en: 'Fee to negotiate', ja: '交渉する費用', ko: '협상할 비용' },
  flag: { en: 'Flag', ja: '注意', ko: '주의' },
  noData: { en: 'no data', ja: 'データなし', ko: '데이터 없음' },
  totals: { en: 'Campaign totals', ja: 'キャンペーン合計', ko: '캠페인 합계' },
  campaign: { en: 'Campaign', ja: 'キャンペーン', ko: '캠페인' },
  creators: { en: 'Creators', ja: '人数', ko: '인원' },
  spend: { en: 'Spend', ja: '費用合計', ko: '총 비용' },
  totalViews: { en: 'Actual views', ja: '実績再生数合計', ko: '실제 조회수 합계' },
  blendedCpv: { en: 'Actual blended CPV', ja: '実績の全体CPV', ko: '실제 전체 CPV' },
  plannedBlendedCpv: { en: 'Planned blended CPV', ja: '想定の全体CPV', ko: '예상 전체 CPV' },
  cap: { en: 'CPV cap', ja: 'CPV上限', ko: 'CPV 상한' },
  vsCap: { en: 'Actual CPV ÷ cap', ja: '実績CPV÷上限', ko: '실제 CPV÷상한' },
  vsPlan: { en: 'Actual CPV ÷ plan', ja: '実績CPV÷想定', ko: '실제 CPV÷예상' },
  totalOrders: { en: 'Orders', ja: '注文数合計', ko: '구매수 합계' },
  totalRevenue: { en: 'Revenue', ja: '売上合計', ko: '매출 합계' },
  minRoas: { en: 'Target ROAS', ja: '目標ROAS', ko: '목표 ROAS' },
  missing: { en: 'Creators without data', ja: 'データ未入力の人数', ko: '데이터 미입력 인원' },
  missingViews: { en: '… without actual views', ja: '…うち実績再生数なし', ko: '…그중 실제 조회수 없음' },
  missingRevenue: { en: '… without revenue', ja: '…うち売上なし', ko: '…그중 매출 없음' },
  byVerdict: { en: 'Verdicts', ja: '判定の内訳', ko: '판정 내역' },
  count: { en: 'Count', ja: '人数', ko: '인원' },
  share: { en: 'Share', ja: '比率', ko: '비율' },
  chartTitle: { en: 'Planned vs actual CPV, with the cap', ja: '想定CPVと実績CPV（上限線つき）', ko: '예상 CPV와 실제 CPV (상한선 포함)' },
  date: { en: 'Date', ja: '日付', ko: '날짜' },
  verdictCode: { en: 'Verdict code', ja: '判定コード', ko: '판정 코드' },
  cvr: { en: 'CVR', ja: 'CVR', ko: 'CVR' },
  unreadableCell: {
    en: 'unreadable {cell}: {problem}',
    ja: '{cell}が読めません：{problem}',
    ko: '{cell}을(를) 읽을 수 없습니다: {problem}',
  },

  // Sidebar: the Results tab
  tabResults: { en: 'Results', ja: '成果', ko: '성과' },
  resultsTitle: { en: 'Plan against actuals', ja: '計画と実績の比較', ko: '계획 대비 실적' },
  resultsLead: {
    en: 'After the campaign: make a results sheet from the shortlist, type the actuals, then evaluate who to book again.',
    ja: 'キャンペーン後：ショートリストから成果シートを作り、実績を入力して、次回も起用すべきかを判定します。',
    ko: '캠페인 후: 숏리스트로 성과 시트를 만들고 실적을 입력한 뒤, 다음에도 기용할지 판정합니다.',
  },
  fromShortlist: { en: 'Shortlist', ja: 'ショートリスト', ko: '숏리스트' },
  campaignName: { en: 'Campaign name', ja: 'キャンペーン名', ko: '캠페인 이름' },
  createResults: { en: 'Create results sheet', ja: '成果シートを作成', ko: '성과 시트 만들기' },
  resultsCreated: {
    en: 'Results sheet "{sheet}": type the actuals, then evaluate.',
    ja: '成果シート「{sheet}」を作成しました。実績を入力してから判定してください。',
    ko: '성과 시트 "{sheet}"을(를) 만들었습니다. 실적을 입력한 뒤 판정하세요.',
  },
  resultsToEvaluate: { en: 'Results sheet to evaluate', ja: '判定する成果シート', ko: '판정할 성과 시트' },
  evaluate: { en: 'Evaluate', ja: '判定する', ko: '판정하기' },
  targetRoas: { en: 'Target ROAS (optional, default 1)', ja: '目標ROAS（任意、既定 1）', ko: '목표 ROAS (선택, 기본 1)' },
  marginLabel: { en: 'Margin (optional, e.g. 30%)', ja: '利益率（任意、例 30%）', ko: '이익률 (선택, 예 30%)' },
  openEvaluation: { en: 'Open the evaluation sheet', ja: '評価シートを開く', ko: '평가 시트 열기' },
  noResultsSheets: {
    en: 'No results sheet yet: create one from a shortlist, or add a sheet with actuals.',
    ja: '成果シートがまだありません。ショートリストから作成するか、実績のシートを追加してください。',
    ko: '아직 성과 시트가 없습니다. 숏리스트로 만들거나 실적 시트를 추가하세요.',
  },
  summaryLine: {
    en: '{n} creators · spend {spend} · CPV {cpv} (cap {cap}) · ROAS {roas}',
    ja: '{n}人・費用{spend}・CPV {cpv}（上限{cap}）・ROAS {roas}',
    ko: '{n}명 · 비용 {spend} · CPV {cpv} (상한 {cap}) · ROAS {roas}',
  },
  missingLine: {
    en: '{n} without data (not counted as zero)',
    ja: '{n}人はデータなし（0としては数えません）',
    ko: '{n}명은 데이터 없음 (0으로 세지 않음)',
  },
  invalidNumber: { en: 'Not a number', ja: '数値として読めません', ko: '숫자로 읽을 수 없습니다' },
} satisfies Record<string, Entry>;

export type EvalWord = keyof typeof EVAL_WORDS;

export function evalWord(key: EvalWord, locale: Locale, params: Params = {}): string {
  return EVAL_WORDS[key][locale].replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

// The decision table's outcomes and their reasons (see src/core/evaluate/verdict.ts).
export const VERDICT_NAMES = {
  rebook: { en: 'Rebook', ja: '再起用', ko: '재기용' },
  rebookLowerFee: { en: 'Rebook at a lower fee', ja: '費用を下げて再起用', ko: '비용을 낮춰 재기용' },
  rebookWithChanges: { en: 'Rebook with changes', ja: '内容を変えて再起用', ko: '내용을 바꿔 재기용' },
  doNotRebook: { en: 'Do not rebook', ja: '再起用しない', ko: '재기용하지 않음' },
  notPosted: { en: 'Not posted', ja: '未投稿', ko: '미게시' },
  noData: { en: 'No data', ja: 'データなし', ko: '데이터 없음' },
} satisfies Record<string, Entry>;

export const VERDICT_REASONS = {
  rebook: {
    en: 'CPV {cpv} within the cap {cap} and ROAS {roas} at or above {min}',
    ja: 'CPV {cpv}は上限{cap}以内、ROAS {roas}は目標{min}以上',
    ko: 'CPV {cpv}은(는) 상한 {cap} 이내, ROAS {roas}은(는) 목표 {min} 이상',
  },
  rebookLowerFee: {
    en: 'It sold (ROAS {roas} ≥ {min}) but CPV {cpv} is over the cap {cap}: negotiate the fee to {fee} (cap × actual views)',
    ja: '売れた（ROAS {roas} ≥ {min}）がCPV {cpv}は上限{cap}超過：費用{fee}（上限×実績再生数）で交渉',
    ko: '판매는 됐지만(ROAS {roas} ≥ {min}) CPV {cpv}이(가) 상한 {cap} 초과: 비용 {fee}(상한×실제 조회수)로 협상',
  },
  rebookWithChanges: {
    en: 'Views delivered, sales did not: CPV {cpv} within the cap {cap} but ROAS {roas} below {min}; change the offer, link or product',
    ja: '再生は回ったけどCVは？ CPV {cpv}は上限{cap}以内、ROAS {roas}は目標{min}未満：訴求・導線・商品を見直して再起用',
    ko: '조회는 나왔지만 전환은? CPV {cpv}은(는) 상한 {cap} 이내, ROAS {roas}은(는) 목표 {min} 미만: 소구점·링크·상품을 바꿔 재기용',
  },
  doNotRebook: {
    en: 'CPV {cpv} over the cap {cap} and ROAS {roas} below {min}',
    ja: 'CPV {cpv}は上限{cap}超過、ROAS {roas}も目標{min}未満',
    ko: 'CPV {cpv}이(가) 상한 {cap} 초과, ROAS {roas}도 목표 {min} 미만',
  },
  notPosted: {
    en: 'Not posted: no verdict until it is',
    ja: '未投稿：投稿されるまで判定しません',
    ko: '미게시: 게시될 때까지 판정하지 않습니다',
  },
  noData: {
    en: 'No data: {missing} not entered (blank is not zero)',
    ja: 'データなし：{missing}が未入力（空欄は0ではありません）',
    ko: '데이터 없음: {missing} 미입력 (빈칸은 0이 아닙니다)',
  },
  engagementFlag: {
    en: 'High engagement, low return: {rate} actions per view but ROAS {roas} below {min}',
    ja: 'エンゲージメントは高いけど、費用対効果は？ アクション率{rate}、ROAS {roas}は目標{min}未満',
    ko: '참여는 높지만 비용 대비 효과는? 액션율 {rate}, ROAS {roas}은(는) 목표 {min} 미만',
  },
} satisfies Record<string, Entry>;
