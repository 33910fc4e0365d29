// Which cells "freeze formulas" may write: the add-on's own calls and exactly
// the area their results fill, told from the formula text — never a formula
// that only mentions our names inside a string, never another formula's
// output. The cells are grouped into rectangles so the writes are few.

/** A rectangle of a range, 0-based from its corner. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The formula with its string literals blanked, so names inside "…" are not calls. */
function withoutStrings(f: string): string {
  return f.replace(/"(?:[^"]|"")*"/g, (s) => `"${' '.repeat(s.length - 2)}"`);
}

/** Whether the formula calls one of these functions (not merely mentions it in a string or a longer name). */
export function callsOurs(formula: string, names: readonly string[]): boolean {
  if (!formula.startsWith('=')) return false;
  const code = withoutStrings(formula);
  const re = new RegExp(`(^|[^A-Za-z0-9_.])(${names.join('|')})\\s*\\(`, 'i');
  return re.test(code);
}

/** Splits "a, b, c" at top-level commas (not inside brackets, braces or strings). */
function splitArgs(s: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '"') inStr = !inStr;
    if (inStr) continue;
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (inStr || depth !== 0) return null;
  out.push(s.slice(start).trim());
  return out;
}

/** NAME(args) as a whole expression: its name and arguments, or null. */
function call(expr: string): { name: string; args: string[] } | null {
  const m = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)$/.exec(expr.trim());
  if (!m) return null;
  const args = splitArgs(m[2]!);
  // "F(a)+G(b)" also matches the pattern: its "arguments" do not split cleanly.
  return args ? { name: m[1]!.toUpperCase(), args } : null;
}

const COL = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const REF = /^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_\u0080-\uffff]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d*))?$/;
const SCALAR = /^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?|"(?:[^"]|"")*"|TRUE|FALSE)$/i;

/** Rows × columns of a range or literal argument; null for anything else (an expression, a named range). */
function argShape(arg: string, sheetRows: number): { rows: number; cols: number } | null {
  if (arg === '' || SCALAR.test(arg)) return { rows: 1, cols: 1 };
  const m = REF.exec(arg);
  if (!m) return null;
  const r1 = Number(m[2]);
  const c1 = COL(m[1]!);
  if (m[3] === undefined) return { rows: 1, cols: 1 };
  const c2 = COL(m[3]);
  const r2 = m[4] === '' ? sheetRows : Number(m[4]); // "C2:C" runs to the last row of the sheet
  return { rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

// Wrappers whose result has the shape of their first argument.
const SAME_SHAPE = new Set(['ARRAYFORMULA', 'IFERROR', 'IFNA']);

/**
 * The area a formula's result fills when it is one of our calls, maybe inside
 * ARRAYFORMULA / IFERROR / IFNA: the broadcast of its range arguments (our
 * functions answer a range with a range of the same shape). Null when the
 * shape cannot be told from the text.
 */
export function resultShape(formula: string, names: readonly string[], sheetRows: number): { rows: number; cols: number } | null {
  const ours = new Set(names.map((n) => n.toUpperCase()));
  let c = call(formula.replace(/^=/, ''));
  while (c && SAME_SHAPE.has(c.name)) {
    if (c.args.length === 0 || c.args.slice(1).some((a) => !SCALAR.test(a))) return null;
    c = call(c.args[0]!);
  }
  if (!c || !ours.has(c.name)) return null;
  let rows = 1;
  let cols = 1;
  for (const a of c.args) {
    const s = argShape(a, sheetRows);
    if (!s) return null;
    rows = Math.max(rows, s.rows);
    cols = Math.max(cols, s.cols);
  }
  return { rows, cols };
}

export interface FreezePlan {
  /** Rectangles to write with their current values, few and disjoint. */
  writes: Rect[];
  /** Formulas frozen. */
  frozen: number;
  /** Our formulas left as they are: their result area could not be told, or it was blocked (#REF!). */
  skipped: number;
}

/**
 * Plans the freeze of a range read as formulas and values. A formula of ours
 * is frozen with the cells its result fills (clipped to the range); it is left
 * alone when its area is unknown, when it shows #REF! (its result did not
 * spill), or when another formula stands inside its area.
 */
export function planFreeze(formulas: string[][], values: unknown[][], names: readonly string[], sheetRows: number): FreezePlan {
  const h = formulas.length;
  const w = formulas[0]?.length ?? 0;
  const mark: boolean[][] = formulas.map((row) => row.map(() => false));
  let frozen = 0;
  let skipped = 0;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const f = formulas[r]![c]!;
      if (!f || !callsOurs(f, names)) continue;
      const shape = resultShape(f, names, sheetRows);
      if (!shape || values[r]![c] === '#REF!') {
        skipped++;
        continue;
      }
      const rows = Math.min(shape.rows, h - r);
      const cols = Math.min(shape.cols, w - c);
      let clash = false;
      for (let i = r; i < r + rows && !clash; i++)
        for (let j = c; j < c + cols; j++) if ((i !== r || j !== c) && formulas[i]![j]) clash = true;
      if (clash) {
        skipped++;
        continue;
      }
      for (let i = r; i < r + rows; i++) for (let j = c; j < c + cols; j++) mark[i]![j] = true;
      frozen++;
    }
  }
  return { writes: rectangles(mark), frozen, skipped };
}

/** Marked cells as few rectangles: vertical runs per column, merged with the next column's identical runs. */
export function rectangles(mark: boolean[][]): Rect[] {
  const h = mark.length;
  const w = mark[0]?.length ?? 0;
  const open = new Map<string, Rect>(); // "row:rows" → the rectangle ending at the previous column
  const out: Rect[] = [];
  for (let c = 0; c < w; c++) {
    const next = new Map<string, Rect>();
    for (let r = 0; r < h; r++) {
      if (!mark[r]![c]) continue;
      let end = r;
      while (end + 1 < h && mark[end + 1]![c]) end++;
      const key = `${r}:${end - r + 1}`;
      const prev = open.get(key);
      if (prev) {
        prev.cols++;
        next.set(key, prev);
      } else {
        const rect = { row: r, col: c, rows: end - r + 1, cols: 1 };
        out.push(rect);
        next.set(key, rect);
      }
      r = end;
    }
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  return out;
}
