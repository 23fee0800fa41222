// Published results: final ranking, awards and titles, exports, and each contestant's marks in detail.
import { api, ApiError, describeError } from './api.js';
import { $, cell, element } from './dom.js';
import { installLanguageSwitch, t } from './i18n.js';

const competitionId = Number(location.pathname.split('/').filter(Boolean).pop());
let definition = null;
let results = null;

function render() {
  if (!definition) return;
  document.title = `${definition.name} · ${t('results.title')}`;
  $('name').textContent = definition.name;
  $('occupation').textContent = definition.occupation;
  if (!results) return;
  const modules = definition.markingScheme.modules;
  const scaled = definition.rules.standardisedScale;
  const theory = definition.rules.theory != null;
  $('columns').replaceChildren(...[
    [t('board.rank'), 'rank'], [t('board.bib'), ''], [t('board.name'), ''], [t('board.employer'), 'employer'],
    ...modules.map((m) => [m.name, 'module number']),
    ...(theory ? [[t('results.theory'), 'number']] : []),
    [t('board.total'), 'number'],
    ...(scaled ? [[t('board.standardised'), 'standardised number']] : []),
    [t('results.award'), ''],
  ].map(([text, className]) => element('th', { textContent: text, className })));
  $('rows').replaceChildren(...results.rows.map((row) => {
    const tr = element('tr', { className: 'selectable', dataset: { contestantId: row.contestantId } });
    const totals = new Map(row.modules.map((m) => [m.moduleId, m.total]));
    const award = cell(row.award ? t(`results.award.${row.award}`) + (row.title ? ` · ${row.title}` : '') : '', `award ${row.award ?? ''}`);
    tr.append(
      cell(row.rank ?? t('board.outOfRanking'), 'rank'), cell(row.bib), cell(row.name || '—'), cell(row.employer || '—', 'employer'),
      ...modules.map((m) => cell((Number(totals.get(m.id) ?? 0) * Number(m.weight)).toFixed(2), 'module number')),
      ...(theory ? [cell(row.theory ?? '', 'number')] : []),
      cell(Number(row.total).toFixed(2), 'total number'),
      ...(scaled ? [cell(row.standardised ?? '', 'standardised number')] : []),
      award);
    tr.addEventListener('click', () => showBreakdown(row));
    return tr;
  }));
}

async function showBreakdown(row) {
  const card = await api(`/api/competitions/${competitionId}/contestants/${row.contestantId}`);
  $('breakdown').classList.remove('hidden');
  $('breakdown-name').textContent = `${row.bib} ${row.name}（${row.employer}）`;
  $('breakdown-modules').replaceChildren(...card.modules.map((module) => element('div', {},
    element('h3', { textContent: `${module.name} · ${Number(module.total).toFixed(2)}` }),
    element('table', {}, ...module.aspects.map((aspect) => element('tr', {},
      cell(aspect.name), cell(aspect.mark === null ? '—' : `${Number(aspect.mark).toFixed(2)} / ${Number(aspect.maxMark)}`, 'number')))))));
  $('breakdown').scrollIntoView({ behavior: 'smooth' });
}

installLanguageSwitch($('lang'), render);
try {
  definition = await api(`/api/competitions/${competitionId}`);
  results = await api(`/api/competitions/${competitionId}/results`);
  for (const [id, format] of [['csv', 'csv'], ['excel', 'xlsx']]) {
    $(id).href = `/api/competitions/${competitionId}/results.${format}`;
    $(id).classList.remove('hidden');
  }
  $('final').classList.remove('hidden');
  $('results').classList.remove('hidden');
} catch (error) {
  $('message').classList.remove('hidden');
  $('message').textContent = error instanceof ApiError && error.code === 'results.not-published' ? t('results.notPublished') : describeError(error);
}
render();
