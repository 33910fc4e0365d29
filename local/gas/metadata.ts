// Developer metadata on sheets and on the spreadsheet, as Apps Script keeps it:
// key/value pairs tied to a location. Sheet metadata lives on the sheet itself,
// so it follows a rename and a move and is deleted with the sheet.

import { gasText } from './values';
import type { MetadataEntry, SheetState, Workbook } from './workbook';

/** Sheets' limit for the keys and values stored at one location, in characters. */
export const METADATA_CHARS_PER_LOCATION = 30_000;

export class FakeDeveloperMetadata {
  constructor(
    private readonly wb: Workbook,
    readonly entry: MetadataEntry,
  ) {}

  private live(): MetadataEntry {
    if (!this.wb.metadata.includes(this.entry)) throw this.wb.error('Developer metadata not found.');
    return this.entry;
  }

  getId() {
    return this.live().id;
  }
  getKey() {
    return this.live().key;
  }
  getValue() {
    return this.live().value;
  }
  getVisibility() {
    return this.live().visibility;
  }
  getLocation() {
    const e = this.live();
    const sheet = e.sheet;
    return {
      getLocationType: () => (sheet ? 'SHEET' : 'SPREADSHEET'),
      getSheet: () => (sheet ? sheet.api : null),
      getSpreadsheet: () => (sheet ? null : this.wb.spreadsheet),
    };
  }
  setKey(key: string) {
    const e = this.live();
    this.wb.write('DeveloperMetadata.setKey');
    checkKey(this.wb, String(key));
    e.key = String(key);
    checkSize(this.wb, e.sheet);
    return this;
  }
  setValue(value: string) {
    const e = this.live();
    this.wb.write('DeveloperMetadata.setValue');
    e.value = String(value);
    checkSize(this.wb, e.sheet);
    return this;
  }
  setVisibility(v: string) {
    this.live().visibility = String(v);
    this.wb.write('DeveloperMetadata.setVisibility');
    return this;
  }
  remove() {
    this.live();
    this.wb.write('DeveloperMetadata.remove');
    this.wb.metadata.splice(this.wb.metadata.indexOf(this.entry), 1);
  }
}

function checkKey(wb: Workbook, key: string): void {
  if (key === '') throw wb.error('Developer metadata key cannot be empty.');
}

function checkSize(wb: Workbook, sheet: SheetState | null): void {
  const chars = wb.metadata.filter((m) => m.sheet === sheet).reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);
  if (chars > METADATA_CHARS_PER_LOCATION) {
    throw wb.error(`Developer metadata at this location exceeds the limit of ${METADATA_CHARS_PER_LOCATION} characters.`);
  }
}

/** addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(wb: Workbook, sheet: SheetState | null, key: unknown, a?: unknown, b?: unknown): void {
  const visibilities = ['DOCUMENT', 'PROJECT'];
  const isVisibility = (x: unknown) => typeof x === 'string' && visibilities.includes(x) && b === undefined;
  const value = a === undefined || isVisibility(a) ? null : gasText(a);
  const visibility = isVisibility(a) ? gasText(a) : b === undefined ? 'DOCUMENT' : gasText(b);
  checkKey(wb, gasText(key ?? ''));
  wb.write(sheet ? `Sheet.addDeveloperMetadata ${sheet.name}` : 'Spreadsheet.addDeveloperMetadata');
  const entry: MetadataEntry = { id: wb.nextMetadataId++, key: gasText(key), value, visibility, sheet };
  wb.metadata.push(entry);
  try {
    checkSize(wb, sheet);
  } catch (err) {
    wb.metadata.pop();
    throw err;
  }
}

/** The metadata at a location; for the spreadsheet (sheet undefined) every location, as its finder searches. */
export function metadataAt(wb: Workbook, sheet: SheetState | null | undefined): FakeDeveloperMetadata[] {
  const entries = sheet === undefined ? wb.metadata : wb.metadata.filter((m) => m.sheet === sheet);
  return wb.list(entries.map((e) => new FakeDeveloperMetadata(wb, e)));
}

export class FakeMetadataFinder {
  private filters: ((e: MetadataEntry) => boolean)[] = [];
  constructor(
    private readonly wb: Workbook,
    private readonly sheet: SheetState | null | undefined,
  ) {}
  withKey(key: string) {
    this.filters.push((e) => e.key === String(key));
    return this;
  }
  withValue(value: string) {
    this.filters.push((e) => e.value === String(value));
    return this;
  }
  withId(id: number) {
    this.filters.push((e) => e.id === id);
    return this;
  }
  withVisibility(v: string) {
    this.filters.push((e) => e.visibility === String(v));
    return this;
  }
  withLocationType(t: string) {
    this.filters.push((e) => (e.sheet ? 'SHEET' : 'SPREADSHEET') === String(t));
    return this;
  }
  onIntersectingLocations() {
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    this.wb.read('DeveloperMetadataFinder.find');
    return metadataAt(this.wb, this.sheet).filter((m) => this.filters.every((f) => f(m.entry)));
  }
}
