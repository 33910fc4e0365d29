// Data validation rules, as SpreadsheetApp.newDataValidation() builds them:
// the criteria the add-on asks for are kept and can be read back
// (getCriteriaType, getCriteriaValues), and accepts() says whether a value
// would pass, as Sheets checks a typed value against a rule that rejects input.

import { cellText } from '../../src/core/grid';

export type Criteria = 'NUMBER_GREATER_THAN_OR_EQUAL_TO' | 'NUMBER_BETWEEN' | 'NUMBER_GREATER_THAN' | 'VALUE_IN_LIST' | 'CHECKBOX' | 'ANY';

export class FakeDataValidation {
  constructor(
    readonly criteria: Criteria,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() { return this.criteria; }
  getCriteriaValues() { return [...this.values]; }
  getAllowInvalid() { return this.allowInvalid; }
  getHelpText() { return this.helpText; }
  copy(): FakeDataValidationBuilder { return new FakeDataValidationBuilder(this); }

  /** Whether Sheets would take this value; blank always passes. */
  accepts(v: unknown): boolean {
    if (v === '' || v === null || v === undefined) return true;
    const n = typeof v === 'number' ? v : NaN;
    switch (this.criteria) {
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return n >= Number(this.values[0]);
      case 'NUMBER_GREATER_THAN': return n > Number(this.values[0]);
      case 'NUMBER_BETWEEN': return n >= Number(this.values[0]) && n <= Number(this.values[1]);
      case 'VALUE_IN_LIST': return (this.values[0] as unknown[]).some((x) => String(x) === cellText(v));
      case 'CHECKBOX': return typeof v === 'boolean';
      default: return true;
    }
  }
}

export class FakeDataValidationBuilder {
  private criteria: Criteria = 'ANY';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(from?: FakeDataValidation) {
    if (from) [this.criteria, this.values, this.allowInvalid, this.helpText] = [from.criteria, [...from.values], from.allowInvalid, from.helpText];
  }
  requireNumberGreaterThanOrEqualTo(n: number) { return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberGreaterThan(n: number) { return this.set('NUMBER_GREATER_THAN', [n]); }
  requireNumberBetween(a: number, b: number) { return this.set('NUMBER_BETWEEN', [a, b]); }
  requireValueInList(values: unknown[], showDropdown = true) { return this.set('VALUE_IN_LIST', [[...values], showDropdown]); }
  requireCheckbox() { return this.set('CHECKBOX', []); }
  setAllowInvalid(b: boolean) { this.allowInvalid = Boolean(b); return this; }
  setHelpText(t: string) { this.helpText = String(t); return this; }
  build(): FakeDataValidation { return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText); }
  private set(c: Criteria, v: unknown[]) { this.criteria = c; this.values = v; return this; }
}
