// A minimal XLSX writer and reader (zipped SpreadsheetML, via fflate):
// sheets in order, shared strings, numbers, booleans, errors, formulas with
// their cached values (array formulas with their range, as Sheets and Excel
// exchange spilled results), number formats, bold, frozen rows. Enough for a
// roster and the add-on's results, both ways; not a general Office library.

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XmlElement, XmlError, attr, child, elements, escapeXml, parseXml, scanXml } from './xml';

export interface XError {
  /** '#DIV/0!', '#N/A', '#ERROR!'… */
  error: string;
}
export type XValue = string | number | boolean | null | XError;
export interface XFormula {
  /** The formula with its leading '='. */
  formula: string;
  /** The cached result (of the anchor cell, for an array formula). */
  value?: XValue;
  /** An array formula's result range, e.g. "J2:J301"; the other cells of it hold cached values. */
  ref?: string;
}
export type XCell = XValue | XFormula | undefined;

export interface XSheet {
  name: string;
  /** rows[r][c], 0-based; undefined or null is an empty cell. */
  rows: XCell[][];
  /** A1 → number format, e.g. "0.00%", "\"¥\"#,##0". */
  numberFormats?: Map<string, string>;
  /** A1 of bold cells. */
  bold?: Set<string>;
  frozenRows?: number;
}

export const isFormula = (c: XCell): c is XFormula => typeof c === 'object' && c !== null && 'formula' in c;
export const isError = (c: XCell): c is XError => typeof c === 'object' && c !== null && 'error' in c;

// ---- A1 ------------------------------------------------------------------------

/** Column letters of a 0-based column: 0 → A, 26 → AA. */
export function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 of a 0-based cell. */
export const a1 = (r: number, c: number): string => `${colName(c)}${r + 1}`;

/** 0-based [row, col] of "B3" (dollars allowed), or null. */
export function parseA1(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}

/** 0-based corners of "A1:C3" (or a single cell). */
export function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const [a, b = a] = ref.split(':');
  const p = parseA1(a ?? '');
  const q = parseA1(b ?? '');
  if (!p || !q) return null;
  return { r0: Math.min(p[0], q[0]), c0: Math.min(p[1], q[1]), r1: Math.max(p[0], q[0]), c1: Math.max(p[1], q[1]) };
}

// ---- text escapes ----------------------------------------------------------------

/**
 * OOXML strings: characters XML cannot hold (controls, CR which XML would turn
 * into LF) as _xHHHH_, and a literal "_xHHHH_" protected by escaping its underscore.
 */
export function encodeOoxmlText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // XML-illegal code units, i.e. outside tab, LF and [ -\ufffd]: control characters (CR too), U+FFFE, U+FFFF.
    .replace(/[^\t\n -\ufffd]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export function decodeOoxmlText(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

const xmlText = (s: string): string => escapeXml(encodeOoxmlText(s));

// ---- number formats ----------------------------------------------------------------

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'yyyy-mm-dd', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'yyyy-mm-dd h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mm:ss.0', 48: '##0.0E+0', 49: '@',
};
// East Asian built-in date formats (27–36, 50–58), read as an ISO-like date.
for (const id of [27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]) BUILTIN_FORMATS[id] = 'yyyy/mm/dd';
for (const id of [32, 33, 55, 56]) BUILTIN_FORMATS[id] = 'h:mm:ss';

const WRITE_BUILTIN = new Map<string, number>([['0', 1], ['0.00', 2], ['#,##0', 3], ['#,##0.00', 4], ['0%', 9], ['0.00%', 10], ['0.00E+00', 11], ['@', 49]]);

// ---- writer --------------------------------------------------------------------------

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe; unique. */
function excelName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31) || 'Sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    out = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(out.toLowerCase());
  return out;
}

const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** Display width of a text in Excel's character units: wide (CJK) characters count two. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f000}-\u{1faff}]/u.test(ch) ? 2 : 1;
  return w;
}

function valueText(v: XValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return String(v);
}

/** The workbook as XLSX bytes. mtime fixes the zip timestamps (reproducible files). */
export function writeXlsx(sheets: readonly XSheet[], opts: { mtime?: Date } = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet');
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const sst = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };

  // Styles: xf 0 is the default; one xf per (number format, bold) pair in use.
  const customFormats = new Map<string, number>();
  const xfs: { numFmtId: number; bold: boolean }[] = [{ numFmtId: 0, bold: false }];
  const xfIndex = new Map<string, number>([['0|0', 0]]);
  const styleOf = (fmt: string | undefined, bold: boolean): number => {
    let numFmtId = 0;
    if (fmt && fmt !== 'General') {
      numFmtId = WRITE_BUILTIN.get(fmt) ?? customFormats.get(fmt) ?? 0;
      if (numFmtId === 0) {
        numFmtId = 164 + customFormats.size;
        customFormats.set(fmt, numFmtId);
      }
    }
    const key = `${numFmtId}|${bold ? 1 : 0}`;
    let i = xfIndex.get(key);
    if (i === undefined) {
      i = xfs.length;
      xfs.push({ numFmtId, bold });
      xfIndex.set(key, i);
    }
    return i;
  };

  const taken = new Set<string>();
  const names = sheets.map((s) => excelName(s.name, taken));
  const sheetXml = sheets.map((sheet, si) => {
    // Cells covered by an array formula (not its anchor) hold its cached results: written as formula results.
    const covered = new Set<string>();
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormula(cell) || !cell.ref) return;
        const box = parseRange(cell.ref);
        if (!box) return;
        for (let rr = box.r0; rr <= box.r1; rr++) for (let cc = box.c0; cc <= box.c1; cc++) if (rr !== r || cc !== c) covered.add(a1(rr, cc));
      }),
    );
    let maxR = -1;
    let maxC = -1;
    const widths: number[] = [];
    const out: string[] = [];
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      const cells: string[] = [];
      row.forEach((cell, c) => {
        if (cell === undefined || cell === null || cell === '') return;
        const ref = a1(r, c);
        const fmt = sheet.numberFormats?.get(ref);
        const s = styleOf(fmt, sheet.bold?.has(ref) ?? false);
        const sAttr = s ? ` s="${s}"` : '';
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, c);
        if (r < 500) {
          const shown = isFormula(cell) ? valueText(cell.value) : valueText(cell);
          widths[c] = Math.max(widths[c] ?? 0, Math.min(50, textWidth(shown.split('\n')[0] ?? '')));
        }
        if (isFormula(cell)) {
          const f = escapeXml(cell.formula.replace(/^=/, ''));
          const fEl = cell.ref ? `<f t="array" ref="${escapeXml(cell.ref)}">${f}</f>` : `<f>${f}</f>`;
          cells.push(`<c r="${ref}"${sAttr}${resultCell(cell.value, fEl)}</c>`);
        } else if (covered.has(ref)) {
          cells.push(`<c r="${ref}"${sAttr}${resultCell(cell, '')}</c>`);
        } else if (typeof cell === 'string') {
          cells.push(`<c r="${ref}"${sAttr} t="s"><v>${sst(cell)}</v></c>`);
        } else if (typeof cell === 'number') {
          cells.push(Number.isFinite(cell) ? `<c r="${ref}"${sAttr}><v>${cell}</v></c>` : `<c r="${ref}"${sAttr} t="e"><v>#NUM!</v></c>`);
        } else if (typeof cell === 'boolean') {
          cells.push(`<c r="${ref}"${sAttr} t="b"><v>${cell ? 1 : 0}</v></c>`);
        } else if (isError(cell)) {
          cells.push(EXCEL_ERRORS.has(cell.error) ? `<c r="${ref}"${sAttr} t="e"><v>${escapeXml(cell.error)}</v></c>` : `<c r="${ref}"${sAttr} t="s"><v>${sst(cell.error)}</v></c>`);
        }
      });
      if (cells.length) out.push(`<row r="${r + 1}">${cells.join('')}</row>`);
    });
    const frozen = sheet.frozenRows && sheet.frozenRows > 0 ? sheet.frozenRows : 0;
    const pane = frozen ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` : '';
    const cols = widths
      .map((w, c) => (w && w + 2 > 10 ? `<col min="${c + 1}" max="${c + 1}" width="${w + 2}" customWidth="1"/>` : ''))
      .join('');
    return (
      HEAD +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
      `<dimension ref="${maxR < 0 ? 'A1' : `A1:${a1(maxR, maxC)}`}"/>` +
      `<sheetViews><sheetView workbookViewId="0"${si === 0 ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      (cols ? `<cols>${cols}</cols>` : '') +
      `<sheetData>${out.join('')}</sheetData>` +
      `</worksheet>`
    );
  });

  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string) => (files[path] = strToU8(xml));
  put(
    '[Content_Types].xml',
    HEAD +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `</Types>`,
  );
  put('_rels/.rels', HEAD + `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put(
    'xl/workbook.xml',
    HEAD +
      `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets></workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    HEAD +
      `<Relationships xmlns="${NS_PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `</Relationships>`,
  );
  sheetXml.forEach((xml, i) => put(`xl/worksheets/sheet${i + 1}.xml`, xml));
  const numFmts = [...customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
  put(
    'xl/styles.xml',
    HEAD +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (customFormats.size ? `<numFmts count="${customFormats.size}">${numFmts}</numFmts>` : '') +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${xfs.length}">` +
      xfs
        .map((x) => `<xf numFmtId="${x.numFmtId}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${x.numFmtId ? ' applyNumberFormat="1"' : ''}${x.bold ? ' applyFont="1"' : ''}/>`)
        .join('') +
      `</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `</styleSheet>`,
  );
  put(
    'xl/sharedStrings.xml',
    HEAD +
      `<sst xmlns="${NS_MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('') +
      `</sst>`,
  );
  return zipSync(files, { level: 6, mtime: opts.mtime ?? new Date() });
}

/** The type attribute and value of a formula result (fEl = the <f> element, or '' for a covered array cell). */
function resultCell(v: XValue | undefined, fEl: string): string {
  if (v === null || v === undefined || v === '') return fEl ? `>${fEl}` : '>';
  if (typeof v === 'number') return Number.isFinite(v) ? `>${fEl}<v>${v}</v>` : ` t="e">${fEl}<v>#NUM!</v>`;
  if (typeof v === 'boolean') return ` t="b">${fEl}<v>${v ? 1 : 0}</v>`;
  if (typeof v === 'object') return EXCEL_ERRORS.has(v.error) ? ` t="e">${fEl}<v>${escapeXml(v.error)}</v>` : ` t="str">${fEl}<v>${xmlText(v.error)}</v>`;
  return ` t="str">${fEl}<v>${xmlText(v)}</v>`;
}

// ---- reader ------------------------------------------------------------------------------

/**
 * What an XLSX may hold before the preview refuses it: a file is read in
 * seconds or refused in seconds, never left to run out of memory.
 */
export const XLSX_LIMITS = {
  /** All parts together, inflated (a zip bomb declares gigabytes). */
  inflatedBytes: 256 * 1024 * 1024,
  /** The XLSX format's own grid: 1,048,576 rows × 16,384 columns (XFD). */
  rows: 1_048_576,
  columns: 16_384,
  /** Sheets' limit: 10 million cells in a spreadsheet (rows × columns of every sheet, as Sheets counts them). */
  gridCells: 10_000_000,
  /** Filled cells the in-memory spreadsheet takes, with the cells array formulas such as SEQUENCE fill. */
  filledCells: 3_000_000,
} as const;

/** The limits of the read in progress (readXlsx's options may lower them, as the tests do). */
let L: { -readonly [K in keyof typeof XLSX_LIMITS]: number } = { ...XLSX_LIMITS };

/** The file is beyond a limit, or damaged: the message says which and where. */
export class XlsxRefused extends Error {}

const fmtN = (n: number) => n.toLocaleString('en-US');

/** The zip's parts, each checked against the inflated-size budget before it is inflated. */
function unzipLimited(data: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter(f) {
        total += f.originalSize;
        if (total > L.inflatedBytes) {
          throw new XlsxRefused(
            `The file inflates to more than ${fmtN(L.inflatedBytes / 1024 / 1024)} MB (${f.name} alone declares ${fmtN(Math.round(f.originalSize / 1024 / 1024))} MB): not opened. A roster this large is best read as CSV.`,
          );
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof XlsxRefused) throw err;
    throw new Error(`Not an XLSX file (not a zip archive): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return files;
}

function joinPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A part as XML text; a damaged part (or a short one: its declared size was a lie) is refused. */
function partText(files: Record<string, Uint8Array>, path: string): string | undefined {
  const bytes = Object.hasOwn(files, path) ? files[path] : undefined;
  return bytes ? strFromU8(bytes) : undefined;
}

function parsePart(files: Record<string, Uint8Array>, path: string): XmlElement | undefined {
  const text = partText(files, path);
  if (text === undefined) return undefined;
  try {
    return parseXml(text, { maxElements: 1_000_000 }).children.find((c): c is XmlElement => typeof c !== 'string');
  } catch (err) {
    throw new XlsxRefused(`${path} in the file cannot be read (${err instanceof Error ? err.message : String(err)}).`);
  }
}

function relsOf(files: Record<string, Uint8Array>, part: string): Map<string, { type: string; target: string }> {
  const dir = part.split('/').slice(0, -1).join('/');
  const name = part.split('/').pop()!;
  const relPath = `${dir ? `${dir}/` : ''}_rels/${name}.rels`;
  const out = new Map<string, { type: string; target: string }>();
  const root = parsePart(files, relPath);
  if (!root) return out;
  for (const rel of elements(root, 'Relationship')) {
    const target = rel.attrs.Target ?? '';
    out.set(rel.attrs.Id ?? '', { type: rel.attrs.Type ?? '', target: rel.attrs.TargetMode === 'External' ? target : joinPath(part, target) });
  }
  return out;
}

/** Moves the relative references of a formula by (dr, dc): how a shared formula reads in the cells it covers. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // String literals and quoted sheet names are copied untouched.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_.!])/.exec(formula.slice(i, i + 16));
    const prev = out[out.length - 1] ?? '';
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      let c = 0;
      for (const l of m[2]!.toUpperCase()) c = c * 26 + l.charCodeAt(0) - 64;
      const col = m[1] ? c - 1 : c - 1 + dc;
      const row = m[3] ? Number(m[4]) : Number(m[4]) + dr;
      out += col >= 0 && row >= 1 ? `${m[1]}${colName(col)}${m[3]}${row}` : '#REF!';
      i += m[0].length;
      continue;
    }
    // Skip a whole identifier so "LOG10" or "Sheet2" is not read as a reference.
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i, i + 256));
    if (word) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Cells an array formula fills by itself, as far as its text tells: SEQUENCE(rows, cols)
 * with literal sizes (the one array function whose size is not bounded by its ranges).
 */
export function formulaCells(formula: string): number {
  let cells = 0;
  const re = /\bSEQUENCE\s*\(\s*([0-9.eE+]+)\s*(?:[,;]\s*([0-9.eE+]+))?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    const rows = Number(m[1]);
    const cols = m[2] === undefined ? 1 : Number(m[2]);
    cells += Number.isFinite(rows) && Number.isFinite(cols) ? Math.max(0, rows) * Math.max(0, cols) : Infinity;
  }
  return cells;
}

/** ISO date text (t="d" cells) as a serial day number. */
function isoToSerial(s: string): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);
  return Number.isFinite(t) ? t / 86_400_000 + 25_569 : null;
}

/** Shared strings, streamed: plain <t>, or rich-text runs; phonetic guides (<rPh>, ふりがな) left out. */
function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inPh = 0;
  let inT = false;
  let s = '';
  scanXml(xml, {
    open(name, _a, self) {
      if (name === 'si') {
        inSi = true;
        s = '';
      } else if (name === 'rPh') inPh++;
      else if (name === 't' && inSi && !inPh && !self) inT = true;
    },
    close(name) {
      if (name === 'si') {
        out.push(decodeOoxmlText(s));
        inSi = false;
      } else if (name === 'rPh') inPh = Math.max(0, inPh - 1);
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT) s += t;
    },
  });
  return out;
}

interface Budget {
  filled: number;
  grid: number;
}

/** One worksheet part, streamed into an XSheet: no tree of the whole sheet is ever built. */
function readSheet(xml: string, name: string, shared: readonly string[], xfFormat: readonly (string | undefined)[], xfBold: readonly boolean[], budget: Budget): XSheet {
  const sheet: XSheet = { name, rows: [], numberFormats: new Map(), bold: new Set() };
  const sharedFormulas = new Map<string, { text: string; r: number; c: number }>();
  let r = -1;
  let c = -1;
  let cells: XCell[] = [];
  let maxR = -1;
  let maxC = -1;
  // The cell being read.
  let cellAttrs: Record<string, string> | null = null;
  let v: string | undefined;
  let fAttrs: Record<string, string> | null = null;
  let fText = '';
  let inline: string | null = null;
  let phonetic = 0;
  let capture: 'v' | 'f' | 't' | null = null;
  const where = () => `${name}!${r >= 0 && c >= 0 && r < L.rows && c < L.columns ? a1(r, c) : `row ${fmtN(r + 1)}, column ${fmtN(c + 1)}`}`;

  const finishCell = () => {
    const a = cellAttrs!;
    const ref = a1(r, c);
    const t = a.t ?? 'n';
    let value: XValue = null;
    if (t === 's') value = v === undefined ? null : (shared[Number(v)] ?? '');
    else if (t === 'str') value = v === undefined ? null : decodeOoxmlText(v);
    else if (t === 'inlineStr') value = decodeOoxmlText(inline ?? '');
    else if (t === 'b') value = v === undefined ? null : v.trim() === '1' || v.trim().toLowerCase() === 'true';
    else if (t === 'e') value = { error: (v ?? '#N/A').trim() };
    else if (t === 'd') value = v === undefined ? null : isoToSerial(v.trim());
    else if (v !== undefined && v.trim() !== '') {
      const n = Number(v);
      value = Number.isFinite(n) ? n : v;
    }
    let formula: string | undefined;
    let arrayRef: string | undefined;
    if (fAttrs) {
      const text = fText.trim();
      if (fAttrs.t === 'shared' && fAttrs.si !== undefined) {
        const si = fAttrs.si;
        if (text) {
          sharedFormulas.set(si, { text, r, c });
          formula = text;
        } else {
          const base = sharedFormulas.get(si);
          if (base) formula = shiftFormula(base.text, r - base.r, c - base.c);
        }
      } else if (text) {
        formula = text;
        if (fAttrs.t === 'array' && fAttrs.ref) {
          const box = parseRange(fAttrs.ref);
          if (box && (box.r1 > box.r0 || box.c1 > box.c0)) arrayRef = fAttrs.ref;
        }
      }
    }
    if (formula !== undefined) {
      const clean = formula.replace(/_xlfn\.|_xlws\./g, '');
      const extra = formulaCells(clean);
      budget.filled += extra;
      if (budget.filled > L.filledCells) {
        throw new XlsxRefused(`${where()}: =${clean.slice(0, 60)} would fill ${Number.isFinite(extra) ? fmtN(extra) : 'countless'} cells; the local preview takes at most ${fmtN(L.filledCells)} filled cells. Not opened.`);
      }
      const fc: XFormula = { formula: `=${clean}`, value };
      if (arrayRef) fc.ref = arrayRef;
      cells[c] = fc;
    } else if (value !== null) cells[c] = value;
    if (formula !== undefined || value !== null) {
      if (++budget.filled > L.filledCells) throw new XlsxRefused(`${name}: more than ${fmtN(L.filledCells)} filled cells (at ${where()}); the local preview takes at most that many. Not opened: split the workbook, or open the roster sheet alone as CSV.`);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    const sIdx = a.s === undefined ? 0 : Number(a.s);
    const fmt = xfFormat[sIdx];
    if (fmt) sheet.numberFormats!.set(ref, fmt);
    if (xfBold[sIdx]) sheet.bold!.add(ref);
  };

  scanXml(
    xml,
    {
      open(el, attrs, self) {
        if (el === 'row') {
          r = attrs.r !== undefined ? Number(attrs.r) - 1 : r + 1;
          if (!Number.isInteger(r) || r < 0 || r >= L.rows) {
            throw new XlsxRefused(`${name}: row number ${JSON.stringify(attrs.r ?? String(r + 1))} is outside a spreadsheet (rows 1 to ${fmtN(L.rows)}). Not opened.`);
          }
          c = -1;
          cells = [];
        } else if (el === 'c') {
          const pos = attrs.r !== undefined ? parseA1(attrs.r) : null;
          if (attrs.r !== undefined && !pos) throw new XlsxRefused(`${name}: cell reference ${JSON.stringify(attrs.r.slice(0, 20))} in row ${fmtN(r + 1)} cannot be read. Not opened.`);
          c = pos ? pos[1] : c + 1;
          if (c >= L.columns) throw new XlsxRefused(`${name}: cell ${JSON.stringify(attrs.r ?? '')} is beyond the last column (XFD, ${fmtN(L.columns)}). Not opened.`);
          if (r < 0) r = 0;
          cellAttrs = attrs;
          v = undefined;
          fAttrs = null;
          fText = '';
          inline = null;
          phonetic = 0;
          if (self) {
            finishCell();
            cellAttrs = null;
          }
        } else if (cellAttrs) {
          if (el === 'v' && !self) {
            capture = 'v';
            v = '';
          } else if (el === 'f') {
            fAttrs = attrs;
            if (!self) capture = 'f';
          } else if (el === 'is') inline = '';
          else if (el === 'rPh') phonetic++;
          else if (el === 't' && inline !== null && !phonetic && !self) capture = 't';
        } else if (el === 'pane' && /frozen/i.test(attrs.state ?? '') && Number(attrs.ySplit) > 0) {
          sheet.frozenRows = Math.min(Math.round(Number(attrs.ySplit)), L.rows);
        }
      },
      close(el) {
        if (el === 'c' && cellAttrs) {
          finishCell();
          cellAttrs = null;
          capture = null;
        } else if (el === 'row') {
          if (cells.length) sheet.rows[r] = cells;
          cells = [];
        } else if (el === 'rPh') phonetic = Math.max(0, phonetic - 1);
        else if (el === 'v' || el === 'f' || el === 't') capture = null;
      },
      text(t) {
        if (capture === 'v') v += t;
        else if (capture === 'f') fText += t;
        else if (capture === 't') inline += t;
      },
    },
    { maxElements: 4 * L.filledCells + 1_000_000 },
  );
  budget.grid += (maxR + 1) * (maxC + 1);
  if (budget.grid > L.gridCells) {
    throw new XlsxRefused(`${name} reaches ${a1(Math.max(maxR, 0), Math.max(maxC, 0))}: ${fmtN(maxR + 1)} rows × ${fmtN(maxC + 1)} columns is more than the ${fmtN(L.gridCells)} cells a spreadsheet holds. Not opened.`);
  }
  for (let i = 0; i < sheet.rows.length; i++) if (!sheet.rows[i]) sheet.rows[i] = [];
  return sheet;
}

/** Sheet names as Sheets keeps them: unique regardless of case; a repeated name gets " (2)" and a notice. */
function uniqueName(name: string, taken: Set<string>, notices: string[]): string {
  let out = name;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${name} (${i})`;
  if (out !== name) notices.push(`Two sheets are named "${name}" (names are unique regardless of case): the second one is shown as "${out}".`);
  taken.add(out.toLowerCase());
  return out;
}

export interface ReadOptions {
  /** Told about what was changed to open the file (a repeated sheet name). */
  notices?: string[];
  /** Lower limits than XLSX_LIMITS (tests). */
  limits?: Partial<Record<keyof typeof XLSX_LIMITS, number>>;
}

export function readXlsx(data: Uint8Array, opts: ReadOptions = {}): XSheet[] {
  L = { ...XLSX_LIMITS, ...opts.limits };
  try {
    return readWorkbook(data, opts);
  } finally {
    L = { ...XLSX_LIMITS };
  }
}

function readWorkbook(data: Uint8Array, opts: ReadOptions): XSheet[] {
  const files = unzipLimited(data);
  const notices = opts.notices ?? [];
  const pkgRels = relsOf(files, '');
  const wbPath = [...pkgRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wb = parsePart(files, wbPath);
  if (!wb) throw new Error('Not an XLSX file: no workbook part (an .xls or .xlsb file? Save it as .xlsx or CSV UTF-8).');
  const wbRels = relsOf(files, wbPath);
  const relOfType = (suffix: string) => [...wbRels.values()].find((r) => r.type.endsWith(suffix))?.target;

  const sstPath = relOfType('/sharedStrings');
  const sstText = sstPath ? partText(files, sstPath) : undefined;
  let shared: string[] = [];
  if (sstText !== undefined) {
    try {
      shared = readSharedStrings(sstText);
    } catch (err) {
      throw new XlsxRefused(`The shared strings of the file cannot be read (${err instanceof Error ? err.message : String(err)}). Not opened.`);
    }
  }

  // Styles: per xf index, its number format and whether its font is bold.
  const xfFormat: (string | undefined)[] = [];
  const xfBold: boolean[] = [];
  const stylesPath = relOfType('/styles');
  const styles = stylesPath ? parsePart(files, stylesPath) : undefined;
  if (styles) {
    const custom = new Map<number, string>();
    const nf = child(styles, 'numFmts');
    if (nf) for (const f of elements(nf, 'numFmt')) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? 'General');
    const fonts = child(styles, 'fonts');
    const bold = fonts
      ? elements(fonts, 'font').map((f) => {
          const b = child(f, 'b');
          return !!b && b.attrs.val !== '0' && b.attrs.val !== 'false';
        })
      : [];
    const cellXfs = child(styles, 'cellXfs');
    if (cellXfs)
      for (const xf of elements(cellXfs, 'xf')) {
        const id = Number(xf.attrs.numFmtId ?? 0);
        const code = custom.get(id) ?? BUILTIN_FORMATS[id];
        xfFormat.push(code && code !== 'General' ? code : undefined);
        xfBold.push(bold[Number(xf.attrs.fontId ?? 0)] ?? false);
      }
  }

  const sheetsEl = child(wb, 'sheets');
  const out: XSheet[] = [];
  const taken = new Set<string>();
  const budget: Budget = { filled: 0, grid: 0 };
  for (const s of sheetsEl ? elements(sheetsEl, 'sheet') : []) {
    const target = wbRels.get(attr(s, 'id') ?? '')?.target;
    const xml = target ? partText(files, target) : undefined;
    if (xml === undefined) continue; // a chart sheet or a missing part
    const name = uniqueName(s.attrs.name || `Sheet${out.length + 1}`, taken, notices);
    let sheet: XSheet;
    try {
      sheet = readSheet(xml, name, shared, xfFormat, xfBold, budget);
    } catch (err) {
      if (err instanceof XmlError) throw new XlsxRefused(`Sheet ${name} cannot be read: ${err.message}. Not opened.`);
      throw err;
    }
    if (!/<\/(?:\w+:)?worksheet>\s*$/.test(xml.slice(-200))) throw new XlsxRefused(`Sheet ${name} is cut short (the file is damaged, or its sizes were altered). Not opened.`);
    out.push(sheet);
  }
  if (out.length === 0) throw new Error('The XLSX file has no worksheets.');
  return out;
}
