// Validating settings from the sidebar (or any caller) into a message a
// marketer understands, in their language.

import { format, InputError, Locale, SETTING_NAMES, show } from '../core/i18n';
import { SettingsSchema, ShortlistSettings } from '../shared/settings';

/** An InputError whose field name and problem are both said in the user's language. */
class SettingError extends InputError {
  readonly field: string;
  readonly problem: InputError;
  constructor(field: string, problem: InputError) {
    super('badSetting', { field, problem: problem.message });
    this.field = field;
    this.problem = problem;
  }
  override localized(locale: Locale): string {
    const [top = '', ...rest] = this.field.split('.');
    // The sidebar's name for the setting (one table), then the part inside it: "Reach share of budget (min)".
    const known = Object.prototype.hasOwnProperty.call(SETTING_NAMES, top) ? SETTING_NAMES[top as keyof typeof SETTING_NAMES][locale] : top;
    const name = known + (rest.length ? ` (${rest.join('.')})` : '');
    return format('badSetting', { field: name, problem: this.problem.localized(locale) }, locale);
  }
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  format?: string;
  input?: unknown;
  params?: { inputError?: InputError };
}

// Fields that must be above zero (their schema says positive()).
const POSITIVE = new Set(['cpvCap', 'budget', 'viewRate']);
const positive = (path: PropertyKey[]) => path.length === 1 && POSITIVE.has(String(path[0]));

function problemOf(issue: Issue): InputError {
  switch (issue.code) {
    case 'too_small':
      if (!issue.inclusive && Number(issue.minimum) === 0) return new InputError('settingPositive', { value: show(issue.input ?? '') });
      return new InputError(issue.inclusive ? 'settingAtLeast' : 'settingAbove', { limit: String(issue.minimum) });
    case 'too_big':
      return new InputError('settingTooBig', { limit: String(issue.maximum) });
    case 'invalid_type':
      return issue.format === 'safeint' ? new InputError('settingWhole') : new InputError('settingMissing');
    case 'custom':
      // "-5" typed for a budget: the field's own rule (positive), not the parser's "negative".
      if (issue.params?.inputError instanceof InputError && issue.params.inputError.code === 'negative' && positive(issue.path)) {
        return new InputError('settingPositive', { value: show(issue.input ?? '') });
      }
      if (issue.params?.inputError instanceof InputError) return issue.params.inputError;
      if (issue.message === 'min must not be above max') return new InputError('settingReachOrder');
      return new InputError('notANumber', { value: show(issue.input ?? '') });
    default:
      return new InputError('settingMissing');
  }
}

export function parseSettings(raw: unknown): ShortlistSettings {
  const r = SettingsSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0] as unknown as Issue;
  const field = issue.path.map(String).join('.') || 'settings';
  throw new SettingError(field, problemOf(issue));
}
