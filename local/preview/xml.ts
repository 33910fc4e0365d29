// The little XML the XLSX reader needs: a non-validating scanner (SAX-like,
// linear in the input: every construct is found with indexOf, so a file of
// 80,000 unterminated `<?` or `<!--` is refused at the first one instead of
// being searched to its end 80,000 times), a tree built on it for the small
// parts, entities decoded, namespace prefixes dropped from element names
// (some writers use <x:c>), and the escaping the writer needs.

export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  /** Attributes as written (prefixed names kept, e.g. "r:id"). */
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Thrown for XML the scanner cannot read, or beyond a limit. */
export class XmlError extends Error {}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITY[e] ?? m;
  });
}

const localName = (n: string): string => {
  const at = n.indexOf(':');
  return at < 0 ? n : n.slice(at + 1);
};

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlLimits {
  /** At most this many elements (default 10,000,000). */
  maxElements?: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Reads xml once from start to end, telling the handler about elements and text. */
export function scanXml(xml: string, h: XmlHandler, limits: XmlLimits = {}): void {
  const maxElements = limits.maxElements ?? 10_000_000;
  const n = xml.length;
  let elements = 0;
  let i = 0;
  const upTo = (what: string, from: number, construct: string): number => {
    const k = xml.indexOf(what, from);
    if (k < 0) throw new XmlError(`damaged XML: ${construct} at character ${from} is never closed`);
    return k;
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      h.text(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i) h.text(decodeEntities(xml.slice(i, lt)));
    if (xml.startsWith('<?', lt)) {
      i = upTo('?>', lt + 2, '"<?"') + 2;
    } else if (xml.startsWith('<!--', lt)) {
      i = upTo('-->', lt + 4, '"<!--"') + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const k = upTo(']]>', lt + 9, '"<![CDATA["');
      h.text(xml.slice(lt + 9, k));
      i = k + 3;
    } else if (xml.startsWith('<!', lt)) {
      // DOCTYPE and the like: skipped (entities it declares are not expanded).
      const bracket = xml.indexOf('[', lt);
      const gt = upTo('>', lt + 2, '"<!"');
      i = bracket >= 0 && bracket < gt ? upTo(']', bracket, '"<!DOCTYPE ["') : gt;
      i = upTo('>', i, '"<!"') + 1;
    } else if (xml.startsWith('</', lt)) {
      const gt = upTo('>', lt + 2, 'a closing tag');
      h.close(localName(xml.slice(lt + 2, gt).trim()));
      i = gt + 1;
    } else {
      // <name attr="v" attr='v' ... /?>, read character by character: linear, quotes may hold '>'.
      let p = lt + 1;
      while (p < n && !isSpace(xml.charCodeAt(p)) && xml[p] !== '>' && xml[p] !== '/') p++;
      const name = xml.slice(lt + 1, p);
      if (!name) throw new XmlError(`damaged XML: a "<" without an element name at character ${lt}`);
      const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
      let selfClosing = false;
      for (;;) {
        while (p < n && isSpace(xml.charCodeAt(p))) p++;
        if (p >= n) throw new XmlError(`damaged XML: the tag at character ${lt} is never closed`);
        if (xml[p] === '>') {
          p++;
          break;
        }
        if (xml[p] === '/' && xml[p + 1] === '>') {
          selfClosing = true;
          p += 2;
          break;
        }
        const a0 = p;
        while (p < n && !isSpace(xml.charCodeAt(p)) && xml[p] !== '=' && xml[p] !== '>' && xml[p] !== '/') p++;
        const key = xml.slice(a0, p);
        while (p < n && isSpace(xml.charCodeAt(p))) p++;
        if (!key || xml[p] !== '=') throw new XmlError(`damaged XML: attribute without a value at character ${a0}`);
        p++;
        while (p < n && isSpace(xml.charCodeAt(p))) p++;
        const quote = xml[p];
        if (quote !== '"' && quote !== "'") throw new XmlError(`damaged XML: unquoted attribute at character ${p}`);
        const end = upTo(quote, p + 1, 'an attribute value');
        attrs[key] = decodeEntities(xml.slice(p + 1, end));
        p = end + 1;
      }
      if (++elements > maxElements) throw new XmlError(`more than ${maxElements.toLocaleString('en-US')} XML elements`);
      const local = localName(name);
      h.open(local, attrs, selfClosing);
      if (selfClosing) h.close(local);
      i = p;
    }
  }
}

/** The whole document as a tree (for the small parts: workbook, relationships, styles). */
export function parseXml(xml: string, limits: XmlLimits = {}): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  scanXml(
    xml,
    {
      open(name, attrs) {
        const el: XmlElement = { name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      close(name) {
        // Close the nearest open element of that name (tolerates sloppy nesting).
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i]!.name === name) {
            stack.length = i;
            break;
          }
        }
      },
      text(t) {
        stack[stack.length - 1]!.children.push(t);
      },
    },
    limits,
  );
  return root;
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All text inside an element. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** The first element of that name at any depth (document order). */
export function find(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}

/** An attribute by local name: "id" finds "r:id" too. */
export function attr(el: XmlElement, name: string): string | undefined {
  if (name in el.attrs) return el.attrs[name];
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === name) return v;
  return undefined;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
