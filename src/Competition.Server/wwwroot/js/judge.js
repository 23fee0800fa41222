// The judge's tablet: sign in with the competition PIN, then mark the contestants of your panels.
// Marks go into an IndexedDB queue first and are sent in order whenever the network allows.
import { api, ApiError, describeError, newSubmissionId } from './api.js';
import { $, element } from './dom.js';
import { installLanguageSwitch, t } from './i18n.js';
import { createSender, enqueue, list, prune } from './mark-queue.js';
import { connectJury } from './jury-live.js';
import { PinSignIn } from './pin-sign-in.js';

let definition = null;
let assignments = [];
let queued = [];
let selected = null;
let sender = null;
let authMessage = '';
const drafts = new Map();   // "contestant:aspect" → { value, typed, reason }

const cacheKey = (what) => `competition.${what}.${session().competitionId}.${session().judgeId}`;
const cached = (what) => JSON.parse(localStorage.getItem(cacheKey(what)) ?? 'null');
const keep = (what, value) => localStorage.setItem(cacheKey(what), JSON.stringify(value));
const cellKey = (contestantId, aspectId) => `${contestantId}:${aspectId}`;

function aspectsById() {
  return new Map(definition.markingScheme.modules.flatMap((m) => m.aspects.map((a) => [a.id, { ...a, module: m }])));
}

// ---- sign-in ----

const pins = new PinSignIn({
  key: 'competition.judge',
  statuses: 'live',
  noneKey: 'judge.noLive',
  onShow: () => {
    for (const id of ['marking', 'queue']) $(id).classList.add('hidden');
    $('who').textContent = '';
  },
  onSignedIn: () => {
    authMessage = '';
    return showMarking();
  },
  // The queue stays on the tablet: its marks go out after the next sign-in.
  onSignOut: () => {
    sender?.stop();
    sender = null;
  },
});
const session = () => pins.session;

// ---- marking ----

async function showMarking() {
  $('sign-in').classList.add('hidden');
  $('marking').classList.remove('hidden');
  $('sign-out').classList.remove('hidden');
  definition = cached('definition');
  assignments = cached('assignments') ?? [];
  await prune(session().competitionId, session().judgeId);
  queued = await list(session().competitionId, session().judgeId);
  if (definition) render();
  await refresh();
  sender = createSender({
    competitionId: session().competitionId,
    judgeId: session().judgeId,
    send,
    onChange: async () => {
      queued = await list(session().competitionId, session().judgeId);
      render();
    },
  });
  sender.flush();
  connectJury(session().competitionId, session().token, (notice) => {
    if (notice.kind !== 'rescoreRequested' || notice.judgeIds.includes(session().judgeId)) refresh();
  });
}

/** Fetches the competition and this judge's assignments; offline, the last ones fetched stand. */
async function refresh() {
  try {
    definition = await api(`/api/competitions/${session().competitionId}`);
    assignments = await api(`/api/competitions/${session().competitionId}/marks/assignments`, { token: session().token });
    keep('definition', definition);
    keep('assignments', assignments);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      authMessage = describeError(error);
    } else if (!definition) {
      $('banners').replaceChildren(element('p', { className: 'message error', textContent: describeError(error) }));
      return;
    }
  }
  render();
}

/** Sends one queued mark. Network and server trouble throw, so the queue waits and retries. */
async function send(mark) {
  try {
    const answer = await api(`/api/competitions/${mark.competitionId}/marks`, {
      method: 'POST',
      token: session().token,
      body: { submissionId: mark.submissionId, contestantId: mark.contestantId, aspectId: mark.aspectId, value: mark.value, reason: mark.reason },
    });
    const assignment = assignments.find((a) => a.contestantId === mark.contestantId && a.aspectId === mark.aspectId);
    if (assignment) Object.assign(assignment, { value: mark.value, rescoreRequested: false });
    keep('assignments', assignments);
    return { sequence: answer.sequence };
  } catch (error) {
    const retryable = !(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status >= 500;
    if (error instanceof ApiError && error.status === 401) {
      authMessage = t('judge.signInAgain');
      render();
    }
    if (retryable) throw error;
    return { refused: describeError(error) };
  }
}

function latestQueued(contestantId, aspectId) {
  return queued.filter((m) => m.contestantId === contestantId && m.aspectId === aspectId).at(-1);
}

function isLocked(aspect) {
  return definition.resultsLocked || definition.lockedModules.includes(aspect.module.id);
}

function render() {
  if (!definition || !session()) return;
  $('who').textContent = `${session().name} · ${definition.name}`;
  const waiting = queued.filter((m) => m.status === 'pending').length;
  $('queue').classList.toggle('hidden', waiting === 0);
  $('queue').textContent = t('judge.waiting', { count: waiting });
  renderBanners();
  renderContestants();
  renderSheet();
  renderRecent();
}

function renderBanners() {
  const aspects = aspectsById();
  const contestants = new Map(definition.contestants.map((c) => [c.id, c]));
  const banners = [];
  if (authMessage) banners.push(element('p', { className: 'banner lock', textContent: authMessage }));
  if (definition.blinding?.hidden) banners.push(element('p', { className: 'banner', textContent: t('judge.blindBanner') }));
  if (definition.resultsLocked) banners.push(element('p', { className: 'banner lock', textContent: t('judge.resultsLocked') }));
  for (const module of definition.markingScheme.modules.filter((m) => definition.lockedModules.includes(m.id) && !definition.resultsLocked)) {
    banners.push(element('p', { className: 'banner lock', textContent: t('judge.moduleLocked', { module: module.name }) }));
  }
  for (const request of assignments.filter((a) => a.rescoreRequested)) {
    const contestant = contestants.get(request.contestantId);
    banners.push(element('p', {
      className: 'banner rescore',
      textContent: t('judge.rescoreBanner', { contestant: contestantLabel(contestant), aspect: aspects.get(request.aspectId)?.name }),
    }));
  }
  $('banners').replaceChildren(...banners);
}

/** How the tablet names a contestant: by number and workstation alone while judging is blind. */
function contestantLabel(c) {
  if (!c) return '';
  if (definition.blinding?.hidden) return t('judge.blindLabel', { number: c.bib, workstation: c.workstation ?? '—' });
  return `${c.bib} ${c.name}`;
}

function renderContestants() {
  const mine = new Map();
  for (const a of assignments) {
    const entry = mine.get(a.contestantId) ?? { total: 0, done: 0 };
    entry.total++;
    if (a.value !== null || latestQueued(a.contestantId, a.aspectId)?.status === 'pending') entry.done++;
    mine.set(a.contestantId, entry);
  }
  const contestants = definition.contestants.filter((c) => mine.has(c.id));
  if (selected === null || !mine.has(selected)) selected = contestants[0]?.id ?? null;
  $('contestants').replaceChildren(...contestants.map((c) => {
    const progress = mine.get(c.id);
    const button = element('button', { type: 'button', className: progress.done === progress.total ? 'done' : '' },
      element('span', { className: 'bib', textContent: c.bib }),
      element('span', { textContent: definition.blinding?.hidden ? t('judge.workstation', { workstation: c.workstation ?? '—' }) : c.name }),
      element('span', { className: 'progress', textContent: `${progress.done}/${progress.total}` }));
    button.dataset.contestantId = c.id;
    button.setAttribute('aria-current', String(c.id === selected));
    button.addEventListener('click', () => { selected = c.id; render(); });
    return button;
  }));
}

function renderSheet() {
  const contestant = definition.contestants.find((c) => c.id === selected);
  $('sheet-title').textContent = !contestant ? t('judge.nothingToMark')
    : definition.blinding?.hidden ? contestantLabel(contestant) : `${contestant.bib}  ${contestant.name}（${contestant.employer}）`;
  const aspects = aspectsById();
  $('aspects').replaceChildren(...assignments.filter((a) => a.contestantId === selected).map((a) => aspectCard(a, aspects.get(a.aspectId))));
}

function statusOf(assignment) {
  const latest = latestQueued(assignment.contestantId, assignment.aspectId);
  if (assignment.rescoreRequested && latest?.status !== 'pending') return { className: 'rescore', text: t('judge.rescore') };
  if (latest?.status === 'pending') return { className: 'pending', text: t('judge.pending', { value: latest.value }) };
  if (latest?.status === 'refused') return { className: 'refused', text: t('judge.refused', { value: latest.value }) };
  if (assignment.value !== null) return { className: 'saved', text: t('judge.savedValue', { value: assignment.value }) + (latest?.sequence ? `（#${latest.sequence}）` : '') };
  return { className: '', text: t('judge.missing') };
}

function aspectCard(assignment, aspect) {
  const key = cellKey(assignment.contestantId, aspect.id);
  const draft = drafts.get(key) ?? { value: null, typed: '', reason: '' };
  drafts.set(key, draft);
  const status = statusOf(assignment);
  const latest = latestQueued(assignment.contestantId, aspect.id);
  const amending = (assignment.value !== null || latest?.status === 'pending') && !assignment.rescoreRequested;
  const locked = isLocked(aspect);

  const card = element('article', { className: `aspect${locked ? ' locked' : ''}` });
  card.dataset.aspectId = aspect.id;
  card.append(element('header', {},
    element('div', {}, element('h3', { textContent: aspect.name }), element('span', { className: 'module', textContent: `${aspect.module.name} · ${t(`judge.kind.${aspect.kind}`)}` })),
    element('span', { className: `status ${status.className}`, textContent: status.text })));
  if (latest?.status === 'refused') card.append(element('p', { className: 'message error refusal', textContent: latest.reason }));
  if (locked) {
    card.append(element('p', { className: 'muted', textContent: t('judge.lockedAspect') }));
    return card;
  }

  card.append(aspect.kind === 'graded' ? numberPad(aspect, draft) : choiceButtons(aspect, draft));
  if (amending) {
    const reason = element('input', { type: 'text', maxLength: 1000, value: draft.reason, className: 'reason', placeholder: t('judge.reason') });
    reason.setAttribute('aria-label', t('judge.reason'));
    reason.addEventListener('input', () => { draft.reason = reason.value; });
    card.append(reason);
  }
  const message = element('p', { className: 'message error hint', role: 'alert' });
  const submit = element('button', { type: 'button', className: 'submit', textContent: t('judge.submit') });
  submit.addEventListener('click', async () => {
    const value = aspect.kind === 'graded' ? (draft.typed === '' ? null : Number(draft.typed)) : draft.value;
    if (value === null || Number.isNaN(value)) return void (message.textContent = t('judge.pickValue'));
    if (amending && !draft.reason.trim()) return void (message.textContent = t('judge.reasonNeeded'));
    await enqueue({
      submissionId: newSubmissionId(), competitionId: session().competitionId, judgeId: session().judgeId,
      contestantId: assignment.contestantId, aspectId: aspect.id, value, reason: amending ? draft.reason.trim() : null,
    });
    drafts.delete(key);
    queued = await list(session().competitionId, session().judgeId);
    render();
    sender.flush();
  });
  card.append(submit, message);
  return card;
}

/** WorldSkills' wording for judgement levels when the aspect has none of its own. */
function levelText(aspect, score) {
  return aspect.levels?.[score] || t(`judge.level${score}`);
}

function choiceButtons(aspect, draft) {
  const values = aspect.kind === 'judgement'
    ? [0, 1, 2, 3]
    : [...new Set([Number(aspect.maxMark), ...aspect.deductions.map((d) => Number(aspect.maxMark) - Number(d)).filter((v) => v > 0), 0])].sort((a, b) => b - a);
  const group = element('div', { className: 'choices', role: 'radiogroup' });
  group.append(...values.map((value) => {
    const button = element('button', { type: 'button' }, String(value),
      aspect.kind === 'judgement' ? element('small', { textContent: levelText(aspect, value) }) : null);
    button.setAttribute('role', 'radio');
    button.setAttribute('aria-label', String(value));
    button.setAttribute('aria-checked', String(draft.value === value));
    button.addEventListener('click', () => {
      draft.value = value;
      for (const other of group.children) other.setAttribute('aria-checked', String(other === button));
    });
    return button;
  }));
  return group;
}

function numberPad(aspect, draft) {
  const output = element('output', { textContent: draft.typed || '–' });
  const pad = element('div', { className: 'pad' }, element('p', { className: 'muted', textContent: t('judge.range', { max: aspect.maxMark }) }), output);
  pad.firstChild.style.gridColumn = '1 / -1';
  pad.firstChild.style.margin = '0';
  for (const key of ['7', '8', '9', '4', '5', '6', '1', '2', '3', '.', '0', '⌫']) {
    const button = element('button', { type: 'button', textContent: key });
    button.setAttribute('aria-label', key === '⌫' ? t('judge.backspace') : key);
    button.addEventListener('click', () => {
      draft.typed = key === '⌫' ? draft.typed.slice(0, -1) : key === '.' && draft.typed.includes('.') ? draft.typed : (draft.typed + key).slice(0, 8);
      output.textContent = draft.typed || '–';
    });
    pad.append(button);
  }
  return pad;
}

function renderRecent() {
  const contestants = new Map(definition.contestants.map((c) => [c.id, c]));
  const aspects = aspectsById();
  $('no-marks').classList.toggle('hidden', queued.length > 0);
  $('marks').replaceChildren(...[...queued].reverse().slice(0, 50).map((m) => {
    const contestant = contestants.get(m.contestantId);
    const state = m.status === 'saved' ? t('judge.savedSequence', { sequence: m.sequence }) : m.status === 'pending' ? t('judge.pendingShort') : t('judge.refusedShort');
    const item = element('li', {},
      element('span', { textContent: `${contestantLabel(contestant)} · ${aspects.get(m.aspectId)?.name ?? ''}：${m.value}` }),
      element('span', { className: `status ${m.status}`, textContent: state }));
    item.dataset.status = m.status;
    return item;
  }));
}

function showNetwork() {
  const online = navigator.onLine;
  $('network').dataset.state = online ? 'online' : 'offline';
  $('network').textContent = t(online ? 'judge.online' : 'judge.offline');
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* the page still works online */ });
}
window.addEventListener('online', () => { showNetwork(); if (session()) refresh(); });
window.addEventListener('offline', showNetwork);
installLanguageSwitch($('lang'), () => { showNetwork(); render(); });

if (session()) await showMarking(); else await pins.show();
