// What the SVG charts (wage bands and costs, the federation's statistics) are drawn with: elements, text,
// round tick steps, and a legend that wraps. SVG, so charts stay sharp on a tablet and on paper.
const svgNs = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.filter(Boolean));
  return node;
}

export const text = (x, y, content, attributes = {}) => svg('text', { x, y, ...attributes }, content);

/** A round step (1, 2 or 5 times a power of ten) that cuts the span into about six ticks. */
export function niceStep(span) {
  const rough = span / 6;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough);
}

/** Roughly how wide a label is drawn at the legend's size: Chinese characters are about twice as wide as Latin ones. */
export const labelWidth = (label) => [...label].reduce((width, c) => width + (c.codePointAt(0) > 0x2e80 ? 14 : 7.5), 0);

/** Lays legend entries ([symbol(x, y), label]) out left to right, wrapping within the width; returns the height used. */
export function legend(chart, entries, left, top, width) {
  let x = left;
  let y = top + 12;
  for (const [symbol, label] of entries) {
    const entryWidth = 34 + labelWidth(label);
    if (x > left && x + entryWidth > width) {
      x = left;
      y += 24;
    }
    chart.append(symbol(x, y), text(x + 26, y + 5, label, { class: 'legend' }));
    x += entryWidth + 14;
  }
  return y - top + 16;
}
