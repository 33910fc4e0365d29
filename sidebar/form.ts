// The form's text values to the settings sent to runShortlist, and saved
// settings back to text. Numbers go as typed ("¥2", "100万"): the server reads
// them with its own parser. Percent fields are sent with their "%" so the
// server's rate parser reads "30" as 30 %, not 30.

import type { Field, ShortlistSettingsInput } from '../src/shared/api';
import { asPercent, listOf, percentText } from './presim';
import type { Objective } from '../src/core/shortlist/objective';

export interface FormValues {
  rosterSheet: string;
  cpvCap: string;
  budget: string;
  reachMin: string;
  reachMax: string;
  minEmpathy: string;
  erFloor: boolean;
  viewRate: string;
  cvr: string;
  aov: string;
  outputSheet: string;
  objective: Objective;
  missingActions: 'exclude' | 'tierMedian';
  /** '' = none (the roster's intent column) */
  commentsSheet: string;
  mustInclude: string;
  exclude: string;
  blendedCpvMax: string;
  /** a preset name, or 'range' for erRange */
  erPreset: 'seed' | 'instagram' | 'tiktok' | 'range';
  /** "Settings!A2:D6" */
  erRange: string;
  /** Field → header text; '' means "no such column". */
  columns: Partial<Record<Field, string>>;
  /** apply the History sheet (the box is shown when one exists; without one it changes nothing) */
  useHistory: boolean;
  historyViews: 'roster' | 'median';
}

export const DEFAULT_FORM: FormValues = {
  rosterSheet: '',
  cpvCap: '',
  budget: '',
  reachMin: '0',
  reachMax: '100',
  minEmpathy: '0',
  erFloor: false,
  viewRate: '',
  cvr: '',
  aov: '',
  outputSheet: 'Shortlist',
  objective: 'views',
  missingActions: 'exclude',
  commentsSheet: '',
  mustInclude: '',
  exclude: '',
  blendedCpvMax: '',
  erPreset: 'seed',
  erRange: '',
  columns: {},
  useHistory: true,
  historyViews: 'roster',
};

/** "Settings!A2:D6" or "'My sheet'!A2:D6" → { sheet, range }; null when there is no "!". */
export function splitRange(text: string): { sheet: string; range: string } | null {
  const t = text.trim();
  const at = t.lastIndexOf('!');
  if (at <= 0 || at === t.length - 1) return null;
  const sheet = t.slice(0, at).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { sheet, range: t.slice(at + 1) };
}

export function buildSettings(v: FormValues): ShortlistSettingsInput {
  const s: ShortlistSettingsInput = {
    rosterSheet: v.rosterSheet,
    cpvCap: v.cpvCap.trim(),
    budget: v.budget.trim(),
    erFloor: v.erFloor,
  };
  const min = v.reachMin.trim();
  const max = v.reachMax.trim();
  if (min !== '' || max !== '') {
    s.reachShare = {};
    if (min !== '') s.reachShare.min = asPercent(min);
    if (max !== '') s.reachShare.max = asPercent(max);
  }
  if (v.minEmpathy.trim() !== '') s.minEmpathy = v.minEmpathy.trim();
  if (v.viewRate.trim() !== '') s.viewRate = asPercent(v.viewRate);
  if (v.cvr.trim() !== '') s.cvr = asPercent(v.cvr);
  if (v.aov.trim() !== '') s.aov = v.aov.trim();
  if (v.outputSheet.trim() !== '') s.outputSheet = v.outputSheet.trim();
  if (Object.keys(v.columns).length > 0) s.columns = { ...v.columns };
  s.objective = v.objective;
  if (v.objective === 'actions') s.missingActions = v.missingActions;
  if (v.objective === 'intent' && v.commentsSheet !== '') s.commentsSheet = { sheet: v.commentsSheet };
  const must = listOf(v.mustInclude);
  const out = listOf(v.exclude);
  if (must.length > 0) s.mustInclude = must;
  if (out.length > 0) s.exclude = out;
  if (v.blendedCpvMax.trim() !== '') s.blendedCpvMax = v.blendedCpvMax.trim();
  if (v.erPreset === 'range') {
    const r = splitRange(v.erRange);
    if (r) s.erPreset = r;
  } else if (v.erPreset !== 'seed') s.erPreset = v.erPreset;
  s.useHistory = v.useHistory;
  if (v.useHistory && v.historyViews === 'median') s.historyViews = 'median';
  return s;
}

const plain = (x: unknown): string =>
  typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: 10 }) : typeof x === 'string' ? x : '';
const percent = (x: unknown): string => (typeof x === 'number' && Number.isFinite(x) ? percentText(x) : typeof x === 'string' ? x : '');

/** Saved settings (as the server stored them: numbers, rates as fractions) to form text. Missing values keep the defaults. */
export function formFromSettings(s: ShortlistSettingsInput | null, base: FormValues = DEFAULT_FORM): FormValues {
  const v: FormValues = { ...base, columns: { ...base.columns } };
  if (!s || typeof s !== 'object') return v;
  type TextKey = 'rosterSheet' | 'cpvCap' | 'budget' | 'reachMin' | 'reachMax' | 'minEmpathy' | 'viewRate' | 'cvr' | 'aov' | 'outputSheet' | 'blendedCpvMax';
  const set = (key: TextKey, text: string): void => {
    if (text !== '') v[key] = text;
  };
  if (typeof s.rosterSheet === 'string') set('rosterSheet', s.rosterSheet);
  set('cpvCap', plain(s.cpvCap));
  set('budget', plain(s.budget));
  if (s.reachShare && typeof s.reachShare === 'object') {
    set('reachMin', percent(s.reachShare.min));
    set('reachMax', percent(s.reachShare.max));
  }
  set('minEmpathy', plain(s.minEmpathy));
  if (typeof s.erFloor === 'boolean') v.erFloor = s.erFloor;
  set('viewRate', percent(s.viewRate));
  set('cvr', percent(s.cvr));
  set('aov', plain(s.aov));
  if (typeof s.outputSheet === 'string') set('outputSheet', s.outputSheet);
  if (s.objective === 'views' || s.objective === 'actions' || s.objective === 'intent' || s.objective === 'revenue') v.objective = s.objective;
  if (s.missingActions === 'exclude' || s.missingActions === 'tierMedian') v.missingActions = s.missingActions;
  if (s.commentsSheet && typeof s.commentsSheet === 'object' && typeof s.commentsSheet.sheet === 'string') v.commentsSheet = s.commentsSheet.sheet;
  if (Array.isArray(s.mustInclude)) v.mustInclude = s.mustInclude.join('\n');
  if (Array.isArray(s.exclude)) v.exclude = s.exclude.join('\n');
  set('blendedCpvMax', plain(s.blendedCpvMax));
  if (s.erPreset === 'seed' || s.erPreset === 'instagram' || s.erPreset === 'tiktok') v.erPreset = s.erPreset;
  else if (s.erPreset && typeof s.erPreset === 'object') {
    v.erPreset = 'range';
    v.erRange = `${/^[A-Za-z0-9_]+$/.test(s.erPreset.sheet) ? s.erPreset.sheet : `'${s.erPreset.sheet.replace(/'/g, "''")}'`}!${s.erPreset.range}`;
  }
  if (typeof s.useHistory === 'boolean') v.useHistory = s.useHistory;
  if (s.historyViews === 'roster' || s.historyViews === 'median') v.historyViews = s.historyViews;
  return v;
}
