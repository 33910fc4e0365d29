// One run at a time per document: a second run is refused, not queued, so
// the person sees at once that someone else is writing the output.

import { InputError } from '../core/i18n';

export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(500)) throw new InputError('busy');
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
