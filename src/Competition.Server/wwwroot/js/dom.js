// Small helpers the consoles share for building their tables and controls in the page's language.
import { t } from './i18n.js';

export const $ = (id) => document.getElementById(id);

export function element(tag, { dataset = {}, ...props } = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, dataset);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** "label：value" in Chinese, "label: value" in English. */
export const labelled = (label, value) => t('labelled', { label, value });

export const button = (key, onClick, className = '') => element('button', { type: 'button', textContent: t(key), className, onclick: onClick });

export const cell = (content, className = '') => element('td', { className }, ...(Array.isArray(content) ? content : [content ?? '']));

/** A description list's terms and definitions, from [label, value] pairs. */
export const definitions = (pairs) => pairs.flatMap(([label, value]) => [element('dt', { textContent: label }), element('dd', { textContent: value })]);

/** The rows of a refused upload, each with every reason; empty when there are none. */
export function rowProblems(id, rows) {
  table(id, rows.length ? ['hr.row', 'hr.reasons'] : [], rows.map((r) => element('tr', {}, cell(String(r.row)), cell(r.reasons.join(' ')))));
}

/** Replaces a table's contents: translated headings, then the rows. */
export function table(id, headings, rows) {
  $(id).replaceChildren(
    element('thead', {}, element('tr', {}, ...headings.map((h) => element('th', { textContent: h ? t(h) : '' })))),
    element('tbody', {}, ...rows));
}
