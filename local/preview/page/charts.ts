// Embedded charts drawn as SVG, from what the add-on inserted (type, options,
// the ranges' values): PIE (and donut), COLUMN, BAR, LINE, AREA, SCATTER and
// COMBO (bars with line series, e.g. a cap line). Options read the way Sheets
// names them, dotted ("legend.position") or nested ({ legend: { position } }).
// Every text goes in with textContent; nothing is fetched.

import type { WireChart } from '../server';

const SVG = 'http://www.w3.org/2000/svg';
/** Sheets' default chart palette. */
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72', '#fcd04f', '#71c287'];
export const DEFAULT_W = 600;
export const DEFAULT_H = 371;

type Options = Record<string, unknown>;

/** An option by its dotted path, however it was set. */
export function opt(o: Options, path: string): unknown {
  if (path in o) return o[path];
  const parts = path.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const head = parts.slice(0, i).join('.');
    const v = o[head];
    if (v && typeof v === 'object') {
      const found = opt(v as Options, parts.slice(i).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

function text(parent: Element, x: number, y: number, s: string, attrs: Record<string, string | number> = {}): SVGTextElement {
  const t = el('text', { x, y, 'font-size': 12, fill: '#444', ...attrs }, parent);
  t.textContent = s;
  return t;
}

/** 1234567 → "1.2M", 0.0123 → "0.0123": short axis labels. */
export function compact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${+(n / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${+(n / 1e3).toFixed(1)}K`;
  if (a >= 100 || a === 0) return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return String(+n.toPrecision(3));
}

function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(+v.toPrecision(12));
  if (out[out.length - 1]! < hi) out.push(+(out[out.length - 1]! + step).toPrecision(12));
  return out;
}

/** An option's text, when it is a string or a number (anything else: the fallback). */
const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Rough width at 12 px: wide (CJK) characters count about double. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/;
function textPx(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 12.5 : 7;
  return w;
}

/** The text cut with an ellipsis to fit px. */
function fit(s: string, px: number): string {
  if (textPx(s) <= px) return s;
  let out = '';
  for (const ch of s) {
    if (textPx(`${out}${ch}…`) > px) break;
    out += ch;
  }
  return `${out}…`;
}

interface Series {
  name: string;
  values: (number | null)[];
  color: string;
  kind: 'bars' | 'line' | 'area' | 'points';
  dash?: string;
  width: number;
}

function seriesOf(chart: WireChart): { labels: string[]; series: Series[] } {
  const o = chart.options;
  const body = chart.table.slice(chart.headerRows);
  const head = chart.table[chart.headerRows - 1] ?? [];
  const cols = Math.max(0, ...chart.table.map((r) => r.length));
  const labels = body.map((r) => (r[0] === null || r[0] === undefined ? '' : typeof r[0] === 'number' ? compact(r[0]) : r[0]));
  const colors = (Array.isArray(o.colors) ? o.colors : []) as string[];
  const type = chart.type.toUpperCase();
  const base: Series['kind'] =
    type === 'LINE'
      ? 'line'
      : type === 'AREA' || type === 'STEPPED_AREA'
        ? 'area'
        : type === 'SCATTER'
          ? 'points'
          : type === 'COMBO'
            ? kindOf(opt(o, 'seriesType'), 'bars')
            : 'bars';
  const series: Series[] = [];
  for (let c = 1; c < cols; c++) {
    const i = c - 1;
    const so = (opt(o, `series.${i}`) ?? {}) as Options;
    const dash = opt(so, 'lineDashStyle');
    series.push({
      name: head[c] !== undefined && head[c] !== null ? String(head[c]) : `Series ${c}`,
      values: body.map((r) => (typeof r[c] === 'number' ? (r[c] as number) : null)),
      color: str(opt(so, 'color'), colors[i] ?? PALETTE[i % PALETTE.length]!),
      kind: kindOf(opt(so, 'type'), base),
      dash: Array.isArray(dash) ? dash.join(' ') : undefined,
      width: Number(opt(so, 'lineWidth') ?? opt(o, 'lineWidth') ?? 2),
    });
  }
  return { labels, series };
}

function kindOf(v: unknown, fallback: Series['kind']): Series['kind'] {
  const t = str(v, '').toLowerCase();
  if (t === 'bars' || t === 'bar' || t === 'column') return 'bars';
  if (t === 'line') return 'line';
  if (t === 'area' || t === 'steppedarea') return 'area';
  if (t === 'scatter' || t === 'points') return 'points';
  return fallback;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A legend key: a square for bars and slices, a short line for a line series. */
function swatch(g: Element, x: number, y: number, it: { color: string; line?: boolean }): void {
  if (it.line) el('line', { x1: x, x2: x + 10, y1: y - 4, y2: y - 4, stroke: it.color, 'stroke-width': 2 }, g);
  else el('rect', { x, y: y - 9, width: 10, height: 10, fill: it.color, rx: 2 }, g);
}

function legend(svg: SVGSVGElement, items: { name: string; color: string; line?: boolean }[], where: string, area: Box): Box {
  if (where === 'none' || items.length === 0) return area;
  const g = el('g', { class: 'legend' }, svg);
  if (where === 'bottom' || where === 'top') {
    const y = where === 'bottom' ? area.y + area.h - 10 : area.y + 8;
    let x = area.x;
    for (const it of items) {
      swatch(g, x, y, it);
      const label = fit(it.name, 160);
      text(g, x + 14, y, label);
      x += 28 + textPx(label);
    }
    return where === 'bottom' ? { ...area, h: area.h - 24 } : { ...area, y: area.y + 24, h: area.h - 24 };
  }
  const width = Math.min(Math.max(120, area.w * 0.34), 22 + Math.max(...items.map((i) => textPx(i.name))));
  const x = area.x + area.w - width;
  items.slice(0, 14).forEach((it, k) => {
    const y = area.y + 18 + k * 20;
    swatch(g, x, y, it);
    const t = text(g, x + 14, y, fit(it.name, width - 16));
    if (t.textContent !== it.name) el('title', {}, t).textContent = it.name;
  });
  return { ...area, w: area.w - width };
}

function drawPie(svg: SVGSVGElement, chart: WireChart, area: Box): void {
  const o = chart.options;
  const { labels, series } = seriesOf(chart);
  const values = (series[0]?.values ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const total = values.reduce((a, b) => a + b, 0);
  const colors = (Array.isArray(o.colors) ? o.colors : PALETTE) as string[];
  const slices = labels.map((name, i) => ({
    name,
    value: values[i] ?? 0,
    color: String((opt(o, `slices.${i}.color`) as string | undefined) ?? colors[i % colors.length]),
  }));
  const plot = legend(svg, slices, str(opt(o, 'legend.position'), 'right').toLowerCase(), area);
  const r = Math.max(10, Math.min(plot.w, plot.h) / 2 - 8);
  const cx = plot.x + plot.w / 2;
  const cy = plot.y + plot.h / 2;
  const hole = Math.max(0, Math.min(0.9, Number(opt(o, 'pieHole') ?? 0)));
  const g = el('g', { class: 'pie' }, svg);
  if (total <= 0) {
    el('circle', { cx, cy, r, fill: '#f1f3f4', stroke: '#dadce0' }, g);
    return;
  }
  let a0 = -Math.PI / 2;
  for (const s of slices) {
    if (s.value <= 0) continue;
    const share = s.value / total;
    const a1 = a0 + share * 2 * Math.PI;
    const p = (a: number, rr: number) => `${cx + rr * Math.cos(a)} ${cy + rr * Math.sin(a)}`;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const d =
      share >= 0.9999
        ? `M ${p(0, r)} A ${r} ${r} 0 1 1 ${p(Math.PI, r)} A ${r} ${r} 0 1 1 ${p(0, r)} Z`
        : `M ${cx} ${cy} L ${p(a0, r)} A ${r} ${r} 0 ${large} 1 ${p(a1, r)} Z`;
    const path = el('path', { d, fill: s.color, stroke: '#fff', 'stroke-width': 1, class: 'slice' }, g);
    const tip = el('title', {}, path);
    tip.textContent = `${s.name}: ${s.value.toLocaleString('en-US')} (${(share * 100).toFixed(1)}%)`;
    if (share >= 0.05) {
      const mid = (a0 + a1) / 2;
      const lr = hole ? (r * (1 + hole)) / 2 : r * 0.62;
      text(g, cx + lr * Math.cos(mid), cy + lr * Math.sin(mid) + 4, `${(share * 100).toFixed(1)}%`, {
        'text-anchor': 'middle',
        fill: '#fff',
        'font-weight': 600,
      });
    }
    a0 = a1;
  }
  if (hole) el('circle', { cx, cy, r: r * hole, fill: '#fff' }, g);
}

function drawCartesian(svg: SVGSVGElement, chart: WireChart, area: Box): void {
  const o = chart.options;
  const horizontal = chart.type.toUpperCase() === 'BAR';
  const { labels, series } = seriesOf(chart);
  const stacked = opt(o, 'isStacked') === true || opt(o, 'isStacked') === 'true';
  const where = str(opt(o, 'legend.position'), series.length > 1 ? 'right' : 'none').toLowerCase();
  let plot = legend(
    svg,
    series.map((s) => ({ name: s.name, color: s.color, line: s.kind === 'line' })),
    where,
    area,
  );
  const hTitle = opt(o, 'hAxis.title');
  const vTitle = opt(o, 'vAxis.title');
  // Room for the axes' labels and titles.
  plot = { x: plot.x + 52 + (vTitle ? 18 : 0), y: plot.y + 6, w: plot.w - 60 - (vTitle ? 18 : 0), h: plot.h - 28 - (hTitle ? 18 : 0) };
  if (plot.w < 40 || plot.h < 40) return;
  const bars = series.filter((s) => s.kind === 'bars');
  const n = labels.length;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    let pos = 0;
    let neg = 0;
    for (const s of series) {
      const v = s.values[i];
      if (v === null || v === undefined) continue;
      if (stacked && s.kind === 'bars') {
        if (v >= 0) pos += v;
        else neg += v;
      } else {
        hi = Math.max(hi, v);
        lo = Math.min(lo, v);
      }
    }
    hi = Math.max(hi, pos);
    lo = Math.min(lo, neg);
  }
  const vmin = opt(o, 'vAxis.viewWindow.min');
  const vmax = opt(o, 'vAxis.viewWindow.max');
  if (typeof vmin === 'number') lo = vmin;
  if (typeof vmax === 'number') hi = vmax;
  const ticks = niceTicks(lo, hi);
  lo = ticks[0]!;
  hi = ticks[ticks.length - 1]!;
  const g = el('g', { class: 'plot' }, svg);
  // Value axis: v → pixel along the value direction; category axis: band per label.
  const vPx = (v: number) => (horizontal ? plot.x + ((v - lo) / (hi - lo)) * plot.w : plot.y + plot.h - ((v - lo) / (hi - lo)) * plot.h);
  const band = (horizontal ? plot.h : plot.w) / Math.max(1, n);
  const cPx = (i: number) => (horizontal ? plot.y + band * (i + 0.5) : plot.x + band * (i + 0.5));
  for (const t of ticks) {
    const p = vPx(t);
    if (horizontal) {
      el('line', { x1: p, x2: p, y1: plot.y, y2: plot.y + plot.h, stroke: t === 0 ? '#9aa0a6' : '#e8eaed' }, g);
      text(g, p, plot.y + plot.h + 16, compact(t), { 'text-anchor': 'middle' });
    } else {
      el('line', { x1: plot.x, x2: plot.x + plot.w, y1: p, y2: p, stroke: t === 0 ? '#9aa0a6' : '#e8eaed' }, g);
      text(g, plot.x - 6, p + 4, compact(t), { 'text-anchor': 'end' });
    }
  }
  // Every label that fits; otherwise every second, third… (rows of 16 px, or the widest label across).
  const need = horizontal ? 16 : Math.min(90, Math.max(...labels.map((l) => textPx(l)))) + 8;
  const every = Math.max(1, Math.ceil(need / band));
  labels.forEach((l, i) => {
    if (i % every) return;
    if (horizontal) text(g, plot.x - 6, cPx(i) + 4, truncate(l, 10), { 'text-anchor': 'end' });
    else text(g, cPx(i), plot.y + plot.h + 16, truncate(l, Math.max(4, Math.floor((band * every) / 7))), { 'text-anchor': 'middle' });
  });
  if (typeof hTitle === 'string' && hTitle)
    text(svg, plot.x + plot.w / 2, plot.y + plot.h + 34, hTitle, { 'text-anchor': 'middle', 'font-style': 'italic' });
  if (typeof vTitle === 'string' && vTitle) {
    const t = text(svg, 0, 0, vTitle, { 'text-anchor': 'middle', 'font-style': 'italic' });
    t.setAttribute('transform', `translate(${area.x + 12} ${plot.y + plot.h / 2}) rotate(-90)`);
  }
  // Bars: grouped side by side, or stacked.
  const groups = stacked ? 1 : Math.max(1, bars.length);
  const barW = (band * 0.7) / groups;
  const base = new Array<number>(n).fill(0);
  const baseNeg = new Array<number>(n).fill(0);
  bars.forEach((s, k) => {
    s.values.forEach((v, i) => {
      if (v === null) return;
      let from = 0;
      if (stacked) {
        from = v >= 0 ? base[i]! : baseNeg[i]!;
        if (v >= 0) base[i]! += v;
        else baseNeg[i]! += v;
      }
      const a = vPx(from);
      const b = vPx(from + v);
      const off = cPx(i) - (band * 0.7) / 2 + (stacked ? 0 : k * barW);
      const rect = horizontal
        ? el('rect', { x: Math.min(a, b), y: off, width: Math.abs(b - a), height: barW, fill: s.color, class: 'bar' }, g)
        : el('rect', { x: off, y: Math.min(a, b), width: barW, height: Math.abs(b - a), fill: s.color, class: 'bar' }, g);
      el('title', {}, rect).textContent = `${labels[i]} · ${s.name}: ${v.toLocaleString('en-US')}`;
    });
  });
  // Lines, areas and points over the bars.
  for (const s of series) {
    if (s.kind === 'bars') continue;
    const pts = s.values.map((v, i) => (v === null ? null : horizontal ? [vPx(v), cPx(i)] : [cPx(i), vPx(v)]));
    const runs: number[][][] = [];
    let run: number[][] = [];
    for (const p of pts) {
      if (p) run.push(p);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
    for (const r of runs) {
      if (s.kind === 'area' && !horizontal) {
        const d = `M ${r[0]![0]} ${vPx(Math.max(lo, 0))} ${r.map((p) => `L ${p[0]} ${p[1]}`).join(' ')} L ${r[r.length - 1]![0]} ${vPx(Math.max(lo, 0))} Z`;
        el('path', { d, fill: s.color, 'fill-opacity': 0.3, stroke: 'none' }, g);
      }
      if (s.kind !== 'points') {
        // A single point of a line (one category) is drawn across its band, so a cap line shows.
        const line =
          r.length === 1 && !horizontal
            ? [
                [r[0]![0]! - band / 2, r[0]![1]!],
                [r[0]![0]! + band / 2, r[0]![1]!],
              ]
            : r;
        const attrs: Record<string, string | number> = {
          points: line.map((p) => p.join(',')).join(' '),
          fill: 'none',
          stroke: s.color,
          'stroke-width': s.width,
          class: 'line',
        };
        if (s.dash) attrs['stroke-dasharray'] = s.dash;
        el('polyline', attrs, g);
      }
      if (s.kind === 'points' || r.length <= 30)
        for (const p of r) el('circle', { cx: p[0]!, cy: p[1]!, r: s.kind === 'points' ? 4 : 2.5, fill: s.color }, g);
    }
  }
}

/** The chart as an SVG element of its size (Sheets' default 600 × 371). */
export function drawChart(chart: WireChart): SVGSVGElement {
  const o = chart.options;
  const w = Number(opt(o, 'width') ?? DEFAULT_W) || DEFAULT_W;
  const h = Number(opt(o, 'height') ?? DEFAULT_H) || DEFAULT_H;
  const svg = el('svg', { xmlns: SVG, width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img', 'font-family': 'inherit' });
  el('rect', { x: 0.5, y: 0.5, width: w - 1, height: h - 1, fill: str(opt(o, 'backgroundColor'), '#fff'), stroke: '#dadce0' }, svg);
  const title = opt(o, 'title');
  let area: Box = { x: 12, y: 10, w: w - 24, h: h - 20 };
  if (typeof title === 'string' && title) {
    text(svg, 16, 28, truncate(title, 80), { 'font-size': 16, fill: '#202124', class: 'chart-title' });
    area = { x: 12, y: 40, w: w - 24, h: h - 50 };
    svg.setAttribute('aria-label', title);
  }
  const type = chart.type.toUpperCase();
  if (chart.table.length <= chart.headerRows) text(svg, w / 2, h / 2, '—', { 'text-anchor': 'middle' });
  else if (type === 'PIE') drawPie(svg, chart, area);
  else if (['COLUMN', 'BAR', 'LINE', 'AREA', 'STEPPED_AREA', 'COMBO', 'SCATTER', 'HISTOGRAM'].includes(type))
    drawCartesian(svg, chart, area);
  else text(svg, w / 2, h / 2, `${type} chart`, { 'text-anchor': 'middle' });
  return svg;
}
