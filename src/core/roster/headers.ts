// The one table of roster header aliases (Japanese, Korean, English), as
// exported by the tools marketers use and as typed by hand, and the search
// for the header row.

import { cellText } from '../grid';
import { InputError, show } from '../i18n';
import { nfkc } from '../parse';

/** Any UTF-16 code unit above 0x7f: an alias in kana, hangul or CJK is distinctive from two characters. */
const NON_ASCII = /[\u0080-\uffff]/;

export const FIELDS = [
  'handle',
  'platform',
  'followers',
  'views',
  'fee',
  'er',
  'likes',
  'comments',
  'saves',
  'shares',
  'intent',
  'sends',
  'must',
  'exclude',
] as const;
export type Field = (typeof FIELDS)[number];

// Aliases in order of preference, written already normalised (see norm()).
// A leading "=" marks an alias matched only as the whole header ("Rate" is a
// fee, but "Engagement rate" must not become one).
export const ALIASES: Record<Field, readonly string[]> = {
  handle: [
    'handle',
    'username',
    'アカウント',
    'アカウント名',
    'ユーザー名',
    'ユーザーネーム',
    'インスタid',
    'インスタグラムid',
    'instagramid',
    'tiktokid',
    'igid',
    '계정',
    '계정명',
    '아이디',
    'account',
    'instagramhandle',
    'tiktokhandle',
    'creator',
    'influencer',
    'インフルエンサー',
    'インフルエンサー名',
    '인플루언서',
    '인플루언서명',
    'チャンネル名',
    '채널명',
    'channel',
    'name',
    '名前',
    '氏名',
    '이름',
    '닉네임',
    'nickname',
  ],
  platform: ['platform', '媒体', 'sns', 'プラットフォーム', '플랫폼', '매체', 'network', 'socialnetwork', 'channeltype'],
  followers: [
    'followers',
    'フォロワー数',
    'フォロワー',
    '팔로워',
    '팔로워수',
    'followercount',
    'subscribers',
    '登録者数',
    'チャンネル登録者数',
    '구독자',
    '구독자수',
    'fans',
    'audience',
    'audiencesize',
  ],
  views: [
    'avgviews',
    'averageviews',
    'medianviews',
    'expectedviews',
    'estviews',
    'estimatedviews',
    '平均再生数',
    '想定再生数',
    '期待再生数',
    '再生数',
    '平均視聴回数',
    '視聴回数',
    '평균조회수',
    '예상조회수',
    '조회수',
    'views',
    'videoviews',
    'avgplays',
    'plays',
    'viewcount',
  ],
  fee: [
    'fee',
    '費用',
    '単価',
    '報酬',
    '金額',
    '料金',
    'ギャラ',
    '見積額',
    '見積金額',
    '契約金額',
    '광고비',
    '비용',
    '단가',
    '금액',
    '원고료',
    'cost',
    'price',
    'ratecard',
    '=rate',
    '=fees',
  ],
  er: [
    'er',
    'engagementrate',
    'エンゲージメント率',
    'エンゲージメント',
    '참여율',
    '인게이지먼트율',
    '인게이지먼트',
    '반응률',
    'engagement',
    'engrate',
    'avger',
  ],
  likes: ['likes', 'いいね数', 'いいね', '좋아요', '좋아요수', 'avglikes'],
  comments: ['comments', 'コメント数', 'コメント', '댓글', '댓글수', 'avgcomments'],
  saves: ['saves', '保存数', '保存', '저장', '저장수'],
  shares: ['shares', 'シェア数', 'シェア', '공유', '공유수'],
  intent: [
    'purchaseintent',
    'intentshare',
    'commentintent',
    '購入意向',
    '購入意向率',
    '구매의향',
    '구매의향비율',
    '=intent',
    '購買意欲',
    '購入意向コメント率',
  ],
  sends: ['sends', '送信数', '送信', '=dm送信', '전송', '전송수', 'avgsends'],
  // Marks a planner types in a column: exact headers only ("確定金額" is a fee).
  must: ['=確定', '=必須', '=확정', '=필수', '=must', '=mustinclude', '=mustin'],
  exclude: ['=除外', '=ng', '=제외', '=exclude', '=excluded'],
};

// Headers that contain a field's alias but mean something else: "再生単価" is a
// CPV, not a fee; "エンゲージメント数" is a count, not a rate; "再生率" a rate,
// not views. Tested on the normalised header.
const NOT: Partial<Record<Field, RegExp>> = {
  fee: /cpv|cpm|cpe|cpc|再生単価|視聴単価|1再生|perview|per1000|조회당|단가cpv/,
  views: /率|rate|単価|당|cpv|増加|growth|증가/,
  followers: /増加|増減|growth|증가|change|率|rate/,
  er: /数$|count|engagements$|수$|件数/,
  likes: /率|rate/,
  comments: /率|rate|例|内容|text|본문|내용/,
};

// Fields are matched most specific first, so "コメント購入意向" is the intent
// column, not the comments column, and "Name" is taken last.
const MATCH_ORDER: readonly Field[] = [
  'intent',
  'views',
  'fee',
  'followers',
  'er',
  'likes',
  'comments',
  'saves',
  'shares',
  'sends',
  'must',
  'exclude',
  'platform',
  'handle',
];

/** Header text to its comparable form: width-folded, lower-case, without units in brackets, spaces or punctuation. */
export function norm(header: unknown): string {
  return nfkc(cellText(header))
    .toLowerCase()
    .replace(/[([{（【「][^)\]}）】」]*[)\]}）】」]/g, '')
    .replace(/[\s_\-・.:：/#|%％*]+/g, '');
}

export interface HeaderUnit {
  /** What a plain number under the header is multiplied by: 千円 → 1,000, 万人 → 10,000. */
  factor: number;
  /** The currency the header names ("¥", "円", "USD"…), '' when none. */
  currency: string;
}

const UNIT_FACTORS: Record<string, number> = {
  万: 1e4,
  만: 1e4,
  千: 1e3,
  천: 1e3,
  百: 1e2,
  백: 1e2,
  百万: 1e6,
  백만: 1e6,
  千万: 1e7,
  천만: 1e7,
  億: 1e8,
  억: 1e8,
  k: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  '000': 1e3,
  '000s': 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
};
// Words a header segment may carry around its unit: the currency, a count word, "単位".
const CURRENCY_WORD =
  /^(us\$|[¥$₩€£₹\\]|jpy|krw|usd|eur|gbp|yen|won|円|원|元|ドル|달러)|(us\$|[¥$₩€£₹]|jpy|krw|usd|eur|gbp|yen|won|円|원|元|ドル|달러)$/;
const COUNT_WORD = /(人|명|回|件|people|views|followers)$/;
const UNIT_LABEL = /^(単位|단위|unit|units)|(単位|단위)$/;
// A unit word somewhere in a segment: CJK multipliers, K/M as words, thousands…
const HAS_UNIT = /[万만千천百백億억]|(^|[^a-z])(k|m|mm|mn|mil|bn)($|[^a-z])|thousand|million|billion|000/;
const TRAILING_CJK_UNIT = /.(百万|千万|万|千|億|백만|천만|만|천|억)$/;

/**
 * The unit a header gives its plain numbers, wherever it stands and whatever
 * notes it has: "フォロワー数（万人）", "費用（千円・税込）", "費用(税別・千円)",
 * "費用 千円", "報酬(万円/税別)", "Fee ('000)", "Fee (in thousands)", "Fee (¥K)".
 * A header with a unit word it cannot place ("費用（千円程度）") is refused,
 * naming the header: a guess would be a number a thousand times off.
 */
export function headerUnitOf(header: unknown): HeaderUnit {
  const raw = cellText(header);
  const segments = nfkc(raw)
    .toLowerCase()
    .split(/[\s()[\]{}（）【】「」<>・/,、|:：;＝=]+/);
  let factor = 1;
  let currency = '';
  let first = true;
  for (let seg of segments) {
    seg = seg.replace(/^['‘’`"]+|['‘’`"]+$/g, '');
    if (seg === '') continue;
    const written = seg;
    const isFirst = first;
    first = false;
    // Peel the currency, count word and "単位" off both ends, repeatedly ("千円単位", "¥k").
    for (let before = ''; before !== seg;) {
      before = seg;
      const cur = CURRENCY_WORD.exec(seg);
      if (cur) {
        currency = (cur[1] ?? cur[2]!).toUpperCase(); // as codes are written: "USD", "US$"; 円 and ¥ are unchanged
        seg = seg.slice(0, cur.index) + seg.slice(cur.index + cur[0].length);
      }
      seg = seg.replace(COUNT_WORD, '').replace(UNIT_LABEL, '').replace(/^in$/, '');
    }
    if (seg === '') continue;
    let f = UNIT_FACTORS[seg];
    if (f === undefined && HAS_UNIT.test(seg)) {
      // The field's name with the unit stuck to it: "費用千円", "フォロワー数万人".
      const tail = isFirst ? TRAILING_CJK_UNIT.exec(seg) : null;
      if (!tail) throw new InputError('headerUnitUnknown', { header: show(raw), unit: written });
      f = UNIT_FACTORS[tail[1]!]!;
    }
    if (f === undefined) continue; // a note: 税込, IG, avg…
    if (factor !== 1 && factor !== f) throw new InputError('headerUnitUnknown', { header: show(raw), unit: written });
    factor = f;
  }
  return { factor, currency };
}

/** The factor of headerUnitOf: "費用(千円)" 150 means 150,000. */
export function headerUnit(header: unknown): number {
  return headerUnitOf(header).factor;
}

/** A header that says its values are percent points ("ER (%)"). */
export function saysPercent(header: unknown): boolean {
  return /[%％]|percent|퍼센트|パーセント/i.test(cellText(header));
}

export type ColumnMap = Partial<Record<Field, number>>;

interface Match {
  field: Field;
  col: number;
  rank: number;
}

function rankOf(field: Field, h: string): number {
  if (h === '' || NOT[field]?.test(h)) return Infinity;
  return aliasRank(ALIASES[field], h);
}

/** An alias list's rank for a header: exact matches first, then containment ("フォロワー数(IG)" → "フォロワー数") for aliases long enough not to match by accident. */
function aliasRank(aliases: readonly string[], h: string): number {
  for (let i = 0; i < aliases.length; i++) {
    const a = aliases[i]!;
    if (h === (a.startsWith('=') ? a.slice(1) : a)) return i;
  }
  for (let i = 0; i < aliases.length; i++) {
    const a = aliases[i]!;
    if (a.startsWith('=')) continue;
    const long = NON_ASCII.test(a) ? a.length >= 2 : a.length >= 4;
    if (long && h.includes(a)) return 100 + i;
  }
  return Infinity;
}

/** Maps columns of one header row to fields; each column serves one field. */
export function mapHeaderRow(row: readonly unknown[]): ColumnMap {
  const normed = row.map(norm);
  const used = new Set<number>();
  const map: ColumnMap = {};
  for (const field of MATCH_ORDER) {
    let best: Match | null = null;
    normed.forEach((h, col) => {
      if (used.has(col)) return;
      const rank = rankOf(field, h);
      if (rank < (best?.rank ?? Infinity)) best = { field, col, rank };
    });
    if (best) {
      const m: Match = best;
      map[field] = m.col;
      used.add(m.col);
    }
  }
  return map;
}

export interface HeaderFound {
  row: number; // 0-based index into the values read
  map: ColumnMap;
  headers: string[];
}

/** Finds the header row within the first 10 rows: the one naming the most fields, at least one of them a number we rank by. */
export function findHeader(values: readonly (readonly unknown[])[], maxRows = 10): HeaderFound | null {
  let best: HeaderFound | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(maxRows, values.length); r++) {
    const map = mapHeaderRow(values[r]!);
    const count = Object.keys(map).length;
    const useful = map.fee !== undefined || map.views !== undefined || map.followers !== undefined;
    if (useful && count >= 2 && count > bestCount) {
      best = { row: r, map, headers: values[r]!.map((h) => cellText(h).trim()) };
      bestCount = count;
    }
  }
  return best;
}

/** The column whose header is this text (compared in normalised form), or -1. */
export function columnByHeader(headers: readonly string[], text: string): number {
  const wanted = norm(text);
  const exact = headers.findIndex((h) => h.trim() === text.trim());
  if (exact >= 0) return exact;
  return headers.findIndex((h) => norm(h) === wanted && wanted !== '');
}

/** Column index to letters: 0 → A, 27 → AB. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Whether the roster reader would read a column with this header as this field (whatever other columns there are). */
export function headerMeans(header: unknown, field: Field): boolean {
  return rankOf(field, norm(header)) < Infinity;
}

// Figures besides the fee that an agency keeps from its client, normalised like
// ALIASES and matched whole or contained: a client snapshot suggests hiding them.
export const CONFIDENTIAL_ALIASES: Record<'cpv' | 'margin', readonly string[]> = {
  cpv: ['cpv', 'cpm', 'cpe', 'cpc', '再生単価', '視聴単価', '1再生あたり', '조회당단가', '조회단가', 'costperview', 'perview'],
  margin: ['margin', 'マージン', '利益率', '利益', '粗利', '粗利率', '마진', '이익률', '이익', 'profit', 'grossmargin'],
};

/** Which confidential figure a header names: the fee (by the alias table the reader uses), CPV or margin; null for none. */
export function confidentialHeader(header: unknown): 'fee' | 'cpv' | 'margin' | null {
  const h = norm(header);
  if (h === '') return null;
  for (const kind of ['cpv', 'margin'] as const) {
    // Contained only when long enough not to match by accident (as in rankOf): "cpe" is not in "landscape".
    const long = (a: string) => (NON_ASCII.test(a) ? a.length >= 2 : a.length >= 4);
    if (
      CONFIDENTIAL_ALIASES[kind].some(
        (a) => h === a || (long(a) && h.includes(a)) || (a.length === 3 && new RegExp(`(^|[^a-z])${a}([^a-z]|$)`).test(h)),
      )
    )
      return kind;
  }
  return headerMeans(header, 'fee') ? 'fee' : null;
}

// ---- Campaign results (the evaluation cycle) ----------------------------------
// A results sheet's columns: the plan the add-on wrote and the actuals the
// user types after the campaign. Separate from the roster fields so "費用" on
// a roster stays the fee and "想定再生数" on a results sheet stays the plan.

export const RESULT_FIELDS = [
  'creatorKey',
  'handle',
  'platform',
  'role',
  'plannedFee',
  'plannedViews',
  'plannedCpv',
  'posted',
  'actualViews',
  'clicks',
  'orders',
  'revenue',
  'actualFee',
  'saves',
  'shares',
  'intent',
] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

export const RESULT_ALIASES: Record<ResultField, readonly string[]> = {
  creatorKey: ['creatorkey', 'クリエイターキー', '크리에이터키', 'key', 'キー', '키'],
  handle: ALIASES.handle,
  platform: ALIASES.platform,
  role: ['role', '役割', '역할', '枠', 'slot'],
  plannedFee: ['plannedfee', '予定費用', '想定費用', '計画費用', '예정비용', '계획비용', ...ALIASES.fee],
  plannedViews: [
    'plannedviews',
    'expectedviews',
    '想定再生数',
    '予定再生数',
    '計画再生数',
    '期待再生数',
    '平均再生数',
    '예상조회수',
    '계획조회수',
    '평균조회수',
    'avgviews',
    'averageviews',
    'estimatedviews',
  ],
  plannedCpv: ['plannedcpv', 'expectedcpv', '想定cpv', '予定cpv', '計画cpv', '예상cpv', '계획cpv', '=cpv'],
  posted: ['posted', '投稿済み', '投稿', '投稿有無', '掲載', '게시', '게시여부', '업로드', 'published', 'live'],
  actualViews: [
    'actualviews',
    '実績再生数',
    '実再生数',
    '実際の再生数',
    '再生実績',
    '実績視聴回数',
    '실제조회수',
    '조회수실적',
    '실적조회수',
    '=views',
    '=再生数',
    '=조회수',
    '=視聴回数',
    'totalviews',
    '総再生数',
  ],
  clicks: ['clicks', 'クリック数', 'クリック', 'linkclicks', '클릭수', '클릭', 'タップ数'],
  orders: [
    'orders',
    'conversions',
    '=cv',
    'cv数',
    '注文数',
    '購入数',
    '購入件数',
    'コンバージョン',
    'コンバージョン数',
    '구매수',
    '주문수',
    '전환수',
    '구매건수',
    'purchases',
  ],
  revenue: ['revenue', '売上', '売上金額', '売上高', '매출', '매출액', 'gmv', 'salesamount', '流通額'],
  actualFee: ['actualfee', '実費用', '実際の費用', '支払額', '支払金額', '確定費用', '실제비용', '지급액', 'paid', 'finalfee'],
  saves: ALIASES.saves,
  shares: ALIASES.shares,
  intent: ALIASES.intent,
};

const RESULT_NOT: Partial<Record<ResultField, RegExp>> = {
  plannedFee:
    /cpv|cpm|cpe|cpc|再生単価|視聴単価|1再生|perview|조회당|実|actual|실제|支払|지급|確定|売上|revenue|매출|sales|gmv|注文|客単価|aov/,
  actualFee: /cpv|売上|revenue|매출|sales|gmv/,
  plannedViews: /率|rate|単価|당|cpv|実|actual|실제|실적/,
  actualViews: /率|rate|単価|당|cpv|想定|予定|計画|期待|平均|expected|planned|avg|average|예상|계획|평균/,
  orders: /率|rate|単価|cvr/,
  revenue: /率|rate|roas|単価/,
  clicks: /率|rate|ctr/,
};

// Most specific first: "想定CPV" before the fee, "実績再生数" before the plan.
const RESULT_ORDER: readonly ResultField[] = [
  'creatorKey',
  'intent',
  'plannedCpv',
  'actualViews',
  'plannedViews',
  'actualFee',
  'plannedFee',
  'posted',
  'clicks',
  'orders',
  'revenue',
  'saves',
  'shares',
  'role',
  'platform',
  'handle',
];

function resultRank(field: ResultField, h: string): number {
  if (h === '' || RESULT_NOT[field]?.test(h)) return Infinity;
  return aliasRank(RESULT_ALIASES[field], h);
}

export type ResultColumnMap = Partial<Record<ResultField, number>>;

/** Maps one header row of a results sheet; each column serves one field. */
export function mapResultHeaderRow(row: readonly unknown[]): ResultColumnMap {
  const normed = row.map(norm);
  const used = new Set<number>();
  const map: ResultColumnMap = {};
  for (const field of RESULT_ORDER) {
    let best = -1;
    let bestRank = Infinity;
    normed.forEach((h, col) => {
      if (used.has(col)) return;
      const rank = resultRank(field, h);
      if (rank < bestRank) [best, bestRank] = [col, rank];
    });
    if (best >= 0) {
      map[field] = best;
      used.add(best);
    }
  }
  return map;
}

/** The header row of a results sheet in its first 10 rows: it names a creator and at least one actual. */
export function findResultHeader(
  values: readonly (readonly unknown[])[],
  maxRows = 10,
): { row: number; map: ResultColumnMap; headers: string[] } | null {
  let best: { row: number; map: ResultColumnMap; headers: string[] } | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(maxRows, values.length); r++) {
    const map = mapResultHeaderRow(values[r]!);
    const who = map.handle !== undefined || map.creatorKey !== undefined;
    const actual = map.actualViews !== undefined || map.revenue !== undefined || map.orders !== undefined;
    const count = Object.keys(map).length;
    if (who && actual && count > bestCount) {
      best = { row: r, map, headers: values[r]!.map((h) => cellText(h).trim()) };
      bestCount = count;
    }
  }
  return best;
}
