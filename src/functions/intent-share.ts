// =INTENT_SHARE(comments, comment_handles, roster_handles, [min_comments]):
// each roster creator's purchase-intent share over their own comments, the
// same number the shortlist's 'intent' objective uses (src/core/comments),
// so a marketer can put it in the roster's intent column.

import { InputError, LocaleRef } from '../core/i18n';
import { flatten } from '../core/grid';
import { isBlank } from '../core/parse';
import { sharesOf } from '../core/comments/shares';
import { handleKey } from '../core/roster/keys';
import { readArg } from './args';

export function INTENT_SHARE(args: readonly unknown[], _locale: LocaleRef): unknown {
  const [comments, commentHandles, rosterHandles, minArg] = args;
  const c = flatten(comments);
  const h = flatten(commentHandles);
  if (c.length !== h.length) throw new InputError('shapeMismatch', { a: `${c.length}`, b: `${h.length}` });
  const min =
    isBlank(minArg) || minArg === undefined
      ? 1
      : Math.max(1, readArg('min_comments', Array.isArray(minArg) ? flatten(minArg)[0] : minArg, 'count')!);
  const shares = sharesOf(h, c);
  const one = (v: unknown): number | string => {
    if (isBlank(v)) return '';
    const e = shares.byCreator.get(handleKey(String(v)));
    return e && e.count >= min ? e.intent / e.count : '';
  };
  if (!Array.isArray(rosterHandles)) return one(rosterHandles);
  return (rosterHandles as unknown[][]).map((row) => (Array.isArray(row) ? row : [row]).map(one));
}
