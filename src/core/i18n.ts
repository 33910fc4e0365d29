// Messages users see, in the three languages of our users. One table, so a
// new message cannot exist in one language only (the type checks it).

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

export const MESSAGES = {
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
  revenueNeedsAov: {
    en: 'the revenue objective needs the AOV and a CVR (the campaign\'s, or creators\' measured CVR)',
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
  internal: {
    en: 'an unexpected problem stopped {detail}; nothing was changed. Please try again or report it',
    ja: '{detail}で予期しない問題が発生しました。変更はしていません。もう一度試すか、ご報告ください',
    ko: '{detail} 중 예기치 않은 문제가 발생했습니다. 변경된 내용은 없습니다. 다시 시도하거나 신고해 주세요',
  },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof MESSAGES;
export type Params = Record<string, string | number>;

// Kinds of numbers as named inside messages.
export const KIND_NAMES: Record<string, Entry> = {
  count: { en: 'count', ja: '件数・人数', ko: '수' },
  money: { en: 'money amount', ja: '金額', ko: '금액' },
  rate: { en: 'rate', ja: '率', ko: '비율' },
  number: { en: 'number', ja: '数値', ko: '숫자' },
};

export function format(code: MessageCode, params: Params, locale: Locale): string {
  const template = MESSAGES[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = params[key];
    if (v === undefined) return `{${key}}`;
    if (key === 'kind' && typeof v === 'string' && KIND_NAMES[v]) return KIND_NAMES[v][locale];
    return String(v);
  });
}

/** An error about the user's input: carries a code so each adapter can say it in the user's language. */
export class InputError extends Error {
  readonly code: MessageCode;
  readonly params: Params;
  constructor(code: MessageCode, params: Params = {}) {
    // A user's bad value, not a bug: no stack to capture (that is most of the
    // cost when 100,000 cells of a range are each refused).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(format(code, params, 'en'));
    Error.stackTraceLimit = limit;
    this.name = 'InputError';
    this.code = code;
    this.params = params;
  }
  localized(locale: Locale): string {
    return format(this.code, this.params, locale);
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
 * Any thrown thing to a user-facing text. Internal errors (a TypeError from a
 * bug) never show their raw text: the user learns where it happened, not how.
 */
export function messageOf(err: unknown, locale: Locale, where: string): string {
  if (err instanceof InputError) return err.localized(locale);
  return format('internal', { detail: where }, locale);
}

// ---- The shortlist: output-sheet words, reasons, statuses and the KPI choice (issue 12) ----
// One table for the output sheet and the sidebar, so the same thing has the same name in both.

export const SHORTLIST_WORDS = {
  role: { en: 'Role', ja: '役割', ko: '역할' },
  handle: { en: 'Handle', ja: 'アカウント', ko: '계정' },
  platform: { en: 'Platform', ja: '媒体', ko: '플랫폼' },
  tier: { en: 'Tier', ja: 'ティア', ko: '티어' },
  followers: { en: 'Followers', ja: 'フォロワー数', ko: '팔로워' },
  views: { en: 'Expected views', ja: '想定再生数', ko: '예상 조회수' },
  fee: { en: 'Fee', ja: '費用', ko: '비용' },
  cpv: { en: 'CPV', ja: 'CPV', ko: 'CPV' },
  er: { en: 'ER', ja: 'ER', ko: 'ER' },
  verdict: { en: 'ER verdict', ja: 'ER判定', ko: 'ER 판정' },
  roi: { en: 'ROI', ja: 'ROI', ko: 'ROI' },
  row: { en: 'Roster row', ja: '名簿の行', ko: '명단 행' },
  totals: { en: 'Totals', ja: '合計', ko: '합계' },
  spend: { en: 'Spend', ja: '費用合計', ko: '총 비용' },
  remaining: { en: 'Remaining budget', ja: '残り予算', ko: '남은 예산' },
  totalViews: { en: 'Total expected views', ja: '想定再生数合計', ko: '예상 조회수 합계' },
  blendedCpv: { en: 'Blended CPV', ja: '全体CPV', ko: '전체 CPV' },
  budget: { en: 'Budget', ja: '予算', ko: '예산' },
  cap: { en: 'CPV cap', ja: 'CPV上限', ko: 'CPV 상한' },
  creators: { en: 'Creators', ja: '人数', ko: '인원' },
  share: { en: 'Share of spend', ja: '費用比率', ko: '비용 비율' },
  shareOfBudget: { en: 'Share of budget', ja: '予算比率', ko: '예산 비율' },
  spendByRole: { en: 'Spend by role', ja: '役割別の費用', ko: '역할별 비용' },
  excluded: { en: 'Excluded', ja: '除外', ko: '제외' },
  reason: { en: 'Reason', ja: '理由', ko: '사유' },
  count: { en: 'Count', ja: '件数', ko: '건수' },
  closest: { en: 'Closest to passing', ja: 'あと少しで通過', ko: '통과에 가장 가까운 행' },
  detail: { en: 'Detail', ja: '詳細', ko: '상세' },
  estimated: { en: ' (est.)', ja: '（推定）', ko: ' (추정)' },
  objective: { en: 'Objective (KPI)', ja: '目的（KPI）', ko: '목표(KPI)' },
  value: { en: 'Objective value', ja: 'KPI値', ko: 'KPI 값' },
  totalValue: { en: 'Total objective value', ja: 'KPI合計', ko: 'KPI 합계' },
  intentShare: { en: 'Purchase-intent share', ja: '購入意向コメント率', ko: '구매 의향 댓글 비율' },
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
export type ShortlistWord = keyof typeof SHORTLIST_WORDS;

/** A shortlist word in a language, with {name} placeholders filled. */
export function shortlistWord(key: ShortlistWord, locale: Locale, params: Params = {}): string {
  return SHORTLIST_WORDS[key][locale].replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

export const ROLE_WORDS = {
  reach: { en: 'Reach', ja: '拡散（リーチ）', ko: '확산(도달)' },
  empathy: { en: 'Empathy', ja: '共感', ko: '공감' },
} satisfies Record<string, Entry>;

/** Why a roster row was not a candidate (keys are the roster's and the shortlist's exclusion reasons). */
export const REASON_WORDS = {
  duplicate: { en: 'Duplicate (same handle and platform)', ja: '重複（同じアカウント・媒体）', ko: '중복(같은 계정·플랫폼)' },
  unreadable: { en: 'Unreadable value', ja: '読み取れない値', ko: '읽을 수 없는 값' },
  noFee: { en: 'No fee', ja: '費用なし', ko: '비용 없음' },
  noViews: { en: 'No views', ja: '再生数なし', ko: '조회수 없음' },
  noFollowers: { en: 'No followers', ja: 'フォロワー数なし', ko: '팔로워 없음' },
  overCap: { en: 'CPV over cap', ja: 'CPVが上限超過', ko: 'CPV 상한 초과' },
  erBelow: { en: 'ER below tier band', ja: 'ERがティアの基準未満', ko: 'ER이 티어 기준 미만' },
  userExcluded: { en: 'Excluded by you', ja: 'ユーザー指定で除外', ko: '사용자 지정 제외' },
  noActions: { en: 'No saves/shares data', ja: '保存・シェアのデータなし', ko: '저장·공유 데이터 없음' },
} satisfies Record<string, Entry>;

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
  reachWindow: { en: 'Reach window: would push the reach share of spend out of its range', ja: '拡散枠：費用に占める拡散の比率が範囲外になる', ko: '확산 범위: 지출 중 확산 비율이 범위를 벗어남' },
  blendedCpv: { en: 'Blended CPV limit', ja: '全体CPVの上限', ko: '전체 CPV 상한' },
  lowerValue: { en: 'Lower value per yen than the last creator chosen', ja: '選定した最後のクリエイターより費用あたりのKPIが低い', ko: '마지막으로 선정된 크리에이터보다 비용당 KPI가 낮음' },
} satisfies Record<string, Entry>;

export const OBJECTIVE_WORDS = {
  views: { en: 'Views (reach)', ja: '再生数（拡散）', ko: '조회수(확산)' },
  actions: { en: 'Actions (saves + shares)', ja: '行動（保存＋シェア）', ko: '행동(저장＋공유)' },
  intent: { en: 'Purchase intent', ja: '購入意向', ko: '구매 의향' },
  revenue: { en: 'Revenue', ja: '売上', ko: '매출' },
} satisfies Record<string, Entry>;

export const OBJECTIVE_HINTS = {
  views: { en: 'Total expected views: the most people reached for the budget.', ja: '想定再生数の合計を最大化。予算内でできるだけ多くの人に届けます。', ko: '예상 조회수 합계를 최대화합니다. 예산 안에서 최대한 많은 사람에게 도달합니다.' },
  actions: { en: 'Expected saves + shares (+ sends): people who act, not only watch.', ja: '想定の保存＋シェア（＋送信）数を最大化。見るだけでなく行動する人を買います。', ko: '예상 저장＋공유(＋전송) 수를 최대화합니다. 보기만 하는 것이 아니라 행동하는 사람을 삽니다.' },
  intent: { en: 'Views × the creator\'s purchase-intent comment share: expected buying signals.', ja: '再生数 × 購入意向コメント率。「どこで買えますか？」が多い人を優先します。', ko: '조회수 × 구매 의향 댓글 비율. "어디서 사요?"가 많은 사람을 우선합니다.' },
  revenue: { en: 'Views × CVR × AOV: expected revenue (a creator\'s own measured CVR where recorded).', ja: '再生数 × CVR × 客単価＝想定売上（実績CVRがあればそれを使用）。', ko: '조회수 × CVR × 객단가 = 예상 매출 (실측 CVR이 있으면 사용).' },
} satisfies Record<string, Entry>;

/** Sidebar words for the KPI choice, must/exclude and the live exact pre-simulation. */
export const KPI_UI_WORDS = {
  missingActions: { en: '{n} creators have no saves/shares data', ja: '保存・シェアのデータがないクリエイターが{n}人います', ko: '저장·공유 데이터가 없는 크리에이터가 {n}명 있습니다' },
  missingExclude: { en: 'Leave them out', ja: '除外する', ko: '제외' },
  missingMedian: { en: 'Value them at their tier\'s median action rate', ja: 'ティアの中央値の行動率で見積もる', ko: '티어 중앙값 행동률로 추정' },
  commentsSheet: { en: 'Comments sheet (creator + comment columns)', ja: 'コメントシート（クリエイター列＋コメント列）', ko: '댓글 시트(크리에이터 열＋댓글 열)' },
  commentsNone: { en: '— roster\'s intent column —', ja: '— 名簿の購入意向列 —', ko: '— 명단의 구매 의향 열 —' },
  commentsRead: { en: '{comments} comments for {creators} creators ({estimated} with under {min}: estimated)', ja: '{creators}人分のコメント{comments}件（{min}件未満の{estimated}人は推定）', ko: '{creators}명의 댓글 {comments}건 ({min}건 미만 {estimated}명은 추정)' },
  mustInclude: { en: 'Must include (handles or URLs)', ja: '必ず入れる（アカウントまたはURL）', ko: '반드시 포함(계정 또는 URL)' },
  excludeList: { en: 'Exclude (handles or URLs)', ja: '除外する（アカウントまたはURL）', ko: '제외(계정 또는 URL)' },
  listHint: { en: 'One per line or separated by commas; a 確定/Must or 除外/NG column in the roster works too.', ja: '1行に1つ、またはカンマ区切り。名簿の「確定」「除外」列の印も使います。', ko: '한 줄에 하나 또는 쉼표로 구분. 명단의 "확정"/"제외" 열 표시도 사용합니다.' },
  blendedCpvMax: { en: 'Blended CPV at most', ja: '全体CPVの上限', ko: '전체 CPV 상한' },
  erPreset: { en: 'ER table', ja: 'ER基準表', ko: 'ER 기준표' },
  erPresetRange: { en: 'a range on a sheet (as ER_TIER)', ja: 'シート上の範囲（ER_TIERと同じ表）', ko: '시트의 범위(ER_TIER와 같은 표)' },
  exact: { en: 'Exact selection (what Run writes)', ja: '厳密な選定結果（実行で書き出す内容）', ko: '정확한 선정 결과(실행 시 기록되는 내용)' },
  estimateLarge: { en: 'Estimate: the roster is too large to solve exactly as you type; Run solves it exactly', ja: '推定：名簿が大きいため入力中は概算です。実行時に厳密に解きます', ko: '추정: 명단이 커서 입력 중에는 근사치입니다. 실행 시 정확히 풉니다' },
  unreadableLink: { en: 'See every row\'s status in the output\'s "All roster rows" section', ja: '出力シートの「名簿の全行」で各行の理由を確認できます', ko: '출력 시트의 "명단 전체 행"에서 각 행의 사유를 확인하세요' },
  reachOfSpend: { en: 'Reach share of spend (%)', ja: '拡散枠の費用比率（%）', ko: '확산 지출 비율 (%)' },
  notFound: { en: 'No selection found within the search limit (best bound {bound})', ja: '探索上限内で選定が見つかりません（上界 {bound}）', ko: '탐색 한도 내에서 선정을 찾지 못했습니다 (상한 {bound})' },
} satisfies Record<string, Entry>;

/** Names of the roster fields added for the KPI shortlist (the sidebar's column mapping). */
export const KPI_FIELD_WORDS = {
  sends: { en: 'Sends', ja: '送信', ko: '전송' },
  must: { en: 'Must include', ja: '確定・必須', ko: '확정' },
  exclude: { en: 'Exclude', ja: '除外・NG', ko: '제외' },
} satisfies Record<string, Entry>;
