// Runs dist/Code.js the way Apps Script does: one global scope holding only
// the services (no require, no process), top-level functions as globals.

import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { REALM, REALM_HOOK, Realm } from './gas/realm';

/**
 * Loads the bundle into a fresh vm context holding only `globals`; returns the
 * context, so `ctx.ROI_CPV(...)`, `ctx.onOpen()` call the bundle's functions.
 * Arrays and Errors made inside are of the context's realm: test them with
 * Array.isArray and read `.message`, not `instanceof`.
 */
export function loadBundle(globals: Record<string, unknown>, codePath = 'dist/Code.js'): Record<string, any> {
  const ctx = vm.createContext({ ...globals });
  const realm = vm.runInContext('({ Date, Error, Array, Object })', ctx) as Realm;
  Object.defineProperty(ctx, REALM, { value: realm, enumerable: false });
  const hook = (globals as { [REALM_HOOK]?: (r: Realm) => void })[REALM_HOOK];
  hook?.(realm);
  vm.runInContext(readFileSync(codePath, 'utf8'), ctx, { filename: codePath });
  return ctx as Record<string, any>;
}
