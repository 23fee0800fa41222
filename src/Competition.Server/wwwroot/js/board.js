// A competition's live leaderboard: snapshot on join, then pushes over SignalR; stale versions are ignored.
import { api, ApiError } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';

const competitionId = Number(location.pathname.split('/').filter(Boolean).pop());
let definition = null;
let snapshot = null;
let connectionState = 'connecting';
const lastTotals = new Map();

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function header(text, className) {
  const th = document.createElement('th');
  th.textContent = text;
  if (className) th.className = className;
  return th;
}

// A module column shows what the module adds to the total (raw total × weight), so the columns add up.
function moduleHeader(module) {
  const th = header(module.name, 'module number');
  if (Number(module.weight) !== 1) {
    const weight = document.createElement('small');
    weight.className = 'weight';
    weight.textContent = `×${Number(module.weight)}`;
    th.append(weight);
  }
  return th;
}

function renderHeader() {
  if (!definition) return;
  document.title = `${definition.name} · ${t('index.board')}`;
  document.getElementById('name').textContent = definition.name;
  document.getElementById('occupation').textContent = definition.occupation;
  const status = document.getElementById('status');
  status.className = `badge ${definition.status}`;
  status.textContent = t(`status.${definition.status}`);
  document.getElementById('columns').replaceChildren(
    header(t('board.rank'), 'rank'),
    header(t('board.bib')),
    header(t('board.name')),
    header(t('board.employer'), 'employer'),
    ...definition.markingScheme.modules.map((m) => moduleHeader(m)),
    header(t('board.total'), 'number'),
    ...(definition.rules.standardisedScale ? [header(t('board.standardised'), 'standardised number')] : []));
  document.getElementById('connection').textContent = t(`board.${connectionState}`);
}

function renderRows(changed) {
  if (!definition || !snapshot) return;
  const rows = snapshot.rows.map((row) => {
    const tr = document.createElement('tr');
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
      cell(row.name),
      cell(row.employer, 'employer'),
      ...definition.markingScheme.modules.map((m) => cell((Number(modules.get(m.id) ?? 0) * Number(m.weight)).toFixed(2), 'module number')),
      cell(Number(row.total).toFixed(2), 'total number'),
      ...(definition.rules.standardisedScale ? [cell(row.standardised ?? '', 'standardised number')] : []));
    return tr;
  });
  document.getElementById('rows').replaceChildren(...rows);
  document.getElementById('version').textContent = snapshot.version;
  document.body.dataset.version = snapshot.version;
}

function accept(next) {
  if (snapshot && next.version <= snapshot.version) return;
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
  const badge = document.getElementById('connection');
  badge.dataset.state = state;
  renderHeader();
}

async function connect() {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/leaderboard')
    .withAutomaticReconnect()
    .build();
  connection.on('leaderboard', accept);
  connection.onreconnecting(() => setConnection('reconnecting'));
  // A reconnection is a new connection: join the competition's group again.
  connection.onreconnected(async () => {
    await connection.invoke('Watch', competitionId);
    setConnection('live');
  });
  connection.onclose(() => {
    setConnection('offline');
    setTimeout(connect, 5000);
  });
  try {
    await connection.start();
    await connection.invoke('Watch', competitionId);
    setConnection('live');
  } catch {
    setConnection('offline');
    setTimeout(connect, 5000);
  }
}

installLanguageSwitch(document.getElementById('lang'), () => { renderHeader(); renderRows(new Set()); });
try {
  definition = await api(`/api/competitions/${competitionId}`);
  renderHeader();
  accept(await api(`/api/competitions/${competitionId}/leaderboard`));
  await connect();
} catch (error) {
  if (error instanceof ApiError && error.status === 404) {
    document.getElementById('not-found').classList.remove('hidden');
    document.getElementById('leaderboard').classList.add('hidden');
  } else {
    throw error;
  }
}
