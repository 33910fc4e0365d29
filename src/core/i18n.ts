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
