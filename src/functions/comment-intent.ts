// =COMMENT_INTENT(comments, [mode])

import { InputError, LocaleRef, show } from '../core/i18n';
import { flatten, mapCells } from '../core/grid';
import { isBlank } from '../core/parse';
import { classifyComment } from '../core/intent';

const MODES = ['label', 'share', 'score', 'reason'] as const;
type Mode = (typeof MODES)[number];

function readMode(x: unknown): Mode {
  const v = Array.isArray(x) ? flatten(x)[0] : x;
  if (isBlank(v)) return 'label';
  const m = String(v).trim().toLowerCase();
  if ((MODES as readonly string[]).includes(m)) return m as Mode;
  throw new InputError('unknownMode', { value: show(v), names: MODES.join(', ') });
}

/** Comment cells are text; numbers and booleans are read as their text, dates refused. */
function commentText(v: unknown): string | null {
  if (isBlank(v)) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new InputError('notText', { value: show(v) });
}

export function COMMENT_INTENT(args: readonly unknown[], locale: LocaleRef): unknown {
  const [comments, modeArg] = args;
  const mode = readMode(modeArg);
  if (mode === 'share') {
    let n = 0;
    let buying = 0;
    for (const v of flatten(comments)) {
      let text: string | null;
      try {
        text = commentText(v);
      } catch {
        continue; // a date among comments is not a comment: left out of the share
      }
      if (text === null) continue;
      n++;
      if (classifyComment(text).label === 'purchase_intent') buying++;
    }
    return n === 0 ? '' : buying / n;
  }
  return mapCells(
    [comments],
    ([v]) => {
      const text = commentText(v);
      if (text === null) return '';
      const r = classifyComment(text);
      if (mode === 'score') return r.score;
      if (mode === 'reason') return r.reason;
      return r.label;
    },
    locale,
    'COMMENT_INTENT',
  );
}
