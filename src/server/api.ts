// The one list of functions the sidebar may call. Everything else that names
// them is derived from this object: the exports of src/main.ts and so the
// build's top-level declarations, the preview's RPC allow-list, the bundle
// test, and the task words a user sees if one fails (typed from ServerApi).
// A new server function is added here (and its signature in ServerApi).

import type { ServerApi } from '../shared/api';
import { getShortlistContext, runShortlist } from './shortlist';
import { createClientSnapshot, freezeFormulas, getSnapshotContext } from './snapshot';
import { createResultsSheet, getResultsContext, openSheet } from './results';
import { evaluateCampaign } from './evaluate';

export const serverFunctions = {
  getShortlistContext,
  runShortlist,
  getSnapshotContext,
  createClientSnapshot,
  freezeFormulas,
  getResultsContext,
  createResultsSheet,
  evaluateCampaign,
  openSheet,
} satisfies ServerApi;

export type ServerFunctionName = keyof typeof serverFunctions;

/** The names, in the order above. */
export const SERVER_FUNCTION_NAMES = Object.keys(serverFunctions) as ServerFunctionName[];
