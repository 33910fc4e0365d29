// The bundle's entry. esbuild wraps it as `var AddOn = (() => {...})()`; the
// build appends one top-level `function NAME(...)` per export, because Apps
// Script only sees top-level declarations (and Sheets reads custom functions'
// JSDoc from them).

import { lazyLocale } from './core/i18n';
import { CUSTOM_FUNCTIONS, CustomFunctionName } from './functions/metadata';
import { callCustom } from './functions/registry';
import { spreadsheetLocale } from './server/locale';

export { CUSTOM_FUNCTIONS };
export { onOpen, onInstall, showShortlistSidebar } from './server/menu';
export { getShortlistContext, runShortlist } from './server/shortlist';
export { createClientSnapshot, freezeFormulas, getSnapshotContext } from './server/snapshot';
export { createResultsSheet, getResultsContext, openSheet } from './server/results';
export { evaluateCampaign } from './server/evaluate';

/** Called by the generated custom-function wrappers. */
export function customFunction(name: CustomFunctionName, args: unknown[]): unknown {
  return callCustom(name, args, lazyLocale(spreadsheetLocale));
}
