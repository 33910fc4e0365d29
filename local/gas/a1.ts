// A1 notation, 1-based like Apps Script.

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function boxA1(b: Box): string {
  const start = cellA1(b.row, b.col);
  return b.numRows === 1 && b.numCols === 1 ? start : `${start}:${cellA1(b.row + b.numRows - 1, b.col + b.numCols - 1)}`;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (or null) and the range part. */
export function splitSheet(ref: string): [string | null, string] {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref.trim());
  if (!m) return [null, ref.trim()];
  return [m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, m[3]!];
}

const PART = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/;

/**
 * Parses "B2", "A1:C3", "A:C", "2:5" and open ends like "A2:C" into a box;
 * whole columns and rows reach the sheet's maximum. Null when it is not A1.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): Box | null {
  const parts = a1.split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((p) => PART.exec(p.trim()));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [m1, m2 = m1] = ends as RegExpExecArray[];
  const c1 = m1![1] ? columnNumber(m1![1]) : 1;
  const r1 = m1![2] ? Number(m1![2]) : 1;
  const c2 = m2![1] ? columnNumber(m2![1]) : m1![1] && parts.length === 1 ? c1 : maxCols;
  const r2 = m2![2] ? Number(m2![2]) : m1![2] && parts.length === 1 ? r1 : maxRows;
  if (parts.length === 1 && (!m1![1] || !m1![2])) return null; // "A" or "3" alone is not a range
  if (r1 < 1 || c1 < 1) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
