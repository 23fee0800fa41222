// Browsing published wage guidance (public data): filter by region, year, occupation code and level,
// read the percentiles as published, each row's band drawn on a shared monthly scale.
import { api, describeError } from './api.js';
import { t } from './i18n.js';
import { $, cell, element, table } from './dom.js';
import { formatYuan } from './wage-charts.js';
import { levelLabel, skillLevels } from './ladder.js';


/** Renders into the element with this id; returns render (after a language switch) and load. */
export function guidanceBrowser(id) {
  let rows = [];
  let message = '';
  const field = (name, props) => element('div', {},
    element('label', { htmlFor: `${id}-${name}`, dataset: { i18n: `wages.filter.${name}` } }),
    element(props.tag ?? 'input', { id: `${id}-${name}`, ...props }));
  const form = element('form', { className: 'filters' },
    field('region', { placeholder: '随州市', maxLength: 100 }),
    field('year', { type: 'number', min: 2000, max: 2100 }),
    field('occupation', { placeholder: '6-18-02-04', maxLength: 20 }),
    field('level', { tag: 'select' }),
    element('p', { className: 'actions' }, element('button', { type: 'submit', dataset: { i18n: 'wages.search' } })));
  const container = $(id);
  container.append(form, element('p', { id: `${id}-message`, className: 'message error', role: 'alert' }),
    element('p', { id: `${id}-count`, className: 'muted' }), element('div', { className: 'table-wrap', tabIndex: 0 }, element('table', { id: `${id}-table` })));

  const value = (name) => $(`${id}-${name}`).value.trim();
  async function load() {
    const query = new URLSearchParams(['region', 'year', 'occupation', 'level'].filter((n) => value(n)).map((n) => [n, value(n)]));
    try {
      rows = await api(`/api/wage-guidance?${query}`);
      message = '';
    } catch (error) {
      rows = [];
      message = describeError(error);
    }
    render();
  }

  function render() {
    const chosen = value('level');
    $(`${id}-level`).replaceChildren(element('option', { value: '', textContent: t('hr.all') }),
      ...['none', ...skillLevels].map((level) => element('option', { value: level, textContent: levelLabel(level), selected: level === chosen })));
    $(`${id}-message`).textContent = message;
    $(`${id}-count`).textContent = t('wages.rowCount', { count: rows.length });
    const money = (v) => cell(formatYuan(v), 'number');
    table(`${id}-table`, ['wages.region', 'wages.year', 'wages.occupation', 'wages.industry', 'wages.level',
      'wages.p10', 'wages.p25', 'wages.p50', 'wages.p75', 'wages.p90', 'wages.mean', 'wages.sample', 'wages.unit', 'wages.source'],
    rows.map((r) => element('tr', {},
      cell(r.region), cell(String(r.year)), cell(`${r.occupationCode}（${r.occupationEdition}）`, 'mono'), cell(r.industry), cell(levelLabel(r.level)),
      money(r.p10), money(r.p25), cell(formatYuan(r.p50), 'number strong'), money(r.p75), money(r.p90), money(r.mean),
      cell(String(r.sampleSize), 'number'), cell(t(`wages.unit.${r.unit}`)), cell(r.source, 'reason'))));
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  return { render, load };
}
