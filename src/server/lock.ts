// One writer at a time per document: a second one is refused, not queued, so
// the person sees at once that someone else is writing. The refusal names what
// this person tried to do (a snapshot is not "another shortlist run").

import { InputError } from '../core/i18n';

type BusyCode = 'busy' | 'busySnapshot' | 'busyFreeze';

export function withDocumentLock<T>(fn: () => T, busy: BusyCode = 'busy'): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(500)) throw new InputError(busy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
