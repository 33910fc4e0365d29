// Document properties: the saved shortlist setup (so the next person who
// opens the sheet sees it) and the names of the sheets this add-on wrote
// (so it only ever overwrites its own output).

const SETTINGS = 'shortlist.settings';
const OUTPUTS = 'shortlist.outputs';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function loadSettings(): Record<string, unknown> | null {
  const raw = props().getProperty(SETTINGS);
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null; // a damaged value is ignored, not fatal
  }
}

export function saveSettings(settings: object): void {
  props().setProperty(SETTINGS, JSON.stringify(settings));
}

export function ownOutputs(): string[] {
  try {
    const v: unknown = JSON.parse(props().getProperty(OUTPUTS) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberOutput(name: string): void {
  const names = ownOutputs().filter((n) => n !== name);
  names.push(name);
  props().setProperty(OUTPUTS, JSON.stringify(names.slice(-50)));
}

const SNAPSHOTS = 'snapshot.sheets';

/** Client snapshots made here: kept apart from the outputs (those may be overwritten; snapshots never are). */
export function snapshots(): string[] {
  try {
    const v: unknown = JSON.parse(props().getProperty(SNAPSHOTS) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberSnapshot(name: string): void {
  props().setProperty(SNAPSHOTS, JSON.stringify([...snapshots().filter((n) => n !== name), name].slice(-50)));
}
