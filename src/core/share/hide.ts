// Hiding columns of a person's own sheet by their header, for a client
// snapshot. What to suggest comes from the one alias table the roster reader
// uses, so every header read as a fee is suggested.

import { cellText } from '../grid';
import { InputError } from '../i18n';
import { confidentialHeader, findHeader, norm } from '../roster/headers';

/** The header row of any sheet: the roster header if one is found, else the first row. */
export function headerRowOf(values: readonly (readonly unknown[])[]): { row: number; headers: string[] } {
  const found = findHeader(values);
  if (found) return { row: found.row, headers: found.headers };
  return { row: 0, headers: (values[0] ?? []).map((h) => cellText(h).trim()) };
}

/** Headers a client should not see by default: fee (as the reader reads it), CPV, margin. */
export function suggestedHidden(headers: readonly string[]): string[] {
  return headers.filter((h) => h !== '' && confidentialHeader(h) !== null);
}

/** hideColumns as sent by a caller: an array of strings, or a refusal (never silently ignored). */
export function hideList(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || !raw.every((h) => typeof h === 'string')) throw new InputError('hideColumnsNotList');
  return raw;
}

/**
 * The columns to hide, by header text. A header that names two columns is
 * refused: hiding the first and leaking the second is the worst outcome.
 */
export function hiddenColumns(headers: readonly string[], hide: readonly string[], sheet: string): Set<number> {
  const out = new Set<number>();
  for (const h of hide) {
    const exact = headers.flatMap((x, i) => (x.trim() === h.trim() ? [i] : []));
    const loose = exact.length > 0 ? exact : headers.flatMap((x, i) => (norm(x) !== '' && norm(x) === norm(h) ? [i] : []));
    if (loose.length === 0) throw new InputError('hideColumnNotFound', { header: h, name: sheet });
    if (loose.length > 1) throw new InputError('hideColumnAmbiguous', { header: h, name: sheet, count: loose.length });
    out.add(loose[0]!);
  }
  return out;
}
