// Typed calls to the server, in the manner of gas-client: `server.name(args)`
// returns a Promise of what ServerApi says `name` returns, so the sidebar and
// the server are checked against one interface and cannot drift.

import type { ServerApi } from '../src/shared/api';

/** The part of google.script.run we use (declared here: the client-side typings are not installed). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

type Api = { [K in keyof ServerApi]: ServerApi[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

function runner(): ScriptRunner {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = g?.script?.run;
  if (!run) throw new Error('google.script.run is not available');
  return run;
}

/** What a failure handler receives, as an Error with the server's message. */
export function toError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
    return new Error((e as { message: string }).message);
  return new Error(String(e));
}

/** Calls one server function through google.script.run. */
export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    try {
      const r = runner()
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
        .withFailureHandler((e) => reject(toError(e)));
      const fn = r[name];
      if (typeof fn !== 'function') throw new Error(`the server has no function ${String(name)}`);
      (fn as (...a: unknown[]) => void).apply(r, args);
    } catch (err) {
      reject(toError(err));
    }
  });
}

export const server: Api = new Proxy({} as Api, {
  get(_target, name) {
    if (typeof name !== 'string') return undefined;
    return (...args: unknown[]) => (call as (n: string, ...a: unknown[]) => Promise<unknown>)(name, ...args);
  },
});
