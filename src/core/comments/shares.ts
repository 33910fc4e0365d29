// Comment quality per creator: one read of a comments sheet (a creator
// column, a comment column), each comment classified by COMMENT_INTENT's
// classifier, and each creator's purchase-intent share and comment count,
// keyed like the roster's duplicates (handleKey), so "@Hana", "hana" and
// "https://www.instagram.com/hana/" are one creator.

import { cellText } from '../grid';
import { InputError } from '../i18n';
import { isBlank } from '../parse';
import { classifyComment } from '../intent';
import { ALIASES, columnByHeader, norm } from '../roster/headers';
import { handleKey } from '../roster/keys';

/** Under this many comments a creator's own share is too noisy: the value is marked estimated. */
export const MIN_COMMENTS = 10;

export interface CreatorComments {
  /** Comments read (non-blank). */
  count: number;
  /** Of which purchase_intent. */
  intent: number;
}

export interface CommentShares {
  byCreator: Map<string, CreatorComments>;
  /** All creators' comments pooled: the share used for creators with too few of their own. */
  pooled: { count: number; intent: number };
}

/** The purchase-intent share a creator gets, and whether it is estimated (too few own comments). */
export function shareOf(s: CommentShares, key: string): { share: number; count: number; estimated: boolean } | null {
  const own = s.byCreator.get(key);
  const pooled = s.pooled.count > 0 ? s.pooled.intent / s.pooled.count : null;
  if (own && own.count >= MIN_COMMENTS) return { share: own.intent / own.count, count: own.count, estimated: false };
  if (pooled === null) return null;
  return { share: pooled, count: own?.count ?? 0, estimated: true };
}

const text = (v: unknown): string | null =>
  isBlank(v) ? null : typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;

/** Per-creator shares over pairs of (creator handle or URL, comment). Blank comments and blank creators are skipped. */
export function sharesOf(handles: readonly unknown[], comments: readonly unknown[]): CommentShares {
  const byCreator = new Map<string, CreatorComments>();
  const pooled = { count: 0, intent: 0 };
  const n = Math.min(handles.length, comments.length);
  for (let i = 0; i < n; i++) {
    const h = text(handles[i]);
    const c = text(comments[i]);
    if (h === null || c === null) continue;
    const key = handleKey(h);
    if (key === '') continue;
    const buying = classifyComment(c).label === 'purchase_intent' ? 1 : 0;
    let e = byCreator.get(key);
    if (!e) byCreator.set(key, (e = { count: 0, intent: 0 }));
    e.count++;
    e.intent += buying;
    pooled.count++;
    pooled.intent += buying;
  }
  return { byCreator, pooled };
}

const COMMENT_HEADERS = [
  'comment',
  'comments',
  'text',
  'body',
  'コメント',
  'コメント本文',
  'コメント内容',
  '本文',
  '댓글',
  '댓글내용',
  '내용',
];

/**
 * A comments sheet's values (header in the first row) to per-creator shares.
 * Columns: the ones named in `columns`, else the first header that is a
 * creator handle (the roster's handle aliases) and the first that says comment.
 */
export function readCommentsSheet(
  values: readonly (readonly unknown[])[],
  name: string,
  columns: { handle?: string | undefined; comment?: string | undefined } = {},
): CommentShares {
  const headers = (values[0] ?? []).map((h) => cellText(h).trim());
  const pick = (chosen: string | undefined, aliases: readonly string[]): number => {
    if (chosen !== undefined && chosen !== '') return columnByHeader(headers, chosen);
    const normed = headers.map(norm);
    for (const a of aliases) {
      const i = normed.indexOf(a.replace(/^=/, ''));
      if (i >= 0) return i;
    }
    return -1;
  };
  const h = pick(columns.handle, ALIASES.handle);
  const c = pick(columns.comment, COMMENT_HEADERS);
  if (h < 0 || c < 0 || h === c) {
    throw new InputError('commentsColumns', { name, found: headers.filter((x) => x !== '').join(', ') || '—' });
  }
  const rows = values.slice(1);
  return sharesOf(
    rows.map((r) => r[h]),
    rows.map((r) => r[c]),
  );
}
