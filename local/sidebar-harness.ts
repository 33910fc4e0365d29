// The sidebar against the real bundle, off Google: dist/Code.js runs in a
// node:vm over an in-memory spreadsheet, and the rpc bridge serves
// dist/Sidebar.html on 127.0.0.1 with google.script.run wired to the bundle's
// top-level functions. For the browser test and the local preview.

import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeSpreadsheet, Fake, FakeOptions } from './gas';
import { BundleGlobals, loadBundle } from './load-bundle';
import { createRpcHandler, RPC_ALLOW } from './rpc-bridge';

export interface HarnessOptions extends FakeOptions {
  /** The spreadsheet: sheet name → rows. */
  sheets: Record<string, unknown[][]>;
  codePath?: string;
  htmlPath?: string;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Milliseconds added to every server call (see BridgeOptions.latency). */
  latency?: number;
}

export interface RpcCall {
  name: string;
  args: unknown[];
  ok: boolean;
  ms: number;
  message?: string;
}

export interface Harness {
  /** The sidebar page. */
  url: string;
  fake: Fake;
  /** The loaded bundle: its top-level functions. */
  bundle: BundleGlobals;
  /** Every call the sidebar made, in order. */
  calls: RpcCall[];
  server: Server;
  close(): Promise<void>;
}

export async function startSidebarHarness(o: HarnessOptions): Promise<Harness> {
  const codePath = o.codePath ?? 'dist/Code.js';
  const htmlPath = o.htmlPath ?? 'dist/Sidebar.html';
  const { sheets, codePath: _c, htmlPath: _h, host: _host, port: _port, latency, ...fakeOptions } = o;
  const fake = createFakeSpreadsheet(sheets, fakeOptions);
  const bundle = loadBundle(fake.globals, codePath);
  const html = () => readFileSync(htmlPath, 'utf8');
  fake.htmlFiles.set('Sidebar', html());
  const calls: RpcCall[] = [];
  const handler = createRpcHandler({
    functions: bundle,
    html,
    allow: RPC_ALLOW,
    onCall: (c) => calls.push(c),
    ...(latency ? { latency } : {}),
  });
  const server = createServer(handler);
  const host = o.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    fake,
    bundle,
    calls,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
