// Ranges the Sheets way: an argument is a single value or a 2-D array; the
// result has the ranges' shape, single values broadcast across it. Inside a
// range a bad cell becomes "#VALUE! reason" and the others still compute; a
// single bad call throws (Sheets shows it on #ERROR!).

import { InputError, LocaleRef, messageOf } from './i18n';

export type Grid = unknown[][];

/** A cell's value as plain text ('' for a blank), e.g. a header or a block label. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a cell holds a string, number, boolean or Date, each with its own toString
  return String(v);
}

export function isGrid(x: unknown): x is Grid {
  return Array.isArray(x);
}

/** A 1×1 range is a single value; a 1-D array (not from Sheets, but possible) is one row. */
function normalise(x: unknown): unknown {
  if (!Array.isArray(x)) return x;
  let rows = x as unknown[][];
  // Sheets' ranges are already rows of cells: copy only when some row is not.
  for (let i = 0; i < rows.length; i++) {
    if (!Array.isArray(rows[i])) {
      rows = (x as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
      break;
    }
  }
  if (rows.length === 1 && rows[0]!.length === 1) return rows[0]![0];
  return rows;
}

function shapeOf(g: Grid): [number, number] {
  let cols = 0;
  for (const r of g) cols = Math.max(cols, r.length);
  return [g.length, cols];
}

/** The text a bad cell shows inside a range result. */
export function cellError(err: unknown, locale: LocaleRef, where: string): string {
  return `#VALUE! ${messageOf(err, locale(), where)}`;
}

/**
 * Applies fn cell by cell across the arguments.
 * fn gets one value per argument (blank cells of ragged ranges as '').
 */
export function mapCells(args: readonly unknown[], fn: (cells: unknown[]) => unknown, locale: LocaleRef, where: string): unknown {
  const norm = args.map(normalise);
  let shape: [number, number] | null = null;
  for (const a of norm) {
    if (!isGrid(a)) continue;
    const s = shapeOf(a);
    if (shape && (shape[0] !== s[0] || shape[1] !== s[1])) {
      throw new InputError('shapeMismatch', { a: `${shape[0]}×${shape[1]}`, b: `${s[0]}×${s[1]}` });
    }
    shape = s;
  }
  if (!shape) return fn(norm);
  const [rows, cols] = shape;
  if (rows === 0 || cols === 0) return '';
  const out: unknown[][] = new Array<unknown[]>(rows);
  const n = norm.length;
  const cells: unknown[] = new Array(n);
  const grid: boolean[] = norm.map(isGrid); // once, not per cell
  const at = (r: number, c: number): unknown => {
    for (let i = 0; i < n; i++) {
      const a = norm[i];
      if (grid[i]) {
        const row = (a as Grid)[r];
        const v = row === undefined ? undefined : row[c];
        cells[i] = v === undefined || v === null ? '' : v;
      } else cells[i] = a;
    }
    try {
      return fn(cells);
    } catch (err) {
      return cellError(err, locale, where);
    }
  };
  if (cols === 1) {
    // A column (the usual range): each result row built as a literal, no elements-kind transition per row.
    for (let r = 0; r < rows; r++) out[r] = [at(r, 0)];
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = at(r, c);
    out[r] = line;
  }
  return out;
}

/** Every cell of a value or range, row by row. */
export function flatten(x: unknown): unknown[] {
  if (!Array.isArray(x)) return [x];
  const out: unknown[] = [];
  for (const r of x as unknown[]) {
    if (Array.isArray(r)) for (const v of r as unknown[]) out.push(v);
    else out.push(r);
  }
  return out;
}
