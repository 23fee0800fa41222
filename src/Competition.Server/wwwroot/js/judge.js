// The judge's page: sign in with the competition PIN, then enter marks contestant by contestant.
import { api, ApiError, describeError, newSubmissionId } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';

const sessionKey = 'competition.judge';
const $ = (id) => document.getElementById(id);

let session = loadSession();
let definition = null;
let marks = [];
let chosenScore = null;

function loadSession() {
  const stored = JSON.parse(localStorage.getItem(sessionKey) ?? 'null');
  return stored && Date.parse(stored.expiresAt) > Date.now() ? stored : null;
}

function option(value, text) {
  return Object.assign(document.createElement('option'), { value, textContent: text });
}

function aspects() {
  return definition.markingScheme.modules.flatMap((m) => m.aspects.map((a) => ({ ...a, module: m })));
}

// ---- sign-in ----

async function showSignIn(message = '') {
  $('marking').classList.add('hidden');
  $('sign-out').classList.add('hidden');
  $('who').textContent = '';
  $('sign-in').classList.remove('hidden');
  $('sign-in-message').textContent = message;
  const live = (await api('/api/competitions')).filter((c) => c.status === 'live');
  const wanted = new URLSearchParams(location.search).get('competition');
  $('competition').replaceChildren(...live.map((c) => option(c.id, c.name)));
  if (live.length === 0) $('sign-in-message').textContent = t('judge.noLive');
  if (wanted && live.some((c) => String(c.id) === wanted)) $('competition').value = wanted;
  await loadJudges();
}

async function loadJudges() {
  const id = $('competition').value;
  if (!id) return $('judge').replaceChildren();
  const competition = await api(`/api/competitions/${id}`);
  $('judge').replaceChildren(...competition.judges.map((j) => option(j.id, `${j.name}（${j.employer}）`)));
}

async function signIn(event) {
  event.preventDefault();
  const competitionId = Number($('competition').value);
  const judgeId = Number($('judge').value);
  try {
    const answer = await api('/api/auth/judge', { method: 'POST', body: { competitionId, judgeId, pin: $('pin').value } });
    session = { token: answer.token, expiresAt: answer.expiresAt, competitionId, judgeId, judgeName: $('judge').selectedOptions[0].textContent };
    localStorage.setItem(sessionKey, JSON.stringify(session));
    $('pin').value = '';
    await showMarking();
  } catch (error) {
    $('sign-in-message').textContent = describeError(error);
  }
}

function signOut(message = '') {
  localStorage.removeItem(sessionKey);
  session = null;
  return showSignIn(message);
}

// ---- marking ----

async function showMarking() {
  $('sign-in').classList.add('hidden');
  $('marking').classList.remove('hidden');
  $('sign-out').classList.remove('hidden');
  definition = await api(`/api/competitions/${session.competitionId}`);
  $('who').textContent = `${session.judgeName} · ${definition.name}`;
  renderPickers();
  try {
    marks = await api(`/api/competitions/${session.competitionId}/marks/mine`, { token: session.token });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return signOut(describeError(error));
    throw error;
  }
  renderMarks();
  renderReason();
}

function renderPickers() {
  const contestant = $('contestant').value;
  const aspect = $('aspect').value;
  $('contestant').replaceChildren(...definition.contestants.map((c) => option(c.id, `${c.bib}  ${c.name}`)));
  $('aspect').replaceChildren(...definition.markingScheme.modules.map((m) => {
    const group = Object.assign(document.createElement('optgroup'), { label: m.name });
    group.append(...m.aspects.map((a) => option(a.id, `${a.name}（${t(`judge.kind.${a.kind}`)}）`)));
    return group;
  }));
  if (contestant) $('contestant').value = contestant;
  if (aspect) $('aspect').value = aspect;
  renderValueInput();
}

function currentAspect() {
  return aspects().find((a) => String(a.id) === $('aspect').value);
}

/** What a judge may enter: 0–3 for judgement; full mark, listed deductions or zero for measurement. */
function choices(aspect) {
  if (aspect.kind === 'judgement') return [0, 1, 2, 3];
  if (aspect.kind !== 'measurement') return null;
  const max = Number(aspect.maxMark);
  const values = [max, ...aspect.deductions.map((d) => max - Number(d)).filter((v) => v > 0), 0];
  return [...new Set(values)].sort((a, b) => b - a);
}

function renderValueInput() {
  const aspect = currentAspect();
  if (!aspect) return;
  const options = choices(aspect);
  $('scores').classList.toggle('hidden', !options);
  $('value').classList.toggle('hidden', !!options);
  $('value-label').textContent = aspect.kind === 'judgement' ? t('judge.score')
    : aspect.kind === 'measurement' ? t('judge.measure')
    : `${t('judge.value')}（${t('judge.range', { max: aspect.maxMark })}）`;
  $('value').max = aspect.maxMark;
  chosenScore = null;
  $('scores').replaceChildren(...(options ?? []).map((score) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: score });
    button.setAttribute('role', 'radio');
    button.setAttribute('aria-checked', 'false');
    button.addEventListener('click', () => {
      chosenScore = score;
      for (const other of $('scores').children) other.setAttribute('aria-checked', String(other === button));
    });
    return button;
  }));
  renderReason();
}

/** A mark already submitted for this contestant and aspect can only be changed with a reason. */
function renderReason() {
  const amending = marks.some((m) => String(m.contestantId) === $('contestant').value && String(m.aspectId) === $('aspect').value);
  $('reason-field').classList.toggle('hidden', !amending);
  if (!amending) $('reason').value = '';
}

function renderMarks() {
  const contestants = new Map(definition.contestants.map((c) => [c.id, c]));
  const aspectById = new Map(aspects().map((a) => [a.id, a]));
  $('no-marks').classList.toggle('hidden', marks.length > 0);
  $('marks').replaceChildren(...[...marks].reverse().map((m) => {
    const contestant = contestants.get(m.contestantId);
    const aspect = aspectById.get(m.aspectId);
    const item = document.createElement('li');
    item.dataset.sequence = m.sequence;
    item.textContent = `${contestant?.bib ?? ''} ${contestant?.name ?? ''} · ${aspect?.name ?? ''}：${m.value}（#${m.sequence}）`;
    return item;
  }));
}

async function submitMark(event) {
  event.preventDefault();
  const aspect = currentAspect();
  const raw = choices(aspect) ? chosenScore : $('value').value;
  const message = $('mark-message');
  const amending = !$('reason-field').classList.contains('hidden');
  const problem = raw === null || raw === '' ? t('judge.pickValue') : amending && !$('reason').value.trim() ? t('judge.reasonNeeded') : null;
  if (problem) {
    message.className = 'message error';
    message.textContent = problem;
    return;
  }
  const body = {
    submissionId: newSubmissionId(), contestantId: Number($('contestant').value), aspectId: aspect.id, value: Number(raw),
    reason: amending ? $('reason').value.trim() : null,
  };
  $('submit').disabled = true;
  message.className = 'message';
  message.textContent = t('judge.sending');
  try {
    const answer = await api(`/api/competitions/${session.competitionId}/marks`, { method: 'POST', body, token: session.token });
    marks = marks.filter((m) => !(m.contestantId === body.contestantId && m.aspectId === body.aspectId));
    marks.push({ contestantId: body.contestantId, aspectId: body.aspectId, value: body.value, sequence: answer.sequence });
    renderMarks();
    renderReason();
    message.className = 'message ok';
    message.textContent = t('judge.saved', { sequence: answer.sequence });
    $('value').value = '';
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return signOut(describeError(error));
    message.className = 'message error';
    message.textContent = describeError(error);
  } finally {
    $('submit').disabled = false;
  }
}

$('sign-in-form').addEventListener('submit', signIn);
$('competition').addEventListener('change', loadJudges);
$('mark-form').addEventListener('submit', submitMark);
$('aspect').addEventListener('change', renderValueInput);
$('contestant').addEventListener('change', renderReason);
$('sign-out').addEventListener('click', () => signOut());
installLanguageSwitch($('lang'), () => { if (definition && session) { renderPickers(); renderMarks(); } });

if (session) await showMarking(); else await showSignIn();
