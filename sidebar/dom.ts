// Building DOM without HTML: every string becomes a text node, attributes are
// set one by one, and event handlers are never attributes. Text from the sheet
// (handles, header texts, sheet names) can therefore never become markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`event handler attribute ${name}: use addEventListener`);
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(node: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces all children. */
export function replace(node: Node, ...children: Child[]): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  append(node, ...children);
}

/** A <select> whose options are [value, text] pairs, text set with option.text. */
export function select(attrs: Attrs, options: readonly (readonly [string, string])[], selected: string): HTMLSelectElement {
  const s = el('select', attrs);
  fillSelect(s, options, selected);
  return s;
}

export function fillSelect(s: HTMLSelectElement, options: readonly (readonly [string, string])[], selected: string): void {
  replace(s);
  for (const [value, text] of options) {
    const o = document.createElement('option');
    o.value = value;
    o.text = text;
    s.appendChild(o);
  }
  s.value = selected;
}
