// The bundle's entry. esbuild wraps it as `var AddOn = (() => {...})()`; the
// build appends one top-level `function NAME(...)` per trigger, per server
// function (the keys of serverFunctions) and per custom function, because
// Apps Script only sees top-level declarations (and Sheets reads custom
// functions' JSDoc from them).

import { lazyLocale } from './core/i18n';
import { CUSTOM_FUNCTIONS, CustomFunctionName } from './functions/metadata';
import { callCustom } from './functions/registry';
import { spreadsheetCurrency, spreadsheetLocale } from './server/locale';
import { onInstall, onOpen, showShortlistSidebar } from './server/menu';

export { CUSTOM_FUNCTIONS };
export { serverFunctions } from './server/api';

/** Simple triggers and the menu's callback: top-level functions Apps Script calls by name. */
export const triggers = { onOpen, onInstall, showShortlistSidebar };

/** Called by the generated custom-function wrappers. */
export function customFunction(name: CustomFunctionName, args: unknown[]): unknown {
  let currency: string | null = null; // asked only when a value names a currency
  return callCustom(name, args, lazyLocale(spreadsheetLocale), () =>
    currency === null ? (currency = spreadsheetCurrency().code) : currency,
  );
}
