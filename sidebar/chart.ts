// The CPV histogram as inline SVG: bars within the cap in blue, over it in
// grey, the cap as a red dashed line. Built with createElementNS only.

import { svg } from './dom';
import type { Histogram } from './presim';

const W = 268;
const PLOT_H = 56;
const TOP = 12; // room for the cap label
const H = TOP + PLOT_H + 14;

export function histogramSvg(h: Histogram, label: string, money: (n: number) => string, capWord: string): SVGSVGElement {
  const root = svg('svg', {
    class: 'hist',
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: 'img',
    'aria-label': label,
    'data-testid': 'histogram',
  });
  root.appendChild(svg('title', {}, label));
  const n = h.bins.length;
  const bw = W / n;
  const scale = h.max > 0 ? PLOT_H / h.max : 0;
  const base = TOP + PLOT_H;
  h.bins.forEach((b, i) => {
    const x = i * bw + 0.5;
    const width = Math.max(1, bw - 1);
    const within = b.within * scale;
    const over = b.over * scale;
    // Keep a non-empty bin visible even when it is tiny against the tallest.
    const lift = (v: number, count: number) => (count > 0 ? Math.max(v, 1.5) : 0);
    const hw = lift(within, b.within);
    const ho = lift(over, b.over);
    if (hw > 0)
      root.appendChild(
        svg('rect', { class: 'bar-in', x: x.toFixed(1), y: (base - hw).toFixed(1), width: width.toFixed(1), height: hw.toFixed(1) }),
      );
    if (ho > 0)
      root.appendChild(
        svg('rect', { class: 'bar-over', x: x.toFixed(1), y: (base - hw - ho).toFixed(1), width: width.toFixed(1), height: ho.toFixed(1) }),
      );
  });
  root.appendChild(svg('line', { class: 'axis', x1: 0, y1: base + 0.5, x2: W, y2: base + 0.5 }));
  root.appendChild(svg('text', { class: 'tick', x: 0, y: H - 2, 'text-anchor': 'start' }, money(0)));
  root.appendChild(svg('text', { class: 'tick', x: W, y: H - 2, 'text-anchor': 'end' }, `${money(h.hi)}${h.overflow > 0 ? '+' : ''}`));
  if (h.cap !== null) {
    const cx = Math.min(W - 1, (h.cap / h.hi) * W);
    root.appendChild(svg('line', { class: 'cap', x1: cx.toFixed(1), y1: TOP - 2, x2: cx.toFixed(1), y2: base, 'data-testid': 'cap-line' }));
    const anchor = cx > W * 0.7 ? 'end' : 'start';
    const tx = anchor === 'end' ? cx - 3 : cx + 3;
    root.appendChild(
      svg('text', { class: 'cap-label', x: tx.toFixed(1), y: TOP - 2, 'text-anchor': anchor }, `${capWord} ${money(h.cap)}`),
    );
  }
  return root;
}
