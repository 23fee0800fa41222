// The chief judge's console: moderation, locks, corrections, completeness, judge drift and the live
// jury standings of one competition. Everything refreshes as marks and jury events arrive.
import { api, ApiError, describeError } from './api.js';
import { $, cell, element } from './dom.js';
import { installLanguageSwitch, t } from './i18n.js';
import { connectJury } from './jury-live.js';
import { PinSignIn } from './pin-sign-in.js';

let definition = null;
let data = { moderation: [], corrections: [], missing: [], drift: [], records: [], board: null };
let refreshTimer = null;

const contestantsById = () => new Map(definition.contestants.map((c) => [c.id, c]));
const judgesById = () => new Map(definition.judges.map((j) => [j.id, j]));
const aspectsById = () => new Map(definition.markingScheme.modules.flatMap((m) => m.aspects.map((a) => [a.id, { ...a, module: m }])));
const contestantLabel = (id) => { const c = contestantsById().get(id); return c ? `${c.bib} ${c.name || t('judge.workstation', { workstation: c.workstation ?? '—' })}` : `#${id}`; };
const judgeName = (id) => judgesById().get(id)?.name ?? `#${id}`;
const jury = (path, options = {}) => api(`/api/competitions/${session().competitionId}${path}`, { ...options, token: session().token });

// ---- sign-in ----

// After the lock the chief judge still proposes corrections: locked and published competitions stay listed.
const pins = new PinSignIn({
  key: 'competition.chief',
  statuses: 'live,resultsLocked,published',
  eligible: (judge) => judge.isChief,
  onShow: () => $('console').classList.add('hidden'),
  onSignedIn: () => showConsole(),
});
const session = () => pins.session;
const signOut = (message) => pins.signOut(message);

// ---- console ----

async function showConsole() {
  $('sign-in').classList.add('hidden');
  $('console').classList.remove('hidden');
  $('sign-out').classList.remove('hidden');
  await refresh();
  connectJury(session().competitionId, session().token, () => refresh(),
    (state) => { $('live').dataset.state = state; $('live').textContent = t(`board.${state}`); }, acceptStandings);
}

async function refresh() {
  try {
    definition = await api(`/api/competitions/${session().competitionId}`);
    const [moderation, corrections, missing, drift, records, board] = await Promise.all([
      jury('/moderation'), jury('/corrections'), jury('/completeness'), jury('/drift'), jury('/judges/records'), jury('/leaderboard?view=jury'),
    ]);
    data = { moderation, corrections, missing, drift, records, board };
    render();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return signOut(describeError(error));
    say(describeError(error), true);
  }
}

/** Marks move completeness, drift and moderation: refresh them at most every second and a half after one. */
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 1500);
}

/** The live standings, never frozen: a newer version replaces the table. */
function acceptStandings(board) {
  if (data.board && board.version <= data.board.version) return;
  data.board = board;
  renderStandings();
  refreshSoon();
}

function say(text, error = false) {
  $('console-message').className = `message ${error ? 'error' : 'ok'}`;
  $('console-message').textContent = text;
}

async function act(path, body, done) {
  try {
    await jury(path, { method: 'POST', body });
    say(done);
    await refresh();
  } catch (error) {
    say(describeError(error), true);
  }
}

function render() {
  $('who').textContent = `${session().name} · ${definition.name}`;
  renderModeration();
  renderStandings();
  renderLocks();
  renderCorrections();
  renderMissing();
  renderDrift();
  renderRecords();
}

function renderModeration() {
  const aspects = aspectsById();
  $('moderation-count').textContent = data.moderation.length ? `(${data.moderation.length})` : '';
  $('moderation-empty').classList.toggle('hidden', data.moderation.length > 0);
  $('moderation').replaceChildren(...data.moderation.map((item) => {
    const aspect = aspects.get(item.aspectId);
    const reason = element('input', { type: 'text', maxLength: 1000, placeholder: t('chief.reason') });
    reason.setAttribute('aria-label', t('chief.reason'));
    const agreed = element('select', {}, element('option', { value: '', textContent: t('chief.acceptMean') }),
      ...[0, 1, 2, 3].map((s) => element('option', { value: s, textContent: t('chief.agreed', { score: s }) })));
    agreed.setAttribute('aria-label', t('chief.agreedLabel'));
    const rescore = element('button', { type: 'button', className: 'secondary', textContent: t('chief.rescore') });
    rescore.addEventListener('click', () => act('/moderation/rescore',
      { contestantId: item.contestantId, aspectId: item.aspectId, reason: reason.value }, t('chief.rescoreSent')));
    const resolve = element('button', { type: 'button', textContent: t('chief.resolve') });
    resolve.addEventListener('click', () => act('/moderation/resolve',
      { contestantId: item.contestantId, aspectId: item.aspectId, reason: reason.value, agreedScore: agreed.value === '' ? null : Number(agreed.value) }, t('chief.resolved')));
    const row = element('div', { className: 'moderation-item' },
      element('div', {}, element('strong', { textContent: contestantLabel(item.contestantId) }), element('br'),
        `${aspect?.name ?? ''} `, element('span', { className: `state ${item.state}`, textContent: t(`chief.state.${item.state}`) })),
      element('div', { className: 'scores' },
        ...Object.entries(item.scores).map(([judge, score]) => element('span', {
          className: 'score', textContent: `${judgeName(Number(judge))}：${score}${item.awaitingJudges.includes(Number(judge)) ? ' …' : ''}`,
        })),
        element('span', { className: 'muted', textContent: t('chief.spread', { spread: item.spread }) })),
      element('div', { className: 'actions-row' }, reason, agreed, rescore, resolve));
    row.dataset.contestantId = item.contestantId;
    row.dataset.aspectId = item.aspectId;
    return row;
  }));
}

function renderStandings() {
  if (!data.board || !definition) return;
  $('standings-head').replaceChildren(...[t('board.rank'), t('board.bib'), t('board.name'), t('board.total')].map((text, i) =>
    element('th', { textContent: text, className: i === 3 ? 'number' : '' })));
  $('standings').replaceChildren(...data.board.rows.map((row) => element('tr', {},
    element('td', { textContent: row.rank ?? t('board.outOfRanking') }), element('td', { textContent: row.bib }),
    element('td', { textContent: row.name || '—' }), element('td', { className: 'number', textContent: Number(row.total).toFixed(2) }))));
}

function renderLocks() {
  $('modules').replaceChildren(...definition.markingScheme.modules.map((module) => {
    const locked = definition.resultsLocked || definition.lockedModules.includes(module.id);
    const button = element('button', { type: 'button', textContent: locked ? t('chief.locked') : t('chief.lock'), disabled: locked });
    button.addEventListener('click', () => act(`/modules/${module.id}/lock`, {}, t('chief.moduleLockedDone', { module: module.name })));
    const item = element('li', {}, element('span', { textContent: module.name }), button);
    item.dataset.moduleId = module.id;
    return item;
  }));
  $('lock-results').disabled = definition.resultsLocked;
  $('results-state').textContent = definition.resultsLocked ? t('chief.resultsLockedState') : t('chief.missingCount', { count: data.missing.length });
  renderDecryption();
}

/** Blind judging: once the results are locked, the chief judge confirms the decryption, as an organizer does. */
function renderDecryption() {
  const blinding = definition.blinding;
  $('decryption-panel').classList.toggle('hidden', !blinding?.blind);
  if (!blinding?.blind) return;
  const confirmed = blinding.confirmations.some((c) => c.party === 'chiefJudge');
  $('decryption-state').textContent = blinding.decrypted ? t('chief.decrypted')
    : !definition.resultsLocked ? t('chief.decryptAfterLock')
      : confirmed ? t('chief.decryptWaiting') : t('chief.decryptReady');
  $('decrypt').disabled = blinding.decrypted || confirmed || !definition.resultsLocked;
}

function renderCorrections() {
  const aspects = aspectsById();
  $('corrections').replaceChildren(...data.corrections.map((c) => element('li', {},
    element('span', { textContent: `#${c.sequence} ${contestantLabel(c.contestantId)} · ${aspects.get(c.aspectId)?.name}：${judgeName(c.judgeId)} → ${c.value}（${c.reason}）` }),
    element('span', { className: 'muted', textContent: t('chief.awaitingApproval') }))));
  const fill = (select, items) => { const current = select.value; select.replaceChildren(...items); if (current) select.value = current; };
  fill($('correction-judge'), definition.judges.filter((j) => !j.isChief).map((j) => element('option', { value: j.id, textContent: j.name })));
  fill($('correction-contestant'), definition.contestants.map((c) => element('option', { value: c.id, textContent: `${c.bib} ${c.name}` })));
  fill($('correction-aspect'), [...aspects.values()].map((a) => element('option', { value: a.id, textContent: `${a.module.name} · ${a.name}` })));
  $('correction-reason').placeholder = t('chief.reason');
  $('correction-value').placeholder = t('judge.value');
}

function renderMissing() {
  const aspects = aspectsById();
  $('missing-count').textContent = data.missing.length ? `(${data.missing.length})` : '';
  $('missing').replaceChildren(...data.missing.slice(0, 60).map((m) => element('tr', {},
    element('td', { textContent: contestantLabel(m.contestantId) }), element('td', { textContent: aspects.get(m.aspectId)?.name }),
    element('td', { textContent: m.judgeIds.length ? m.judgeIds.map(judgeName).join('、') : t('chief.noEligibleJudge') }))));
}

function renderDrift() {
  const aspects = aspectsById();
  $('drift-head').replaceChildren(...[t('judge.judge'), t('judge.aspect'), t('chief.compared'), t('chief.bias'), t('chief.mad')].map((text, i) =>
    element('th', { textContent: text, className: i > 1 ? 'number' : '' })));
  const percent = (x) => `${(Number(x) * 100).toFixed(1)}%`;
  $('drift').replaceChildren(...[...data.drift].sort((a, b) => b.meanAbsoluteDeviation - a.meanAbsoluteDeviation).map((d) => {
    const row = element('tr', { className: d.flagged ? 'flagged' : '' },
      element('td', { textContent: judgeName(d.judgeId) + (d.flagged ? ' ⚑' : '') }), element('td', { textContent: aspects.get(d.aspectId)?.name }),
      element('td', { className: 'number', textContent: d.compared }), element('td', { className: 'number', textContent: percent(d.meanDeviation) }),
      element('td', { className: 'number', textContent: percent(d.meanAbsoluteDeviation) }));
    row.dataset.judgeId = d.judgeId;
    return row;
  }));
}

/** Each judge's record: how much of their assignment is marked, what moderation made of their marks,
 * their widest drift, and a PIN locked by wrong tries (an organizer's new PIN lifts it). */
function renderRecords() {
  $('records-head').replaceChildren(...['judge.judge', 'chief.markedOf', 'chief.disputed', 'chief.overruled', 'chief.resolvedAsMarked',
    'chief.rescoresOwed', 'chief.correctionsPending', 'chief.widestDrift', 'chief.pin'].map((key, i) =>
    element('th', { textContent: t(key), className: i > 0 && i < 8 ? 'number' : '' })));
  $('records').replaceChildren(...data.records.map(({ judge, record, lockedOutUntil }) => {
    const widest = record.drift.reduce((most, d) => (!most || d.meanAbsoluteDeviation > most.meanAbsoluteDeviation ? d : most), null);
    const flagged = record.drift.some((d) => d.flagged);
    const name = judge.name + (judge.isChief ? ` · ${t('chief.chief')}` : '') + (judge.replacedBy ? ` · ${t('chief.replaced')}` : '');
    return element('tr', { className: flagged || lockedOutUntil ? 'flagged' : '', dataset: { judgeId: judge.id } },
      cell(name + (flagged ? ' ⚑' : '')),
      cell(record.assigned ? `${record.marked} / ${record.assigned}` : `${record.entries}`, 'number'),
      cell(record.disputed, 'number'), cell(record.overruled, 'number'), cell(record.resolvedAsMarked, 'number'),
      cell(record.rescoresOwed, 'number'), cell(record.correctionsPending, 'number'),
      cell(widest ? `${(Number(widest.meanAbsoluteDeviation) * 100).toFixed(1)}%` : '—', 'number'),
      cell(lockedOutUntil ? t('chief.lockedUntil', { time: new Date(lockedOutUntil).toLocaleTimeString(document.documentElement.lang) }) : t('chief.pinOk')));
  }));
}

$('decrypt').addEventListener('click', () => confirm(t('chief.decryptConfirm')) && act('/decrypt', undefined, t('chief.decryptDone')));
$('lock-results').addEventListener('click', () => act('/results/lock', { reason: $('results-reason').value || null }, t('chief.resultsLockedDone')));
$('correction-form').addEventListener('submit', (event) => {
  event.preventDefault();
  act('/corrections', {
    judgeId: Number($('correction-judge').value), contestantId: Number($('correction-contestant').value), aspectId: Number($('correction-aspect').value),
    value: Number($('correction-value').value), reason: $('correction-reason').value,
  }, t('chief.proposed'));
});
installLanguageSwitch($('lang'), () => { if (definition) render(); });

if (session()) await showConsole(); else await pins.show();
