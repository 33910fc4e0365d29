// Compile-time checks, run by `tsc -b` (npm test): each @ts-expect-error
// must meet an error, so if a missing or misspelt placeholder ever compiled,
// the type build would fail here ("Unused '@ts-expect-error' directive").
import { fill, format, InputError, SIDEBAR_LABELS } from '../../src/core/i18n';

export const checks = [
  () => new InputError('notANumber', { value: 'x' }),
  () => new InputError('settingWhole'),
  // @ts-expect-error a message with {value} needs it
  () => new InputError('notANumber'),
  // @ts-expect-error a misspelt placeholder
  () => new InputError('notANumber', { valu: 'x' }),
  () => fill(SIDEBAR_LABELS.passCap, 'en', { pass: 1, total: 2 }),
  // @ts-expect-error {total} is missing
  () => fill(SIDEBAR_LABELS.passCap, 'en', { pass: 1 }),
  () => fill(SIDEBAR_LABELS.loading, 'ja'),
  // @ts-expect-error {name} is missing
  () => format('noSheet', {}, 'ko'),
];
