// Check-in (检录): a steward finds a contestant by what is at hand (the ID card's last four characters, the
// bib, the drawn number or the name), compares the masked ID, sees session and workstation, checks them in.
import { describeError } from './api.js';
import { installLanguageSwitch, t, addTranslations } from './i18n.js';
import { $, element } from './dom.js';
import { consoleShell } from './console-shell.js';
import { localDateTime } from './dates.js';

addTranslations({
  'zh-CN': {
    'checkin.title': '检录', 'checkin.signIn': '检录人员登录（组织者账号）', 'checkin.notOrganizer': '此账号不是竞赛组织者账号。',
    'checkin.competition': '竞赛', 'checkin.find': '身份证后四位、参赛编号、抽签号或姓名', 'checkin.search': '查找',
    'checkin.summary': '已检录 {checkedIn}/{total} 人 · 缺考 {noShows} 人', 'checkin.none': '没有找到这位选手。',
    'checkin.nationalId': '身份证', 'checkin.bib': '参赛编号', 'checkin.number': '抽签号', 'checkin.employer': '单位',
    'checkin.seat': '第 {session} 场 · {workstation} 号工位', 'checkin.noSeat': '尚未分配场次和工位', 'checkin.startsAt': '开始 {at}',
    'checkin.checkIn': '检录通过', 'checkin.done': '{name} 已检录。', 'checkin.checkedIn': '已检录：{at}（{by}）',
    'checkin.noShow': '缺考：场次已开始，需由组织者调至后面的场次', 'checkin.withdrawn': '已退赛', 'checkin.noCompetitions': '今天没有可检录的竞赛。',
  },
  en: {
    'checkin.title': 'Check-in', 'checkin.signIn': 'Check-in staff sign-in (organizer account)', 'checkin.notOrganizer': 'This account is not an organizer\'s.',
    'checkin.competition': 'Competition', 'checkin.find': 'ID card\'s last four, bib, drawn number or name', 'checkin.search': 'Find',
    'checkin.summary': '{checkedIn}/{total} checked in · {noShows} no-shows', 'checkin.none': 'No such contestant.',
    'checkin.nationalId': 'ID card', 'checkin.bib': 'Bib', 'checkin.number': 'Number', 'checkin.employer': 'Employer',
    'checkin.seat': 'Session {session} · workstation {workstation}', 'checkin.noSeat': 'No session or workstation yet', 'checkin.startsAt': 'starts {at}',
    'checkin.checkIn': 'Check in', 'checkin.done': '{name} checked in.', 'checkin.checkedIn': 'Checked in: {at} ({by})',
    'checkin.noShow': 'No-show: the session has started; an organizer moves them to a later one', 'checkin.withdrawn': 'Withdrawn', 'checkin.noCompetitions': 'No competition to check in today.',
  },
});

const sessionKey = 'competition.checkin';
let entries = [];
let everyone = [];

const competitionId = () => $('competition').value;

async function loadCompetitions() {
  const wanted = new URLSearchParams(location.search).get('competition');
  const listed = await call('/api/competitions?status=draft,live&pageSize=200');
  if (wanted && !listed.some((c) => String(c.id) === wanted)) {
    const one = await call(`/api/competitions/${wanted}`).catch(() => null);
    if (one) listed.unshift(one);
  }
  $('competition').replaceChildren(...listed.map((c) => element('option', { value: c.id, textContent: c.name })));
  if (wanted) $('competition').value = wanted;
  if (listed.length === 0) say(t('checkin.noCompetitions'), false);
}

async function search(event) {
  event?.preventDefault();
  if (!competitionId()) return;
  const q = $('q').value.trim();
  try {
    everyone = await call(`/api/competitions/${competitionId()}/check-in`);
    entries = q ? await call(`/api/competitions/${competitionId()}/check-in?q=${encodeURIComponent(q)}`) : everyone;
    render();
    if (q && entries.length === 0) say(t('checkin.none'), false);
  } catch (error) {
    say(describeError(error), false);
  }
}

function render() {
  $('summary').textContent = t('checkin.summary', {
    checkedIn: everyone.filter((e) => e.checkedInAt).length, total: everyone.length, noShows: everyone.filter((e) => e.withdrawal === 'noShow').length,
  });
  $('entries').replaceChildren(...entries.map((e) => {
    const facts = [['checkin.nationalId', e.nationalId ?? '—'], ['checkin.bib', e.bib], ['checkin.number', e.drawnNumber ?? '—'], ['checkin.employer', e.employer]];
    const seat = e.session ? t('checkin.seat', { session: e.session, workstation: e.workstation }) : t('checkin.noSeat');
    const state = e.withdrawal === 'noShow' ? t('checkin.noShow') : e.withdrawal ? t('checkin.withdrawn')
      : e.checkedInAt ? t('checkin.checkedIn', { at: localDateTime(e.checkedInAt), by: e.checkedInBy ?? '' }) : '';
    const item = element('li', { className: `entry ${e.checkedInAt ? 'done' : e.withdrawal ? 'absent' : ''}`, dataset: { contestantId: e.contestantId } },
      element('h2', { textContent: e.name }),
      element('p', { className: 'seat', textContent: seat }),
      e.sessionStartsAt ? element('p', { textContent: t('checkin.startsAt', { at: localDateTime(e.sessionStartsAt) }) }) : null,
      element('dl', {}, ...facts.flatMap(([key, value]) => [element('dt', { textContent: t(key) }), element('dd', { className: key === 'checkin.employer' ? '' : 'mono', textContent: value })])),
      state ? element('p', { className: 'state', textContent: state }) : null);
    if (!e.checkedInAt && !e.withdrawal) {
      item.append(element('button', { type: 'button', textContent: t('checkin.checkIn'), onclick: () => checkIn(e) }));
    }
    return item;
  }));
}

async function checkIn(entry) {
  try {
    await call(`/api/competitions/${competitionId()}/contestants/${entry.contestantId}/check-in`, { method: 'POST' });
    say(t('checkin.done', { name: entry.name }));
    await search();
  } catch (error) {
    say(describeError(error), false);
    await search();
  }
}

async function showConsole(session) {
  $('who').textContent = `· ${session.organization ?? ''}`;
  await loadCompetitions();
  await search();
}

const shell = consoleShell({
  sessionKey, roles: ['administrator', 'organizer'], titleKey: 'checkin.signIn', notAllowedKey: 'checkin.notOrganizer', onSignedIn: showConsole, messageId: 'message',
});
const { call, say } = shell;
$('search').addEventListener('submit', search);
$('competition').addEventListener('change', () => { $('q').value = ''; search(); });
installLanguageSwitch($('lang'), () => { if (shell.session()) render(); });
await shell.start();
