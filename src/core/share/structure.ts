// The client view of a sheet the add-on wrote, built from its structure: each
// block of rows records which confidential figures its cells carry, so hiding
// a quantity removes it everywhere — the column, the totals and shares derived
// from it, CPV text inside reasons — not only the column that bears its name.

import { cellText } from '../grid';

/** Figures an agency keeps from its client. */
export type Secret = 'fee' | 'cpv' | 'roi' | 'margin';
export const SECRETS: readonly Secret[] = ['fee', 'cpv', 'roi', 'margin'];

// What hiding one figure gives away otherwise: with views on the sheet, fee and
// CPV each reveal the other (CPV = fee ÷ views); ROI is computed from CPV and margin.
const REVEALED_BY: Record<Secret, readonly Secret[]> = {
  fee: ['cpv', 'roi'],
  cpv: ['fee', 'roi'],
  margin: ['roi'],
  roi: [],
};

/** Everything that must go when these figures are hidden. */
export function hiddenClosure(hide: Iterable<Secret>): Set<Secret> {
  const out = new Set<Secret>();
  const todo = [...hide];
  while (todo.length > 0) {
    const s = todo.pop()!;
    if (out.has(s)) continue;
    out.add(s);
    todo.push(...REVEALED_BY[s]);
  }
  return out;
}

/**
 * Rows of a sheet with one meaning. A table (whole = false) loses the columns
 * whose cells carry a hidden figure, header included; label/value rows
 * (whole = true) go entirely, label and all, when their value is hidden.
 */
export interface Block {
  /** 0-based first row. */
  row: number;
  rows: number;
  /** [0-based column, the figures its cells carry] */
  carries: [number, Secret[]][];
  whole: boolean;
  /** The first cell's text, to tell that the sheet still has the shape the add-on wrote. */
  first: string;
}

export interface Structure {
  v: 1;
  rows: number;
  width: number;
  blocks: Block[];
}

/** A structure as read back from the sheet (untrusted JSON), or null when it does not validate. */
export function parseStructure(raw: unknown): Structure | null {
  const s = raw as Partial<Structure> | null;
  if (!s || typeof s !== 'object' || s.v !== 1 || !Number.isInteger(s.rows) || !Number.isInteger(s.width) || !Array.isArray(s.blocks)) return null;
  const int = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
  for (const b of s.blocks as unknown[]) {
    const k = b as Partial<Block>;
    if (!k || typeof k !== 'object' || !int(k.row) || !int(k.rows) || typeof k.whole !== 'boolean' || typeof k.first !== 'string' || !Array.isArray(k.carries)) return null;
    for (const c of k.carries as unknown[]) {
      if (!Array.isArray(c) || !int(c[0]) || !Array.isArray(c[1]) || !(c[1] as unknown[]).every((x) => SECRETS.includes(x as Secret))) return null;
    }
  }
  return s as Structure;
}

/** Builds blocks while a layout is pushed row by row: start() a block before its first row, finish() at the end. */
export class StructureBuilder {
  private readonly blocks: Block[] = [];
  constructor(private readonly width: number) {}
  start(row: number, first: string, carries: Partial<Record<number, Secret[]>> = {}, whole = false): void {
    this.close(row);
    const pairs = Object.entries(carries).map(([c, s]) => [Number(c), s!] as [number, Secret[]]);
    this.blocks.push({ row, rows: 0, carries: pairs, whole, first: first.replace(/^'/, '') });
  }
  private close(row: number): void {
    const last = this.blocks[this.blocks.length - 1];
    if (last) last.rows = row - last.row;
  }
  finish(rows: number): Structure {
    this.close(rows);
    return { v: 1, rows, width: this.width, blocks: this.blocks };
  }
}

/** The cells of a sheet as read in one batch per kind. */
export interface Grids {
  values: unknown[][];
  formats: string[][];
  weights: string[][];
  backgrounds: string[][];
}

export interface ClientView extends Grids {
  /** What was taken out, in the sheet's own words: column headers and row labels. */
  removed: string[];
}

/** The secrets a header of this sheet's first table names (its column's cells carry them). */
export function secretsOfHeader(s: Structure, values: unknown[][], header: string): { col: number; secrets: Secret[] } | null {
  const block = s.blocks.find((b) => !b.whole);
  if (!block) return null;
  const row = values[block.row] ?? [];
  const col = row.findIndex((h) => cellText(h).trim() === header.trim());
  if (col < 0) return null;
  return { col, secrets: block.carries.find(([c]) => c === col)?.[1] ?? [] };
}

/** Whether the sheet still has the rows and block labels the structure recorded. */
export function matchesStructure(s: Structure, values: unknown[][]): boolean {
  if (values.length !== s.rows) return false;
  return s.blocks.every((b) => cellText(values[b.row]?.[0]) === b.first);
}

/**
 * The sheet as the client sees it: hidden figures removed wherever they are
 * carried, plus plain columns of the first table hidden by the person.
 */
export function clientView(s: Structure, g: Grids, hide: Iterable<Secret>, plainColumns: readonly number[] = []): ClientView {
  const gone = hiddenClosure(hide);
  const out: Grids = { values: [], formats: [], weights: [], backgrounds: [] };
  const removed: string[] = [];
  const note = (label: unknown) => {
    const t = cellText(label).trim();
    if (t !== '' && !removed.includes(t)) removed.push(t);
  };
  const firstTable = s.blocks.find((b) => !b.whole);
  let width = 1;
  for (const b of s.blocks) {
    const hit = new Set(b.carries.filter(([, secrets]) => secrets.some((x) => gone.has(x))).map(([c]) => c));
    if (b === firstTable) for (const c of plainColumns) hit.add(c);
    for (let r = b.row; r < b.row + b.rows; r++) {
      if (b.whole && hit.size > 0 && [...hit].some((c) => !isBlank(g.values[r]?.[c]))) {
        note(g.values[r]?.[0]);
        continue;
      }
      const keep = [...Array(s.width).keys()].filter((c) => b.whole || !hit.has(c));
      if (!b.whole && r === b.row) for (const c of hit) note(g.values[r]?.[c]);
      out.values.push(keep.map((c) => g.values[r]?.[c] ?? ''));
      out.formats.push(keep.map((c) => g.formats[r]?.[c] ?? 'General'));
      out.weights.push(keep.map((c) => g.weights[r]?.[c] ?? 'normal'));
      out.backgrounds.push(keep.map((c) => g.backgrounds[r]?.[c] ?? '#ffffff'));
      width = Math.max(width, lastFilled(out.values[out.values.length - 1]!) + 1);
    }
  }
  // One rectangle, as wide as the widest row that still has content.
  const rect = <T>(grid: T[][], fill: T) => grid.map((row) => Array.from({ length: width }, (_, c) => (c < row.length ? row[c]! : fill)));
  return {
    values: rect(out.values, ''),
    formats: rect(out.formats, 'General'),
    weights: rect(out.weights, 'normal'),
    backgrounds: rect(out.backgrounds, '#ffffff'),
    removed,
  };
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

function lastFilled(row: unknown[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (!isBlank(row[c])) return c;
  return 0;
}
