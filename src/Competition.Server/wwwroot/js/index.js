// The competition list: what is under way, what is coming up (grouped by its first day), what is not yet
// scheduled and what has finished; archived competitions only on request. One card per competition with
// its board, the judges' page, the chief judge's console and the results.
import { api } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';
import { $, element } from './dom.js';
import './wages-i18n.js';
import './reports-i18n.js';
import { today } from './dates.js';

let competitions = [];
const started = ['live', 'resultsLocked'];
const finished = ['published', 'archived'];


function card(c) {
  const link = (href, key, secondary = true) => element('a', { className: `button${secondary ? ' secondary' : ''}`, href, textContent: t(key) });
  const days = c.startsOn ? (c.endsOn && c.endsOn !== c.startsOn ? t('index.days', { from: c.startsOn, to: c.endsOn }) : c.startsOn) : '';
  return element('article', { className: 'panel card', dataset: { competitionId: c.id } },
    element('h4', { textContent: c.name }),
    element('p', { textContent: [c.occupation, c.hostOrganization, c.venue].filter(Boolean).join(' · ') }),
    element('p', {}, element('span', { className: `badge ${c.status}`, textContent: t(`status.${c.status}`) }),
      ` ${days} ${c.contestantCount} ${t('index.contestants')} · ${c.judgeCount} ${t('index.judges')}`),
    element('div', { className: 'actions' },
      link(`/board/${c.id}`, 'index.board', false), link(`/judge?competition=${c.id}`, 'index.judge'),
      link(`/chief?competition=${c.id}`, 'index.chief'), link(`/results/${c.id}`, 'results.title')));
}

function groups() {
  const day = today();
  const now = competitions.filter((c) => started.includes(c.status));
  const past = competitions.filter((c) => finished.includes(c.status));
  const waiting = competitions.filter((c) => c.status === 'draft');
  const upcoming = waiting.filter((c) => c.startsOn).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const byDay = Map.groupBy(upcoming, (c) => (c.startsOn < day ? day : c.startsOn));
  return [
    ['index.now', null, now],
    ...[...byDay].map(([date, list]) => ['index.upcoming', date, list]),
    ['index.undated', null, waiting.filter((c) => !c.startsOn)],
    ['index.past', null, past],
  ].filter(([, , list]) => list.length > 0);
}

function render() {
  $('competitions').replaceChildren(...groups().map(([key, date, list]) => element('section', { className: 'day-group' },
    element('h3', { textContent: date ? `${t(key)} · ${date}` : t(key) }),
    element('div', { className: 'grid' }, ...list.map(card)))));
  $('empty').classList.toggle('hidden', competitions.length > 0);
}

async function load() {
  competitions = await api(`/api/competitions?pageSize=500${$('show-archived').checked ? '' : '&archived=false'}`);
  render();
}

installLanguageSwitch($('lang'), render);
$('show-archived').addEventListener('change', load);
await load();
