// The XLSX the preview downloads, opened by another program: LibreOffice
// (Debian's libreoffice-calc-nogui, headless) converts it to flat ODS, and we
// read what LibreOffice understood: every sheet under its own name, numbers
// as numbers, text as text without an apostrophe marker, formula-looking text
// not turned into formulas. Skipped loudly where LibreOffice is absent; on CI
// it must be there (.ci/run installs it).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../local/preview/csv';
import { Preview, startPreview } from '../local/preview/server';
import { loadWorkbookFile } from '../local/preview/workbook';
import { XmlElement, attr, elements, parseXml, textOf } from '../local/preview/xml';
import { ensureDist } from './support/chromium';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
if (!SOFFICE) {
  const msg = 'LibreOffice not found (apt-get install -y --no-install-recommends libreoffice-calc-nogui)';
  if (process.env.CI) throw new Error(`${msg}: the XLSX interoperability test cannot run on CI without it`);
  const bar = '!'.repeat(61);
  console.warn(`\n${bar}\n!!! SKIPPING the LibreOffice XLSX test: ${msg}\n${bar}\n`);
}

interface OdsCell {
  type: string | undefined;
  value: string | undefined;
  text: string;
  formula: string | undefined;
}

/** The tables of a flat ODS: name → rows of cells (repeats expanded, trailing blanks dropped). */
function readFods(xml: string): Map<string, OdsCell[][]> {
  const out = new Map<string, OdsCell[][]>();
  const walk = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.name === 'table') out.set(attr(c, 'name') ?? '', tableRows(c));
      else walk(c);
    }
  };
  walk(parseXml(xml, { maxElements: 5_000_000 }));
  return out;
}

function tableRows(table: XmlElement): OdsCell[][] {
  const rows: OdsCell[][] = [];
  const rowEls: XmlElement[] = [];
  const collect = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.name === 'table-row') rowEls.push(c);
      else if (c.name === 'table-rows' || c.name === 'table-header-rows' || c.name === 'table-row-group') collect(c);
    }
  };
  collect(table);
  for (const row of rowEls) {
    const cells: OdsCell[] = [];
    for (const c of elements(row)) {
      if (c.name !== 'table-cell' && c.name !== 'covered-table-cell') continue;
      const cell: OdsCell = {
        type: attr(c, 'value-type'),
        value: attr(c, 'value') ?? attr(c, 'boolean-value'),
        text: elements(c, 'p').map(textOf).join('\n'),
        formula: attr(c, 'formula'),
      };
      const n = Math.min(Number(attr(c, 'number-columns-repeated') ?? 1), 100);
      for (let i = 0; i < n; i++) cells.push(cell);
    }
    while (cells.length && cells[cells.length - 1]!.type === undefined && !cells[cells.length - 1]!.text) cells.pop();
    const times = cells.length ? Math.min(Number(attr(row, 'number-rows-repeated') ?? 1), 1000) : 1;
    for (let i = 0; i < times; i++) rows.push(cells);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

const HEADER = ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率', 'メモ'];
const ROWS = [
  HEADER,
  ['@hana_beauty', 'Instagram', '1.2M', '300,000', '¥450,000', '0.9%', 'コスメ'],
  ['@tokyo_eats', 'TikTok', '25万', '120000', '200,000円', '2.1%', ''],
  ['\'=HYPERLINK("http://evil.example","click")', 'Instagram', '20000', '20000', '20000', '4%', 'formula-looking handle'],
  ["'00123", 'Instagram', '8500', '6000', '10000', '6.2%', 'leading zeros kept as text'],
  ['@seoul_daily', 'Instagram', '3.4만', '25000', '30,000', '5.5%', '서울'],
  ['@gym_ken', 'YouTube', '60000', '40000', '70,000円', '2.8%', ''],
];

describe.skipIf(!SOFFICE)('the downloaded XLSX in LibreOffice', () => {
  let dir: string;
  let p: Preview;
  let tables: Map<string, OdsCell[][]>;
  let names: string[];

  beforeAll(async () => {
    ensureDist('libreoffice.test');
    dir = mkdtempSync(join(tmpdir(), 'lo-xlsx-'));
    const file = join(dir, '名簿 2026.csv');
    writeFileSync(file, '\ufeff' + writeCsv(ROWS));
    p = await startPreview({ workbook: loadWorkbookFile(file) });
    const rpc = await fetch(`${p.url}rpc/runShortlist`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ rosterSheet: '名簿 2026', cpvCap: 2, budget: 2_000_000 }]),
    });
    expect(rpc.status).toBe(200);
    await fetch(`${p.url}api/cell`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sheet: '名簿 2026', row: 1, col: 8, input: '=ER_TIER(C2:C, F2:F)' }),
    });
    names = p.fake.sheetNames();
    const xlsx = join(dir, 'download.xlsx');
    writeFileSync(xlsx, new Uint8Array(await (await fetch(`${p.url}api/download.xlsx`)).arrayBuffer()));
    execFileSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'fods', '--outdir', dir, xlsx],
      { stdio: 'pipe', timeout: 120_000 },
    );
    tables = readFods(readFileSync(join(dir, 'download.fods'), 'utf8'));
  }, 180_000);

  afterAll(async () => {
    await p?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens with every sheet under its own name, in order', () => {
    expect(names).toEqual(['名簿 2026', 'Shortlist']);
    expect([...tables.keys()]).toEqual(names);
  });

  it('reads numbers as numbers and text as text, without an apostrophe anywhere', () => {
    const roster = tables.get('名簿 2026')!;
    expect(roster[0]!.slice(0, 7).map((c) => c.text)).toEqual(HEADER);
    // Typed numbers are numbers (with the value Sheets read), text stays the text typed.
    const cases: [number, number, string, string | undefined][] = [
      [2, 3, 'float', '120000'], // 120000
      [1, 3, 'float', '300000'], // "300,000"
      [1, 4, 'currency', '450000'], // "¥450,000"
      [1, 5, 'percentage', '0.009'], // "0.9%"
      [1, 2, 'string', undefined], // "1.2M" is text in the sheet (the add-on reads it)
    ];
    for (const [r, c, type, value] of cases) {
      const cell = roster[r]![c]!;
      expect(
        cell.type === 'currency' || cell.type === 'float' ? (type === 'currency' ? ['currency', 'float'] : [type]) : [type],
        `${r},${c} ${cell.text}`,
      ).toContain(cell.type);
      if (value !== undefined) expect(Number(cell.value), `${r},${c}`).toBeCloseTo(Number(value), 10);
    }
    expect(roster[3]![0]).toMatchObject({ type: 'string', text: '=HYPERLINK("http://evil.example","click")', formula: undefined });
    expect(roster[4]![0]).toMatchObject({ type: 'string', text: '00123' });
    for (const [name, rows] of tables)
      for (const row of rows) for (const cell of row) expect(cell.text.startsWith("'"), `${name}: ${cell.text}`).toBe(false);
  });

  it("keeps the add-on's output: the shortlist's money as numbers, the handles as text", () => {
    const out = tables.get('Shortlist')!;
    const sheet = p.fake.sheetValues('Shortlist');
    expect(out[0]!.map((c) => c.text).slice(0, 4)).toEqual(sheet[0]!.slice(0, 4).map(String));
    let numbers = 0;
    sheet.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'number') {
          const cell = out[r]![c]!;
          expect(['float', 'currency', 'percentage'], `${r},${c}`).toContain(cell.type);
          expect(Number(cell.value)).toBeCloseTo(v, 6);
          numbers++;
        } else if (typeof v === 'string' && v) expect(out[r]![c]!.text, `${r},${c}`).toBe(v);
      }),
    );
    expect(numbers).toBeGreaterThan(10);
    expect(out.flat().some((c) => c.text === '=HYPERLINK("http://evil.example","click")' && c.formula === undefined)).toBe(true);
  });

  it('keeps an open-ended formula as a formula with a range LibreOffice reads (C2:C1000, not C2:C)', () => {
    const roster = tables.get('名簿 2026')!;
    // LibreOffice has no ER_TIER, so it shows #NAME? as Sheets does without the add-on; the formula survives.
    expect(roster[1]![8]!.formula).toMatch(/ER_TIER\(\[\.C2:\.C1000\]; ?\[\.F2:\.F1000\]\)/i);
  });
});
