// The venue's wall: every live competition with its top places, updating live, and a QR code that
// opens the competition's board on a phone.
import { qrSvg } from './qr.js';
import { api } from './api.js';
import { $, cell, element } from './dom.js';
import { installLanguageSwitch, t } from './i18n.js';
import { LiveBoard } from './live-board.js';
import { connectLive } from './live.js';

const TOP = 5;
const boards = new Map(); // competition id → LiveBoard
let competitions = [];

function card(competition) {
  const url = `${location.origin}/board/${competition.id}`;
  // The SVG comes from the QR library for our own URL: no outside markup.
  const qr = element('a', { className: 'qr', href: url, innerHTML: qrSvg(url, 2) });
  qr.append(t('venue.scan'));
  return element('article', { className: 'panel venue-card', dataset: { competitionId: competition.id } },
    element('div', {},
      element('h2', { textContent: competition.name }), element('p', { className: 'occupation', textContent: competition.occupation }),
      element('p', { className: 'phase' }), element('table', {}, element('tbody'))),
    qr);
}

function renderBoard(competitionId) {
  const article = document.querySelector(`[data-competition-id="${competitionId}"]`);
  const board = boards.get(competitionId)?.board;
  if (!article || !board) return;
  const phase = article.querySelector('.phase');
  phase.textContent = board.phase === 'live' ? '' : t(`board.phase.${board.phase}`);
  // During the ceremony the wall shows what the board shows: revealed places only.
  const rows = board.rows.slice(0, TOP).map((row) => {
    const cells = row.hidden
      ? [row.rank, t('board.toBeRevealed'), '', '']
      : [row.rank ?? t('board.outOfRanking'), `${row.bib} ${row.name}`, row.employer, Number(row.total).toFixed(2)];
    return element('tr', {}, ...['rank', 'name', 'employer', 'total'].map((className, i) => cell(cells[i], className)));
  });
  article.querySelector('tbody').replaceChildren(...rows);
}

function render() {
  $('competitions').replaceChildren(...competitions.map(card));
  $('empty').classList.toggle('hidden', competitions.length > 0);
  competitions.forEach((c) => renderBoard(c.id));
}

function connect() {
  const connection = connectLive('/hubs/leaderboard', {
    handlers: {
      leaderboard: (board) => boards.get(board.competitionId)?.whole(board),
      leaderboardChanges: (changes) => boards.get(changes.competitionId)?.changes(changes),
    },
    join: (hub) => Promise.all(competitions.map((c) => hub.invoke('Watch', c.id))),
  });
  for (const c of competitions) {
    boards.get(c.id).onGap = () => connection.invoke('Watch', c.id).catch(() => {});
  }
}

function tick() {
  $('clock').textContent = new Date().toLocaleString(document.documentElement.lang);
}

installLanguageSwitch($('lang'), render);
competitions = await api('/api/competitions?status=live&on=today&pageSize=500');
// The current boards over HTTP first, so the wall is full at once; then live updates.
for (const board of await Promise.all(competitions.map((c) => api(`/api/competitions/${c.id}/leaderboard`)))) {
  const live = new LiveBoard(() => renderBoard(board.competitionId), () => {});
  live.whole(board);
  boards.set(board.competitionId, live);
}
render();
tick();
setInterval(tick, 1000);
connect();
