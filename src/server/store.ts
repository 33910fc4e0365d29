// Document properties: the saved shortlist setup, so the next person who opens
// the sheet sees it. Which sheets are the add-on's own is not kept here but on
// the sheets themselves (see own-sheets.ts).

import { SettingsSchema } from '../shared/settings';
import { FIELDS } from '../core/roster/headers';

const SETTINGS = 'shortlist.settings';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export interface Saved {
  /** The fields that validate, on a fresh plain object. */
  settings: Record<string, unknown> | null;
  /** Saved fields that did not validate (or are unknown) and were ignored. */
  ignored: string[];
}

const SHAPE = SettingsSchema.def.shape as Record<string, { '~standard': unknown }>;

/**
 * The saved settings, field by field: a damaged value (edited by hand, written
 * by an older version, `columns: { fee: 5 }`, a `__proto__` key) is dropped and
 * named, never fatal, so the sidebar still opens.
 */
export function loadSettings(): Saved {
  const raw = props().getProperty(SETTINGS);
  if (!raw) return { settings: null, ignored: [] };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { settings: null, ignored: ['settings'] };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { settings: null, ignored: ['settings'] };
  const settings: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(v)) {
    const value = (v as Record<string, unknown>)[key];
    if (key === 'columns') {
      const cols = columnsOf(value, ignored);
      if (cols) settings.columns = cols;
      continue;
    }
    const schema = Object.prototype.hasOwnProperty.call(SHAPE, key)
      ? SettingsSchema.def.shape[key as keyof typeof SettingsSchema.def.shape]
      : undefined;
    if (schema && schema.safeParse(value).success) settings[key] = value;
    else ignored.push(key);
  }
  return { settings: Object.keys(settings).length > 0 ? settings : null, ignored };
}

function columnsOf(value: unknown, ignored: string[]): Record<string, string> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    ignored.push('columns');
    return null;
  }
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const h = (value as Record<string, unknown>)[key];
    if ((FIELDS as readonly string[]).includes(key) && typeof h === 'string') out[key] = h;
    else ignored.push(`columns.${key}`);
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function saveSettings(settings: object): void {
  props().setProperty(SETTINGS, JSON.stringify(settings));
}
