// The statistics' charts, drawn as SVG for the screen and for a black-and-white print: bars of this period
// (solid) against the same days a year earlier (hatched, outlined), every bar with its number written at its end;
// and a year-on-year line with a marker and the number at every year.
import { legend, niceStep, svg, text } from './svg-chart.js';

const ink = '#17202a';
const number = (value) => new Intl.NumberFormat().format(value);

// Each chart defines its own hatching: ids are unique within the page.
let charts = 0;
const hatch = (id) => svg('defs', {},
  svg('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, fill: '#ffffff' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: ink, 'stroke-width': 2 })));

const current = (x, y, width, height) => svg('rect', { x, y, width, height, fill: '#1f4e79', stroke: ink, 'stroke-width': 1, class: 'bar-current' });
const previous = (hatchId) => (x, y, width, height) => svg('rect', { x, y, width, height, fill: `url(#${hatchId})`, stroke: ink, 'stroke-width': 1, class: 'bar-previous' });

/**
 * rows: [{ label, value, previous }], drawn as pairs of horizontal bars, largest first as given.
 * labels: { current, previous } name the two periods in the legend.
 */
export function barChart(rows, { title, labels, narrow = false }) {
  const width = narrow ? 420 : 640;
  const left = narrow ? 12 : 170;
  const right = 56;
  const pair = narrow ? 58 : 40;
  const top = 40;
  const bottom = top + rows.length * pair;
  const high = Math.max(1, ...rows.flatMap((r) => [r.value, r.previous]));
  const step = niceStep(high);
  const end = Math.ceil(high / step) * step;
  const x = (value) => left + (value / end) * (width - left - right);
  const hatchId = `previous-hatch-${++charts}`;
  const last = previous(hatchId);
  const chart = svg('svg', { role: 'img', class: 'stat-chart', 'aria-label': title }, svg('title', {}, title), hatch(hatchId));
  chart.append(text(0, 18, title, { class: 'chart-title' }));
  for (let tick = 0; tick <= end; tick += step) {
    chart.append(svg('line', { x1: x(tick), x2: x(tick), y1: top - 4, y2: bottom, stroke: '#c9d1da', 'stroke-width': 1 }),
      text(x(tick), bottom + 16, number(tick), { 'text-anchor': 'middle', class: 'tick' }));
  }
  rows.forEach((row, i) => {
    const y = top + i * pair + (narrow ? 18 : 4);
    chart.append(narrow
      ? text(left, y - 4, row.label, { class: 'row-label' })
      : text(left - 8, y + 16, row.label, { 'text-anchor': 'end', class: 'row-label' }));
    chart.append(current(left, y, Math.max(0, x(row.value) - left), 14), text(x(row.value) + 5, y + 12, number(row.value), { class: 'figure strong' }),
      last(left, y + 16, Math.max(0, x(row.previous) - left), 14), text(x(row.previous) + 5, y + 28, number(row.previous), { class: 'figure' }));
  });
  const legendHeight = legend(chart, [
    [(lx, ly) => current(lx, ly - 7, 20, 14), labels.current],
    [(lx, ly) => last(lx, ly - 7, 20, 14), labels.previous],
  ], left, bottom + 22, width);
  chart.setAttribute('viewBox', `0 0 ${width} ${bottom + 22 + legendHeight}`);
  return chart;
}

/** points: [{ year, value }], oldest first: a line with a square at each year and its number above it. */
export function trendChart(points, { title }) {
  const [width, height, left, right, top, bottom] = [320, 190, 16, 16, 52, 160];
  const high = Math.max(1, ...points.map((p) => p.value));
  const step = niceStep(high);
  const end = Math.ceil(high / step) * step;
  const x = (i) => left + 18 + (i / Math.max(1, points.length - 1)) * (width - left - right - 36);
  const y = (value) => bottom - (value / end) * (bottom - top);
  const chart = svg('svg', { role: 'img', class: 'stat-chart trend-chart', 'aria-label': title, viewBox: `0 0 ${width} ${height}` }, svg('title', {}, title));
  chart.append(text(0, 18, title, { class: 'chart-title' }),
    svg('line', { x1: left, x2: width - right, y1: bottom, y2: bottom, stroke: ink, 'stroke-width': 1 }),
    svg('polyline', { points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), fill: 'none', stroke: ink, 'stroke-width': 2.5 }));
  points.forEach((p, i) => chart.append(
    svg('rect', { x: x(i) - 4.5, y: y(p.value) - 4.5, width: 9, height: 9, fill: '#1f4e79', stroke: ink }),
    text(x(i), y(p.value) - 10, number(p.value), { 'text-anchor': 'middle', class: 'figure strong' }),
    text(x(i), bottom + 18, String(p.year), { 'text-anchor': 'middle', class: 'tick' })));
  return chart;
}
