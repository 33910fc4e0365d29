// Apps Script custom functions inside HyperFormula, called the way Sheets calls
// them: a range argument arrives as a 2-D array of values, a single cell as its
// value, an omitted argument is absent; a 2-D result spills; a thrown Error
// shows as #ERROR! with the Error's message.
//
// HyperFormula's function registry is global and read when an engine is built,
// so there is one plugin class, extended with a method per name on the first
// registration of that name; every call looks the implementation up in the
// current table, so registering again (a rebuilt bundle) just swaps it. Each
// entry keeps the realm of the bundle it came from (see gas/realm.ts).
//
// HyperFormula sizes an array result from the formula text, before anything is
// computed (Sheets sizes it after the call). We predict the size by calling the
// function once with blank arguments of the same shapes: the add-on's functions
// return the shape of their ranges for blanks, and a scalar for COMMENT_INTENT's
// "share" mode. A result larger than predicted shows #REF! (re-enter the cell).

import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { cellText } from '../src/core/grid';
import { bumpPluginGeneration } from './gas/engine';
import { REALM, Realm, hostRealm, isDate } from './gas/realm';
import { DATE_TYPES, ERROR_TEXT, dateToSerial, serialToDate, typedPercent } from './gas/values';

type Fn = (...args: unknown[]) => unknown;

/** The parts of HyperFormula's AST and interpreter state the shim reads. */
interface Ast {
  type: string;
  value?: unknown;
  args: Ast[];
}
interface State {
  formulaAddress?: { sheet: number };
  formulaVertex?: { formula?: unknown; width?: number; height?: number };
}
type HfScalar = number | string | boolean | CellError | typeof EmptyValue;

/** Name → implementation, with the realm its arguments are built in. */
const table = new Map<string, { fn: Fn; realm: Realm }>();

const RANGE_ASTS = new Set(['CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE']);

/** One cell as Apps Script hands it over: '' for blank, Date for date-typed numbers, error text. */
function toGas(v: unknown, realm: Realm): unknown {
  if (v === EmptyValue || v === null || v === undefined) return '';
  if (v instanceof CellError) return ERROR_TEXT[v.type] ?? '#ERROR!';
  if (typeof v === 'object' && 'val' in v && typeof (v as { getDetailedType?: unknown }).getDetailedType === 'function') {
    const rich = v as { val: number; getDetailedType(): string };
    const t = rich.getDetailedType();
    if (DATE_TYPES.has(t)) return serialToDate(rich.val, realm);
    return t === 'NUMBER_PERCENT' ? typedPercent(rich.val) : rich.val;
  }
  return v;
}

function gridOf(rows: unknown[][], realm: Realm): unknown[][] {
  return realm.Array.from(rows, (r) => realm.Array.from(r, (v) => toGas(v, realm)));
}

/** A result cell back into HyperFormula. */
function toHf(v: unknown): HfScalar {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, 'Result was not a finite number');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return dateToSerial(v);
  return cellText(v);
}

/** A 2-D result as rows; a 1-D array is a column, as Sheets shows it. */
function rowsOf(result: unknown[]): unknown[][] {
  return result.map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
}

function shapeOf(result: unknown): [number, number] {
  if (!Array.isArray(result)) return [1, 1];
  const rows = rowsOf(result);
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.length === 0 || cols === 0 ? [1, 1] : [rows.length, cols];
}

function errorMessage(err: unknown): string {
  // Errors thrown inside the vm are from another realm: read .message, not instanceof.
  if (err && typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}

class GasCustomFunctions extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  protected callCustom(name: string, ast: Ast, state: State): unknown {
    const entry = table.get(name);
    if (!entry) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
    const { fn, realm } = entry;
    const args: unknown[] = [];
    for (const a of ast.args) {
      if (a.type === 'EMPTY') {
        args.push('');
        continue;
      }
      const v: unknown = this.evaluateAst(a as never, state as never);
      const isRange = RANGE_ASTS.has(a.type);
      if (v instanceof SimpleRangeValue) args.push(gridOf(v.data, realm));
      else if (v instanceof CellError && !isRange) return v; // an error argument propagates, as in built-ins
      else args.push(isRange ? gridOf([[v]], realm) : toGas(v, realm));
    }
    let result: unknown;
    try {
      result = fn(...args);
    } catch (err) {
      return new CellError(ErrorType.ERROR, errorMessage(err));
    }
    if (!Array.isArray(result)) return toHf(result);
    const [h, w] = shapeOf(result);
    const vertex = state.formulaVertex;
    if (vertex && vertex.formula === ast && (h > (vertex.height ?? 1) || w > (vertex.width ?? 1))) {
      return new CellError(ErrorType.REF, `The result is ${h}×${w} but the formula was sized ${vertex.height ?? 1}×${vertex.width ?? 1} when entered; enter it again.`);
    }
    const rows = rowsOf(result);
    if (rows.length === 0 || w === 0) return EmptyValue;
    // Host-realm arrays: the result may come from the bundle's realm.
    const data = Array.from(rows, (r) => Array.from({ length: w }, (_, c) => (c < r.length ? toHf(r[c]) : EmptyValue)));
    return SimpleRangeValue.onlyValues(data);
  }

  protected sizeCustom(name: string, ast: Ast, state: State): ArraySize {
    const entry = table.get(name);
    const sizes = ast.args.map((a) => this.finiteSize(this.arraySizeForAst(a as never, state as never), state));
    const probe = ast.args.map((a, i) => {
      const s = sizes[i]!;
      if (a.type === 'NUMBER' || a.type === 'STRING') return a.value;
      if (RANGE_ASTS.has(a.type) || s.width > 1 || s.height > 1) {
        const Arr = entry?.realm.Array ?? Array;
        return Arr.from({ length: s.height }, () => Arr.from({ length: s.width }, () => ''));
      }
      return '';
    });
    try {
      const [h, w] = shapeOf(entry?.fn(...probe));
      return new ArraySize(w, h);
    } catch {
      // Blank arguments were refused: assume the shape of the first multi-cell argument.
      const first = sizes.find((s) => s.width > 1 || s.height > 1);
      return first ? new ArraySize(first.width, first.height) : ArraySize.scalar();
    }
  }

  /** Whole columns/rows (A:A, 1:1) are unbounded here; in Sheets they reach the sheet's edge (at least 1000 × 26). */
  private finiteSize(s: ArraySize, state: State): ArraySize {
    if (Number.isFinite(s.width) && Number.isFinite(s.height)) return s;
    const sheet = state.formulaAddress?.sheet ?? 0;
    const height = Number.isFinite(s.height) ? s.height : Math.max(1000, this.dependencyGraph.getSheetHeight(sheet));
    const width = Number.isFinite(s.width) ? s.width : Math.max(26, this.dependencyGraph.getSheetWidth(sheet));
    return new ArraySize(width, height);
  }
}

/** Names Sheets could call as custom functions, and HyperFormula can parse. */
function callableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !name.endsWith('_') && !/^[A-Za-z]{1,3}[0-9]+$/.test(name);
}

/**
 * Makes the given functions callable from formulas in engines built (or
 * rebuilt) from now on. Pass loadBundle()'s context to register the bundle's
 * top-level functions; names HyperFormula already has built in are left alone.
 */
export function registerCustomFunctions(fns: Record<string, unknown>): void {
  const realm = (fns as { [REALM]?: Realm })[REALM] ?? hostRealm;
  const languages = HyperFormula.getRegisteredLanguagesCodes();
  let added = false;
  for (const [jsName, fn] of Object.entries(fns)) {
    if (typeof fn !== 'function' || !callableName(jsName)) continue;
    const id = jsName.toUpperCase();
    const owner = HyperFormula.getFunctionPlugin(id);
    if (owner && owner !== GasCustomFunctions) continue;
    table.set(id, { fn: fn as Fn, realm });
    if (owner) continue;
    const method = `custom_${id}`;
    const sizeMethod = `customSize_${id}`;
    const proto = GasCustomFunctions.prototype as unknown as Record<string, unknown>;
    proto[method] = function (this: GasCustomFunctions, ast: Ast, state: State) {
      return this.callCustom(id, ast, state);
    };
    proto[sizeMethod] = function (this: GasCustomFunctions, ast: Ast, state: State) {
      return this.sizeCustom(id, ast, state);
    };
    GasCustomFunctions.implementedFunctions[id] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    const translations = Object.fromEntries(languages.map((code) => [code, { [id]: id }]));
    try {
      HyperFormula.registerFunction(id, GasCustomFunctions, translations);
      added = true;
    } catch {
      table.delete(id); // a name HyperFormula protects (VERSION, OFFSET): Sheets' own function wins
      delete GasCustomFunctions.implementedFunctions[id];
    }
  }
  if (added) bumpPluginGeneration();
}

// ---- Sheets formula text → HyperFormula's ---------------------------------------------

function letters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const OPEN_DOWN = /^(\$?[A-Za-z]{1,3}\$?\d+):(\$?)([A-Za-z]{1,3})(?![\w(.!:$])/;
const OPEN_RIGHT = /^(\$?[A-Za-z]{1,3}\$?\d+):(\$?)(\d+)(?![\w(.!:])/;
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u00a0-\uffff][\w.\u00a0-\uffff]*))!/;

/**
 * A formula as Sheets reads it, in the text HyperFormula reads the same way:
 * an open-ended range (`C2:C`, `A2:2`) ends at its sheet's edge, as in Sheets
 * (the add-on's functions keep blank rows blank, so the result covers the used
 * rows); a bare TRUE or FALSE is the literal (HyperFormula knows only TRUE()).
 * Strings and quoted sheet names are left as they are. `edge` gives the size
 * of a sheet (null: the formula's own).
 */
export function sheetsFormulaToHf(formula: string, edge: (sheet: string | null) => { rows: number; cols: number }): string {
  if (!formula.startsWith('=')) return formula;
  let out = '';
  let i = 0;
  const f = formula;
  while (i < f.length) {
    const ch = f[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = out[out.length - 1] ?? '';
    if (/[\w.$]/.test(prev)) {
      out += ch;
      i++;
      continue;
    }
    const rest = f.slice(i, i + 300);
    let sheet: string | null = null;
    let prefix = '';
    const sp = SHEET_PREFIX.exec(rest);
    if (sp) {
      prefix = sp[0];
      sheet = sp[1] !== undefined ? sp[1].replace(/''/g, "'") : sp[2]!;
    }
    const tail = rest.slice(prefix.length);
    const down = OPEN_DOWN.exec(tail);
    if (down) {
      out += `${prefix}${down[1]}:${down[2]}${down[3]}${edge(sheet).rows}`;
      i += prefix.length + down[0].length;
      continue;
    }
    const right = OPEN_RIGHT.exec(tail);
    if (right) {
      out += `${prefix}${right[1]}:${letters(edge(sheet).cols - 1)}${right[2]}${right[3]}`;
      i += prefix.length + right[0].length;
      continue;
    }
    if (prefix) {
      out += prefix;
      i += prefix.length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(rest);
    if (word) {
      const after = f.slice(i + word[0].length).trimStart()[0];
      const upper = word[0].toUpperCase();
      out += (upper === 'TRUE' || upper === 'FALSE') && after !== '(' && after !== '!' ? `${upper}()` : word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The translations HyperFormula needs for a language registered after our functions. */
export function customFunctionTranslations(): Record<string, string> {
  return Object.fromEntries([...table.keys()].map((id) => [id, id]));
}
