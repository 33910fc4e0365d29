// The inverse of buildLayout for its first block: the chosen creators of a
// Shortlist sheet read back from its values (the evaluation cycle starts
// from them). The header row is recognised in any of our languages.

import { cellText } from '../grid';
import { Locale } from '../i18n';
import { Role } from '../roster/read';
import { isBlank } from '../parse';
import { ROLE_NAMES, word } from '../i18n';

export interface ShortlistRow {
  row: number; // 1-based row on the Shortlist sheet
  rosterRow: number | null;
  handle: string;
  platform: string;
  role: Role;
  tier: string;
  followers: number | null;
  views: number | null;
  fee: number | null;
  cpv: number | null;
}

// Column order of buildLayout's first block.
const COLUMNS = ['role', 'handle', 'platform', 'tier', 'followers', 'views', 'fee', 'cpv'] as const;
const LOCALES: readonly Locale[] = ['ja', 'ko', 'en'];

/** The language whose header buildLayout wrote in row 1, or null when it is not a shortlist. */
export function shortlistLocale(values: readonly (readonly unknown[])[]): Locale | null {
  const head = values[0];
  if (!head) return null;
  return LOCALES.find((l) => COLUMNS.every((c, i) => cellText(head[i]).trim() === word(c, l))) ?? null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Null when the values are not a Shortlist layout; otherwise its chosen creators, down to the first blank row. */
export function readShortlistLayout(values: readonly (readonly unknown[])[]): ShortlistRow[] | null {
  const locale = shortlistLocale(values);
  if (!locale) return null;
  const rows: ShortlistRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r]!;
    if (line.every(isBlank)) break;
    const roleText = cellText(line[0]).trim();
    const role = (['reach', 'empathy'] as const).find((k) => Object.values(ROLE_NAMES[k]).includes(roleText));
    if (!role) break;
    rows.push({
      row: r + 1,
      rosterRow: num(line[11]),
      handle: cellText(line[1]).trim(),
      platform: cellText(line[2]).trim(),
      role,
      tier: cellText(line[3]).trim(),
      followers: num(line[4]),
      views: num(line[5]),
      fee: num(line[6]),
      cpv: num(line[7]),
    });
  }
  return rows;
}
