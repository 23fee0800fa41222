// The venue's wall: every live competition with its top places, updating live, and a QR code that
// opens the competition's board on a phone.
import { qrSvg } from './qr.js';
import { api } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';
import { LiveBoard } from './live-board.js';
import { connectLive } from './live.js';

const TOP = 5;
const boards = new Map(); // competition id → LiveBoard
let competitions = [];


function card(competition) {
  const article = document.createElement('article');
  article.className = 'panel venue-card';
  article.dataset.competitionId = competition.id;
  const url = `${location.origin}/board/${competition.id}`;
  const main = document.createElement('div');
  main.innerHTML = '<h2></h2><p class="occupation"></p><p class="phase"></p><table><tbody></tbody></table>';
  main.querySelector('h2').textContent = competition.name;
  main.querySelector('.occupation').textContent = competition.occupation;
  const qr = document.createElement('a');
  qr.className = 'qr';
  qr.href = url;
  // The SVG comes from the QR library for our own URL: no outside markup.
  qr.innerHTML = qrSvg(url, 2);
  qr.append(t('venue.scan'));
  article.append(main, qr);
  return article;
}

function renderBoard(competitionId) {
  const article = document.querySelector(`[data-competition-id="${competitionId}"]`);
  const board = boards.get(competitionId)?.board;
  if (!article || !board) return;
  const phase = article.querySelector('.phase');
  phase.textContent = board.phase === 'live' ? '' : t(`board.phase.${board.phase}`);
  // During the ceremony the wall shows what the board shows: revealed places only.
  const rows = board.rows.slice(0, TOP).map((row) => {
    const tr = document.createElement('tr');
    const cells = row.hidden
      ? [row.rank, t('board.toBeRevealed'), '', '']
      : [row.rank ?? t('board.outOfRanking'), `${row.bib} ${row.name}`, row.employer, Number(row.total).toFixed(2)];
    ['rank', 'name', 'employer', 'total'].forEach((cls, i) => {
      const td = document.createElement('td');
      td.className = cls;
      td.textContent = cells[i];
      tr.append(td);
    });
    return tr;
  });
  article.querySelector('tbody').replaceChildren(...rows);
}

function render() {
  document.getElementById('competitions').replaceChildren(...competitions.map(card));
  document.getElementById('empty').classList.toggle('hidden', competitions.length > 0);
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
  document.getElementById('clock').textContent = new Date().toLocaleString(document.documentElement.lang);
}

installLanguageSwitch(document.getElementById('lang'), render);
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
