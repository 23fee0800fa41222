// The rules editor of the organizer console: everything under "Rules" in the README (moderation,
// aggregation, tie-breaks, awards and titles, the standardised scale, drift, theory, judges' names),
// starting from what the competition has; fields it does not show (other titles, a module tie-break)
// are kept as they were.
import { t } from './i18n.js';
import { element } from './dom.js';

const tieKinds = ['practicalTotal', 'theoryTotal', 'judgementTotal', 'measurementTotal', 'gradedTotal', 'completionTime'];
export const defaultRules = {
  disagreementThreshold: 1, gradedAggregation: 'trimmedMean', trimCount: null,
  tieBreaks: [{ kind: 'practicalTotal' }, { kind: 'judgementTotal' }, { kind: 'completionTime' }],
  awards: { basis: 'count', naming: 'medals', first: 1, second: 1, third: 1, excellenceShare: 0.5, titles: {} },
  standardisedScale: false, driftTolerance: 0.15, hideJudgeIdentities: false, theory: null,
  // The console proposes blind judging (加密) for a new competition; the API's default stays open.
  blind: true,
};

let ids = 0;
function field(labelKey, control, path, values = {}) {
  control.id = `re-${++ids}`;
  control.dataset.field = path;
  const label = element('label', { htmlFor: control.id, textContent: t(labelKey, values) });
  return control.type === 'checkbox'
    ? element('div', { className: 'field check' }, control, label)
    : element('div', { className: 'field' }, label, control);
}
const number = (value, step, props = {}) => element('input', { type: 'number', step, value: value ?? '', ...props });
const check = (value) => element('input', { type: 'checkbox', checked: Boolean(value) });
const select = (options, value, labelOf) =>
  Object.assign(element('select', {}, ...options.map((o) => element('option', { value: o, textContent: labelOf(o) }))), { value: value ?? '' });

export function rulesEditor(container) {
  let rules = structuredClone(defaultRules);
  let read = () => rules;

  function render() {
    const threshold = number(rules.disagreementThreshold, '0.5', { min: '0' });
    const aggregation = select(['trimmedMean', 'mean', 'median'], rules.gradedAggregation, (a) => t(`org.aggregation.${a}`));
    const trim = number(rules.trimCount, '1', { min: '0' });
    const modules = rules.tieBreaks.filter((b) => b.kind === 'module');
    const ties = [0, 1, 2].map((n) => select(['', ...tieKinds], rules.tieBreaks.filter((b) => b.kind !== 'module')[n]?.kind ?? '',
      (k) => (k ? t(`org.tie.${k}`) : t('org.rule.none'))));
    const a = rules.awards;
    const basis = select(['count', 'share'], a.basis, (b) => t(`org.rule.basis.${b}`));
    const naming = select(['medals', 'prizes'], a.naming, (n) => t(`org.rule.naming.${n}`));
    const places = ['first', 'second', 'third'].map((p) => number(a[p], '0.01', { min: '0' }));
    const excellence = number(a.excellenceShare, '0.05', { min: '0', max: '1' });
    const firstAward = () => (naming.value === 'prizes' ? 'firstPrize' : 'gold');
    const title = element('input', { value: a.titles?.[firstAward()] ?? '', maxLength: 50 });
    const standardised = check(rules.standardisedScale);
    const drift = number(rules.driftTolerance, '0.01', { min: '0', max: '1' });
    const hide = check(rules.hideJudgeIdentities);
    const blind = check(rules.blind);
    const theory = check(rules.theory);
    const theoryWeight = number(rules.theory?.weight ?? 0.3, '0.05', { min: '0' });
    const theoryMax = number(rules.theory?.maxScore ?? 100, '1', { min: '1' });
    const theoryFields = element('div', { className: 'form-grid' },
      field('org.rule.theoryWeight', theoryWeight, 'Rules.Theory.Weight'), field('org.rule.theoryMax', theoryMax, 'Rules.Theory.MaxScore'));
    theory.addEventListener('change', () => theoryFields.classList.toggle('hidden', !theory.checked));
    theoryFields.classList.toggle('hidden', !theory.checked);

    container.replaceChildren(
      element('div', { className: 'form-grid' },
        field('org.rule.threshold', threshold, 'Rules.DisagreementThreshold'),
        field('org.rule.gradedAggregation', aggregation, 'Rules.GradedAggregation'),
        field('org.rule.trimCount', trim, 'Rules.TrimCount'),
        field('org.rule.drift', drift, 'Rules.DriftTolerance')),
      element('fieldset', {}, element('legend', { textContent: t('org.rule.tieBreaks') }),
        element('div', { className: 'form-grid' }, ...ties.map((s, n) => field('org.rule.tieBreak', s, `Rules.TieBreaks[${n}]`, { n: n + 1 })))),
      element('div', { className: 'form-grid' },
        field('org.rule.awardBasis', basis, 'Rules.Awards.Basis'), field('org.rule.naming', naming, 'Rules.Awards.Naming'),
        field('org.rule.first', places[0], 'Rules.Awards.First'), field('org.rule.second', places[1], 'Rules.Awards.Second'),
        field('org.rule.third', places[2], 'Rules.Awards.Third'), field('org.rule.excellenceShare', excellence, 'Rules.Awards.ExcellenceShare'),
        field('org.rule.goldTitle', title, 'Rules.Awards.Titles')),
      element('div', { className: 'checks' },
        field('org.rule.standardised', standardised, 'Rules.StandardisedScale'), field('org.rule.hideJudges', hide, 'Rules.HideJudgeIdentities'),
        field('org.rule.blind', blind, 'Rules.Blind'),
        field('org.rule.theory', theory, 'Rules.Theory')),
      theoryFields);

    read = () => {
      const titles = { ...(a.titles ?? {}) };
      delete titles.gold;
      delete titles.firstPrize;
      if (title.value.trim()) titles[firstAward()] = title.value.trim();
      const optional = (input) => (input.value === '' ? null : Number(input.value));
      return {
        ...rules,
        disagreementThreshold: Number(threshold.value), gradedAggregation: aggregation.value, trimCount: optional(trim),
        tieBreaks: [...ties.filter((s) => s.value).map((s) => ({ kind: s.value })), ...modules],
        awards: { ...a, basis: basis.value, naming: naming.value, first: Number(places[0].value), second: Number(places[1].value),
          third: Number(places[2].value), excellenceShare: Number(excellence.value), titles },
        standardisedScale: standardised.checked, driftTolerance: Number(drift.value), hideJudgeIdentities: hide.checked, blind: blind.checked,
        theory: theory.checked ? { weight: Number(theoryWeight.value), maxScore: Number(theoryMax.value) } : null,
      };
    };
  }

  return {
    set(value) { rules = { ...structuredClone(defaultRules), ...structuredClone(value ?? {}) }; render(); },
    read: () => read(),
    rerender() { rules = read(); render(); },
    disable(disabled) { for (const control of container.querySelectorAll('input, select, textarea, button')) control.disabled = disabled; },
  };
}
