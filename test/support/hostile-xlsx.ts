// XLSX files a careless or hostile sender could hand the preview: a zip bomb
// (honest or lying about its size), row and column indexes beyond the grid, a
// sheet reaching the far corner, a formula that fills millions of cells, the
// quadratic-tokenizer bait (80,000 unterminated `<?` or `<!--`), more cells
// than the preview takes, and names that lose data (`__proto__`, repeats).
// Shared by the regression tests and `npm run bench`.

import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

function packageParts(names: string[]): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${PR}"><Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${names.map((n, i) => `<sheet name="${n.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}" sheetId="${i + 1}" r:id="s${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${PR}">${names.map((_, i) => `<Relationship Id="s${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
}

/** A workbook of the given sheets, each as its <sheetData> content. */
export function xlsxOf(sheets: { name: string; data: string }[]): Uint8Array {
  const files = packageParts(sheets.map((s) => s.name));
  sheets.forEach(
    (s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet xmlns="${NS}"><sheetData>${s.data}</sheetData></worksheet>`)),
  );
  return zipSync(files);
}

/** A zip bomb: a worksheet that inflates to `mb` megabytes of blanks, built in pieces (never held whole). */
export function zipBomb(mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(packageParts(['Bomb']))) {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(bytes, true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8(`<worksheet xmlns="${NS}"><sheetData>`));
  const blank = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < mb; i++) sheet.push(blank);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The same bomb claiming, in its central directory, to inflate to 1 KB. */
export function lyingZipBomb(mb: number): Uint8Array {
  const bytes = zipBomb(mb);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = strToU8('xl/worksheets/sheet1.xml');
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    const name = bytes.subarray(i + 46, i + 46 + nameLen);
    if (name.length === target.length && name.every((b, k) => b === target[k])) view.setUint32(i + 24, 1024, true);
  }
  return bytes;
}

export interface HostileCase {
  name: string;
  /** What the refusal must say (a part of it). */
  says: RegExp;
  file(): Uint8Array;
}

const ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>アカウント</t></is></c></row>';

export const HOSTILE_XLSX: HostileCase[] = [
  { name: 'zip bomb (1 GB inflated)', says: /inflates to more than 256 MB/, file: () => zipBomb(1024) },
  { name: 'zip bomb lying about its size', says: /cut short/, file: () => lyingZipBomb(300) },
  {
    name: '<row r="1000000000">',
    says: /row number "1000000000" is outside a spreadsheet/,
    file: () => xlsxOf([{ name: 'Roster', data: `${ROW}<row r="1000000000"><c r="A1000000000"><v>1</v></c></row>` }]),
  },
  {
    name: 'column beyond XFD',
    says: /beyond the last column/,
    file: () => xlsxOf([{ name: 'Roster', data: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }]),
  },
  {
    name: 'a cell in the far corner (XFD1048576)',
    says: /more than the 10,000,000 cells/,
    file: () => xlsxOf([{ name: 'Roster', data: `${ROW}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>` }]),
  },
  {
    name: '=SEQUENCE(900000,18)',
    says: /would fill 16,200,000 cells/,
    file: () => xlsxOf([{ name: 'Roster', data: '<row r="1"><c r="A1"><f>SEQUENCE(900000,18)</f></c></row>' }]),
  },
  {
    name: '80,000 unterminated <?',
    says: /"<\?" at character \d+ is never closed/,
    file: () => xlsxOf([{ name: 'Roster', data: `${ROW}${'<?'.repeat(80_000)}` }]),
  },
  {
    name: '80,000 unterminated <!--',
    says: /"<!--" at character \d+ is never closed/,
    file: () => xlsxOf([{ name: 'Roster', data: `${ROW}${'<!--'.repeat(80_000)}` }]),
  },
  {
    name: '3,000,001 filled cells',
    says: /more than 3,000,000 filled cells/,
    file: () => {
      const row = (r: number) => `<row r="${r}">${Array.from({ length: 30 }, (_, c) => `<c><v>${c}</v></c>`).join('')}</row>`;
      return xlsxOf([{ name: 'Roster', data: Array.from({ length: 100_001 }, (_, r) => row(r + 1)).join('') }]);
    },
  },
];
