// Values handed to code running in a node:vm context should come from that
// context's own intrinsics: the add-on checks `value instanceof Date`, which is
// false for a Date built in another realm. loadBundle() reports the context's
// intrinsics through REALM_HOOK on the globals, and stores them on the context
// under REALM so the HyperFormula shim can build arguments the same way.

export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

/** A function on a globals object: loadBundle calls it with the context's intrinsics. */
export const REALM_HOOK = Symbol.for('gas-fake.realm-hook');
/** The intrinsics of a loaded bundle's context, stored on the context object. */
export const REALM = Symbol.for('gas-fake.realm');

export const hostRealm: Realm = { Date, Error, Array, Object };

/** Date test that works across realms. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Copies a 2-D grid into arrays of the given realm (no copy when it is ours). */
export function toRealmGrid<T>(realm: Realm, rows: T[][]): T[][] {
  if (realm.Array === Array) return rows;
  return realm.Array.from(rows, (r) => realm.Array.from(r));
}
