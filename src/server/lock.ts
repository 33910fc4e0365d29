// One writer at a time per document: a second one is refused, not queued, so
// the person sees at once that someone else is writing. The refusal names what
// this person tried to do (a snapshot is not "another shortlist run").

import { InputError, MessageCode } from '../core/i18n';

export function withDocumentLock<T>(fn: () => T, busy: MessageCode = 'busy'): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(500)) throw new InputError(busy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
