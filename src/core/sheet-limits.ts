// What Google Sheets allows, in one place: the add-on checks its writes against
// it (src/server/own-sheets.ts) and the stand-in enforces it (local/gas).

/** A sheet made by insertSheet: 1,000 rows × 26 columns. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLS = 26;
export const NEW_SHEET_CELLS = NEW_SHEET_ROWS * NEW_SHEET_COLS;

/** At most this many cells (every sheet's rows × columns, empty ones too) in one spreadsheet. */
export const CELL_LIMIT = 10_000_000;
