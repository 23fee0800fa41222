// Statistics and the annual report: an organisation's (and everything under it) competitions, certification and
// wage agreements for a year or any dates, each figure against the same days a year earlier, charted, tabled and
// drillable to the list it counts; printable on A4 as the annual report and exportable as a workbook.
// For administrators, organizers and negotiators, each within their own organisation.
import { downloadFile } from './api.js';
import { currentLanguage, installLanguageSwitch, t } from './i18n.js';
import { $, cell, element } from './dom.js';
import { consoleShell } from './console-shell.js';
import { subtreeOf } from './organization-scope.js';
import { barChart, trendChart } from './statistics-charts.js';
import { today } from './dates.js';
import { awards } from './ladder.js';
import './organize-i18n.js';
import './reports-i18n.js';
import './wages-i18n.js';

const phone = matchMedia('(max-width: 640px)');
// Drill-down lists can hold thousands of rows; the page shows the first ones and says how many there are.
const shownRows = 300;
const trendYears = 6;
const trendSeries = ['held', 'participations', 'workers', 'certificates'];

const state = { organizations: [], view: null, trend: [], drill: null };

const number = (value) => new Intl.NumberFormat(currentLanguage()).format(value);
const percent = (rate) => (rate === null || rate === undefined ? '—'
  : new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(rate));
const share = (rate) => (rate === null || rate === undefined ? '—'
  : new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 1 }).format(rate));
const yuan = (value) => new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 0 }).format(value);
const signed = (value) => (value > 0 ? `+${number(value)}` : value < 0 ? `−${number(-value)}` : '0');

// ---- what the keys of a table line and a list's columns read as ----

const keyLabels = {
  level: (key) => t(`org.level.${key}`),
  award: (key) => t(`results.award.${key}`),
  route: (key) => t(`hr.route.${key}`),
  certificateLevel: (key) => t(`level.${key}`),
};
const lineLabel = (kind, line) => (line.key === '' ? t('reports.unspecified') : line.label ?? keyLabels[kind]?.(line.key) ?? line.key);

// A list's level is a competition's (enterprise … provincial) or a certificate's (a skill level).
const competitionLevels = ['enterprise', 'district', 'municipal', 'provincial'];
const columnValues = {
  level: (value) => (competitionLevels.includes(value) ? keyLabels.level : keyLabels.certificateLevel)(value),
  targetLevel: keyLabels.certificateLevel,
  award: keyLabels.award,
  route: keyLabels.route,
  scope: (value) => t(`wages.scope.${value}`),
};
function columnValue(name, value) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'reports.yes' : 'reports.no');
  return columnValues[name]?.(value) ?? String(value);
}

// ---- the period and the organisation asked for ----

/** The period and organisation asked for (none chosen: the caller's own), with a list's filter. */
function query(extra = {}, from = $('from').value, to = $('to').value) {
  const parameters = new URLSearchParams({ from, to, ...extra });
  if ($('organization').value) parameters.set('organization', $('organization').value);
  return parameters.toString();
}

/** The same days n years earlier (29 February becomes the 28th). */
function yearsBefore(date, n) {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = year - n;
  const leap = shifted % 4 === 0 && (shifted % 100 !== 0 || shifted % 400 === 0);
  return `${shifted}-${String(month).padStart(2, '0')}-${String(month === 2 && day === 29 && !leap ? 28 : day).padStart(2, '0')}`;
}

function chooseYear() {
  const year = $('year').value;
  if (!year) return;
  $('from').value = `${year}-01-01`;
  $('to').value = `${year}-12-31`;
}

// ---- loading ----

async function show(event) {
  event?.preventDefault();
  if (!$('filters').reportValidity()) return;
  await act(async () => {
    const [from, to] = [$('from').value, $('to').value];
    // Each answer holds two years (the period and the year before), so three calls draw six years.
    const calls = [0, 2, 4].map((n) => call(`/api/statistics?${query({}, yearsBefore(from, n), yearsBefore(to, n))}`));
    const [view, ...earlier] = await Promise.all(calls);
    state.view = view;
    state.trend = [view, ...earlier].flatMap((v) => {
      const year = Number(v.figures.period.from.slice(0, 4));
      const { competitions: c, certification: z } = v.figures;
      return [['value', year], ['previous', year - 1]].map(([side, shown]) => ({
        year: shown, held: c.held[side], participations: c.participations[side], workers: c.distinctWorkers[side], certificates: z.certificates[side],
      }));
    }).sort((a, b) => a.year - b.year).slice(-trendYears);
    // Years before the first record show nothing but zeros: the line starts where the records do.
    while (state.trend.length > 2 && trendSeries.every((series) => state.trend[0][series] === 0)) state.trend.shift();
    closeDrilldown();
    render();
  });
}

async function exportWorkbook() {
  await act(() => downloadFile(`/api/statistics.xlsx?${query()}`, `statistics-${$('from').value}-${$('to').value}.xlsx`, shell.session().token));
}

async function drill(list, by = '', key = '', title = '') {
  await act(async () => {
    const answer = await call(`/api/statistics/lists/${list}?${query(by ? { by, key } : {})}`);
    state.drill = { ...answer, title };
    renderDrilldown();
    $('drilldown').focus();
    $('drilldown').scrollIntoView({ behavior: 'smooth' });
  });
}

function closeDrilldown() {
  state.drill = null;
  renderDrilldown();
}

// ---- rendering ----

/** A figure: this period, the year before, the change and its rate. */
const figureCells = (figure) => [cell(number(figure.value), 'number strong'), cell(number(figure.previous), 'number'),
  cell(signed(figure.change), 'number'), cell(percent(figure.changeRate), 'number')];

const drillButton = (label, list, by, key) => element('button', {
  type: 'button', className: 'link', textContent: label, onclick: () => drill(list, by, key, label),
});

/** A table of a breakdown: one line per key, each a link to the rows it counts. */
function breakdownTable(id, { caption, heading, kind, list, by, lines }) {
  $(id).replaceChildren(
    element('caption', { textContent: t(caption) }),
    element('thead', {}, element('tr', {}, ...[heading, 'reports.thisPeriod', 'reports.lastYear', 'reports.change', 'reports.changeRate']
      .map((h, i) => element('th', { scope: 'col', className: i ? 'number' : '', textContent: t(h) })))),
    element('tbody', {}, ...(lines.length ? lines.map((line) => {
      const label = lineLabel(kind, line);
      return element('tr', {}, element('th', { scope: 'row' }, drillButton(label, list, by, line.key)), ...figureCells(line.figure));
    }) : [element('tr', {}, cell(t('reports.none'), 'muted'))])));
}

function renderHeadline(figures) {
  const { competitions: c, certification: z, wages: w } = figures;
  const tiles = [
    ['reports.held', c.held, 'competitions'], ['reports.participations', c.participations, 'participations'],
    ['reports.distinctWorkers', c.distinctWorkers, 'participations'], ['reports.judgeSeats', c.judgeSeats, 'judges'],
    ['reports.distinctJudges', c.distinctJudges, 'judges'], ['reports.awards', c.awards, 'awards'],
    ['reports.titles', c.honoraryTitles, 'titles'], ['reports.promoted', c.promoted, 'promotions'],
    ['reports.decided', z.decided, 'assessments'], ['reports.passed', z.passed, 'assessments', { rate: z.passRate, previous: z.previousPassRate }],
    ['reports.certificates', z.certificates, 'certificates'], ['reports.renewals', z.renewals, 'renewals'],
    ['reports.revocations', z.revocations, 'revocations'], ['reports.principal', z.principalTechnicians, 'certificates', null, ['level', 'principalTechnician']],
    ['reports.chief', z.chiefTechnicians, 'certificates', null, ['level', 'chiefTechnician']], ['reports.signed', w.signed, 'agreements-signed'],
    ['reports.inForce', w.inForce, 'agreements-in-force'], ['reports.enterprises', w.enterprisesCovered, 'agreements-in-force'],
    ['reports.workers', w.workersCovered, 'agreements-in-force'],
  ];
  $('headline').replaceChildren(...tiles.map(([key, figure, list, rate, [by, filter] = []]) => element('button', {
    type: 'button', className: 'tile', onclick: () => drill(list, by, filter, t(key)),
  },
  element('span', { className: 'tile-label', textContent: t(key) }),
  element('span', { className: 'tile-value', textContent: number(figure.value) }),
  element('span', { className: 'tile-change', textContent: t('reports.tileChange', { previous: number(figure.previous), rate: percent(figure.changeRate) }) }),
  rate ? element('span', { className: 'tile-change', textContent: t('reports.passRateLine', { rate: share(rate.rate), previous: share(rate.previous) }) }) : null)));
}

function renderCharts(figures, labels) {
  const bars = (lines, kind) => lines.map((line) => ({ label: lineLabel(kind, line), value: line.figure.value, previous: line.figure.previous }));
  const narrow = phone.matches;
  $('chart-level').replaceChildren(barChart(bars(figures.competitions.byLevel, 'level'), { title: t('reports.chartLevel'), labels, narrow }));
  $('chart-industry').replaceChildren(barChart(bars(figures.competitions.byIndustry, 'industry'), { title: t('reports.chartIndustry'), labels, narrow }));
  $('trend').replaceChildren(...trendSeries.map((series) => element('figure', {},
    trendChart(state.trend.map((p) => ({ year: p.year, value: p[series] })), { title: t(`reports.trend.${series}`) }))));
}

function renderTables(figures) {
  const { competitions: c, certification: z, wages: w } = figures;
  breakdownTable('by-level', { caption: 'reports.tableLevel', heading: 'org.level', kind: 'level', list: 'competitions', by: 'level', lines: c.byLevel });
  breakdownTable('by-industry', { caption: 'reports.tableIndustry', heading: 'org.industry', kind: 'industry', list: 'competitions', by: 'industry', lines: c.byIndustry });
  breakdownTable('by-district', { caption: 'reports.tableDistrict', heading: 'org.district', kind: 'district', list: 'competitions', by: 'district', lines: c.byDistrict });
  // Awards in their own order (gold first), not by how many.
  const byAward = [...c.byAward].sort((a, b) => awards.indexOf(a.key) - awards.indexOf(b.key));
  breakdownTable('by-award', { caption: 'reports.tableAward', heading: 'results.award', kind: 'award', list: 'awards', by: 'award', lines: byAward });
  breakdownTable('by-title', { caption: 'reports.tableTitle', heading: 'reports.honoraryTitle', kind: 'title', list: 'titles', by: 'title', lines: c.byTitle });
  breakdownTable('certificates-by-level', { caption: 'reports.tableCertificateLevel', heading: 'hr.level', kind: 'certificateLevel', list: 'certificates', by: 'level', lines: z.byLevel });
  breakdownTable('certificates-by-occupation', { caption: 'reports.tableOccupation', heading: 'hr.occupation', kind: 'occupation', list: 'certificates', by: 'occupation', lines: z.byOccupation });

  $('by-route').replaceChildren(
    element('caption', { textContent: t('reports.tableRoute') }),
    element('thead', {}, element('tr', {}, ...['hr.route', 'reports.decided', 'reports.lastYear', 'reports.passed', 'reports.lastYear', 'reports.passRate', 'reports.lastYear']
      .map((h, i) => element('th', { scope: 'col', className: i ? 'number' : '', textContent: t(h) })))),
    element('tbody', {}, ...z.byRoute.map((r) => element('tr', {},
      element('th', { scope: 'row' }, drillButton(t(`hr.route.${r.route}`), 'assessments', 'route', r.route)),
      cell(number(r.decided.value), 'number strong'), cell(number(r.decided.previous), 'number'),
      cell(number(r.passed.value), 'number strong'), cell(number(r.passed.previous), 'number'),
      cell(share(r.passRate), 'number strong'), cell(share(r.previousPassRate), 'number')))));

  $('floors').replaceChildren(
    element('caption', { textContent: t('reports.tableFloors') }),
    element('thead', {}, element('tr', {}, ...['hr.level', 'reports.floorAgreements', 'reports.floorAverage', 'reports.guidanceMedian', 'reports.toGuidance']
      .map((h, i) => element('th', { scope: 'col', className: i ? 'number' : '', textContent: t(h) })))),
    element('tbody', {}, ...(w.floors.length ? w.floors.map((f) => element('tr', {},
      element('th', { scope: 'row', textContent: t(`level.${f.level}`) }), cell(number(f.agreements), 'number'),
      cell(yuan(f.averageMonthlyMinimum), 'number strong'), cell(f.guidanceMedianMonthly === null ? '—' : yuan(f.guidanceMedianMonthly), 'number'),
      cell(share(f.toGuidance), 'number'))) : [element('tr', {}, cell(t('reports.none'), 'muted'))])));
}

function renderReport() {
  const view = state.view;
  $('report').classList.toggle('hidden', !view);
  if (!view) return;
  const { figures } = view;
  const { period, comparedWith } = figures;
  const wholeYear = period.from.endsWith('-01-01') && period.to === `${period.from.slice(0, 4)}-12-31`;
  $('report-title').textContent = wholeYear
    ? t('reports.annualTitle', { organization: view.organizationName, year: period.from.slice(0, 4) })
    : t('reports.periodTitle', { organization: view.organizationName });
  $('report-period').textContent = t('reports.periodLine', { from: period.from, to: period.to, beforeFrom: comparedWith.from, beforeTo: comparedWith.to });
  $('report-includes').textContent = view.includes.length > 1
    ? t('reports.includes', { count: view.includes.length - 1, names: view.includes.filter((n) => n !== view.organizationName).join('、') })
    : t('reports.includesNone');
  $('report-made').textContent = t('reports.made', { date: today() });
  const labels = { current: t('reports.legendCurrent', { from: period.from, to: period.to }), previous: t('reports.legendPrevious', { from: comparedWith.from, to: comparedWith.to }) };
  renderHeadline(figures);
  renderCharts(figures, labels);
  renderTables(figures);
  const english = currentLanguage() === 'en';
  $('definitions').replaceChildren(...view.definitions.flatMap((d) => [
    element('dt', { textContent: english ? d.figureEnglish : d.figure }), element('dd', { textContent: english ? d.definitionEnglish : d.definition })]));
}

function renderDrilldown() {
  const drilled = state.drill;
  $('drilldown').classList.toggle('hidden', !drilled);
  if (!drilled) return;
  $('drilldown-title').textContent = t('reports.drillTitle', { title: drilled.title });
  $('drilldown-count').textContent = drilled.count > shownRows
    ? t('reports.drillSome', { count: number(drilled.count), shown: shownRows })
    : t('reports.drillAll', { count: number(drilled.count) });
  const rows = drilled.rows.slice(0, shownRows);
  // A list's columns are its rows' plain fields (the nested ones, such as an agreement's floors, are in the workbook).
  const columns = rows.length ? Object.keys(rows[0]).filter((name) => rows.every((r) => r[name] === null || typeof r[name] !== 'object')) : [];
  $('drilldown-rows').replaceChildren(
    element('thead', {}, element('tr', {}, ...columns.map((name) => element('th', { scope: 'col', textContent: t(`reports.column.${name}`, {}, name) })))),
    element('tbody', {}, ...rows.map((row) => element('tr', {}, ...columns.map((name) => cell(columnValue(name, row[name])))))));
}

function renderOrganizations() {
  const chosen = $('organization').value;
  const own = subtreeOf(state.organizations, shell.session());
  $('organization').replaceChildren(...own.map((o) => element('option', {
    value: String(o.id), textContent: `${o.name}（${t(`org.kind.${o.kind}`)}）`, selected: String(o.id) === chosen,
  })));
}

function render() {
  if (!shell.session()) return;
  $('who').textContent = `· ${shell.session().username}`;
  renderOrganizations();
  renderReport();
  renderDrilldown();
}

async function showConsole(session) {
  const thisYear = Number(today().slice(0, 4));
  $('year').replaceChildren(...Array.from({ length: 8 }, (_, i) => thisYear - i).map((year) => element('option', { value: String(year), textContent: String(year) })),
    element('option', { value: '', dataset: { i18n: 'reports.customPeriod' }, textContent: t('reports.customPeriod') }));
  chooseYear();
  await act(async () => {
    state.organizations = await call('/api/organizations');
    render();
    const own = subtreeOf(state.organizations, session);
    const start = own.find((o) => o.id === session.organizationId) ?? own.find((o) => !o.parentId) ?? own[0];
    if (start) $('organization').value = String(start.id);
  });
  await show();
}

const shell = consoleShell({
  sessionKey: 'competition.reports', roles: ['administrator', 'organizer', 'negotiator'], titleKey: 'reports.signIn', notAllowedKey: 'reports.notAllowed',
  onSignedIn: showConsole,
});
const { call, act } = shell;

$('filters').addEventListener('submit', show);
$('year').addEventListener('change', () => { chooseYear(); show(); });
for (const id of ['from', 'to']) $(id).addEventListener('change', () => { $('year').value = ''; });
$('organization').addEventListener('change', () => show());
$('print').addEventListener('click', () => window.print());
$('export').addEventListener('click', exportWorkbook);
$('drilldown-close').addEventListener('click', closeDrilldown);
phone.addEventListener('change', renderReport);
installLanguageSwitch($('lang'), render);
shell.start();
