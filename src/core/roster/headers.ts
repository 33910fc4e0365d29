// The one table of roster header aliases (Japanese, Korean, English), as
// exported by the tools marketers use and as typed by hand, and the search
// for the header row.

export const FIELDS = [
  'handle', 'platform', 'followers', 'views', 'fee', 'er',
  'likes', 'comments', 'saves', 'shares', 'intent',
  'sends', 'must', 'exclude',
] as const;
export type Field = (typeof FIELDS)[number];

// Aliases in order of preference, written already normalised (see norm()).
// A leading "=" marks an alias matched only as the whole header ("Rate" is a
// fee, but "Engagement rate" must not become one).
export const ALIASES: Record<Field, readonly string[]> = {
  handle: [
    'handle', 'username', 'アカウント', 'アカウント名', 'ユーザー名', 'ユーザーネーム', 'インスタid', 'インスタグラムid', 'instagramid', 'tiktokid', 'igid', '계정', '계정명', '아이디',
    'account', 'instagramhandle', 'tiktokhandle', 'creator', 'influencer', 'インフルエンサー', 'インフルエンサー名',
    '인플루언서', '인플루언서명', 'チャンネル名', '채널명', 'channel', 'name', '名前', '氏名', '이름', '닉네임', 'nickname',
  ],
  platform: ['platform', '媒体', 'sns', 'プラットフォーム', '플랫폼', '매체', 'network', 'socialnetwork', 'channeltype'],
  followers: [
    'followers', 'フォロワー数', 'フォロワー', '팔로워', '팔로워수', 'followercount', 'subscribers', '登録者数',
    'チャンネル登録者数', '구독자', '구독자수', 'fans', 'audience', 'audiencesize',
  ],
  views: [
    'avgviews', 'averageviews', 'medianviews', 'expectedviews', 'estviews', 'estimatedviews', '平均再生数', '想定再生数',
    '期待再生数', '再生数', '平均視聴回数', '視聴回数', '평균조회수', '예상조회수', '조회수', 'views', 'videoviews',
    'avgplays', 'plays', 'viewcount',
  ],
  fee: [
    'fee', '費用', '単価', '報酬', '金額', '料金', 'ギャラ', '見積額', '見積金額', '契約金額', '광고비', '비용', '단가', '금액',
    '원고료', 'cost', 'price', 'ratecard', '=rate', '=fees',
  ],
  er: [
    'er', 'engagementrate', 'エンゲージメント率', 'エンゲージメント', '참여율', '인게이지먼트율', '인게이지먼트', '반응률',
    'engagement', 'engrate', 'avger',
  ],
  likes: ['likes', 'いいね数', 'いいね', '좋아요', '좋아요수', 'avglikes'],
  comments: ['comments', 'コメント数', 'コメント', '댓글', '댓글수', 'avgcomments'],
  saves: ['saves', '保存数', '保存', '저장', '저장수'],
  shares: ['shares', 'シェア数', 'シェア', '공유', '공유수'],
  intent: ['purchaseintent', 'intentshare', 'commentintent', '購入意向', '購入意向率', '구매의향', '구매의향비율', '=intent', '購買意欲', '購入意向コメント率'],
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
const MATCH_ORDER: readonly Field[] = ['intent', 'views', 'fee', 'followers', 'er', 'likes', 'comments', 'saves', 'shares', 'sends', 'must', 'exclude', 'platform', 'handle'];

/** Header text to its comparable form: width-folded, lower-case, without units in brackets, spaces or punctuation. */
export function norm(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(\[{（【「][^)\]}）】」]*[)\]}）】」]/g, '')
    .replace(/[\s_\-・.:：/#|%％*]+/g, '');
}

/**
 * The unit a header gives its plain numbers: "フォロワー数（万人）" 12.5 means
 * 125,000, "費用(千円)" 150 means 150,000, "Views (K)" 12 means 12,000.
 */
export function headerUnit(header: unknown): number {
  const h = String(header ?? '').normalize('NFKC');
  const unit = /[(\[（【]\s*(?:単位\s*[:：]?\s*)?(万|만|千|천|百万|백만|k|m|mil|thousands?|millions?)\s*(?:人|명|円|원|回|件|yen|won)?\s*[)\]）】]/i.exec(h)?.[1]?.toLowerCase();
  switch (unit) {
    case '万': case '만': return 10_000;
    case '千': case '천': case 'k': case 'thousand': case 'thousands': return 1_000;
    case '百万': case '백만': case 'm': case 'mil': case 'million': case 'millions': return 1_000_000;
    default: return 1;
  }
}

/** A header that says its values are percent points ("ER (%)"). */
export function saysPercent(header: unknown): boolean {
  return /[%％]|percent|퍼센트|パーセント/i.test(String(header ?? ''));
}

export type ColumnMap = Partial<Record<Field, number>>;

interface Match { field: Field; col: number; rank: number }

function rankOf(field: Field, h: string): number {
  if (h === '' || NOT[field]?.test(h)) return Infinity;
  const aliases = ALIASES[field];
  for (let i = 0; i < aliases.length; i++) {
    const a = aliases[i]!;
    if (h === (a.startsWith('=') ? a.slice(1) : a)) return i;
  }
  // Containment ("フォロワー数(IG)" → "フォロワー数"), for aliases long enough not to match by accident.
  for (let i = 0; i < aliases.length; i++) {
    const a = aliases[i]!;
    if (a.startsWith('=')) continue;
    const long = /[^\x00-\x7f]/.test(a) ? a.length >= 2 : a.length >= 4;
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
      best = { row: r, map, headers: values[r]!.map((h) => String(h ?? '').trim()) };
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
