// The sidebar outside Apps Script: a node:http handler that serves
// dist/Sidebar.html with an emulation of google.script.run injected before the
// sidebar's own script, and answers its calls (POST /rpc/:name) from a table of
// server functions. Used by the browser test and the local preview.
//
// Faithful where it matters: handler setters return new runners, only the
// server functions exist on a runner, calls are asynchronous, arguments and
// results go through JSON, the failure handler gets an Error with .message,
// and a Date that would cross (either way) is refused, as Apps Script does.

import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SERVER_FUNCTION_NAMES } from '../src/server/api';

/**
 * The server functions a sidebar may call: those of src/server/api.ts (Apps
 * Script exposes every top-level function; we expose these).
 */
export const RPC_ALLOW: readonly string[] = SERVER_FUNCTION_NAMES;

export type ServerFunction = (...args: unknown[]) => unknown;
export type ServerFunctions = Record<string, unknown>;

export interface BridgeOptions {
  /**
   * The server functions by name, e.g. the context returned by loadBundle().
   * A function is called per request, so the table may be swapped (a reload).
   */
  functions: ServerFunctions | (() => ServerFunctions);
  /** The sidebar page; default: dist/Sidebar.html, read on every request. */
  html?: () => string;
  /** Callable names; default RPC_ALLOW. */
  allow?: readonly string[];
  /** Told about every call, e.g. for a log. */
  onCall?: (call: { name: string; args: unknown[]; ok: boolean; ms: number; message?: string }) => void;
  /** Largest request body accepted, bytes. */
  maxBody?: number;
  /** Milliseconds added to every call, to see the sidebar's progress state (Apps Script takes a second or more). */
  latency?: number;
}

export type RpcHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Where in a value a Date sits ("result.rows[3][1]"), or null. Works across vm realms. */
export function findDate(value: unknown, path = 'result', seen = new Set<unknown>()): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (Object.prototype.toString.call(value) === '[object Date]') return path;
  if (seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findDate(value[i], `${path}[${i}]`, seen);
      if (p) return p;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const p = findDate(v, `${path}.${k}`, seen);
    if (p) return p;
  }
  return null;
}

/** The page-side emulation of google.script.run, as a script for the page. */
export function shimScript(names: readonly string[]): string {
  // Plain ES5 so it runs before anything else and in any page.
  return `(function () {
  var NAMES = ${JSON.stringify(names)};
  function illegal(v, seen) {
    if (v === null || typeof v !== 'object') return typeof v === 'function';
    if (Object.prototype.toString.call(v) === '[object Date]') return true;
    if (seen.indexOf(v) >= 0) return false;
    seen.push(v);
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k) && illegal(v[k], seen)) return true;
    return false;
  }
  function fail(handler, message, userObject) {
    var e = new Error(message);
    e.name = 'ScriptError';
    if (handler) handler(e, userObject);
    else if (window.console) console.error('google.script.run: ' + message);
  }
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    NAMES.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        for (var i = 0; i < args.length; i++) {
          if (illegal(args[i], [])) throw new TypeError('Failed due to illegal value in property: ' + i);
        }
        fetch('/rpc/' + encodeURIComponent(name), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) })
          .then(function (res) {
            return res.text().then(function (text) {
              var body;
              try { body = text ? JSON.parse(text) : {}; } catch (e) { body = { message: text }; }
              if (res.ok) { if (success) success(body.value, userObject); }
              else fail(failure, body && typeof body.message === 'string' ? body.message : 'HTTP ' + res.status, userObject);
            });
          }, function () {
            fail(failure, 'NetworkError: Connection failure due to HTTP 0', userObject);
          });
      };
    });
    return r;
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  window.google.script.host = { close: function () { window.__closed = true; }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } };
})();`;
}

/** The page with the shim as the first script (in <head>, before the sidebar's script in <body>). */
export function injectShim(html: string, names: readonly string[]): string {
  const tag = `<script>${shimScript(names).replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const at = html.search(/<\/head>/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  const first = html.search(/<script/i);
  return first >= 0 ? html.slice(0, first) + tag + html.slice(first) : tag + html;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error(`request body over ${max} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string')
    return (err as { message: string }).message;
  return String(err);
}

// The sidebar needs no network: anything but its own page and /rpc is refused.
const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; base-uri 'self'; form-action 'none'";

export function createRpcHandler(o: BridgeOptions): RpcHandler {
  const allow = o.allow ?? RPC_ALLOW;
  const html = o.html ?? (() => readFileSync('dist/Sidebar.html', 'utf8'));
  const table = (): ServerFunctions => (typeof o.functions === 'function' ? o.functions() : o.functions);
  const callable = (): string[] => allow.filter((n) => typeof table()[n] === 'function');
  const maxBody = o.maxBody ?? 10 * 1024 * 1024;

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/Sidebar.html')) {
      let page: string;
      try {
        page = injectShim(html(), callable());
      } catch (err) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Cannot read the sidebar (run \`node scripts/build.mjs\`): ${errorMessage(err)}`);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP });
      res.end(page);
      return;
    }
    const m = /^\/rpc\/([^/]+)$/.exec(url.pathname);
    if (!m) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('POST only');
      return;
    }
    const name = decodeURIComponent(m[1]!);
    void (async () => {
      const started = Date.now();
      let args: unknown[] = [];
      const done = (status: number, body: { value?: unknown; message?: string }) => {
        o.onCall?.({
          name,
          args,
          ok: status === 200,
          ms: Date.now() - started,
          ...(body.message === undefined ? {} : { message: body.message }),
        });
        send(res, status, body);
      };
      const fn = table()[name];
      if (!allow.includes(name) || typeof fn !== 'function') return done(404, { message: `Script function not found: ${name}` });
      try {
        const parsed: unknown = JSON.parse((await readBody(req, maxBody)) || '[]');
        if (!Array.isArray(parsed)) return done(400, { message: 'arguments must be a JSON array' });
        args = parsed;
      } catch (err) {
        return done(400, { message: `bad request: ${errorMessage(err)}` });
      }
      if (o.latency) await new Promise((r) => setTimeout(r, o.latency));
      let value: unknown;
      try {
        value = await (fn as ServerFunction)(...args);
      } catch (err) {
        return done(500, { message: errorMessage(err) });
      }
      const date = findDate(value);
      if (date) {
        return done(500, {
          message: `${name} returned a Date at ${date}: a Date cannot cross google.script.run (the sidebar would get null). Send an ISO string or a number.`,
        });
      }
      let body: string;
      try {
        body = JSON.stringify({ value });
      } catch (err) {
        return done(500, { message: `${name} returned a value that cannot be sent: ${errorMessage(err)}` });
      }
      o.onCall?.({ name, args, ok: true, ms: Date.now() - started });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(body);
    })();
  };
}
