// The HR console: approve drafts from competition promotions, record assessments, issue, renew,
// suspend, reinstate and revoke certificates, and issue in bulk from CSV. For HR officers, who act for
// their own organisation only (the server enforces it).
import { api, ApiError, describeError } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';

const sessionKey = 'competition.hr';
const levels = ['apprentice', 'junior', 'intermediate', 'senior', 'technician', 'seniorTechnician', 'principalTechnician', 'chiefTechnician'];
const bulkColumns = 'name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners';
const $ = (id) => document.getElementById(id);
const element = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};
const button = (key, onClick, className = '') => element('button', { type: 'button', textContent: t(key), className, onclick: onClick });
const date = (value) => (value ? value.slice(0, 10) : '—');

let session = JSON.parse(sessionStorage.getItem(sessionKey) ?? 'null');
if (session && Date.parse(session.expiresAt) <= Date.now()) session = null;
let tab = 'drafts';
let data = { drafts: [], assessments: [], certificates: [], bulk: null };
const hr = (path, options = {}) => api(path, { ...options, token: session.token });

function claims(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0))));
}

function say(text, ok = true) {
  $('console-message').textContent = text;
  $('console-message').className = `message ${ok ? 'ok' : 'error'}`;
}

async function act(work, done) {
  try {
    await work();
    if (done) say(done);
    await load();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return signOut(t('error.unauthorized'));
    say(describeError(error), false);
  }
}

/** Asks for the reason a change must carry; null when the officer cancels. */
function askReason(title) {
  return new Promise((resolve) => {
    $('reason-title').textContent = title;
    $('reason').value = '';
    $('reason-dialog').onclose = () => resolve($('reason-dialog').returnValue === 'confirm' && $('reason').value.trim() ? $('reason').value.trim() : null);
    $('reason-dialog').showModal();
  });
}

function table(id, headings, rows) {
  $(id).replaceChildren(
    element('thead', {}, element('tr', {}, ...headings.map((h) => element('th', { textContent: t(h) })))),
    element('tbody', {}, ...rows));
}

const cell = (content, className = '') => element('td', { className }, ...(Array.isArray(content) ? content : [content ?? '']));
const levelName = (level) => t(`level.${level}`);
const status = (value) => element('span', { className: `status ${value}`, textContent: t(`hr.status.${value}`) });

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
    cell([a.workerName, element('div', { className: 'mono muted', textContent: a.maskedNationalId })]),
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
      cell(element('a', { href: `/verify/${c.number}`, textContent: c.number, className: 'mono' })),
      cell([c.holder, element('div', { className: 'mono muted', textContent: c.maskedNationalId })]),
      cell(c.occupationName), cell(levelName(c.level)), cell(date(c.issuedAt)), cell(date(c.validUntil)),
      cell([status(c.state), last ? element('div', { className: 'reason', textContent: `${last.reason}（${date(last.at)}）` }) : null]),
      cell(element('div', { className: 'actions' },
        element('a', { className: 'button secondary', href: `/certificates/${c.number}/print`, textContent: t('verify.print') }),
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
    table('bulk-report', ['hr.row', 'hr.reasons'], report.rows.map((r) => element('tr', {}, cell(String(r.row)), cell(r.reasons.join(' ')))));
  } else {
    table('bulk-report', ['hr.row', 'hr.number', 'hr.worker'], report.certificates.map((c) => element('tr', {},
      cell(String(c.row)), cell(element('a', { href: `/verify/${c.number}`, textContent: c.number, className: 'mono' })), cell(c.holder))));
  }
}

function render() {
  if (!session) return;
  $('who').textContent = `· ${session.organization}`;
  for (const node of document.querySelectorAll('[data-tab]')) node.setAttribute('aria-selected', String(node.dataset.tab === tab));
  for (const node of document.querySelectorAll('[data-panel]')) node.classList.toggle('hidden', node.dataset.panel !== tab);
  $('a-level').replaceChildren(...levels.map((level) => element('option', { value: level, textContent: levelName(level), selected: level === ($('a-level').value || 'senior') })));
  $('review-field').classList.toggle('hidden', levels.indexOf($('a-level').value) < levels.indexOf('technician'));
  $('bulk-columns').textContent = bulkColumns;
  renderDrafts();
  renderAssessments();
  renderCertificates();
  renderBulk();
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
  const file = $('bulk-file').files[0];
  const response = await fetch('/api/certificates/bulk', {
    method: 'POST', headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${session.token}`, Accept: 'application/json' }, body: await file.text(),
  });
  const payload = await response.json();
  data.bulk = payload;
  const refusal = payload.code === 'bulk.invalid-rows' ? t('hr.bulkRefused', { count: payload.rows.length }) : payload.title;
  say(response.ok ? t('hr.bulkIssued', { count: payload.issued }) : refusal, response.ok);
  if (response.ok) await load(); else renderBulk();
}

// ---- sign-in ----

async function signIn(event) {
  event.preventDefault();
  try {
    const answer = await api('/api/auth/token', { method: 'POST', body: { username: $('username').value, password: $('password').value } });
    const tokenClaims = claims(answer.token);
    if (tokenClaims.role !== 'hr-officer') throw new Error(t('hr.notHr'));
    session = { token: answer.token, expiresAt: answer.expiresAt, organization: tokenClaims.organization };
    sessionStorage.setItem(sessionKey, JSON.stringify(session));
    $('password').value = '';
    await showConsole();
  } catch (error) {
    $('sign-in-message').textContent = describeError(error);
  }
}

function signOut(message = '') {
  session = null;
  sessionStorage.removeItem(sessionKey);
  $('console').classList.add('hidden');
  $('sign-out').classList.add('hidden');
  $('sign-in').classList.remove('hidden');
  $('sign-in-message').textContent = message;
}

async function showConsole() {
  $('sign-in').classList.add('hidden');
  $('console').classList.remove('hidden');
  $('sign-out').classList.remove('hidden');
  render();
  await act(load);
}

for (const node of document.querySelectorAll('[data-tab]')) node.addEventListener('click', () => { tab = node.dataset.tab; render(); });
$('sign-in-form').addEventListener('submit', signIn);
$('sign-out').addEventListener('click', () => signOut());
$('assessment-form').addEventListener('submit', recordAssessment);
$('a-level').addEventListener('change', render);
$('state-filter').addEventListener('change', () => act(load));
$('bulk-form').addEventListener('submit', bulkIssue);
installLanguageSwitch($('lang'), render);
if (session) await showConsole(); else signOut();
