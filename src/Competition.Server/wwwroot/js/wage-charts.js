// Pay charts drawn as SVG, so they stay sharp on a tablet and on paper: each row is a guidance band
// (P10–P90, P25–P75 darker, the median as a thick bar) with markers (average pay, agreement floors)
// told apart by shape and line style as well as colour, so a black-and-white print still reads.
import { t } from './i18n.js';
import { element } from './dom.js';
import { labelWidth, legend, niceStep, svg, text } from './svg-chart.js';
import './wages-i18n.js';

const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
export const formatYuan = (value) => yuan.format(value);

/** How each kind of marker is drawn: a shape at the value (nudged up or down so markers at one value stay apart) and a line across the row. */
const markerStyles = {
  pay: { shape: 'circle', fill: '#b7312c', dash: null, nudge: 0, legend: 'wages.legend.pay' },
  floorA: { shape: 'triangle', fill: '#1b4f72', dash: '6 3', nudge: -9, legend: 'wages.legend.floorA' },
  floorB: { shape: 'diamond', fill: '#7d6608', dash: '2 3', nudge: 9, legend: 'wages.legend.floorB' },
  floor: { shape: 'triangle', fill: '#1b4f72', dash: '6 3', nudge: 0, legend: 'wages.legend.floor' },
};

function shape(kind, x, y) {
  const style = markerStyles[kind];
  const common = { fill: style.fill, stroke: '#000', 'stroke-width': 1 };
  if (style.shape === 'circle') return svg('circle', { cx: x, cy: y, r: 7, ...common });
  if (style.shape === 'diamond') return svg('polygon', { points: `${x},${y - 8} ${x + 8},${y} ${x},${y + 8} ${x - 8},${y}`, ...common });
  return svg('polygon', { points: `${x - 8},${y - 7} ${x + 8},${y - 7} ${x},${y + 7}`, ...common });
}

/**
 * rows: [{ label, sublabel, band: { p10, p25, p50, p75, p90 } | null, markers: [{ kind, value }] }].
 * annotate: one compact row (a phone's width) with its P10, median, P90 and each marker's value written out.
 * narrow: drawn for a phone, each row's label above its band instead of beside it.
 */
export function bandChart(rows, { annotate = false, narrow = false, title = '' } = {}) {
  const values = rows.flatMap((r) => [...(r.band ? [r.band.p10, r.band.p90] : []), ...r.markers.map((m) => m.value)]);
  const step = niceStep(Math.max(...values) - Math.min(...values) || 1000);
  const low = Math.floor((Math.min(...values) - step / 2) / step) * step;
  const high = Math.ceil((Math.max(...values) + step / 2) / step) * step;
  const left = rows.some((r) => r.label) && !narrow ? 150 : 24;
  const width = annotate || narrow ? 420 : 960;
  const rowHeight = annotate ? 104 : narrow ? 76 : 56;
  const top = 30;
  const kinds = [...new Set(rows.flatMap((r) => r.markers.map((m) => m.kind)))];
  const bottom = top + rows.length * rowHeight;
  const x = (value) => left + ((value - low) / (high - low)) * (width - left - 30);

  const chart = svg('svg', { role: 'img', class: `band-chart${annotate ? ' compact' : ''}`, 'aria-label': title });
  chart.append(svg('title', {}, title));
  for (let tick = low; tick <= high; tick += step) {
    chart.append(
      svg('line', { x1: x(tick), x2: x(tick), y1: top - 6, y2: bottom - 4, stroke: '#d5dbe3', 'stroke-width': 1 }),
      text(x(tick), top - 12, formatYuan(tick), { 'text-anchor': 'middle', class: 'tick' }));
  }
  rows.forEach((row, i) => {
    const middle = top + i * rowHeight + (annotate ? 34 : narrow ? 44 : rowHeight / 2);
    const group = svg('g', { class: 'chart-row', 'data-level': row.key ?? '' });
    if (row.label && narrow) {
      const label = text(8, middle - 24, `${row.label}  `, { class: 'row-label' });
      label.append(svg('tspan', { class: 'row-sublabel' }, row.sublabel ?? ''));
      group.append(label);
    } else if (row.label) {
      group.append(text(8, middle - 2, row.label, { class: 'row-label' }));
      if (row.sublabel) group.append(text(8, middle + 16, row.sublabel, { class: 'row-sublabel' }));
    }
    if (row.band) {
      const { p10, p25, p50, p75, p90 } = row.band;
      group.append(
        svg('rect', { x: x(p10), y: middle - 11, width: x(p90) - x(p10), height: 22, fill: '#e3ecf4', stroke: '#2c3e50', 'stroke-width': 1.2, class: 'band' }),
        svg('rect', { x: x(p25), y: middle - 11, width: x(p75) - x(p25), height: 22, fill: '#a9c4dc', stroke: '#2c3e50', 'stroke-width': 1.2 }),
        svg('rect', { x: x(p50) - 2.5, y: middle - 17, width: 5, height: 34, fill: '#000', class: 'median' }));
      if (annotate) {
        // The median above the band, P10 and P90 under it, marker values on a line of their own below.
        group.append(
          text(x(p10), middle + 32, `P10 ${formatYuan(p10)}`, { 'text-anchor': 'middle', class: 'figure' }),
          text(x(p50), middle - 22, `${t('wages.median')} ${formatYuan(p50)}`, { 'text-anchor': 'middle', class: 'figure strong' }),
          text(x(p90), middle + 32, `P90 ${formatYuan(p90)}`, { 'text-anchor': 'middle', class: 'figure' }));
      }
    } else {
      group.append(text(x(low) + 6, middle + 5, t('wages.noBand'), { class: 'row-sublabel' }));
    }
    for (const marker of row.markers) {
      const style = markerStyles[marker.kind];
      const at = x(marker.value);
      if (style.dash) {
        group.append(svg('line', { x1: at, x2: at, y1: middle - 20, y2: middle + (annotate ? 44 : 20), stroke: style.fill, 'stroke-width': 2, 'stroke-dasharray': style.dash }));
      }
      group.append(shape(marker.kind, at, middle + (annotate ? 0 : style.nudge)));
      if (annotate && marker.kind !== 'pay') {
        const label = `${t(style.legend)} ${formatYuan(marker.value)}`;
        const anchor = at + labelWidth(label) / 2 > width ? 'end' : at - labelWidth(label) / 2 < 0 ? 'start' : 'middle';
        group.append(text(at, middle + 58, label, { 'text-anchor': anchor, class: 'figure strong', fill: style.fill }));
      }
    }
    chart.append(group);
  });
  const legendHeight = legend(chart, [
    [(lx, ly) => svg('rect', { x: lx, y: ly - 7, width: 20, height: 14, fill: '#a9c4dc', stroke: '#2c3e50' }), t('wages.legend.band')],
    [(lx, ly) => svg('rect', { x: lx + 8, y: ly - 9, width: 5, height: 18, fill: '#000' }), t('wages.legend.median')],
    ...kinds.map((kind) => [(lx, ly) => shape(kind, lx + 10, ly), t(markerStyles[kind].legend)]),
  ], annotate ? 8 : left, bottom + 4, width);
  chart.setAttribute('viewBox', `0 0 ${width} ${bottom + 4 + legendHeight + 6}`);
  return chart;
}

/** The guidance for one certificate: its band with the covering agreement's floor, the figures, and the agreements. */
export function guidancePanel(guidance) {
  const panel = element('section', { className: 'wage-guidance' });
  if (!guidance) return panel;
  const { band, agreements, region } = guidance;
  const floor = agreements[0];
  panel.append(element('h3', { textContent: band ? t('wages.bandTitle', { region, year: band.year }) : t('wages.bandTitleNone', { region }) }));
  if (band) {
    panel.append(
      bandChart([{ band: { p10: band.monthlyP10, p25: band.monthlyP25, p50: band.monthlyP50, p75: band.monthlyP75, p90: band.monthlyP90 },
        markers: floor ? [{ kind: 'floor', value: floor.monthlyFloor }] : [] }], { annotate: true, title: t('wages.bandTitle', { region, year: band.year }) }),
      element('p', { className: 'muted small', textContent: t('wages.bandSource', { source: band.source, industry: band.industry, sample: band.sampleSize }) }));
  } else {
    panel.append(element('p', { className: 'muted', textContent: t('wages.noBandFor') }));
  }
  panel.append(agreements.length === 0
    ? element('p', { className: 'muted', textContent: t('wages.noAgreement') })
    : element('ul', { className: 'agreements' }, ...agreements.map((a) => element('li', {
      textContent: t(a.monthlyAllowance > 0 ? 'wages.agreementFloorAllowance' : 'wages.agreementFloor', {
        name: a.name, floor: formatYuan(a.monthlyFloor), allowance: formatYuan(a.monthlyAllowance), until: a.termEnd,
      }),
    }))));
  return panel;
}

/** Fills that print as distinct textures: solid for raises, hatched for allowances, dotted for bonuses. */
function costPatterns() {
  const pattern = (id, ...shapes) => svg('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, ...shapes);
  return svg('defs', {},
    pattern('cost-allowance', svg('rect', { width: 8, height: 8, fill: '#d4e6f1' }), svg('path', { d: 'M0,8 L8,0', stroke: '#1b4f72', 'stroke-width': 2 })),
    pattern('cost-bonus', svg('rect', { width: 8, height: 8, fill: '#fcf3cf' }), svg('circle', { cx: 4, cy: 4, r: 1.6, fill: '#7d6608' })));
}

const costParts = [
  { key: 'raise', fill: '#1b4f72', legend: 'wages.cost.raise' },
  { key: 'allowance', fill: 'url(#cost-allowance)', legend: 'wages.cost.allowance' },
  { key: 'bonuses', fill: 'url(#cost-bonus)', legend: 'wages.cost.bonuses' },
];

/**
 * proposals: [{ label, raise, allowance, bonuses, total, share }], capacity (yuan a year) or null: one
 * stacked bar per proposal, the capacity as a dashed line, each total written at the bar's end (narrow,
 * for a phone: under the bar).
 */
export function costChart(proposals, capacity, title, { narrow = false } = {}) {
  const width = narrow ? 420 : 960;
  const left = narrow ? 80 : 190;
  const barHeight = 34;
  const gap = narrow ? 36 : 26;
  const top = 30;
  const high = Math.max(1, capacity ?? 0, ...proposals.map((p) => p.total)) * 1.18;
  const x = (value) => left + (value / high) * (width - left - 30);
  const legendTop = top + proposals.length * (barHeight + gap) + 6;
  const chart = svg('svg', { role: 'img', class: 'cost-chart', 'aria-label': title },
    svg('title', {}, title), costPatterns());
  const step = niceStep(high);
  for (let tick = 0; tick <= high; tick += step) {
    chart.append(svg('line', { x1: x(tick), x2: x(tick), y1: top - 6, y2: legendTop - 12, stroke: '#d5dbe3' }),
      text(x(tick), top - 12, formatYuan(tick), { 'text-anchor': 'middle', class: 'tick' }));
  }
  proposals.forEach((proposal, i) => {
    const y = top + i * (barHeight + gap);
    const group = svg('g', { class: 'cost-bar' }, text(8, y + barHeight / 2 + 6, proposal.label, { class: 'row-label' }));
    let start = 0;
    for (const part of costParts) {
      const amount = proposal[part.key];
      if (amount > 0) group.append(svg('rect', { x: x(start), y, width: x(start + amount) - x(start), height: barHeight, fill: part.fill, stroke: '#000', 'stroke-width': 1 }));
      start += amount;
    }
    const share = proposal.share === null ? '' : ` · ${(proposal.share * 100).toFixed(1)}%`;
    group.append(narrow
      ? text(x(0), y + barHeight + 16, `${formatYuan(proposal.total)}${share}`, { class: 'figure strong' })
      : text(x(proposal.total) + 8, y + barHeight / 2 + 6, `${formatYuan(proposal.total)}${share}`, { class: 'figure strong' }));
    chart.append(group);
  });
  if (capacity) {
    chart.append(
      svg('line', { x1: x(capacity), x2: x(capacity), y1: top - 4, y2: legendTop - 12, stroke: '#b7312c', 'stroke-width': 2.5, 'stroke-dasharray': '8 4', class: 'capacity' }),
      text(x(capacity) - 6, legendTop - 16, t('wages.capacityLine', { capacity: formatYuan(capacity) }), { 'text-anchor': 'end', class: 'figure strong', fill: '#b7312c' }));
  }
  const legendHeight = legend(chart, costParts.map((part) => [
    (lx, ly) => svg('rect', { x: lx, y: ly - 7, width: 20, height: 14, fill: part.fill, stroke: '#000' }), t(part.legend)]), left, legendTop, width);
  chart.setAttribute('viewBox', `0 0 ${width} ${legendTop + legendHeight + 6}`);
  return chart;
}
