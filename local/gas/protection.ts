// Protection of a sheet or range. The add-on marks its output sheets
// warning-only; editors and domains are accepted and not modelled.

import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { SheetState, Workbook } from './workbook';

export class FakeProtection {
  description = '';
  warningOnly = false;
  removed = false;

  constructor(
    private readonly wb: Workbook,
    private readonly state: SheetState,
    readonly type: 'RANGE' | 'SHEET',
    /** The protected range, or for a SHEET protection the sheet itself. */
    private readonly range: FakeRange | FakeSheet,
  ) {}

  private w(what: string): void {
    this.wb.write(`Protection.${what}`, this.state);
  }

  setDescription(d: string) { this.w('setDescription'); this.description = String(d); return this; }
  getDescription() { return this.description; }
  setWarningOnly(w: boolean) { this.w('setWarningOnly'); this.warningOnly = Boolean(w); return this; }
  isWarningOnly() { return this.warningOnly; }
  getProtectionType() { return this.type; }
  getRange() { return this.range; }
  canEdit() { return true; }
  canDomainEdit() { return true; }
  setDomainEdit(_v: boolean) { this.w('setDomainEdit'); return this; }
  getEditors() { return this.wb.list([]); }
  addEditor(_u: unknown) { this.w('addEditor'); return this; }
  addEditors(_u: unknown[]) { this.w('addEditors'); return this; }
  removeEditor(_u: unknown) { this.w('removeEditor'); return this; }
  removeEditors(_u: unknown[]) { this.w('removeEditors'); return this; }
  setUnprotectedRanges(_r: unknown[]) { this.w('setUnprotectedRanges'); return this; }
  getUnprotectedRanges() { return this.wb.list([]); }

  remove(): void {
    this.w('remove');
    this.removed = true;
    const i = this.state.protections.indexOf(this);
    if (i >= 0) this.state.protections.splice(i, 1);
  }
}
