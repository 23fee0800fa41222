// The marking-scheme editor of the organizer console: modules with weights, each with aspects of the
// three kinds (measurement with its deductions, judgement with its four level descriptions, graded with
// its aggregation). Every input names the request field it fills (data-field), so the API's validation
// messages land next to the input they are about.
import { t } from './i18n.js';
import { element } from './dom.js';

const kinds = ['measurement', 'judgement', 'graded'];
const aggregations = ['', 'mean', 'median', 'trimmedMean'];

let ids = 0;
/** A labelled input or select; ids are unique per page so labels stay tied to their inputs. */
function field(labelKey, control, path, values = {}) {
  control.id = `se-${++ids}`;
  control.dataset.field = path;
  return element('div', { className: 'field' }, element('label', { htmlFor: control.id, textContent: t(labelKey, values) }), control);
}

const input = (value, props = {}) => element('input', { value: value ?? '', ...props });
const select = (options, value, labelOf) =>
  Object.assign(element('select', {}, ...options.map((o) => element('option', { value: o, textContent: labelOf(o) }))), { value: value ?? '' });

function aspectEditor(aspect, path, onRemove) {
  const kind = select(kinds, aspect.kind, (k) => t(`org.kind.${k}`));
  const name = input(aspect.name, { required: true, maxLength: 200 });
  const maxMark = input(aspect.maxMark, { type: 'number', min: '0.01', step: '0.01', required: true });
  const deductions = input((aspect.deductions ?? []).join(', '), { inputMode: 'decimal' });
  const aggregation = select(aggregations, aspect.aggregation ?? '', (a) => t(a ? `org.aggregation.${a}` : 'org.aggregation.default'));
  const levels = [0, 1, 2, 3].map((n) => element('textarea', { rows: 2, value: aspect.levels?.[n] ?? '', maxLength: 500 }));
  const deductionField = field('org.deductions', deductions, `${path}.Deductions`);
  const aggregationField = field('org.aggregation', aggregation, `${path}.Aggregation`);
  const levelsField = element('fieldset', { className: 'levels' }, element('legend', { textContent: t('org.levelsTitle') }),
    ...levels.map((l, n) => field('org.levelN', l, `${path}.Levels[${n}]`, { n })));
  const node = element('div', { className: 'aspect' },
    element('div', { className: 'aspect-row' },
      field('org.aspectName', name, `${path}.Name`), field('org.kind', kind, `${path}.Kind`), field('org.maxMark', maxMark, `${path}.MaxMark`),
      element('button', { type: 'button', className: 'secondary remove', textContent: t('org.removeAspect'), onclick: onRemove })),
    deductionField, aggregationField, levelsField);
  const showKind = () => {
    deductionField.classList.toggle('hidden', kind.value !== 'measurement');
    aggregationField.classList.toggle('hidden', kind.value !== 'graded');
    levelsField.classList.toggle('hidden', kind.value !== 'judgement');
  };
  kind.addEventListener('change', showKind);
  showKind();
  return {
    node,
    read: () => {
      const read = { name: name.value.trim(), kind: kind.value, maxMark: Number(maxMark.value) };
      if (kind.value === 'measurement') read.deductions = deductions.value.split(/[,，\s]+/).filter(Boolean).map(Number);
      if (kind.value === 'graded' && aggregation.value) read.aggregation = aggregation.value;
      if (kind.value === 'judgement' && levels.some((l) => l.value.trim())) read.levels = levels.map((l) => l.value.trim());
      return read;
    },
  };
}

/** Fills a container with the editor; set(scheme) shows a scheme, read() answers the request's markingScheme. */
export function schemeEditor(container) {
  let modules = [];
  let scheme = { modules: [] };

  function render() {
    const editors = scheme.modules.map((module, m) => {
      const name = input(module.name, { required: true, maxLength: 200 });
      const weight = input(module.weight, { type: 'number', min: '0.0001', step: '0.0001', required: true });
      const aspects = (module.aspects ?? []).map((aspect, a) => aspectEditor(aspect, `Modules[${m}].Aspects[${a}]`, () => {
        keep();
        scheme.modules[m].aspects.splice(a, 1);
        render();
      }));
      const node = element('fieldset', { className: 'module panel' },
        element('legend', { textContent: `${t('org.module')} ${m + 1}` }),
        element('div', { className: 'module-row' },
          field('org.moduleName', name, `Modules[${m}].Name`), field('org.weight', weight, `Modules[${m}].Weight`),
          element('button', { type: 'button', className: 'secondary remove', textContent: t('org.removeModule'), onclick: () => { keep(); scheme.modules.splice(m, 1); render(); } })),
        ...aspects.map((a) => a.node),
        element('button', { type: 'button', className: 'secondary', textContent: t('org.addAspect'),
          onclick: () => { keep(); scheme.modules[m].aspects.push({ name: '', kind: 'measurement', maxMark: 10 }); render(); } }));
      return { node, read: () => ({ name: name.value.trim(), weight: Number(weight.value), aspects: aspects.map((a) => a.read()) }) };
    });
    modules = editors;
    container.replaceChildren(...editors.map((e) => e.node),
      element('button', { type: 'button', className: 'secondary add-module', textContent: t('org.addModule'),
        onclick: () => { keep(); scheme.modules.push({ name: '', weight: 1, aspects: [{ name: '', kind: 'measurement', maxMark: 10 }] }); render(); } }));
  }

  /** What the inputs hold now, so a re-render (a row added, the language switched) loses nothing typed. */
  const keep = () => { scheme = { modules: modules.map((m) => m.read()) }; };

  return {
    set(value) { scheme = structuredClone(value ?? { modules: [] }); render(); },
    read() { keep(); return scheme; },
    rerender() { keep(); render(); },
    disable(disabled) { for (const control of container.querySelectorAll('input, select, textarea, button')) control.disabled = disabled; },
  };
}
