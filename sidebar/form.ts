// The form's text values to the settings sent to runShortlist, and saved
// settings back to text. Numbers go as typed ("¥2", "100万"): the server reads
// them with its own parser. Percent fields are sent with their "%" so the
// server's rate parser reads "30" as 30 %, not 30.

import type { Field, ShortlistSettingsInput } from '../src/shared/api';
import { asPercent, percentText } from './numbers';

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
  /** Field → header text; '' means "no such column". */
  columns: Partial<Record<Field, string>>;
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
  columns: {},
};

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
  return s;
}

const plain = (x: unknown): string =>
  typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: 10 }) : typeof x === 'string' ? x : '';
const percent = (x: unknown): string => (typeof x === 'number' && Number.isFinite(x) ? percentText(x) : typeof x === 'string' ? x : '');

/** Saved settings (as the server stored them: numbers, rates as fractions) to form text. Missing values keep the defaults. */
export function formFromSettings(s: ShortlistSettingsInput | null, base: FormValues = DEFAULT_FORM): FormValues {
  const v: FormValues = { ...base, columns: { ...base.columns } };
  if (!s || typeof s !== 'object') return v;
  const set = (key: Exclude<keyof FormValues, 'erFloor' | 'columns'>, text: string): void => {
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
  return v;
}
