// The competition day in the organizer console: sessions and workstations, the draw with its sheet, seats
// and moves, check-in, contestants' badges, paper marking forms, and the decryption of a blind competition.
import { t } from './i18n.js';
import { $, button, cell, element, table } from './dom.js';
import { localDateTime, venueTime } from './dates.js';
import { qrSvg } from './qr.js';

/**
 * @param call   an API call with the organizer's token
 * @param act    runs a change, shows what it did or why not
 * @param change asks for fields in the dialog, then sends them
 * @param reload reads the competition again
 */
export function competitionDay({ call, act, change, reload }) {
  let current = null; // { view, draw }
  const path = (p) => `/api/competitions/${current.view.id}${p}`;
  const sessionText = (n) => {
    const session = current.view.sessions?.[n - 1];
    return session ? t('day.sessionAt', { n, at: localDateTime(session.startsAt) }) : '';
  };
  const firstStarted = () => {
    const first = current.view.sessions?.[0];
    return first ? new Date(first.startsAt) <= new Date() : false;
  };
  const hidden = () => current.view.blinding?.hidden;

  // ---- sessions and workstations: editable in draft ----

  function sessionRow(session = {}) {
    const n = $('session-rows').children.length + 1;
    const starts = element('input', { type: 'datetime-local', id: `session-start-${n}`, required: true,
      value: session.startsAt ? localDateTime(session.startsAt).replace(' ', 'T') : '' });
    const minutes = element('input', { type: 'number', id: `session-minutes-${n}`, min: '1', max: '1440', value: session.minutes ?? 180, className: 'narrow-number' });
    const row = element('div', { className: 'session-row' },
      element('div', { className: 'field' }, element('label', { htmlFor: starts.id, textContent: t('day.sessionStarts', { n }) }), starts),
      element('div', { className: 'field' }, element('label', { htmlFor: minutes.id, textContent: t('day.minutes') }), minutes),
      button('day.removeSession', () => { row.remove(); }, 'secondary remove'));
    $('session-rows').append(row);
  }

  function renderSessions() {
    const { view } = current;
    const draft = view.status === 'draft';
    $('workstations').value = view.workstations ?? '';
    $('session-rows').replaceChildren();
    for (const session of view.sessions ?? []) sessionRow(session);
    for (const control of $('sessions-form').querySelectorAll('input, button')) control.disabled = !draft;
    $('sessions-fixed').classList.toggle('hidden', draft);
  }

  async function saveSessions(event) {
    event.preventDefault();
    const sessions = [...$('session-rows').children].map((row) => {
      const [starts, minutes] = row.querySelectorAll('input');
      return { startsAt: starts.value ? venueTime(starts.value) : null, minutes: Number(minutes.value) };
    });
    const workstations = $('workstations').value === '' ? null : Number($('workstations').value);
    await act(async () => {
      $('sessions-errors').textContent = '';
      try {
        await call(path('/sessions'), { method: 'PUT', body: { workstations, sessions } });
      } catch (error) {
        $('sessions-errors').textContent = error.message;
        throw error;
      }
      await reload();
    }, t('day.sessionsSaved'));
  }

  // ---- the draw ----

  function renderDraw() {
    const { view, draw } = current;
    const facts = [];
    const fact = (key, value, className = 'mono') => facts.push(element('dt', { textContent: t(key) }), element('dd', { className, textContent: value }));
    if (draw) {
      fact('day.commitment', draw.commitment);
      if (draw.seed) {
        fact('day.round', String(draw.round), '');
        fact('day.drawnAt', localDateTime(draw.drawnAt), '');
        fact('day.seed', draw.seed);
        if (draw.reason) fact('day.reason', draw.reason, '');
        if (draw.nextCommitment) fact('day.nextCommitment', draw.nextCommitment);
      }
    }
    $('draw-state').replaceChildren(draw?.seed ? '' : element('p', { className: 'muted', textContent: t('day.beforeDraw') }),
      element('dl', { className: 'facts' }, ...facts));
    const open = ['draft', 'live'].includes(view.status) && !view.resultsLocked && !firstStarted();
    const controls = [];
    if (open && !draw?.seed) {
      controls.push(button('day.draw', () => act(async () => { await call(path('/draw'), { method: 'POST' }); await reload(); }, t('day.drawn'))));
    } else if (open) {
      controls.push(button('day.redraw', () => change(t('day.redrawTitle'), [{ key: 'reason', label: 'org.reason', required: true, maxLength: 1000 }],
        (v) => call(path('/draw'), { method: 'POST', body: v }), t('day.drawn')), 'secondary'));
    }
    if (draw?.seed) controls.push(button('day.printDrawSheet', () => print(drawSheet()), 'secondary'));
    $('draw-controls').replaceChildren(...controls);

    const seated = [...view.contestants].sort((a, b) => (a.drawnNumber ?? '~').localeCompare(b.drawnNumber ?? '~') || a.bib.localeCompare(b.bib));
    const movable = view.status !== 'archived' && !view.resultsLocked && view.workstations && laterSessions().length > 0;
    const state = (c) => (c.withdrawal ? t(`org.withdrawal.${c.withdrawal}`) : c.checkedInAt ? t('day.checkedInAt', { at: localDateTime(c.checkedInAt) }) : '');
    table('seats', ['day.number', 'day.session', 'day.workstation', 'org.bib', 'org.personName', 'org.employer', 'org.state', ''],
      seated.map((c) => element('tr', { dataset: { contestantId: c.id } },
        cell(c.drawnNumber ?? '—', 'mono'), cell(c.session ? String(c.session) : '—'), cell(c.workstation ? String(c.workstation) : '—'),
        cell(c.bib, 'mono'), cell(c.name), cell(c.employer), cell(state(c)),
        cell(movable && c.drawnNumber && c.withdrawal !== 'withdrawn' ? button('day.move', () => move(c), 'secondary') : ''))));
  }

  /** Sessions a contestant may still be moved to: those not started yet. */
  const laterSessions = () => (current.view.sessions ?? []).map((session, i) => ({ session, n: i + 1 }))
    .filter(({ session }) => new Date(session.startsAt) > new Date());

  function move(c) {
    change(t('day.moveTitle', { name: c.name, number: c.drawnNumber }),
      [{ key: 'session', label: 'day.session', options: laterSessions().map(({ n }) => ({ value: String(n), label: sessionText(n) })) },
        { key: 'workstation', label: 'day.workstation', required: true, maxLength: 4 },
        { key: 'reason', label: 'org.reason', required: true, maxLength: 1000 }],
      (v) => call(path(`/contestants/${c.id}/move`), { method: 'POST', body: { session: Number(v.session), workstation: Number(v.workstation), reason: v.reason } }),
      t('day.moved', { number: c.drawnNumber }));
  }

  // ---- check-in, badges, forms ----

  function renderTools() {
    const { view } = current;
    const checkedIn = view.contestants.filter((c) => c.checkedInAt).length;
    const noShows = view.contestants.filter((c) => c.withdrawal === 'noShow').length;
    $('checkin-summary').textContent = t('day.checkinSummary', { checkedIn, total: view.contestants.length, noShows });
    const sessionChoice = element('select', { id: 'forms-session' },
      ...(view.sessions?.length ? view.sessions.map((_, i) => element('option', { value: String(i + 1), textContent: sessionText(i + 1) }))
        : [element('option', { value: '', textContent: t('day.allContestants') })]));
    $('day-tools').replaceChildren(
      element('a', { className: 'button', href: `/checkin?competition=${view.id}`, textContent: t('day.openCheckin') }),
      button('day.printBadges', () => print(badges()), 'secondary'),
      element('label', { htmlFor: 'forms-session', className: 'inline', textContent: t('day.formsFor') }), sessionChoice,
      button('day.printForms', () => act(async () => {
        const forms = await call(path(`/marking-forms${sessionChoice.value ? `?session=${sessionChoice.value}` : ''}`));
        print(markingForms(forms));
      }), 'secondary'));
  }

  // ---- blind judging and decryption ----

  function renderBlinding() {
    const { view } = current;
    const blinding = view.blinding;
    const lines = [t(!blinding?.blind ? 'day.notBlind' : blinding.decrypted ? 'day.decrypted' : 'day.blind')];
    // The ledger names a judge by id: the console shows their name.
    const who = (actor) => view.judges.find((j) => actor === `judge:${j.id}`)?.name ?? actor;
    for (const c of blinding?.confirmations ?? []) lines.push(t('day.confirmedBy', { party: t(`day.party.${c.party}`), who: who(c.actor), at: localDateTime(c.at) }));
    $('blind-state').replaceChildren(...lines.map((line) => element('p', { textContent: line })));
    const mine = blinding?.confirmations?.some((c) => c.party === 'organizer');
    const may = blinding?.blind && !blinding.decrypted && view.resultsLocked && !mine && view.status !== 'archived';
    $('blind-controls').replaceChildren(...(may ? [button('day.decrypt', () => confirm(t('day.decryptConfirm')) && act(async () => {
      await call(path('/decrypt'), { method: 'POST' });
      await reload();
    }, t('day.decryptConfirmed')))] : []));
    if (blinding?.blind && !view.resultsLocked) $('blind-controls').append(element('p', { className: 'muted', textContent: t('day.decryptAfterLock') }));
  }

  // ---- printouts: A4, in the page's language ----

  function print(nodes) {
    $('pin-slips').replaceChildren();
    $('day-print').replaceChildren(...nodes);
    window.print();
  }

  const heading = (key) => [element('p', { className: 'slip-heading', textContent: t(key) }), element('h2', { textContent: current.view.name })];

  function drawSheet() {
    const { view, draw } = current;
    const byNumber = [...view.contestants].filter((c) => c.drawnNumber).sort((a, b) => a.drawnNumber.localeCompare(b.drawnNumber));
    // The contestant id is what the draw shuffles: a witness recomputes from these.
    const rows = byNumber.map((c) => element('tr', {}, cell(c.drawnNumber, 'mono'), cell(c.session ? sessionText(c.session) : '—'),
      cell(c.workstation ? String(c.workstation) : '—'), cell(String(c.id), 'mono'), cell(c.bib, 'mono'), cell(c.name), cell(c.employer)));
    const headings = ['day.number', 'day.session', 'day.workstation', 'day.contestantId', 'org.bib', 'org.personName', 'org.employer'];
    const signature = (key) => element('div', { className: 'signature' }, element('span', { textContent: t(key) }), element('span', { className: 'line' }),
      element('span', { textContent: t('day.signDate') }), element('span', { className: 'line short' }));
    return [element('article', { className: 'sheet draw-sheet' }, ...heading('day.drawSheet'),
      element('dl', { className: 'facts' },
        element('dt', { textContent: t('day.round') }), element('dd', { textContent: `${draw.round}${draw.reason ? `（${draw.reason}）` : ''}` }),
        element('dt', { textContent: t('day.drawnAt') }), element('dd', { textContent: localDateTime(draw.drawnAt) }),
        element('dt', { textContent: t('day.commitment') }), element('dd', { className: 'mono', textContent: draw.commitment }),
        element('dt', { textContent: t('day.seed') }), element('dd', { className: 'mono', textContent: draw.seed })),
      element('p', { className: 'small', textContent: t('day.algorithm') }),
      element('table', {}, element('thead', {}, element('tr', {}, ...headings.map((h) => element('th', { textContent: t(h) })))), element('tbody', {}, ...rows)),
      view.rules.blind ? element('p', { className: 'seal', textContent: t('day.sealed') }) : null,
      element('div', { className: 'signatures' }, signature('day.sign.supervisor'), signature('day.sign.chief'), signature('day.sign.organizer')))];
  }

  function badges() {
    const { view } = current;
    const board = `${location.origin}/board/${view.id}`;
    return [element('div', { className: 'badges' }, ...view.contestants.filter((c) => c.drawnNumber && c.withdrawal !== 'withdrawn').sort((a, b) => a.drawnNumber.localeCompare(b.drawnNumber)).map((c) => {
      const qr = element('div', { className: 'slip-qr' });
      qr.innerHTML = qrSvg(board);
      return element('article', { className: 'badge-card' },
        element('p', { className: 'slip-heading', textContent: t('day.badge') }),
        element('h3', { textContent: view.name }),
        element('p', { className: 'badge-number mono', textContent: c.drawnNumber }),
        element('dl', { className: 'facts' },
          element('dt', { textContent: t('day.session') }), element('dd', { textContent: c.session ? sessionText(c.session) : '—' }),
          element('dt', { textContent: t('day.workstation') }), element('dd', { textContent: c.workstation ? String(c.workstation) : '—' }),
          ...(view.rules.blind ? [] : [element('dt', { textContent: t('org.personName') }), element('dd', { textContent: c.name })])),
        qr, element('p', { className: 'small', textContent: t('day.badgeScan') }));
    }))];
  }

  function markingForms(forms) {
    const { view } = current;
    const levels = (aspect) => (aspect.kind === 'judgement'
      ? element('ol', { className: 'levels', start: 0 }, ...[0, 1, 2, 3].map((n) => element('li', { textContent: aspect.levels?.[n] || t(`judge.level${n}`) })))
      : element('p', { className: 'small', textContent: aspect.kind === 'measurement'
        ? t('day.measurementHint', { max: aspect.maxMark, deductions: (aspect.deductions ?? []).join('、') || '—' })
        : t('day.gradedHint', { max: aspect.maxMark }) }));
    return forms.map((form) => element('article', { className: 'sheet form-sheet', dataset: { judgeId: form.judgeId } }, ...heading('day.formTitle'),
      element('dl', { className: 'facts' },
        element('dt', { textContent: t('day.judge') }), element('dd', { textContent: form.judgeName }),
        element('dt', { textContent: t('day.session') }), element('dd', { textContent: form.session ? sessionText(form.session) : t('day.allContestants') })),
      element('section', { className: 'aspects' }, ...form.aspects.map((a) => element('div', {},
        element('h4', { textContent: `${a.module} · ${a.aspect.name}（${t(`org.kind.${a.aspect.kind}`)}，${t('org.maxMark')} ${a.aspect.maxMark}）` }), levels(a.aspect)))),
      element('table', {},
        element('thead', {}, element('tr', {}, element('th', { textContent: t(view.rules.blind && hidden() ? 'day.number' : 'day.contestant') }),
          element('th', { textContent: t('day.workstation') }), ...form.aspects.map((a) => element('th', { textContent: a.aspect.name })))),
        element('tbody', {}, ...form.rows.map((row) => element('tr', {}, cell(row.label, 'mono'), cell(row.workstation ? String(row.workstation) : '—'),
          ...form.aspects.map((a) => cell(row.aspectIds.includes(a.aspect.id) ? '' : '／', 'box')))))),
      element('p', { className: 'small', textContent: t('day.formKeyIn') }),
      element('div', { className: 'signatures' }, element('div', { className: 'signature' }, element('span', { textContent: t('day.sign.judge') }),
        element('span', { className: 'line' }), element('span', { textContent: t('day.signDate') }), element('span', { className: 'line short' })))));
  }

  $('sessions-form').addEventListener('submit', saveSessions);
  $('add-session').addEventListener('click', () => sessionRow());

  return {
    render(competition) {
      current = competition;
      renderSessions();
      renderDraw();
      renderTools();
      renderBlinding();
    },
  };
}
