// The competition list: one card per competition with its board and the judges' page.
import { api } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';
import './wages-i18n.js';

let competitions = [];

function render() {
  const list = document.getElementById('competitions');
  list.replaceChildren(...competitions.map((c) => {
    const card = document.createElement('article');
    card.className = 'panel card';
    card.dataset.competitionId = c.id;
    const title = document.createElement('h2');
    title.textContent = c.name;
    const occupation = document.createElement('p');
    occupation.textContent = c.occupation;
    const facts = document.createElement('p');
    const status = document.createElement('span');
    status.className = `badge ${c.status}`;
    status.textContent = t(`status.${c.status}`);
    facts.append(status, ` ${c.contestantCount} ${t('index.contestants')} · ${c.judgeCount} ${t('index.judges')}`);
    const actions = document.createElement('div');
    actions.className = 'actions';
    const board = Object.assign(document.createElement('a'), { className: 'button', href: `/board/${c.id}`, textContent: t('index.board') });
    const judge = Object.assign(document.createElement('a'), { className: 'button secondary', href: `/judge?competition=${c.id}`, textContent: t('index.judge') });
    const chief = Object.assign(document.createElement('a'), { className: 'button secondary', href: `/chief?competition=${c.id}`, textContent: t('index.chief') });
    const results = Object.assign(document.createElement('a'), { className: 'button secondary', href: `/results/${c.id}`, textContent: t('results.title') });
    actions.append(board, judge, chief, results);
    card.append(title, occupation, facts, actions);
    return card;
  }));
  document.getElementById('empty').classList.toggle('hidden', competitions.length > 0);
}

installLanguageSwitch(document.getElementById('lang'), render);
competitions = await api('/api/competitions');
render();
