// The HyperFormula engine behind a fake spreadsheet: its configuration for a
// Sheets locale, and the generation counter that tells a built engine that new
// custom functions were registered since (HyperFormula reads its function
// registry once per build, so the engine must be rebuilt to see them).

import { HyperFormula } from 'hyperformula';
import type { ConfigParams } from 'hyperformula';
import { currencyOf } from '../../src/core/currency';

const GENERATION = Symbol.for('gas-fake.hf-plugin.generation');
type WithGeneration = { [GENERATION]?: number };

/** Called by the plugin shim whenever it registers a new function name. */
export function bumpPluginGeneration(): void {
  const g = globalThis as WithGeneration;
  g[GENERATION] = (g[GENERATION] ?? 0) + 1;
}

export function pluginGeneration(): number {
  return (globalThis as WithGeneration)[GENERATION] ?? 0;
}

/** Date input formats as Sheets reads typed text in the spreadsheet's locale. */
function dateFormats(locale: string): string[] {
  const l = locale.toLowerCase();
  if (l === 'en_us' || l === 'en') return ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'];
  if (/^(ja|ko|zh)/.test(l)) return ['YYYY/MM/DD', 'YYYY-MM-DD', 'YYYY.MM.DD'];
  return ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'];
}

/** Currency signs Sheets reads as part of a typed number in the locale. */
export function currencySymbols(locale: string): string[] {
  // The spreadsheet's own currency (its region first, as the add-on reads it): en_JP is in yen.
  const { symbol } = currencyOf(locale);
  if (symbol === '¥') return ['¥', '￥'];
  return symbol ? [symbol] : ['$'];
}

export function engineConfig(locale: string): Partial<ConfigParams> {
  return {
    licenseKey: 'gpl-v3',
    // getValues returns the exact double, as Sheets does; HyperFormula would round.
    smartRounding: false,
    dateFormats: dateFormats(locale),
    timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
    currencySymbol: currencySymbols(locale),
    // Sheets allows 10M cells; saved rosters reach 250k rows (HyperFormula's default is 40k).
    maxRows: 1_000_000,
    maxColumns: 18_278,
  };
}

export function buildEngine(sheets: Record<string, unknown[][]>, locale: string): HyperFormula {
  return HyperFormula.buildFromSheets(sheets as Parameters<typeof HyperFormula.buildFromSheets>[0], engineConfig(locale));
}
