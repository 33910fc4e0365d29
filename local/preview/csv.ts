// CSV for the local preview: bytes → text (UTF-8 with or without BOM, UTF-16
// with BOM, and Shift_JIS / EUC-KR as Excel in Japan and Korea saves "CSV"),
// then RFC 4180 fields: quoted fields may hold the delimiter, "" for a quote
// and line breaks; records end at CRLF, LF or CR. Lenient the way spreadsheet
// imports are: a stray quote inside an unquoted field is a character, text
// after a closing quote is kept, an unterminated quote runs to the end.

import { cellText } from '../../src/core/grid';

export interface DecodedText {
  text: string;
  /** The encoding that was read, e.g. 'utf-8', 'shift_jis'. */
  encoding: string;
  bom: boolean;
}

function decoder(encoding: string): TextDecoder | null {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    return null; // a Node without full ICU
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  const d = decoder(encoding);
  if (!d) return null;
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** How Japanese / Korean a text reads: kana and common kanji count for Japanese, hangul for Korean. */
function scriptScore(text: string): { ja: number; ko: number } {
  let ja = 0;
  let ko = 0;
  for (const ch of text.slice(0, 20_000)) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff9f)) ja++;
    else if (c >= 0xac00 && c <= 0xd7a3) ko++;
  }
  return { ja, ko };
}

/** Text of a CSV file. Throws when the bytes are in no encoding we know. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return { text, encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  // Not UTF-8: Excel's "CSV" in a Japanese or Korean Windows. Both may decode; keep the one that reads as its script.
  const sjis = tryDecode(bytes, 'shift_jis');
  const euckr = tryDecode(bytes, 'euc-kr');
  if (sjis !== null && euckr !== null) {
    const a = scriptScore(sjis);
    const b = scriptScore(euckr);
    return b.ko > a.ja ? { text: euckr, encoding: 'euc-kr', bom: false } : { text: sjis, encoding: 'shift_jis', bom: false };
  }
  if (sjis !== null) return { text: sjis, encoding: 'shift_jis', bom: false };
  if (euckr !== null) return { text: euckr, encoding: 'euc-kr', bom: false };
  throw new Error('The file is not text in UTF-8, Shift_JIS or EUC-KR. Save it as "CSV UTF-8" and try again.');
}

/** The delimiter of a file: a tab or semicolon when the first record has more of those than commas. */
export function sniffDelimiter(text: string): string {
  let commas = 0;
  let tabs = 0;
  let semis = 0;
  let quoted = false;
  for (let i = 0; i < text.length && i < 64_000; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') break;
    else if (ch === ',') commas++;
    else if (ch === '\t') tabs++;
    else if (ch === ';') semis++;
  }
  if (tabs > commas && tabs >= semis) return '\t';
  if (semis > commas) return ';';
  return ',';
}

export interface CsvOptions {
  /** Default: sniffed from the first record (comma, tab or semicolon). */
  delimiter?: string;
}

/** Records of a CSV text, each a list of fields (strings, as written). A BOM at the start is dropped. */
export function parseCsv(input: string, opts: CsvOptions = {}): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = opts.delimiter ?? sniffDelimiter(text);
  if (delim.length !== 1 || delim === '"' || delim === '\n' || delim === '\r') throw new Error(`Bad CSV delimiter ${JSON.stringify(delim)}`);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  // true after a delimiter or a record end: the next field exists even if empty.
  let pending = false;

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // A quoted field: up to the closing quote; "" is a quote.
      i++;
      let start = i;
      let out = '';
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          out += text.slice(start); // unterminated: the rest of the file
          i = n;
          break;
        }
        if (text[q + 1] === '"') {
          out += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        out += text.slice(start, q);
        i = q + 1;
        break;
      }
      field = out;
      // Anything between the closing quote and the delimiter is kept as written.
      while (i < n && text[i] !== delim && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      pending = true;
      continue;
    }
    if (ch === delim) {
      endField();
      i++;
      pending = true;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      pending = false;
      continue;
    }
    // An unquoted run: up to the next delimiter or line break.
    let j = i;
    while (j < n) {
      const c = text[j];
      if (c === delim || c === '\n' || c === '\r') break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
    pending = true;
  }
  if (pending || record.length > 0) endRecord();
  return records;
}

/** A CSV field as written by writeCsv: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
export function csvField(value: unknown, delim = ','): string {
  const s = cellText(value);
  return s.includes(delim) || /["\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text with CRLF line ends (RFC 4180). */
export function writeCsv(rows: readonly (readonly unknown[])[], delim = ','): string {
  return rows.map((r) => r.map((v) => csvField(v, delim)).join(delim)).join('\r\n') + '\r\n';
}
