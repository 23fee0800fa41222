// The organizer console: every competition the account may run (its organisation's and those below),
// filtered and paged; creating one from scratch, a template or an earlier competition; its profile,
// scheme and rules; registration from spreadsheets and PIN slips; the day's controls from start to
// archive. The server decides every right; this page only offers what the state allows.
import { api, apiPage, ApiError, describeError, downloadFile, postFile } from './api.js';
import { installLanguageSwitch, t } from './i18n.js';
import { $, button, cell, element, rowProblems, table } from './dom.js';
import { consoleShell } from './console-shell.js';
import { subtreeOf } from './organization-scope.js';
import { schemeEditor } from './scheme-editor.js';
import { defaultRules, rulesEditor } from './rules-editor.js';
import { qrSvg } from './qr.js';
import { localDateTime } from './dates.js';
import { competitionDay } from './organize-day.js';
import './organize-i18n.js';

const sessionKey = 'competition.organize';
const pageSize = 20;
const statuses = ['draft', 'live', 'resultsLocked', 'published', 'archived'];
const levels = ['enterprise', 'district', 'municipal', 'provincial'];

let organizations = [];
let list = { items: [], total: 0, page: 1 };
let current = null; // { view, board, corrections, promotion, ruleSets, draw }
let tab = 'overview';
/** PINs answered by the server this session (judge id → PIN): shown once, printed from here. */
const pins = new Map();

const competitionPath = (path = '') => `/api/competitions/${current.view.id}${path}`;

// ---- the organisations an account may hold competitions for ----

const ownOrganizations = () => subtreeOf(organizations, shell.session());

const organizationName = (id) => organizations.find((o) => o.id === id)?.name ?? '';
const options = (values, labelOf, any) => [...(any ? [element('option', { value: '', textContent: t('org.any') })] : []),
  ...values.map((v) => element('option', { value: v.value ?? v, textContent: labelOf(v) }))];

// ---- field-by-field validation messages ----

/** Puts the API's validation messages next to the inputs they are about; the rest into the form's message. */
function showErrors(form, messageId, error) {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const loose = [];
  for (const [key, messages] of Object.entries(error?.problem?.errors ?? {})) {
    const name = key.toLowerCase();
    const control = [...form.querySelectorAll('[data-field]')].find((c) => {
      const field = c.dataset.field.toLowerCase();
      return name === field || name.endsWith(`.${field}`) || field.endsWith(`.${name}`);
    });
    if (!control) { loose.push(...messages); continue; }
    const note = element('p', { className: 'field-error', id: `${control.id}-error`, textContent: messages.join(' ') });
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', note.id);
    control.closest('.field')?.append(note);
  }
  const marked = form.querySelectorAll('[aria-invalid]').length > 0;
  $(messageId).textContent = !error ? '' : loose.length ? loose.join(' ') : marked ? t('org.checkFields') : describeError(error);
}

// ---- profile fields, shared by the new-competition form and the profile form ----

function profileFields(container) {
  const input = (path, props = {}) => element('input', { id: `${container.id}-${path}`, dataset: { field: path }, ...props });
  const hosts = ownOrganizations();
  const controls = {
    Name: input('Name', { required: true, maxLength: 200 }),
    Occupation: input('Occupation', { required: true, maxLength: 200, placeholder: '6-18-02-04 焊工' }),
    HostOrganizationId: element('select', { id: `${container.id}-HostOrganizationId`, dataset: { field: 'HostOrganizationId' } },
      ...options(hosts.map((o) => ({ value: o.id, name: o.name })), (o) => o.name)),
    Level: element('select', { id: `${container.id}-Level`, dataset: { field: 'Level' } }, ...options(levels, (l) => t(`org.level.${l}`), true)),
    Industry: input('Industry', { maxLength: 100 }),
    District: input('District', { maxLength: 100 }),
    Venue: input('Venue', { maxLength: 200 }),
    StartsOn: input('StartsOn', { type: 'date' }),
    EndsOn: input('EndsOn', { type: 'date' }),
  };
  const labels = { Name: 'org.name', Occupation: 'org.occupation', HostOrganizationId: 'org.host', Level: 'org.level', Industry: 'org.industry',
    District: 'org.district', Venue: 'org.venue', StartsOn: 'org.startsOn', EndsOn: 'org.endsOn' };
  container.replaceChildren(...Object.entries(controls).map(([key, control]) =>
    element('div', { className: 'field' }, element('label', { htmlFor: control.id, textContent: t(labels[key]) }), control)));
  return {
    set(v) {
      controls.Name.value = v.name ?? '';
      controls.Occupation.value = v.occupation ?? '';
      controls.HostOrganizationId.value = String(v.hostOrganizationId ?? shell.session().organizationId ?? hosts[0]?.id ?? '');
      controls.Level.value = v.level ?? '';
      for (const key of ['Industry', 'District', 'Venue', 'StartsOn', 'EndsOn']) controls[key].value = v[key[0].toLowerCase() + key.slice(1)] ?? '';
    },
    read: () => ({
      name: controls.Name.value.trim(), occupation: controls.Occupation.value.trim(),
      hostOrganizationId: controls.HostOrganizationId.value ? Number(controls.HostOrganizationId.value) : null,
      level: controls.Level.value || null, industry: controls.Industry.value.trim() || null, district: controls.District.value.trim() || null,
      venue: controls.Venue.value.trim() || null, startsOn: controls.StartsOn.value || null, endsOn: controls.EndsOn.value || null,
    }),
  };
}

// ---- the list ----

function filtersQuery() {
  const query = new URLSearchParams({ page: list.page, pageSize });
  for (const [name, id] of [['year', 'f-year'], ['status', 'f-status'], ['level', 'f-level'], ['industry', 'f-industry'], ['organization', 'f-organization'], ['q', 'f-q']]) {
    if ($(id).value.trim()) query.set(name, $(id).value.trim());
  }
  return query;
}

async function loadList() {
  list = { ...list, ...(await apiPage(`/api/competitions?${filtersQuery()}`, { token: shell.session().token })) };
  renderList();
}

const days = (c) => (c.startsOn ? (c.endsOn && c.endsOn !== c.startsOn ? `${c.startsOn} – ${c.endsOn}` : c.startsOn) : '—');
const statusChip = (status) => element('span', { className: `badge ${status}`, textContent: t(`status.${status}`) });

function renderList() {
  table('competition-list', ['org.col.name', 'org.col.host', 'org.col.level', 'org.col.days', 'org.col.status', 'org.col.people', ''],
    list.items.map((c) => element('tr', { dataset: { competitionId: c.id } },
      cell([element('strong', { textContent: c.name }), element('div', { className: 'muted', textContent: c.occupation })]),
      cell(c.hostOrganization ?? ''), cell(c.level ? t(`org.level.${c.level}`) : '—'), cell(days(c)), cell(statusChip(c.status)),
      cell(`${c.contestantCount} / ${c.judgeCount}`),
      cell(button('org.open', () => go(`#c/${c.id}`), 'secondary')))));
  const pages = Math.max(1, Math.ceil(list.total / pageSize));
  $('page-info').textContent = t('org.page', { page: list.page, pages, total: list.total });
  $('page-previous').disabled = list.page <= 1;
  $('page-next').disabled = list.page >= pages;
  $('list-empty').classList.toggle('hidden', list.items.length > 0);
}

function renderFilters() {
  const year = new Date().getFullYear();
  const keep = (id, build) => { const value = $(id).value; $(id).replaceChildren(...build()); $(id).value = value; };
  keep('f-year', () => options([year + 1, year, year - 1, year - 2, year - 3, year - 4].map(String), (y) => y, true));
  keep('f-status', () => options(statuses, (s) => t(`status.${s}`), true));
  keep('f-level', () => options(levels, (l) => t(`org.level.${l}`), true));
  // An organizer sees their own scope (their organisation and those below); an administrator all.
  const administrator = shell.session().roles.includes('administrator');
  keep('f-organization', () => options(ownOrganizations().map((o) => ({ value: o.id, name: o.name })), (o) => o.name, administrator));
  if (!$('f-organization').value) $('f-organization').value = administrator ? '' : String(shell.session().organizationId);
}

// ---- creating ----

let createProfile;
const createScheme = schemeEditor($('create-scheme'));
const createRules = rulesEditor($('create-rules'));

async function showCreate() {
  createProfile = profileFields($('create-profile'));
  createProfile.set({});
  createScheme.set({ modules: [{ name: '', weight: 1, aspects: [{ name: '', kind: 'measurement', maxMark: 10 }] }] });
  createRules.set(defaultRules);
  showErrors($('create-form'), 'create-errors', null);
  const [templates, earlier] = await Promise.all([call('/api/templates'),
    call(`/api/competitions?pageSize=100${shell.session().roles.includes('administrator') ? '' : `&organization=${shell.session().organizationId}`}`)]);
  $('source-template').replaceChildren(...templates.map((tpl) => element('option', { value: tpl.id, textContent: `${tpl.name}（${tpl.occupation}）` })));
  $('source-clone').replaceChildren(...earlier.map((c) => element('option', { value: c.id, textContent: c.name })));
}

async function useTemplate() {
  if (!$('source-template').value) return;
  const template = await act(() => call(`/api/templates/${$('source-template').value}`));
  if (!template) return;
  createProfile.set({ ...createProfile.read(), occupation: template.occupation });
  createScheme.set(template.markingScheme);
  createRules.set(template.rules);
}

async function cloneEarlier(id) {
  const copy = await act(() => call(`/api/competitions/${id}/clone`, { method: 'POST' }), (c) => t('org.cloned', { name: c.name }));
  if (copy) go(`#c/${copy.id}/overview`);
}

async function create(event) {
  event.preventDefault();
  try {
    const created = await call('/api/competitions', { method: 'POST', body: { ...createProfile.read(), markingScheme: createScheme.read(), rules: createRules.read() } });
    say(t('org.created', { name: created.name }));
    rememberPins(created.judges);
    go(`#c/${created.id}/registration`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return signOut(t('error.unauthorized'));
    showErrors($('create-form'), 'create-errors', error);
  }
}

// ---- one competition ----

let editProfile;
const editScheme = schemeEditor($('edit-scheme'));
const editRules = rulesEditor($('edit-rules'));

async function openCompetition(id) {
  const [view, board, corrections, draw] = await Promise.all([
    call(`/api/competitions/${id}`), api(`/api/competitions/${id}/leaderboard`),
    call(`/api/competitions/${id}/corrections`).catch(() => []), api(`/api/competitions/${id}/draw`).catch(() => null)]);
  const [promotion, ruleSets] = await Promise.all([call(`/api/competitions/${id}/promotion`).catch(() => null), call('/api/promotion-rules').catch(() => [])]);
  current = { view, board, corrections, promotion, ruleSets, draw };
  editProfile = profileFields($('edit-profile'));
  editProfile.set({ ...view.profile, name: view.name, occupation: view.occupation });
  editScheme.set({ modules: view.markingScheme.modules });
  editRules.set(view.rules);
  renderCompetition();
}

const reload = () => openCompetition(current.view.id);

function renderLifecycle(status) {
  const at = statuses.indexOf(status);
  $('lifecycle').replaceChildren(...statuses.map((s, i) => element('li', {
    className: i < at ? 'done' : i === at ? 'current' : '', textContent: t(`status.${s}`),
    ...(i === at ? { ariaCurrent: 'step' } : {}),
  })));
}

function renderControls() {
  const { view, board } = current;
  const command = (key, path, done, body) => button(key, () => act(async () => {
    await call(competitionPath(path), { method: 'POST', body });
    await reload();
  }, t(done)));
  const controls = [];
  if (view.status === 'draft') controls.push(command('org.start', '/start', 'org.started'));
  if (['live', 'resultsLocked'].includes(view.status)) {
    if (board.phase === 'live') controls.push(command('org.freeze', '/board/freeze', 'org.frozen'));
    else {
      const places = element('input', { id: 'reveal-places', type: 'number', min: '1', value: '1', className: 'narrow-number' });
      controls.push(element('label', { htmlFor: 'reveal-places', className: 'inline', textContent: t('org.revealPlaces') }), places,
        button('org.reveal', () => act(async () => {
          await call(competitionPath('/board/reveal'), { method: 'POST', body: { places: Number(places.value) || 1 } });
          await reload();
        }, t('org.revealed'))),
        command('org.thaw', '/board/thaw', 'org.thawed'));
    }
  }
  if (view.status === 'published') {
    controls.push(button('org.archive', () => confirm(t('org.archiveConfirm')) && act(async () => {
      await call(competitionPath('/archive'), { method: 'POST' });
      await reload();
    }, t('org.archived'))));
  }
  controls.push(button('org.clone', () => cloneEarlier(view.id), 'secondary'));
  $('controls').replaceChildren(...controls);
  const locked = view.markingScheme.modules.filter((m) => view.lockedModules.includes(m.id)).map((m) => m.name);
  $('locks').textContent = [view.resultsLocked ? t('org.resultsLocked') : t('org.resultsOpen'),
    locked.length && !view.resultsLocked ? t('org.modulesLocked', { modules: locked.join('、') }) : ''].filter(Boolean).join(' ');
  const link = (href, key) => element('a', { className: 'button secondary', href, textContent: t(key) });
  $('links').replaceChildren(link(`/board/${view.id}`, 'org.board'), link(`/results/${view.id}`, 'org.results'),
    link(`/chief?competition=${view.id}`, 'org.chief'), link(`/judge?competition=${view.id}`, 'org.judge'));
}

function renderCompetition() {
  const { view } = current;
  $('c-title').textContent = view.name;
  renderLifecycle(view.status);
  for (const node of document.querySelectorAll('[data-tab]')) node.setAttribute('aria-selected', String(node.dataset.tab === tab));
  for (const panel of document.querySelectorAll('#competition-view [data-panel]')) panel.classList.toggle('hidden', panel.dataset.panel !== tab);
  renderControls();
  const draft = view.status === 'draft';
  $('scheme-fixed').classList.toggle('hidden', draft);
  $('save-scheme').classList.toggle('hidden', !draft);
  editScheme.disable(!draft);
  editRules.disable(!draft);
  renderRegistration();
  renderPanels();
  day.render(current);
  renderDay();
  renderPromotion();
}

// ---- panels: who marks which aspect ----

/** A grid of aspects by judges: ticked, the judge is on the aspect's panel. Editable in draft only. */
function renderPanels() {
  const { view } = current;
  const judges = view.judges.filter((j) => !j.replacedBy);
  const draft = view.status === 'draft';
  const named = new Map(view.panels.map((p) => [p.aspectId, new Set(p.judgeIds)]));
  const aspects = view.markingScheme.modules.flatMap((m) => m.aspects.map((a) => ({ ...a, module: m.name })));
  $('panels').replaceChildren(
    element('thead', {}, element('tr', {}, element('th', { textContent: t('org.aspect') }), ...judges.map((j) => element('th', { textContent: j.name })))),
    element('tbody', {}, ...aspects.map((a) => element('tr', { dataset: { aspectId: a.id } },
      element('th', { scope: 'row', textContent: `${a.module} · ${a.name}` }),
      ...judges.map((j) => {
        const box = element('input', { type: 'checkbox', checked: named.get(a.id)?.has(j.id) ?? false, disabled: !draft, dataset: { judgeId: j.id } });
        box.setAttribute('aria-label', t('org.panelFor', { aspect: a.name, judge: j.name }));
        return element('td', { className: 'check-cell' }, box);
      })))));
  $('save-panels').classList.toggle('hidden', !draft);
}

async function savePanels(event) {
  event.preventDefault();
  const aspects = [...$('panels').querySelectorAll('tbody tr')].map((row) => ({
    aspectId: Number(row.dataset.aspectId),
    judgeIds: [...row.querySelectorAll('input:checked')].map((box) => Number(box.dataset.judgeId)),
  })).filter((p) => p.judgeIds.length > 0);
  try {
    // Assignments of contestants to judges are left as they are.
    await call(competitionPath('/panels'), { method: 'PUT', body: { aspects } });
    showErrors($('panels-form'), 'panels-errors', null);
    say(t('org.panelsSaved'));
    await reload();
  } catch (error) {
    showErrors($('panels-form'), 'panels-errors', error);
  }
}

// ---- registration ----

function rememberPins(judges) {
  for (const judge of judges ?? []) if (judge.pin) pins.set(judge.id, judge.pin);
}

/** A file input with its template link; onFile(file) does the upload. */
function uploadForm(formId, labelKey, template, onFile, reportId) {
  const form = $(formId);
  const input = element('input', { id: `${formId}-file`, type: 'file', accept: '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  form.replaceChildren(
    element('div', { className: 'field' }, element('label', { htmlFor: input.id, textContent: t(labelKey) }), input),
    element('p', { className: 'actions' }, element('button', { type: 'submit', className: 'secondary', textContent: t('org.importButton') }),
      element('a', { href: `/api/sheet-templates/${template}`, download: '', textContent: t('org.template.download') })));
  form.onsubmit = async (event) => {
    event.preventDefault();
    if (!input.files[0]) return say(t('org.chooseFile'), false);
    rowProblems(reportId, []);
    try {
      await onFile(input.files[0]);
      input.value = '';
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return signOut(t('error.unauthorized'));
      const rows = error.problem?.rows;
      say(rows ? t('org.rowsRefused', { count: rows.length }) : describeError(error), false);
      rowProblems(reportId, rows ?? []);
    }
  };
}

async function importPeople(kind, file) {
  const imported = await postFile(competitionPath(`/${kind}/import`), file, shell.session().token);
  rememberPins(imported.judges);
  await reload();
  say(imported.alreadyImported ? t('org.importedAgain') : t('org.imported', { count: imported.imported }));
}

/** Asks for the fields of a change in the dialog; null when the organizer cancels. */
function askFields(title, fields) {
  const controls = fields.map((f) => {
    const control = f.options
      ? Object.assign(element('select', { id: `edit-${f.key}` }, ...f.options.map((o) => element('option', { value: o.value, textContent: o.label }))),
        { value: f.value ?? f.options[0]?.value ?? '' })
      : element('input', { id: `edit-${f.key}`, value: f.value ?? '', required: f.required ?? false, maxLength: f.maxLength ?? 200 });
    return { f, control, node: element('div', { className: 'field' }, element('label', { htmlFor: control.id, textContent: t(f.label) }), control) };
  });
  $('edit-title').textContent = title;
  $('edit-fields').replaceChildren(...controls.map((c) => c.node));
  return new Promise((resolve) => {
    $('edit-dialog').onclose = () => {
      const values = Object.fromEntries(controls.map((c) => [c.f.key, c.control.value.trim()]));
      const complete = controls.every((c) => !c.f.required || values[c.f.key]);
      resolve($('edit-dialog').returnValue === 'confirm' && complete ? values : null);
    };
    $('edit-dialog').showModal();
  });
}

/** A change (of who takes part, of an organisation or account): asks for what it needs, sends it, shows
 * the result; the server says whether it may. */
async function change(title, fields, send, done) {
  const values = await askFields(title, fields);
  if (values) await act(async () => { const result = await send(values); await (current && location.hash.startsWith('#c/') ? reload() : route()); return result; }, done);
}

function contestantActions(c) {
  const { view } = current;
  if (view.status === 'archived') return [];
  const actions = [button('org.correct', () => change(t('org.correctTitle', { name: c.name }),
    [{ key: 'name', label: 'org.personName', value: c.name, required: true }, { key: 'employer', label: 'org.employer', value: c.employer, required: true },
      { key: 'reason', label: view.status === 'draft' ? 'org.reasonLive' : 'org.reason', required: view.status !== 'draft', maxLength: 1000 }],
    (v) => call(competitionPath(`/contestants/${c.id}`), { method: 'PUT', body: v }), t('org.corrected')), 'secondary')];
  if (view.status === 'draft') {
    actions.push(button('org.remove', () => act(async () => { await call(competitionPath(`/contestants/${c.id}`), { method: 'DELETE' }); await reload(); },
      t('org.removed')), 'secondary'));
  } else if (!c.withdrawal && !view.resultsLocked) {
    for (const [kind, key] of [['noShow', 'org.noShow'], ['withdrawn', 'org.withdraw']]) {
      actions.push(button(key, () => change(t(`${key}Title`, { name: c.name }), [{ key: 'reason', label: 'org.reason', required: true, maxLength: 1000 }],
        (v) => call(competitionPath(`/contestants/${c.id}/withdraw`), { method: 'POST', body: { kind, reason: v.reason } }),
        t('org.withdrawn', { name: c.name })), 'secondary'));
    }
  }
  return [element('div', { className: 'actions' }, ...actions)];
}

function judgeActions(j) {
  const { view } = current;
  if (view.status === 'archived' || j.replacedBy) return [];
  const actions = [button('org.resetPin', () => resetPin(j), 'secondary')];
  if (view.status === 'draft') {
    actions.push(button('org.remove', () => act(async () => { await call(competitionPath(`/judges/${j.id}`), { method: 'DELETE' }); await reload(); },
      t('org.removed')), 'secondary'));
  } else if (!view.resultsLocked) {
    actions.push(button('org.replace', () => change(t('org.replaceTitle', { name: j.name }),
      [{ key: 'name', label: 'org.personName', required: true }, { key: 'employer', label: 'org.employer', required: true },
        { key: 'reason', label: 'org.reason', required: true, maxLength: 1000 }],
      async (v) => rememberPins([await call(competitionPath(`/judges/${j.id}/replace`), { method: 'POST', body: v })]), t('org.replaced')), 'secondary'));
  }
  return [element('div', { className: 'actions' }, ...actions)];
}

function renderRegistration() {
  const { view } = current;
  const draft = view.status === 'draft';
  const open = view.status !== 'archived' && !view.resultsLocked;
  $('contestants-import').classList.toggle('hidden', !draft);
  $('judges-import').classList.toggle('hidden', !draft);
  $('add-contestant').classList.toggle('hidden', !open);
  $('add-judge').classList.toggle('hidden', !open);
  const state = (c) => (c.withdrawal ? `${t(`org.withdrawal.${c.withdrawal}`)}：${c.withdrawalReason}` : c.outOfRanking ? t('org.outOfRanking') : '');
  table('contestants', ['org.bib', 'org.personName', 'org.employer', 'org.state', ''], view.contestants.map((c) => element('tr', { dataset: { contestantId: c.id } },
    cell(c.bib, 'mono'), cell(c.name), cell(c.employer), cell(state(c), 'reason'), cell(contestantActions(c)))));
  table('judges', ['org.personName', 'org.employer', 'org.chiefJudge', ''], view.judges.map((j) => element('tr', { dataset: { judgeId: j.id } },
    cell(j.name), cell(j.employer), cell(j.replacedBy ? t('org.replacedBy') : j.isChief ? t('org.yes') : ''), cell(judgeActions(j)))));
  const printable = view.judges.filter((j) => pins.has(j.id) && !j.replacedBy);
  $('print-pins').classList.toggle('hidden', printable.length === 0);
  $('print-pins').textContent = t('org.printPins', { count: printable.length });
}

/** The forms that register one person; once live their reason is required. */
function buildAddForms() {
  const input = (form, key, labelKey, props = {}) => {
    const control = element('input', { id: `${form}-${key}`, dataset: { field: key }, ...props });
    const field = element('div', { className: props.type === 'checkbox' ? 'field check' : 'field' },
      element('label', { htmlFor: control.id, textContent: t(labelKey) }), control);
    if (props.type === 'checkbox') field.prepend(control);
    return { control, field };
  };
  const contestant = [input('ca', 'Bib', 'org.bib', { maxLength: 20 }), input('ca', 'Name', 'org.personName', { required: true, maxLength: 100 }),
    input('ca', 'Employer', 'org.employer', { required: true, maxLength: 200 }), input('ca', 'NationalId', 'org.nationalId', { maxLength: 18 }),
    input('ca', 'OutOfRanking', 'org.outOfRanking', { type: 'checkbox' }), input('ca', 'Reason', 'org.reasonLive', { maxLength: 1000 })];
  $('contestant-form').replaceChildren(...contestant.map((c) => c.field),
    element('div', { className: 'field actions' }, element('button', { type: 'submit', className: 'secondary', textContent: t('org.add') })),
    element('p', { id: 'contestant-errors', className: 'message error', role: 'alert' }));
  $('contestant-form').onsubmit = async (event) => {
    event.preventDefault();
    const [bib, name, employer, nationalId, outOfRanking, reason] = contestant.map((c) => c.control);
    try {
      const added = await call(competitionPath('/contestants'), { method: 'POST', body: {
        bib: bib.value.trim() || null, name: name.value.trim(), employer: employer.value.trim(), nationalId: nationalId.value.trim() || null,
        outOfRanking: outOfRanking.checked, reason: reason.value.trim() || null } });
      showErrors($('contestant-form'), 'contestant-errors', null);
      $('contestant-form').reset();
      await reload();
      say(t('org.addedContestant', { name: added.name }));
    } catch (error) {
      showErrors($('contestant-form'), 'contestant-errors', error);
    }
  };
  const judge = [input('ja', 'Name', 'org.personName', { required: true, maxLength: 100 }), input('ja', 'Employer', 'org.employer', { required: true, maxLength: 200 }),
    input('ja', 'IsChief', 'org.chiefJudge', { type: 'checkbox' }), input('ja', 'Reason', 'org.reasonLive', { maxLength: 1000 })];
  $('judge-form').replaceChildren(...judge.map((c) => c.field),
    element('div', { className: 'field actions' }, element('button', { type: 'submit', className: 'secondary', textContent: t('org.add') })),
    element('p', { id: 'judge-errors', className: 'message error', role: 'alert' }));
  $('judge-form').onsubmit = async (event) => {
    event.preventDefault();
    const [name, employer, isChief, reason] = judge.map((c) => c.control);
    try {
      const added = await call(competitionPath('/judges'), { method: 'POST', body: {
        name: name.value.trim(), employer: employer.value.trim(), isChief: isChief.checked, reason: reason.value.trim() || null } });
      rememberPins([added]);
      showErrors($('judge-form'), 'judge-errors', null);
      $('judge-form').reset();
      await reload();
      say(t('org.addedJudge', { name: added.name }));
    } catch (error) {
      showErrors($('judge-form'), 'judge-errors', error);
    }
  };
}

async function resetPin(judge) {
  if (!confirm(t('org.resetConfirm', { name: judge.name }))) return;
  const reset = await act(() => call(competitionPath(`/judges/${judge.id}/pin`), { method: 'POST' }), t('org.pinReset', { name: judge.name }));
  if (reset) {
    pins.set(reset.judgeId, reset.pin);
    renderRegistration();
  }
}

/** One A4 slip per judge whose PIN this session holds: competition, judge, role, PIN and a QR code that
 * opens the judges' page with this competition and judge chosen. */
function renderSlips() {
  const { view } = current;
  $('pin-slips').replaceChildren(...view.judges.filter((j) => pins.has(j.id) && !j.replacedBy).map((j) => {
    const url = `${location.origin}/judge?competition=${view.id}&judge=${j.id}`;
    const qr = element('div', { className: 'slip-qr' });
    qr.innerHTML = qrSvg(url);
    return element('article', { className: 'slip', dataset: { judgeId: j.id, url } },
      element('p', { className: 'slip-heading', textContent: t('org.slip.title') }),
      element('h2', { textContent: view.name }),
      element('dl', {},
        element('dt', { textContent: t('org.personName') }), element('dd', { textContent: `${j.name}（${j.employer}）` }),
        element('dt', { textContent: t('org.slip.role') }), element('dd', { textContent: j.isChief ? t('org.chiefJudge') : t('org.slip.judge') }),
        element('dt', { textContent: t('org.slip.pin') }), element('dd', { className: 'slip-pin', textContent: pins.get(j.id) })),
      qr,
      element('p', { className: 'slip-url mono', textContent: url }),
      element('p', { textContent: t('org.slip.scan') }), element('p', { className: 'muted', textContent: t('org.slip.keep') }));
  }));
}

async function importFigures(kind, file) {
  await postFile(competitionPath(`/${kind}/import`), file, shell.session().token);
  await reload();
  say(t('org.recorded'));
}

/** The upload forms, built again when the language changes. */
function buildUploads() {
  uploadForm('contestants-import', 'org.importContestants', 'contestants', (file) => importPeople('contestants', file), 'contestants-report');
  uploadForm('judges-import', 'org.importJudges', 'judges', (file) => importPeople('judges', file), 'judges-report');
  uploadForm('theory-import', 'org.importTheory', 'theory', (file) => importFigures('theory', file), 'theory-report');
  uploadForm('times-import', 'org.importTimes', 'completion-times', (file) => importFigures('completion-times', file), 'times-report');
}

// ---- the day ----

function renderDay() {
  const { view, corrections } = current;
  const hasTheory = Boolean(view.rules.theory);
  const open = !view.resultsLocked && view.status !== 'draft';
  $('no-theory').classList.toggle('hidden', hasTheory);
  $('theory-import').classList.toggle('hidden', !hasTheory || !open);
  $('times-import').classList.toggle('hidden', !open);
  $('figures-closed').classList.toggle('hidden', open || view.status === 'draft');
  const contestant = (id) => view.contestants.find((c) => c.id === id);
  const aspect = (id) => view.markingScheme.modules.flatMap((m) => m.aspects).find((a) => a.id === id);
  $('no-corrections').classList.toggle('hidden', corrections.length > 0);
  table('corrections', corrections.length ? ['org.correction', 'org.proposedBy', ''] : [], corrections.map((c) => element('tr', {},
    cell(t('org.correction', { contestant: `${contestant(c.contestantId)?.bib ?? ''} ${contestant(c.contestantId)?.name ?? ''}`,
      aspect: aspect(c.aspectId)?.name ?? '', value: c.value, reason: c.reason })),
    cell(t('org.proposedBy', { who: c.proposedBy })),
    cell(button('org.approve', () => act(async () => {
      await call(competitionPath(`/corrections/${c.sequence}/approve`), { method: 'POST' });
      await reload();
    }, t('org.approved')))))));
}

/** The promotion link's form; hidden once archived (nothing changes then). */
function renderPromotion() {
  const { ruleSets } = current;
  const link = current.promotion ?? {};
  $('promotion-form').classList.toggle('hidden', current.view.status === 'archived');
  const control = (field, build) => { const c = build(); c.id = `p-${field}`; c.dataset.field = field; return c; };
  const controls = {
    RuleSet: control('RuleSet', () => element('select', {}, ...ruleSets.map((r) => element('option', { value: r.name, textContent: r.name })))),
    ContestClass: control('ContestClass', () => element('input', { maxLength: 100 })),
    OccupationCode: control('OccupationCode', () => element('input', { placeholder: '6-18-02-04' })),
    OccupationEdition: control('OccupationEdition', () => element('select', {}, ...['2022', '2015', '1999'].map((e) => element('option', { value: e, textContent: e })))),
    OccupationName: control('OccupationName', () => element('input', { maxLength: 200 })),
    Organization: control('Organization', () => element('select', {}, ...organizations.map((o) => element('option', { value: o.name, textContent: o.name })))),
  };
  const labels = { RuleSet: 'org.ruleSet', ContestClass: 'org.contestClass', OccupationCode: 'org.occupationCode', OccupationEdition: 'org.edition',
    OccupationName: 'org.occupationName', Organization: 'org.hrOrganization' };
  $('promotion-fields').replaceChildren(...Object.entries(controls).map(([key, c]) =>
    element('div', { className: 'field' }, element('label', { htmlFor: c.id, textContent: t(labels[key]) }), c)));
  controls.RuleSet.value = link.ruleSet ?? ruleSets[0]?.name ?? '';
  controls.ContestClass.value = link.contestClass ?? '';
  controls.OccupationCode.value = link.occupationCode ?? current.view.occupation.split(' ')[0] ?? '';
  controls.OccupationEdition.value = link.occupationEdition ?? '2022';
  controls.OccupationName.value = link.occupationName ?? current.view.occupation.split(' ').slice(1).join(' ');
  controls.Organization.value = link.organization ?? organizationName(shell.session().organizationId);
  $('promotion-form').onsubmit = async (event) => {
    event.preventDefault();
    try {
      current.promotion = await call(competitionPath('/promotion'), { method: 'PUT', body: {
        ruleSet: controls.RuleSet.value, contestClass: controls.ContestClass.value.trim(), occupationCode: controls.OccupationCode.value.trim(),
        occupationEdition: controls.OccupationEdition.value, occupationName: controls.OccupationName.value.trim(), organization: controls.Organization.value,
      } });
      showErrors($('promotion-form'), 'promotion-errors', null);
      say(t('org.linked'));
    } catch (error) {
      showErrors($('promotion-form'), 'promotion-errors', error);
    }
  };
}

// ---- forms of one competition ----

async function saveProfile(event) {
  event.preventDefault();
  try {
    await call(competitionPath('/profile'), { method: 'PUT', body: editProfile.read() });
    showErrors($('profile-form'), 'profile-errors', null);
    say(t('org.profileSaved'));
    await reload();
  } catch (error) {
    showErrors($('profile-form'), 'profile-errors', error);
  }
}

async function saveScheme(event) {
  event.preventDefault();
  try {
    await call(competitionPath('/scheme'), { method: 'PUT', body: editScheme.read() });
    await call(competitionPath('/rules'), { method: 'PUT', body: editRules.read() });
    showErrors($('scheme-form'), 'scheme-errors', null);
    say(t('org.schemeSaved'));
    await reload();
  } catch (error) {
    showErrors($('scheme-form'), 'scheme-errors', error);
  }
}

async function saveTemplate(event) {
  event.preventDefault();
  const name = $('template-name').value.trim();
  await act(() => call('/api/templates', { method: 'POST', body: {
    name, occupation: current.view.occupation, markingScheme: { modules: current.view.markingScheme.modules }, rules: current.view.rules,
  } }), t('org.templateSaved', { name }));
}

// ---- the administrator's part: organisations and accounts ----

const kinds = ['federation', 'districtUnion', 'enterpriseUnion', 'enterprise'];
const accountRoles = ['organizer', 'administrator', 'hr-officer', 'negotiator'];
const organizationOptions = () => organizations.map((o) => ({ value: String(o.id), label: o.name }));
const kindOptions = () => kinds.filter((k) => k !== 'federation').map((k) => ({ value: k, label: t(`org.kind.${k}`) }));

/** A small form of labelled inputs and selects, each naming the request field it fills. */
function smallForm(formId, fields, submitKey, onSubmit) {
  const controls = fields.map((f) => {
    const control = f.options
      ? element('select', { id: `${formId}-${f.key}`, dataset: { field: f.key } }, ...f.options.map((o) => element('option', { value: o.value, textContent: o.label })))
      : element('input', { id: `${formId}-${f.key}`, dataset: { field: f.key }, type: f.type ?? 'text', maxLength: 200, autocomplete: 'off' });
    return { f, control, node: element('div', { className: 'field' }, element('label', { htmlFor: control.id, textContent: t(f.label) }), control) };
  });
  $(formId).replaceChildren(...controls.map((c) => c.node),
    element('div', { className: 'field actions' }, element('button', { type: 'submit', className: 'secondary', textContent: t(submitKey) })));
  $(formId).onsubmit = async (event) => {
    event.preventDefault();
    const errors = `${formId.replace('-form', '')}-errors`;
    try {
      await onSubmit(Object.fromEntries(controls.map((c) => [c.f.key, c.control.value.trim()])));
      showErrors($(formId), errors, null);
      $(formId).reset();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return signOut(t('error.unauthorized'));
      showErrors($(formId), errors, error);
    }
  };
}

async function showAdmin() {
  organizations = await call('/api/organizations');
  const accounts = await call('/api/accounts');
  await showBackups();
  smallForm('organization-form', [{ key: 'Name', label: 'org.orgName' }, { key: 'Kind', label: 'org.orgKind', options: kindOptions() },
    { key: 'ParentId', label: 'org.parent', options: organizationOptions() }], 'org.addOrganization', async (v) => {
    const added = await call('/api/organizations', { method: 'POST', body: { name: v.Name, kind: v.Kind, parentId: Number(v.ParentId) } });
    say(t('org.organizationAdded', { name: added.name }));
    await showAdmin();
  });
  smallForm('account-form', [{ key: 'Username', label: 'org.username' }, { key: 'Password', label: 'org.password', type: 'password' },
    { key: 'Role', label: 'org.role', options: accountRoles.map((r) => ({ value: r, label: t(`org.role.${r}`) })) },
    { key: 'OrganizationId', label: 'org.memberOf', options: organizationOptions() }], 'org.addAccount', async (v) => {
    const added = await call('/api/accounts', { method: 'POST', body: { username: v.Username, password: v.Password, role: v.Role, organizationId: Number(v.OrganizationId) } });
    say(t('org.accountAdded', { name: added.username }));
    await showAdmin();
  });
  table('organizations', ['org.orgName', 'org.orgKind', 'org.parent', ''], organizations.map((o) => element('tr', {},
    cell(o.name), cell(t(`org.kind.${o.kind}`)), cell(organizationName(o.parentId)),
    cell(o.parentId ? button('org.edit', () => change(t('org.editOrganization', { name: o.name }),
      [{ key: 'name', label: 'org.orgName', value: o.name, required: true }, { key: 'kind', label: 'org.orgKind', value: o.kind, options: kindOptions() },
        { key: 'parentId', label: 'org.parent', value: String(o.parentId), options: organizationOptions().filter((p) => p.value !== String(o.id)) }],
      (v) => call(`/api/organizations/${o.id}`, { method: 'PUT', body: { ...v, parentId: Number(v.parentId) } }), t('org.organizationChanged')), 'secondary') : ''))));
  table('accounts', ['org.username', 'org.role', 'org.memberOf', 'org.lockedUntil', ''], accounts.map((a) => element('tr', {},
    cell(a.username, 'mono'), cell(t(`org.role.${a.role}`)), cell(a.organization ?? ''), cell(a.lockedUntil ? localDateTime(a.lockedUntil) : ''),
    cell(a.username === shell.session().username ? '' : button('org.grantRole', () => change(t('org.grantTitle', { name: a.username }),
      [{ key: 'role', label: 'org.role', value: a.role, options: accountRoles.map((r) => ({ value: r, label: t(`org.role.${r}`) })) },
        { key: 'organizationId', label: 'org.memberOf', value: String(a.organizationId ?? ''), options: organizationOptions() }],
      (v) => call(`/api/accounts/${a.id}/role`, { method: 'PUT', body: { role: v.role, organizationId: Number(v.organizationId) } }), t('org.roleGranted')), 'secondary')))));
}


/** The venue server's backups: take one now (marking goes on), download any. */
async function showBackups() {
  const backups = await call('/api/admin/backups');
  const kib = (bytes) => `${(bytes / 1024).toLocaleString(undefined, { maximumFractionDigits: 0 })} KiB`;
  table('backups', ['org.backupName', 'org.backupTakenAt', 'org.backupSize', ''], backups.map((b) => element('tr', {},
    cell(b.name, 'mono'), cell(localDateTime(b.takenAt)), cell(kib(b.sizeBytes)),
    cell(button('org.backupDownload', () => act(() => downloadFile(`/api/admin/backups/${b.name}`, b.name, shell.session().token)), 'secondary')))));
  if (backups.length === 0) $('backups').prepend(element('caption', { textContent: t('org.noBackups') }));
  $('backup-now').onclick = () => act(async () => {
    const taken = await call('/api/admin/backups', { method: 'POST' });
    say(t('org.backupTaken', { name: taken.name }));
    await showBackups();
  });
}

// ---- navigation: #list, #new, #admin, #c/{id}/{tab} ----

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const [, view, id, wanted] = location.hash.match(/^#?(c|new|list|admin)?\/?(\d+)?\/?(\w+)?/) ?? [];
  for (const section of ['list-view', 'create-view', 'competition-view', 'admin-section']) $(section).classList.add('hidden');
  if (view === 'admin' && shell.session().roles.includes('administrator')) {
    await act(showAdmin);
    $('admin-section').classList.remove('hidden');
  } else if (view === 'c' && id) {
    tab = wanted ?? tab;
    await act(() => openCompetition(Number(id)));
    $('competition-view').classList.remove('hidden');
  } else if (view === 'new') {
    await act(showCreate);
    $('create-view').classList.remove('hidden');
  } else {
    await act(loadList);
    $('list-view').classList.remove('hidden');
  }
}

async function showConsole(session) {
  $('who').textContent = `· ${session.organization ?? ''}`;
  $('admin-view').classList.toggle('hidden', !session.roles.includes('administrator'));
  organizations = await call('/api/organizations');
  renderFilters();
  await route();
}

function rerender() {
  buildUploads();
  buildAddForms();
  if (!shell.session()) return;
  renderFilters();
  if (!$('list-view').classList.contains('hidden')) renderList();
  if (!$('create-view').classList.contains('hidden')) { createScheme.rerender(); createRules.rerender(); }
  if (!$('admin-section').classList.contains('hidden')) act(showAdmin);
  if (current && !$('competition-view').classList.contains('hidden')) { editScheme.rerender(); editRules.rerender(); renderCompetition(); }
}

const shell = consoleShell({ sessionKey, roles: ['administrator', 'organizer'], titleKey: 'org.signIn', notAllowedKey: 'org.notOrganizer', onSignedIn: showConsole });
const { call, say, act, signOut } = shell;
const day = competitionDay({ call, act, change, reload });

$('filters').addEventListener('submit', (event) => { event.preventDefault(); list.page = 1; act(loadList); });
$('page-previous').addEventListener('click', () => { list.page -= 1; act(loadList); });
$('page-next').addEventListener('click', () => { list.page += 1; act(loadList); });
$('new-competition').addEventListener('click', () => go('#new'));
$('admin-view').addEventListener('click', () => go('#admin'));
for (const back of document.querySelectorAll('[data-back]')) back.addEventListener('click', () => go('#list'));
$('use-template').addEventListener('click', useTemplate);
$('use-clone').addEventListener('click', () => $('source-clone').value && cloneEarlier($('source-clone').value));
$('create-form').addEventListener('submit', create);
$('profile-form').addEventListener('submit', saveProfile);
$('scheme-form').addEventListener('submit', saveScheme);
$('template-form').addEventListener('submit', saveTemplate);
$('panels-form').addEventListener('submit', savePanels);
$('print-pins').addEventListener('click', () => { $('day-print').replaceChildren(); renderSlips(); window.print(); });
for (const node of document.querySelectorAll('[data-tab]')) node.addEventListener('click', () => go(`#c/${current.view.id}/${node.dataset.tab}`));
window.addEventListener('hashchange', () => shell.session() && route());
installLanguageSwitch($('lang'), rerender);
await shell.start();
