// A competition's leaderboard: the whole board on join, then the changed rows pushed over SignalR.
// On a big screen (1600 px wide or more, or ?mode=hall) it pages through long fields by itself, rows
// glide to their new places when ranks change, and the row just scored glows.
import { api, ApiError } from './api.js';
import { $, cell, element } from './dom.js';
import { installLanguageSwitch, t } from './i18n.js';
import { LiveBoard } from './live-board.js';
import { connectLive } from './live.js';

const competitionId = Number(location.pathname.split('/').filter(Boolean).pop());
let definition = null;
let snapshot = null;
let connectionState = 'connecting';
let connection = null;
let page = 0;
const lastTotals = new Map();
const hall = new URLSearchParams(location.search).get('mode') === 'hall' || window.matchMedia('(min-width: 1600px)').matches;
const pageSeconds = 8;

const header = (text, className = '') => element('th', { textContent: text, className });

// A module column shows what the module adds to the total (raw total × weight), so the columns add up.
function moduleHeader(module) {
  const th = header(module.name, 'module number');
  if (Number(module.weight) !== 1) th.append(element('small', { className: 'weight', textContent: `×${Number(module.weight)}` }));
  return th;
}

function renderHeader() {
  if (!definition) return;
  document.title = `${definition.name} · ${t('index.board')}`;
  $('name').textContent = definition.name;
  $('occupation').textContent = definition.occupation;
  const status = $('status');
  status.className = `badge ${definition.status}`;
  status.textContent = t(`status.${definition.status}`);
  $('columns').replaceChildren(
    header(t('board.rank'), 'rank'),
    header(t('board.bib')),
    header(t('board.name')),
    header(t('board.employer'), 'employer'),
    ...definition.markingScheme.modules.map((m) => moduleHeader(m)),
    header(t('board.total'), 'number'),
    ...(definition.rules.standardisedScale ? [header(t('board.standardised'), 'standardised number')] : []));
  $('connection').textContent = t(`board.${connectionState}`);
}

function renderPhase() {
  const phase = $('phase');
  const frozen = snapshot && snapshot.phase !== 'live';
  phase.classList.toggle('hidden', !frozen);
  phase.dataset.phase = snapshot?.phase ?? 'live';
  if (frozen) phase.textContent = t(`board.phase.${snapshot.phase}`);
}

/** Where each contestant's row is now, to slide it from there after a re-render. */
function rowPositions() {
  return new Map([...document.querySelectorAll('#rows tr[data-contestant-id]')].map((tr) => [tr.dataset.contestantId, tr.getBoundingClientRect().top]));
}

function glide(before) {
  for (const tr of document.querySelectorAll('#rows tr[data-contestant-id]')) {
    const from = before.get(tr.dataset.contestantId);
    const dy = from === undefined ? 0 : from - tr.getBoundingClientRect().top;
    if (dy !== 0) tr.animate([{ transform: `translateY(${dy}px)` }, { transform: 'none' }], { duration: 700, easing: 'ease-out' });
  }
}

/** Big screen: show the rows that fit, a page at a time. */
function paginate() {
  const rows = [...document.querySelectorAll('#rows tr')];
  if (!hall || rows.length === 0) return;
  rows.forEach((tr) => { tr.hidden = false; });
  const top = $('rows').getBoundingClientRect().top;
  const rowHeight = rows[0].getBoundingClientRect().height || 40;
  const perPage = Math.max(5, Math.floor((window.innerHeight - top - 48) / rowHeight));
  const pages = Math.ceil(rows.length / perPage);
  page %= pages;
  rows.forEach((tr, i) => { tr.hidden = Math.floor(i / perPage) !== page; });
  $('page').textContent = pages > 1 ? t('board.page', { page: page + 1, pages }) : '';
}

function renderRows(changed) {
  if (!definition || !snapshot) return;
  const before = rowPositions();
  renderPhase();
  const rows = snapshot.rows.map((row) => {
    const tr = element('tr');
    if (row.hidden) {
      // A place not yet revealed in the ceremony: its rank, and nothing else.
      tr.className = 'hidden-place';
      tr.dataset.rank = row.rank ?? '';
      const rest = element('td', {
        colSpan: 4 + definition.markingScheme.modules.length + (definition.rules.standardisedScale ? 1 : 0), textContent: t('board.toBeRevealed'),
      });
      tr.append(cell(row.rank, 'rank'), rest);
      return tr;
    }
    tr.dataset.contestantId = row.contestantId;
    tr.dataset.rank = row.rank ?? '';
    if (changed.has(row.contestantId)) tr.classList.add('scored');
    if (row.markCount === 0) tr.classList.add('unmarked');
    if (row.outOfRanking) tr.classList.add('out-of-ranking');
    const modules = new Map(row.modules.map((m) => [m.moduleId, m.total]));
    tr.append(
      // Guests and trainees compete out of ranking: shown, never ranked.
      cell(row.rank ?? t('board.outOfRanking'), 'rank'),
      cell(row.bib),
      // Blind until decrypted: the number alone, the rest a dash.
      cell(row.name || '—'),
      cell(row.employer || '—', 'employer'),
      ...definition.markingScheme.modules.map((m) => cell((Number(modules.get(m.id) ?? 0) * Number(m.weight)).toFixed(2), 'module number')),
      cell(Number(row.total).toFixed(2), 'total number'),
      ...(definition.rules.standardisedScale ? [cell(row.standardised ?? '', 'standardised number')] : []));
    return tr;
  });
  $('rows').replaceChildren(...rows);
  $('version').textContent = snapshot.version;
  document.body.dataset.version = snapshot.version;
  document.body.dataset.phase = snapshot.phase;
  paginate();
  glide(before);
}

// A missed push: ask for the whole board again.
const live = new LiveBoard(show, () => connection?.invoke('Watch', competitionId).catch(() => {}));

function show(next) {
  const changed = new Set();
  for (const row of next.rows) {
    const before = lastTotals.get(row.contestantId);
    if (snapshot && before !== undefined && before !== row.total) changed.add(row.contestantId);
    lastTotals.set(row.contestantId, row.total);
  }
  snapshot = next;
  renderRows(changed);
}

function setConnection(state) {
  connectionState = state;
  const badge = $('connection');
  badge.dataset.state = state;
  renderHeader();
}

function connect() {
  connection = connectLive('/hubs/leaderboard', {
    handlers: { leaderboard: (board) => live.whole(board), leaderboardChanges: (changes) => live.changes(changes) },
    join: (hub) => hub.invoke('Watch', competitionId),
    onState: setConnection,
  });
}

installLanguageSwitch($('lang'), () => { renderHeader(); renderRows(new Set()); });
if (hall) {
  document.body.classList.add('hall');
  setInterval(() => { page++; paginate(); }, pageSeconds * 1000);
  window.addEventListener('resize', paginate);
}
try {
  definition = await api(`/api/competitions/${competitionId}`);
  renderHeader();
  live.whole(await api(`/api/competitions/${competitionId}/leaderboard`));
  connect();
} catch (error) {
  if (error instanceof ApiError && error.status === 404) {
    $('not-found').classList.remove('hidden');
    $('leaderboard').classList.add('hidden');
  } else {
    throw error;
  }
}
