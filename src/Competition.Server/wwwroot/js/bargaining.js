// The negotiators' console: the bargaining report (an enterprise's pay by level against the guidance and
// one or two proposals, costed against its labour-cost capacity; printable, exportable as CSV), the
// agreements and proposals, and the wage guidance tables. For negotiators and organizers.
import { describeError, downloadFile, postFile } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';
import { $, button, cell, element, labelled, rowProblems, table } from './dom.js';
import { consoleShell } from './console-shell.js';
import { bandChart, costChart, formatYuan } from './wage-charts.js';
import { guidanceBrowser } from './guidance-table.js';
import { awards, levelLabel, skillLevels as levels } from './ladder.js';
import { localDate, today } from './dates.js';

const sessionKey = 'competition.bargaining';
const letters = ['A', 'B'];
// On a phone the pay chart is drawn narrow (labels above the bands) rather than scrolled sideways.
const phone = matchMedia('(max-width: 640px)');

let tab = 'report';
const data = { surveys: [], agreements: [], report: null };
const guidance = guidanceBrowser('guidance');
const levelOrder = (level) => (level ? levels.indexOf(level) : -1);
const money = (value) => (value === null || value === undefined ? '—' : formatYuan(value));
const numberCell = (value, className = '') => cell(money(value), `number ${className}`);

/** A refused upload's rows, each with its reasons; empty when the file was taken. */
const showRows = (id, error) => rowProblems(id, error?.problem?.rows ?? []);

// ---- the rule of an agreement, in words ----

function ruleText({ agreement }) {
  const step = {
    percentage: t('wages.rule.percentage', { value: +(agreement.stepValue * 100).toFixed(2) }),
    fixedAmount: t('wages.rule.fixedAmount', { value: money(agreement.stepValue) }),
    allowance: t('wages.rule.allowance'),
  }[agreement.step];
  const source = agreement.reference
    ? t('wages.rule.referenceSource', { year: agreement.reference.year, occupation: agreement.reference.occupationCode, percentile: agreement.reference.percentile.toUpperCase() })
    : '';
  const reference = agreement.referenceMonthly ? t('wages.rule.reference', { value: money(agreement.referenceMonthly), source }) : '';
  return t('wages.rule', { minimum: money(agreement.statutoryMinimumMonthly), raise: +(agreement.minimumRaise * 100).toFixed(2), reference, step });
}

const floorsText = (view) => view.floors.map((f) =>
  `${levelLabel(f.level)} ${money(f.monthlyFloor)}${f.monthlyAllowance > 0 ? ` + ${money(f.monthlyAllowance)}` : ''}`).join(' · ');

const bonusesText = (view) => (view.agreement.competitionBonuses ?? []).map((b) => `${t(`results.award.${b.award}`)} ${money(b.amount)}`).join(' · ')
  || t('wages.noBonuses');

// ---- report ----

function renderReportControls() {
  const survey = $('survey').value;
  $('survey').replaceChildren(...data.surveys.map((s) => element('option', {
    value: s.id, textContent: `${s.enterprise} · ${s.occupationCode} · ${s.region} ${s.year}`, selected: String(s.id) === survey,
  })));
  const option = (a, chosen) => element('option', {
    value: a.id, textContent: `${a.agreement.name}（${t(`wages.status.${a.status}`)}）`, selected: String(a.id) === chosen,
  });
  const [chosenA, chosenB] = [$('proposal-a').value, $('proposal-b').value];
  $('proposal-a').replaceChildren(...data.agreements.map((a) => option(a, chosenA)));
  $('proposal-b').replaceChildren(element('option', { value: '', textContent: t('wages.noSecond') }), ...data.agreements.map((a) => option(a, chosenB)));
  renderAwardFields();
}

/** One count per award either chosen proposal pays a bonus for. */
function renderAwardFields() {
  const chosen = [$('proposal-a').value, $('proposal-b').value].map((id) => data.agreements.find((a) => String(a.id) === id)).filter(Boolean);
  const paid = awards.filter((award) => chosen.some((a) => (a.agreement.competitionBonuses ?? []).some((b) => b.award === award)));
  const previous = Object.fromEntries(paid.map((award) => [award, $(`award-${award}`)?.value ?? '0']));
  $('award-fields').replaceChildren(...paid.map((award) => element('div', {},
    element('label', { htmlFor: `award-${award}`, textContent: t(`results.award.${award}`) }),
    element('input', { id: `award-${award}`, type: 'number', min: 0, max: 1000, step: 1, value: previous[award] }))));
  $('awards').classList.toggle('hidden', paid.length === 0);
}

/** The report's address, as JSON or (format .csv) as a spreadsheet. */
function reportUrl(format = '') {
  const ids = [$('proposal-a').value, $('proposal-b').value].filter((id, i, all) => id && all.indexOf(id) === i);
  const expected = [...document.querySelectorAll('#award-fields input')].filter((input) => Number(input.value) > 0)
    .map((input) => `${input.id.slice('award-'.length)}:${Number(input.value)}`);
  const query = new URLSearchParams({ agreements: ids.join(',') });
  if ($('capacity').value !== '') query.set('capacity', $('capacity').value);
  if (expected.length) query.set('awards', expected.join(','));
  return `/api/bargaining/surveys/${$('survey').value}/report${format}?${query}`;
}

async function buildReport(event) {
  event?.preventDefault();
  await act(async () => {
    data.report = await call(reportUrl());
    renderReport();
    $('report').scrollIntoView({ behavior: 'smooth' });
  });
}

function renderReport() {
  const view = data.report;
  $('report').classList.toggle('hidden', !view);
  if (!view) return;
  const { survey, proposals, report } = view;
  const names = proposals.map((p, i) => t('wages.proposalName', { letter: letters[i], name: p.agreement.name }));
  const headcount = report.levels.reduce((sum, l) => sum + l.headcount, 0);
  $('report-title').textContent = t('wages.reportTitle', { enterprise: survey.enterprise });
  $('report-meta').textContent = t('wages.reportMeta', {
    region: survey.region, year: survey.year, occupation: survey.occupationCode, headcount, date: today(),
  });

  // Pay by level against the guidance band and each proposal's floor.
  const kinds = ['floorA', 'floorB'];
  $('pay-chart').replaceChildren(bandChart(report.levels.map((l) => ({
    key: l.level ?? 'none',
    label: levelLabel(l.level),
    sublabel: t('wages.levelSub', { headcount: l.headcount, average: money(l.averageMonthlyPay) }),
    band: l.guidanceP10 === null ? null : { p10: l.guidanceP10, p25: l.guidanceP25, p50: l.guidanceP50, p75: l.guidanceP75, p90: l.guidanceP90 },
    markers: [{ kind: 'pay', value: l.averageMonthlyPay }, ...l.proposalFloors.map((value, i) => ({ kind: kinds[i], value }))],
  })), { title: t('wages.payChartTitle'), narrow: phone.matches }));
  table('levels-table', ['wages.level', 'wages.headcount', 'wages.average', 'wages.p10', 'wages.p50', 'wages.p90',
    ...proposals.flatMap((_, i) => [t('wages.floorOf', { letter: letters[i] }), t('wages.belowOf', { letter: letters[i] })])],
  report.levels.map((l) => element('tr', {},
    cell(levelLabel(l.level)), cell(String(l.headcount), 'number'), numberCell(l.averageMonthlyPay, 'strong'),
    numberCell(l.guidanceP10), numberCell(l.guidanceP50), numberCell(l.guidanceP90),
    ...l.proposalFloors.flatMap((floor, i) => [numberCell(floor),
      cell(String(l.belowProposalFloors[i]), `number ${l.belowProposalFloors[i] > 0 ? 'below' : ''}`)]))));

  // Who is below: every pay band under a floor, and by how much.
  const floorOf = (level, i) => report.levels.find((l) => l.level === level).proposalFloors[i];
  const below = survey.bands.filter((b) => proposals.some((_, i) => b.monthlyPay < floorOf(b.level, i)))
    .sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.monthlyPay - b.monthlyPay);
  $('below-none').classList.toggle('hidden', below.length > 0);
  table('below-table', below.length ? ['wages.level', 'wages.monthlyPay', 'wages.headcount', ...proposals.map((_, i) => t('wages.gapOf', { letter: letters[i] }))] : [],
    below.map((b) => element('tr', {},
      cell(levelLabel(b.level)), numberCell(b.monthlyPay), cell(String(b.headcount), 'number'),
      ...proposals.map((_, i) => {
        const gap = floorOf(b.level, i) - b.monthlyPay;
        return gap > 0 ? cell(`${money(gap)} × ${b.headcount}`, 'number below') : cell('—', 'number');
      }))));

  // Costs: per proposal, stacked, against the capacity.
  const capacity = report.proposals[0]?.capacity ?? null;
  const sum = (cost, part) => cost.levels.reduce((total, l) => total + l[part], 0);
  $('cost-chart').replaceChildren(costChart(report.proposals.map((cost, i) => ({
    label: t('wages.proposalShort', { letter: letters[i] }), raise: sum(cost, 'annualRaise'), allowance: sum(cost, 'annualAllowance'),
    bonuses: cost.annualBonuses, total: cost.annualTotal, share: cost.shareOfCapacity,
  })), capacity, t('wages.costChartTitle'), { narrow: phone.matches }));
  const costHeadings = proposals.flatMap((_, i) => ['wages.cost.below', 'wages.cost.raise', 'wages.cost.allowance', 'wages.cost.total']
    .map((key) => `${letters[i]} · ${t(key)}`));
  const costRows = report.levels.map((l) => element('tr', {}, cell(levelLabel(l.level)), cell(String(l.headcount), 'number'),
    ...report.proposals.flatMap((cost) => {
      const c = cost.levels.find((x) => x.level === l.level);
      return [cell(String(c.belowFloor), `number ${c.belowFloor > 0 ? 'below' : ''}`), numberCell(c.annualRaise), numberCell(c.annualAllowance), numberCell(c.annualTotal, 'strong')];
    })));
  const expected = view.expectedAwards.filter((a) => a.count > 0).map((a) => `${t(`results.award.${a.award}`)} × ${a.count}`).join('、') || t('wages.noAwards');
  const summaryRow = (label, values, className = '') => element('tr', { className }, cell(label), cell(''),
    ...values.flatMap((value) => [cell(''), cell(''), cell(''), cell(value, 'number strong')]));
  costRows.push(
    summaryRow(t('wages.cost.bonusesRow', { awards: expected }), report.proposals.map((c) => money(c.annualBonuses))),
    summaryRow(t('wages.cost.totalRow'), report.proposals.map((c) => money(c.annualTotal)), 'total'),
    summaryRow(t('wages.cost.shareRow', { capacity: capacity === null ? '—' : money(capacity) }), report.proposals.map((c) => (c.shareOfCapacity === null
      ? '—' : `${(c.shareOfCapacity * 100).toFixed(2)}% ${t(c.annualTotal <= c.capacity ? 'wages.within' : 'wages.exceeds')}`)), 'share'));
  $('costs-table').replaceChildren(
    element('thead', {}, element('tr', {}, ...['wages.level', 'wages.headcount'].map((k) => element('th', { textContent: t(k) })),
      ...costHeadings.map((h) => element('th', { textContent: h })))),
    element('tbody', {}, ...costRows));

  $('proposal-rules').replaceChildren(...proposals.map((p, i) => element('div', { className: 'proposal-rule' },
    element('h4', { textContent: names[i] }),
    element('p', { textContent: `${labelled(t(`wages.scope.${p.agreement.scope}`), p.agreement.party)} · ${p.agreement.termStart} — ${p.agreement.termEnd} · ${t(`wages.status.${p.status}`)}` }),
    element('p', { textContent: ruleText(p) }),
    element('p', { className: 'small', textContent: labelled(t('wages.floors'), floorsText(p)) }),
    element('p', { className: 'small', textContent: labelled(t('wages.bonuses'), bonusesText(p)) }))));
  const sources = [...new Set(view.guidance.map((g) => `${g.source}（${g.region} ${g.year}）`))].join('；') || t('wages.noGuidance');
  $('report-notes').textContent = t('wages.reportNotes', { sources });
}

async function exportCsv() {
  await act(() => downloadFile(reportUrl('.csv'), `bargaining-report-${$('survey').value}.csv`, shell.session().token));
}

async function importSurvey() {
  const file = $('s-file').files[0];
  if (!file) return say(t('wages.chooseFile'), false);
  const query = new URLSearchParams({ enterprise: $('s-enterprise').value.trim(), region: $('s-region').value.trim(),
    year: $('s-year').value, occupation: $('s-occupation').value.trim() });
  try {
    const survey = await postFile(`/api/bargaining/surveys?${query}`, file, shell.session().token);
    showRows('survey-problems', null);
    await load();
    $('survey').value = String(survey.id);
    say(t('wages.surveyImported', { enterprise: survey.enterprise, bands: survey.bands.length }));
  } catch (error) {
    showRows('survey-problems', error);
    say(error.code === 'pay.invalid-rows' ? t('wages.rowsRefused', { count: error.problem.rows.length }) : describeError(error), false);
  }
}

// ---- agreements ----

function renderAgreements() {
  table('agreements', ['wages.name', 'wages.statusHeading', 'wages.ruleHeading', 'wages.floors', ''],
    data.agreements.map((a) => element('tr', {},
      cell([element('strong', { textContent: a.agreement.name }),
        element('div', { className: 'muted small', textContent: labelled(t(`wages.scope.${a.agreement.scope}`), `${a.agreement.party}（${a.agreement.region}）`) }),
        element('div', { className: 'muted small', textContent: `${a.agreement.termStart} — ${a.agreement.termEnd}`
          + (a.agreement.workersCovered ? ` · ${t('wages.covers', { workers: a.agreement.workersCovered })}` : '') })], 'wide'),
      cell(element('span', { className: `status ${a.status === 'signed' ? 'valid' : 'draft'}`, textContent: t(`wages.status.${a.status}`) })),
      cell([ruleText(a), element('div', { className: 'muted', textContent: labelled(t('wages.bonuses'), bonusesText(a)) })], 'wide small'),
      cell(floorsText(a), 'wide small'),
      cell(a.status === 'proposed' ? button('wages.sign', () => sign(a)) : `${t('wages.signedOn')} ${localDate(a.signedAt)}`))));
}

async function sign(agreement) {
  if (!confirm(t('wages.signConfirm', { name: agreement.agreement.name }))) return;
  await act(async () => { await call(`/api/agreements/${agreement.id}/sign`, { method: 'POST' }); await load(); }, t('wages.signed'));
}

function renderAgreementForm() {
  const step = $('g-step').value;
  const reference = $('g-ref-kind').value;
  for (const node of document.querySelectorAll('.ref-amount')) node.classList.toggle('hidden', reference !== 'amount');
  for (const node of document.querySelectorAll('.ref-guidance')) node.classList.toggle('hidden', !reference.startsWith('p'));
  $('allowance-fields').classList.toggle('hidden', step !== 'allowance');
  $('step-value-field').classList.toggle('hidden', step === 'allowance');
  $('g-step-value-label').textContent = t(step === 'percentage' ? 'wages.stepPercent' : 'wages.stepAmount');
  const keep = (id) => $(id)?.value ?? '';
  $('allowance-grid').replaceChildren(...levels.map((level) => element('div', {},
    element('label', { htmlFor: `al-${level}`, textContent: t(`level.${level}`) }),
    element('input', { id: `al-${level}`, type: 'number', min: 0, step: 1, value: keep(`al-${level}`) }))));
  $('bonus-grid').replaceChildren(...awards.map((award) => element('div', {},
    element('label', { htmlFor: `bo-${award}`, textContent: t(`results.award.${award}`) }),
    element('input', { id: `bo-${award}`, type: 'number', min: 0, step: 1, value: keep(`bo-${award}`) }))));
}

async function saveAgreement(event) {
  event.preventDefault();
  const number = (id) => ($(id).value === '' ? null : Number($(id).value));
  const step = $('g-step').value;
  const amounts = (prefix, names, key) => names.filter((name) => number(`${prefix}-${name}`) !== null)
    .map((name) => ({ [key]: name, [key === 'level' ? 'monthly' : 'amount']: number(`${prefix}-${name}`) }));
  await act(async () => {
    const saved = await call('/api/agreements', { method: 'POST', body: {
      name: $('g-name').value, scope: $('g-scope').value, party: $('g-party').value, region: $('g-region').value,
      termStart: $('g-start').value, termEnd: $('g-end').value, statutoryMinimumMonthly: number('g-minimum'),
      minimumRaise: number('g-raise') / 100, step,
      referenceMonthly: $('g-ref-kind').value === 'amount' ? number('g-reference') : null,
      reference: $('g-ref-kind').value.startsWith('p')
        ? { percentile: $('g-ref-kind').value, occupationCode: $('g-ref-occupation').value.trim(), year: number('g-ref-year') }
        : null,
      stepValue: step === 'allowance' ? 0 : step === 'percentage' ? number('g-step-value') / 100 : number('g-step-value'),
      allowances: step === 'allowance' ? amounts('al', levels, 'level') : [],
      competitionBonuses: amounts('bo', awards, 'award'),
      workersCovered: number('g-workers'),
    } });
    $('agreement-form').reset();
    renderAgreementForm();
    await load();
    say(t('wages.agreementSaved', { name: saved.agreement.name, floor: money(saved.floors[0].monthlyFloor) }));
  });
}

async function importGuidance(event) {
  event.preventDefault();
  try {
    const imported = await postFile('/api/wage-guidance/import', $('guidance-file').files[0], shell.session().token);
    showRows('guidance-problems', null);
    say(t(imported.alreadyImported ? 'wages.guidanceAgain' : 'wages.guidanceImported', { rows: imported.rows }));
    await guidance.load();
  } catch (error) {
    showRows('guidance-problems', error);
    say(error.code === 'guidance.invalid-rows' ? t('wages.rowsRefused', { count: error.problem.rows.length }) : describeError(error), false);
  }
}

// ---- page ----

function render() {
  if (!shell.session()) return;
  $('who').textContent = `· ${shell.session().username}`;
  for (const node of document.querySelectorAll('[data-tab]')) node.setAttribute('aria-selected', String(node.dataset.tab === tab));
  for (const node of document.querySelectorAll('[data-panel]')) node.classList.toggle('hidden', node.dataset.panel !== tab);
  renderReportControls();
  renderReport();
  renderAgreements();
  renderAgreementForm();
  guidance.render();
}

async function load() {
  [data.surveys, data.agreements] = await Promise.all([call('/api/bargaining/surveys'), call('/api/agreements')]);
  const first = !$('survey').value;
  render();
  if (first && data.surveys.length) chooseProposalsFor(data.surveys[0]);
}

/** Preselects the two newest proposals for the survey's enterprise, so a report is a click away. */
function chooseProposalsFor(survey) {
  const own = data.agreements.filter((a) => a.agreement.party === survey.enterprise && a.status === 'proposed').reverse();
  if (own[0]) $('proposal-a').value = String(own[0].id);
  $('proposal-b').value = own[1] ? String(own[1].id) : '';
  renderAwardFields();
}

async function showConsole() {
  // Defaults a form reset returns to: a two-year term from next January, last year's guidance.
  const nextYear = new Date().getFullYear() + 1;
  $('g-start').defaultValue = `${nextYear}-01-01`;
  $('g-end').defaultValue = `${nextYear + 1}-12-31`;
  $('s-year').defaultValue = String(nextYear - 2);
  $('g-ref-year').defaultValue = String(nextYear - 2);
  render();
  await act(load);
  await guidance.load();
}

const shell = consoleShell({
  sessionKey, roles: ['negotiator', 'organizer'], titleKey: 'wages.signIn', notAllowedKey: 'wages.notNegotiator', onSignedIn: showConsole,
});
const { call, say, act } = shell;

for (const node of document.querySelectorAll('[data-tab]')) node.addEventListener('click', () => { tab = node.dataset.tab; render(); });
$('report-form').addEventListener('submit', buildReport);
$('survey').addEventListener('change', () => chooseProposalsFor(data.surveys.find((s) => String(s.id) === $('survey').value)));
$('proposal-a').addEventListener('change', renderAwardFields);
$('proposal-b').addEventListener('change', renderAwardFields);
$('s-import').addEventListener('click', importSurvey);
$('print').addEventListener('click', () => window.print());
$('export').addEventListener('click', exportCsv);
$('agreement-form').addEventListener('submit', saveAgreement);
$('g-step').addEventListener('change', renderAgreementForm);
$('g-ref-kind').addEventListener('change', renderAgreementForm);
$('guidance-form').addEventListener('submit', importGuidance);
phone.addEventListener('change', renderReport);
installLanguageSwitch($('lang'), render);
await shell.start();
