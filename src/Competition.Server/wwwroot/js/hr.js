// The HR console: approve drafts from competition promotions, record assessments, issue, renew,
// suspend, reinstate and revoke certificates, and issue in bulk from CSV. For HR officers, who act for
// their own organisation only (the server enforces it).
import { describeError, postFile } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';
import { $, button, cell, element, labelled, rowProblems, table } from './dom.js';
import { consoleShell } from './console-shell.js';
import { guidancePanel } from './wage-charts.js';
import { guidanceBrowser } from './guidance-table.js';
import { skillLevels as levels } from './ladder.js';
import { localDate } from './dates.js';

const sessionKey = 'competition.hr';
const bulkColumns = 'name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners';
const date = (value) => localDate(value) || '—';

let tab = 'drafts';
let data = { drafts: [], assessments: [], certificates: [], bulk: null, profile: null };
const guidance = guidanceBrowser('guidance');

/** Asks for the reason a change must carry; null when the officer cancels. */
function askReason(title) {
  return new Promise((resolve) => {
    $('reason-title').textContent = title;
    $('reason').value = '';
    $('reason-dialog').onclose = () => resolve($('reason-dialog').returnValue === 'confirm' && $('reason').value.trim() ? $('reason').value.trim() : null);
    $('reason-dialog').showModal();
  });
}

const levelName = (level) => t(`level.${level}`);
const status = (value) => element('span', { className: `status ${value}`, textContent: t(`hr.status.${value}`) });
const workerLink = (name, workerId) => element('button', { type: 'button', className: 'link', textContent: name, onclick: () => openProfile(workerId) });

// ---- panels ----

function renderDrafts() {
  $('drafts-empty').classList.toggle('hidden', data.drafts.length > 0);
  table('drafts', ['hr.worker', 'hr.occupation', 'hr.level', 'hr.result', 'hr.basis', ''], data.drafts.map((a) => element('tr', {},
    cell([a.workerName, element('div', { className: 'mono muted', textContent: a.maskedNationalId })]),
    cell(`${a.occupationName}（${a.occupationCode}）`),
    cell(levelName(a.targetLevel)),
    cell(t('hr.rankAward', { rank: a.rank ?? '—', award: a.award ? t(`results.award.${a.award}`) : '' })),
    cell(a.proposalReason, 'reason'),
    cell(element('div', { className: 'actions' },
      button('hr.approve', () => act(() => hr(`/api/assessments/${a.id}/approve`, { method: 'POST', body: {} }), t('hr.approved'))),
      button('hr.reject', async () => {
        const reason = await askReason(t('hr.rejectTitle', { name: a.workerName }));
        if (reason) await act(() => hr(`/api/assessments/${a.id}/reject`, { method: 'POST', body: { reason } }), t('hr.rejected'));
      }, 'secondary'))))));
}

function renderAssessments() {
  table('assessments', ['hr.worker', 'hr.occupation', 'hr.level', 'hr.route', 'hr.scores', 'hr.state', 'hr.certificate'], data.assessments.map((a) => element('tr', {},
    cell([workerLink(a.workerName, a.workerId), element('div', { className: 'mono muted', textContent: a.maskedNationalId })]),
    cell(`${a.occupationName}（${a.occupationCode}）`),
    cell(levelName(a.targetLevel)),
    cell(t(`hr.route.${a.route}`)),
    cell(a.components.map((c) => `${t(`hr.component.${c.kind}`)} ${c.score}`).join(' · ') || (a.rank ? t('hr.rankAward', { rank: a.rank, award: '' }) : '')),
    cell(status(a.status)),
    cell(a.certificateNumber
      ? element('a', { href: `/verify/${a.certificateNumber}`, textContent: a.certificateNumber, className: 'mono' })
      : a.status === 'passed' ? button('hr.issue', () => act(() => hr('/api/certificates', { method: 'POST', body: { assessmentId: a.id } }), t('hr.issued'))) : ''))));
}

function renderCertificates() {
  table('certificates', ['hr.number', 'hr.worker', 'hr.occupation', 'hr.level', 'hr.issuedAt', 'hr.validUntil', 'hr.state', ''], data.certificates.map((c) => {
    const change = async (path, titleKey, doneKey) => {
      const reason = await askReason(t(titleKey, { number: c.number }));
      if (reason) await act(() => hr(`/api/certificates/${c.number}/${path}`, { method: 'POST', body: { reason } }), t(doneKey));
    };
    const last = c.statusChanges.at(-1);
    const inForce = c.state === 'valid' || c.state === 'expired';
    return element('tr', {},
      // The certificate's token opens its details, as its printed QR code does.
      cell(element('a', { href: `/verify/${c.number}?token=${c.verificationToken}`, textContent: c.number, className: 'mono' })),
      cell([workerLink(c.holder, c.workerId), element('div', { className: 'mono muted', textContent: c.maskedNationalId })]),
      cell(c.occupationName), cell(levelName(c.level)), cell(date(c.issuedAt)), cell(date(c.validUntil)),
      cell([status(c.state), last ? element('div', { className: 'reason', textContent: `${last.reason}（${date(last.at)}）` }) : null]),
      cell(element('div', { className: 'actions' },
        element('a', { className: 'button secondary', href: `/certificates/${c.number}/print?token=${c.verificationToken}`, textContent: t('verify.print') }),
        inForce ? button('hr.renew', () => act(() => hr(`/api/certificates/${c.number}/renew`, { method: 'POST', body: {} }), t('hr.renewed')), 'secondary') : null,
        c.state === 'valid' ? button('hr.suspend', () => change('suspend', 'hr.suspendTitle', 'hr.suspended'), 'secondary') : null,
        c.state === 'suspended' ? button('hr.reinstate', () => change('reinstate', 'hr.reinstateTitle', 'hr.reinstated'), 'secondary') : null,
        c.state !== 'revoked' && c.state !== 'superseded' ? button('hr.revoke', () => change('revoke', 'hr.revokeTitle', 'hr.revoked')) : null)));
  }));
}

function renderBulk() {
  const report = data.bulk;
  if (!report) return $('bulk-report').replaceChildren();
  if (report.rows) {
    rowProblems('bulk-report', report.rows);
  } else {
    table('bulk-report', ['hr.row', 'hr.number', 'hr.worker'], report.certificates.map((c) => element('tr', {},
      cell(String(c.row)), cell(element('a', { href: `/verify/${c.number}`, textContent: c.number, className: 'mono' })), cell(c.holder))));
  }
}

/** The worker's profile: who they are, their certificates, and for each what the level is worth where they work. */
function renderProfile() {
  const profile = data.profile;
  $('profile').classList.toggle('hidden', !profile);
  if (!profile) return;
  const { worker } = profile;
  $('profile-title').textContent = `${worker.name} · ${worker.employer}`;
  $('profile-facts').textContent = `${worker.maskedNationalId} · ${labelled(t('hr.certifiedLevel'), worker.certifiedLevel ? levelName(worker.certifiedLevel) : '—')}`;
  $('profile-certificates').replaceChildren(...profile.certificates.map((c) => element('article', { className: 'profile-certificate' },
    element('h3', {},
      element('a', { href: `/verify/${c.number}`, textContent: c.number, className: 'mono' }), ' ',
      `${c.occupationName} · ${levelName(c.level)} `, status(c.state)),
    guidancePanel(profile.wageGuidance.find((g) => g.number === c.number)))));
  $('profile-empty').classList.toggle('hidden', profile.certificates.length > 0);
  $('profile-competitions').replaceChildren(...profile.competitions.map(competitionEntry));
  $('profile-no-competitions').classList.toggle('hidden', profile.competitions.length > 0);
}

/** One competition the worker entered: the result once published, and the promotion drafted from it up to its certificate. */
function competitionEntry(entry) {
  const result = entry.withdrawal ? t(`hr.withdrawal.${entry.withdrawal}`)
    : !entry.result ? t('hr.resultPending')
      : [entry.result.rank ? t('hr.place', { rank: entry.result.rank, ranked: entry.result.ranked }) : t('board.outOfRanking'),
        labelled(t('board.total'), Number(entry.result.total).toFixed(2)),
        entry.result.award ? t(`results.award.${entry.result.award}`) + (entry.result.title ? ` · ${entry.result.title}` : '') : null,
      ].filter(Boolean).join(' · ');
  return element('li', { dataset: { competitionId: entry.competitionId } },
    element('strong', {}, entry.result ? element('a', { href: `/results/${entry.competitionId}`, textContent: entry.competitionName }) : entry.competitionName),
    ` ${entry.startsOn ? `${date(entry.startsOn)} · ` : ''}${t('board.bib')} ${entry.bib}`,
    element('p', { className: 'muted', textContent: result }),
    ...entry.promotions.map((p) => element('p', { className: 'promotion' },
      `${t('hr.drafted')}：${p.occupationName} · ${levelName(p.targetLevel)} `, status(p.status),
      ...p.certificates.flatMap((c) => [' → ', element('a', { href: `/verify/${c.number}`, textContent: c.number, className: 'mono' }), ' ', status(c.state)]))));
}

async function openProfile(workerId) {
  try {
    data.profile = await hr(`/api/workers/${workerId}`);
    renderProfile();
    $('profile').scrollIntoView({ behavior: 'smooth' });
  } catch (error) {
    say(describeError(error), false);
  }
}

function render() {
  if (!shell.session()) return;
  $('who').textContent = `· ${shell.session().organization}`;
  for (const node of document.querySelectorAll('[data-tab]')) node.setAttribute('aria-selected', String(node.dataset.tab === tab));
  for (const node of document.querySelectorAll('[data-panel]')) node.classList.toggle('hidden', node.dataset.panel !== tab);
  $('a-level').replaceChildren(...levels.map((level) => element('option', { value: level, textContent: levelName(level), selected: level === ($('a-level').value || 'senior') })));
  $('review-field').classList.toggle('hidden', levels.indexOf($('a-level').value) < levels.indexOf('technician'));
  $('bulk-columns').textContent = bulkColumns;
  renderDrafts();
  renderAssessments();
  renderCertificates();
  renderBulk();
  renderProfile();
  guidance.render();
}

async function load() {
  const state = $('state-filter').value;
  [data.drafts, data.assessments, data.certificates] = await Promise.all([
    hr('/api/assessments?status=draft'), hr('/api/assessments'), hr(`/api/certificates${state ? `?state=${state}` : ''}`)]);
  render();
}

// ---- forms ----

async function recordAssessment(event) {
  event.preventDefault();
  const score = (id) => ($(id).value === '' ? null : Number($(id).value));
  await act(async () => {
    const worker = await hr('/api/workers', { method: 'POST', body: { name: $('a-name').value, employer: $('a-employer').value, nationalId: $('a-id').value } });
    const components = [['theory', 'a-theory'], ['practical', 'a-practical'], ['comprehensiveReview', 'a-review']]
      .filter(([, id]) => score(id) !== null && !$(id).closest('.hidden')).map(([kind, id]) => ({ kind, score: score(id) }));
    const assessment = await hr('/api/assessments', { method: 'POST', body: {
      workerId: worker.id, occupationCode: $('a-code').value.trim(), occupationEdition: $('a-edition').value,
      occupationName: $('a-occupation').value, workType: $('a-worktype').value || null, targetLevel: $('a-level').value,
      route: $('a-route').value, components, examiners: $('a-examiners').value.split(/[;；]/).map((e) => e.trim()).filter(Boolean),
    } });
    say(t(assessment.status === 'passed' ? 'hr.recordedPassed' : 'hr.recordedFailed', { name: worker.name }), assessment.status === 'passed');
    $('assessment-form').reset();
  });
}

async function bulkIssue(event) {
  event.preventDefault();
  try {
    data.bulk = await postFile('/api/certificates/bulk', $('bulk-file').files[0], shell.session().token);
    say(t('hr.bulkIssued', { count: data.bulk.issued }));
    await load();
  } catch (error) {
    data.bulk = error.problem?.rows ? error.problem : null;
    say(error.code === 'bulk.invalid-rows' ? t('hr.bulkRefused', { count: error.problem.rows.length }) : describeError(error), false);
    renderBulk();
  }
}

// ---- sign-in ----

async function showConsole() {
  render();
  await act(load);
  await guidance.load();
}

const shell = consoleShell({ sessionKey, roles: ['hr-officer'], titleKey: 'hr.signIn', notAllowedKey: 'hr.notHr', onSignedIn: showConsole });
const { call: hr, say, signOut } = shell;
/** Every HR action reloads the lists it may have changed. */
const act = (work, done) => shell.act(async () => { await work(); await load(); }, done);

for (const node of document.querySelectorAll('[data-tab]')) node.addEventListener('click', () => { tab = node.dataset.tab; render(); });
$('assessment-form').addEventListener('submit', recordAssessment);
$('a-level').addEventListener('change', render);
$('state-filter').addEventListener('change', () => act(load));
$('bulk-form').addEventListener('submit', bulkIssue);
$('profile-close').addEventListener('click', () => { data.profile = null; renderProfile(); });
installLanguageSwitch($('lang'), render);
await shell.start();
