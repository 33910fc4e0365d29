// The pure pieces behind snapshots and freezing (src/core/share), table-driven.
import { describe, expect, it } from 'vitest';
import { fitSheetName, freeSheetName, sheetNameProblem } from '../src/core/share/sheet-name';
import { callsOurs, planFreeze, rectangles, resultShape } from '../src/core/share/freeze';
import { clientView, hiddenClosure, parseStructure, StructureBuilder } from '../src/core/share/structure';

const OURS = ['ROI_CPV', 'ER_TIER', 'COMMENT_INTENT'];

describe('sheet names valid in Sheets and Excel', () => {
  const NAMES: [string, string | null][] = [
    ['Shortlist', null],
    ['ショートリスト 10月', null],
    ['x'.repeat(31), null],
    ['x'.repeat(32), 'tooLong'],
    ['a:b', 'badChar'],
    ['a\\b', 'badChar'],
    ['a/b', 'badChar'],
    ['a?', 'badChar'],
    ['a*', 'badChar'],
    ['[a]', 'badChar'],
    ["'a", 'badChar'],
    ["a'", 'badChar'],
    ["it's", null],
    ['  ', 'empty'],
  ];
  it.each(NAMES)('%j → %s', (name, problem) => {
    expect(sheetNameProblem(name)?.kind ?? null).toBe(problem);
  });

  const FITS: [string, string, string][] = [
    ['Roster', ' snapshot 12-01 1020', 'Roster snapshot 12-01 1020'],
    ['A very long roster sheet name', ' snapshot 12-01 1020', 'A very long snapshot 12-01 1020'],
    ['Q3: plan/final', ' (2)', 'Q3 plan final (2)'],
    ['😀'.repeat(20), '', '😀'.repeat(15)], // never half a surrogate pair
  ];
  it.each(FITS)('fits %j + %j into %j', (base, suffix, out) => {
    expect(fitSheetName(base, suffix)).toBe(out);
    expect(sheetNameProblem(out)).toBeNull();
  });

  it('finds a free name regardless of case, still within 31 characters', () => {
    const taken = new Set(['shortlist', 'shortlist (2)', 'x'.repeat(31).toLowerCase()]);
    const isTaken = (n: string) => taken.has(n.toLowerCase());
    expect(freeSheetName('Shortlist', isTaken)).toBe('Shortlist (3)');
    const long = freeSheetName('x'.repeat(40), isTaken);
    expect(long).toBe(`${'x'.repeat(27)} (2)`);
  });
});

describe('freeze: our calls, their result area, few writes', () => {
  const CALLS: [string, boolean][] = [
    ['=ROI_CPV(1,2,3)', true],
    ['= roi_cpv (1,2,3)', true],
    ['=IFERROR(ER_TIER(A1,B1),"")', true],
    ['=SUM(ROI_CPV(A1:A3,1,1))', true],
    ['="ROI_CPV(1,2,3)"', false],
    ['=CONCAT("ER_TIER(", A1)', false],
    ['=XROI_CPV(1)', false],
    ['=A1.ROI_CPV(1)', false],
    ['ROI_CPV(1)', false],
  ];
  it.each(CALLS)('%s calls ours: %s', (f, yes) => expect(callsOurs(f, OURS)).toBe(yes));

  const SHAPES: [string, { rows: number; cols: number } | null][] = [
    ['=ROI_CPV(0.02, 3000, 1.5)', { rows: 1, cols: 1 }],
    ['=ROI_CPV(B2:B10, 3000, "¥1,5")', { rows: 9, cols: 1 }],
    ['=ER_TIER(C2:C, F2:F)', { rows: 999, cols: 1 }],
    ["=ER_TIER('My sheet'!C2:D4, 2%)", { rows: 3, cols: 2 }],
    ['=ARRAYFORMULA(IFERROR(ROI_CPV(A2:A5, B2:B5, C2:C5), ""))', { rows: 4, cols: 1 }],
    ['=ROI_CPV(A2:A5*1, 1, 1)', null],
    ['=ROI_CPV(A2:A5, 1, 1) + 1', null],
    ['=IFERROR(ROI_CPV(A2:A5, 1, 1), B2:B5)', null],
    ['=SUM(ROI_CPV(A2:A5, 1, 1))', null],
  ];
  it.each(SHAPES)('%s fills %j', (f, shape) => expect(resultShape(f, OURS, 1000)).toEqual(shape));

  it('groups marked cells into few rectangles', () => {
    const m = (rows: string[]) => rows.map((r) => [...r].map((c) => c === '#'));
    expect(rectangles(m(['##.', '##.', '..#']))).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 2, col: 2, rows: 1, cols: 1 },
    ]);
    expect(rectangles(m(['#.#', '#.#']))).toEqual([
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 2, rows: 2, cols: 1 },
    ]);
  });

  it('leaves a blocked result (#REF!) and a formula inside its area alone', () => {
    const plan = planFreeze(
      [
        ['=ER_TIER(A1:A3, 1)', '=ROI_CPV(1,1,1)'],
        ['', ''],
        ['=1+1', ''],
      ],
      [
        ['#REF!', 1],
        ['', ''],
        [2, ''],
      ],
      OURS,
      1000,
    );
    expect(plan).toEqual({ writes: [{ row: 0, col: 1, rows: 1, cols: 1 }], frozen: 1, skipped: 1 });
    const clash = planFreeze([['=ER_TIER(A1:A3, 1)'], [''], ['=1+1']], [['micro'], ['nano'], [2]], OURS, 1000);
    expect(clash).toMatchObject({ frozen: 0, skipped: 1 });
  });
});

describe('client view from structure', () => {
  // [hidden, everything that goes]
  const CLOSURES: [('fee' | 'cpv' | 'roi' | 'margin')[], string[]][] = [
    [['fee'], ['cpv', 'fee', 'roi']],
    [['cpv'], ['cpv', 'fee', 'roi']],
    [['margin'], ['margin', 'roi']],
    [['roi'], ['roi']],
    [[], []],
  ];
  it.each(CLOSURES)('hiding %j hides %j', (hide, gone) => expect([...hiddenClosure(hide)].sort()).toEqual(gone));

  function sheet() {
    const b = new StructureBuilder(3);
    const values: unknown[][] = [];
    b.start(0, 'Handle', { 1: ['fee'] });
    values.push(['Handle', 'Fee', 'Views'], ['@a', 100, 5000]);
    b.start(2, 'Spend', { 1: ['fee'] }, true);
    values.push(['Spend', 100, '']);
    b.start(3, 'Views', {}, true);
    values.push(['Views', 5000, '']);
    const s = b.finish(values.length);
    const fill = <T>(v: T) => values.map((r) => r.map(() => v));
    return { s, g: { values, formats: fill('General'), weights: fill('normal'), backgrounds: fill('#ffffff') } };
  }

  it('drops the table column and the label/value row that carry a hidden figure', () => {
    const { s, g } = sheet();
    const v = clientView(s, g, ['fee']);
    expect(v.values).toEqual([
      ['Handle', 'Views'],
      ['@a', 5000],
      ['Views', 5000],
    ]);
    expect(v.removed).toEqual(['Fee', 'Spend']);
    expect(clientView(s, g, []).values).toEqual(g.values);
  });

  it('refuses a stored structure that does not validate', () => {
    const { s } = sheet();
    expect(parseStructure(JSON.parse(JSON.stringify(s)))).toEqual(s);
    for (const bad of [
      null,
      {},
      { ...s, v: 2 },
      { ...s, blocks: [{ ...s.blocks[0], carries: [[1, ['salary']]] }] },
      { ...s, blocks: [{ ...s.blocks[0], row: -1 }] },
    ]) {
      expect(parseStructure(bad)).toBeNull();
    }
  });
});
