// The Apps Script services around the spreadsheet: properties, locks, HTML,
// session, script, utilities, charts enums, logging.

import { randomUUID } from 'node:crypto';
import { gasText } from './values';
import type { Workbook } from './workbook';

export interface ServiceState {
  properties: Map<string, string>;
  userProperties: Map<string, string>;
  scriptProperties: Map<string, string>;
  lock: { held: boolean; ours: boolean };
  htmlFiles: Map<string, string>;
  logs: string[];
  echoLogs: boolean;
  userLocale: string | undefined;
}

const enumOf = <N extends string>(...names: N[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as { [K in N]: K });

// Apps Script refuses a property value over 9 KB.
const MAX_PROPERTY_BYTES = 9 * 1024;

function propertyStore(wb: Workbook, map: Map<string, string>) {
  const store = {
    getProperty: (key: string) => map.get(String(key)) ?? null,
    setProperty(key: string, value: unknown) {
      const v = String(value);
      if (Buffer.byteLength(v) > MAX_PROPERTY_BYTES) throw wb.error('Argument too large: value');
      map.set(String(key), v);
      return store;
    },
    setProperties(props: Record<string, unknown>, deleteAllOthers = false) {
      if (deleteAllOthers) map.clear();
      for (const [k, v] of Object.entries(props)) store.setProperty(k, v);
      return store;
    },
    getProperties: () => wb.realm.Object.fromEntries(map),
    getKeys: () => wb.list([...map.keys()]),
    deleteProperty(key: string) {
      map.delete(String(key));
      return store;
    },
    deleteAllProperties() {
      map.clear();
      return store;
    },
  };
  return store;
}

/** Locks: `lock.held` means another execution holds it; `lock.ours` that this one does. */
function lockService(wb: Workbook, st: ServiceState) {
  const lock = () => ({
    tryLock(_ms: number): boolean {
      if (st.lock.held) return false;
      st.lock.ours = true;
      return true;
    },
    waitLock(_ms: number): void {
      if (st.lock.held) throw wb.error('Lock timeout: another process was holding the lock for too long.');
      st.lock.ours = true;
    },
    releaseLock(): void {
      st.lock.ours = false;
    },
    hasLock: () => st.lock.ours,
  });
  return { getDocumentLock: lock, getScriptLock: lock, getUserLock: lock };
}

export class HtmlOutput {
  private title = '';
  private width = 300;
  private height = 500;
  constructor(private content: string) {}
  setTitle(t: string) {
    this.title = String(t);
    return this;
  }
  getTitle() {
    return this.title;
  }
  getContent() {
    return this.content;
  }
  setContent(c: string) {
    this.content = String(c);
    return this;
  }
  append(c: string) {
    this.content += String(c);
    return this;
  }
  appendUntrusted(c: string) {
    this.content += String(c).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return this;
  }
  setWidth(w: number) {
    this.width = w;
    return this;
  }
  getWidth() {
    return this.width;
  }
  setHeight(h: number) {
    this.height = h;
    return this;
  }
  getHeight() {
    return this.height;
  }
  setSandboxMode(_m: string) {
    return this;
  }
  setXFrameOptionsMode(_m: string) {
    return this;
  }
  addMetaTag(_name: string, _content: string) {
    return this;
  }
  setFaviconUrl(_url: string) {
    return this;
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Templates: <?= name ?> (escaped) and <?!= name ?> (raw) from the template's fields; no code scriptlets. */
function template(source: string) {
  const t: Record<string, unknown> = {
    evaluate: () =>
      new HtmlOutput(
        source.replace(/<\?(!?)=\s*([A-Za-z_$][\w$]*)\s*\?>/g, (_m, raw: string, name: string) => {
          const v = gasText(t[name] ?? '');
          return raw ? v : escapeHtml(v);
        }),
      ),
    getRawContent: () => source,
  };
  return t;
}

function htmlService(wb: Workbook, st: ServiceState) {
  const file = (name: string) => {
    const n = String(name);
    const content = st.htmlFiles.get(n) ?? st.htmlFiles.get(n.replace(/\.html$/, ''));
    if (content === undefined) throw wb.error(`No HTML file named ${n} was found.`);
    return content;
  };
  return {
    createHtmlOutputFromFile: (name: string) => new HtmlOutput(file(name)),
    createHtmlOutput: (html = '') => new HtmlOutput(String(html)),
    createTemplateFromFile: (name: string) => template(file(name)),
    createTemplate: (html: string) => template(String(html)),
    SandboxMode: enumOf('IFRAME', 'NATIVE', 'EMULATED'),
    XFrameOptionsMode: enumOf('ALLOWALL', 'DEFAULT'),
  };
}

/** Java SimpleDateFormat patterns, as Utilities.formatDate takes them, in a time zone. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'long',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const n = (k: string) => Number(parts[k]);
  const month = n('month');
  const hour = n('hour') % 24;
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  const monthName = new Intl.DateTimeFormat('en-US', { timeZone, month: 'long' }).format(date);
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return pattern.replace(/'([^']*)'|y+|M+|d+|H+|h+|m+|s+|S+|E+|a|Z+|X+|z+/g, (tok, lit: string | undefined) => {
    if (lit !== undefined) return lit === '' ? "'" : lit;
    const w = tok.length;
    switch (tok[0]) {
      case 'y':
        return w === 2 ? pad(n('year') % 100, 2) : pad(n('year'), w);
      case 'M':
        return w >= 4 ? monthName : w === 3 ? monthName.slice(0, 3) : pad(month, w);
      case 'd':
        return pad(n('day'), w);
      case 'H':
        return pad(hour, w);
      case 'h':
        return pad(hour % 12 || 12, w);
      case 'm':
        return pad(n('minute'), w);
      case 's':
        return pad(n('second'), w);
      case 'S':
        return pad(date.getMilliseconds(), 3).slice(0, w);
      case 'E':
        return w >= 4 ? parts.weekday! : parts.weekday!.slice(0, 3);
      case 'a':
        return hour < 12 ? 'AM' : 'PM';
      case 'Z':
        return offset.replace(':', '');
      case 'X':
        return offset === '+00:00' ? 'Z' : offset;
      default:
        return `GMT${offset}`;
    }
  });
}

export function createServices(wb: Workbook, st: ServiceState) {
  const log = (level: string, args: unknown[]) => {
    const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    st.logs.push(level ? `[${level}] ${line}` : line);
    if (st.echoLogs) console.log(level ? `[gas ${level}]` : '[gas]', line);
  };
  const Logger = {
    log(fmt: unknown, ...args: unknown[]) {
      let i = 0;
      log('', [typeof fmt === 'string' && args.length ? fmt.replace(/%s/g, () => String(args[i++])) : fmt]);
      return Logger;
    },
    getLog: () => st.logs.join('\n'),
    clear: () => {
      st.logs.length = 0;
    },
  };
  const fakeConsole = {
    log: (...a: unknown[]) => log('log', a),
    info: (...a: unknown[]) => log('info', a),
    warn: (...a: unknown[]) => log('warn', a),
    error: (...a: unknown[]) => log('error', a),
    debug: (...a: unknown[]) => log('debug', a),
    time: (_label?: string) => {},
    timeEnd: (_label?: string) => {},
  };
  return {
    PropertiesService: {
      getDocumentProperties: () => propertyStore(wb, st.properties),
      getUserProperties: () => propertyStore(wb, st.userProperties),
      getScriptProperties: () => propertyStore(wb, st.scriptProperties),
    },
    LockService: lockService(wb, st),
    HtmlService: htmlService(wb, st),
    Session: {
      getActiveUserLocale: () => st.userLocale ?? wb.opts.locale,
      getScriptTimeZone: () => wb.opts.timeZone,
      getActiveUser: () => ({ getEmail: () => 'user@example.com' }),
      getEffectiveUser: () => ({ getEmail: () => 'user@example.com' }),
      getTemporaryActiveUserKey: () => 'temporary-user-key',
    },
    ScriptApp: {
      AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
      AuthorizationStatus: enumOf('REQUIRED', 'NOT_REQUIRED'),
      getProjectTriggers: () => wb.list([]),
      getScriptId: () => 'fake-script-id',
      getOAuthToken: () => 'fake-oauth-token',
    },
    Utilities: {
      formatDate: (date: Date, tz: string, pattern: string) => formatDate(date, tz, pattern),
      sleep: (_ms: number) => {},
      getUuid: () => randomUUID(),
      base64Encode: (s: string) => Buffer.from(String(s), 'utf8').toString('base64'),
      base64Decode: (s: string) => wb.list([...Buffer.from(String(s), 'base64')].map((b) => (b > 127 ? b - 256 : b))),
      formatString: (fmt: string, ...args: unknown[]) => {
        let i = 0;
        return String(fmt).replace(/%[sdf]/g, () => String(args[i++]));
      },
    },
    Charts: {
      ChartType: enumOf(
        'AREA',
        'BAR',
        'BUBBLE',
        'CANDLESTICK',
        'COLUMN',
        'COMBO',
        'GAUGE',
        'GEO',
        'HISTOGRAM',
        'LINE',
        'ORG',
        'PIE',
        'RADAR',
        'SCATTER',
        'SPARKLINE',
        'STEPPED_AREA',
        'TABLE',
        'TIMELINE',
        'TREE_MAP',
        'WATERFALL',
      ),
      Position: enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
      ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
      ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
    },
    Logger,
    console: fakeConsole,
  };
}
