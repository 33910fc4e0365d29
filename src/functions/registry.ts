// Name → implementation, checked against the metadata table so neither can
// gain a function the other lacks.

import { InputError, LocaleRef, messageOf } from '../core/i18n';
import { CustomFunctionName } from './metadata';
import { ROI_CPV } from './roi-cpv';
import { ER_TIER } from './er-tier';
import { COMMENT_INTENT } from './comment-intent';
import { ACTION_RATE } from './action-rate';
import { INTENT_SHARE } from './intent-share';
import { CAMPAIGN_VERDICT } from './campaign-verdict';

/** The spreadsheet's currency code, asked only when a value names a currency ('' when unknown). */
export type CurrencyRef = () => string;
export type CustomImpl = (args: readonly unknown[], locale: LocaleRef, currency: CurrencyRef) => unknown;

const UNKNOWN_CURRENCY: CurrencyRef = () => '';

export const IMPLEMENTATIONS: Record<CustomFunctionName, CustomImpl> = {
  ROI_CPV,
  ER_TIER,
  COMMENT_INTENT,
  ACTION_RATE,
  INTENT_SHARE,
  CAMPAIGN_VERDICT,
};

/**
 * Runs a custom function the way Sheets calls it: a bad single call throws an
 * Error whose message is for the user; an internal bug never shows its text.
 */
export function callCustom(
  name: CustomFunctionName,
  args: readonly unknown[],
  locale: LocaleRef,
  currency: CurrencyRef = UNKNOWN_CURRENCY,
): unknown {
  try {
    return IMPLEMENTATIONS[name](args, locale, currency);
  } catch (err) {
    if (!(err instanceof InputError)) console.error(name, err instanceof Error ? (err.stack ?? err.message) : String(err));
    throw new Error(messageOf(err, locale(), name), { cause: err });
  }
}
