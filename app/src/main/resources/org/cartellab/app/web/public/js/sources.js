// The sources page: model limits, parameter defaults with sources, levers, bundled data provenance, and the
// catalog's evidence when the build has one.
import { api, clear, el, errorMessage, localized, startPage } from './common.js';
import { formatNumber, has, list, t } from './i18n.js';
import { labelCells, sourceLinks } from './workbench.js';

const state = { params: null, data: null, catalog: null, catalogFailure: null };
const $ = (id) => document.getElementById(id);

const SUPERSCRIPT = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Full precision: small rates in scientific notation (2.527474 × 10⁻³), counts with digit grouping. */
function num(v) {
  if (v !== 0 && Math.abs(v) < 1e-2) {
    const [m, e] = v.toExponential().split('e');
    return m + ' × 10' + String(Number(e)).replace(/./g, (c) => SUPERSCRIPT[c] || c);
  }
  return formatNumber(v, Number.isInteger(v) ? 0 : 2);
}

/** The two kinds of change the bundled data records, in the page's language; anything else as written. */
function changes(text) {
  if (text === 'none') return t('data.changes.none');
  if (text.startsWith('Names of the 35 groups')) return t('data.changes.relabelled');
  return text;
}

// English text from the server that has no Spanish yet is marked lang="en" (screen readers, and the Spanish-page test):
// the parameters' and levers' source citations and bases, the data sets' citations. The catalog comes translated (?lang=).
function en(text) { return { text, lang: 'en' }; }

/** A cell: text, {text, lang}, or nodes (e.g. source links). */
function cell(tag, c, attrs = {}) {
  if (c instanceof Node || Array.isArray(c)) return el(tag, attrs, c);
  if (c && typeof c === 'object') return el(tag, { ...attrs, lang: c.lang, text: c.text });
  return el(tag, { ...attrs, text: c });
}

function table(id, headers, rows) {
  return labelCells(el('table', { id, class: 'fit' }, el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) => (i === 0 ? cell('th', c, { scope: 'row' }) : cell('td', c))))))));
}

function render() {
  const limits = clear($('limits'));
  for (const item of list('limits')) limits.append(el('li', { text: item }));
  if (state.params) {
    clear($('params')).append(table('param-table',
      [t('src.param.name'), t('src.param.value'), t('src.param.unit'), t('src.param.bounds'), t('src.param.source'), t('src.param.note')],
      state.params.parameters.map((p) => [has('param.' + p.name) ? t('param.' + p.name) : p.name, num(p.value),
        has('unit.' + p.name) ? t('unit.' + p.name) : p.unit,
        num(p.low) + ' – ' + num(p.high), [el('span', { lang: 'en', text: p.source }), p.assumption ? ' (' + t('cmp.assumption') + ')' : ''],
        has('note.' + p.name) ? t('note.' + p.name) : en(p.note)])));
    clear($('lever-table')).append(table('levers-table',
      [t('src.param.name'), t('src.lever.range'), t('src.lever.basis')],
      state.params.levers.map((l) => [leverLabel(l), leverRange(l),
        l.kind === 'multiplier' && l.parameter === l.id ? t('src.lever.basis.multiplier') : en(l.basis)])));
    // the bands always draw from the calibration posterior; the dictionary explains it in both languages
    $('ensemble').textContent = t('src.ensemble.posterior');
  }
  if (state.data) {
    const n = state.data.network;
    $('network-facts').textContent = t('src.network', n.organisations, n.rivalries, n.alliances, n.person_labelled_replaced, n.non_cartel_organisations.map((x) => x.trim()).join(', '));
    clear($('datasets')).append(table('data-table',
      [t('src.data.file'), t('src.data.what'), t('src.data.citation'), t('src.data.changes')],
      state.data.datasets.map((d) => [d.file, has('data.' + d.id) ? t('data.' + d.id) : en(d.description), en(d.citation), d.changes === 'none' || d.changes.startsWith('Names of the 35 groups') ? changes(d.changes) : en(d.changes)])));
  }
  const cat = clear($('catalog'));
  if (state.catalogFailure) cat.append(el('p', { class: 'unavailable', id: 'catalog-unavailable', text: errorMessage(state.catalogFailure) }));
  if (state.catalog) {
    const rows = [];
    const basis = (e) => [e.assumption ? t('cmp.assumption') + (e.sources.length ? '; ' : '') : '', ...sourceLinks(e.sources)];
    for (const c of state.catalog) {
      for (const l of c.levers) {
        const key = 'lever.' + l.lever.toLowerCase() + '.label';
        rows.push([c.title, has(key) ? t(key) : l.lever, num(l.effect.low) + ' / ' + num(l.effect.central) + ' / ' + num(l.effect.high), basis(l.evidence), l.evidence.rationale]);
      }
      for (const r of Object.values(c.risks || {})) {
        rows.push([c.title, has('risk.' + r.dimension) ? t('risk.' + r.dimension) : r.dimension, r.level + ' · ' + t('risk.level.' + r.level), basis(r.evidence), r.rationale]);
      }
      for (const o of c.outside_model || []) {
        rows.push([c.title, o.metric, num(o.range.low) + ' / ' + num(o.range.central) + ' / ' + num(o.range.high) + ' ' + o.unit, basis(o.evidence), o.evidence.rationale]);
      }
    }
    cat.append(table('evidence-table', [t('cmp.course'), t('src.catalog.item'), t('src.lever.range'), t('src.param.source'), t('src.param.note')], rows));
  }
  document.body.dataset.loaded = state.params && state.data ? 'yes' : 'no';
}

async function init() {
  document.body.dataset.loaded = 'no';
  const [p, d, c] = await Promise.all([api(localized('/api/parameters')), api(localized('/api/data')), api(localized('/api/catalog'))]);
  if (p.ok) state.params = p.data; else $('params').textContent = errorMessage(p);
  if (d.ok) state.data = d.data; else $('datasets').textContent = errorMessage(d);
  if (c.ok) { state.catalog = c.data.courses; state.catalogFailure = null; } else state.catalogFailure = c;
  render();
}

let started = false;
startPage((switched) => {
  if (!started || switched) { started = true; render(); init(); return; }
  render();
});

function leverLabel(l) {
  for (const key of ['sim.lever.' + l.id + '.label', 'lever.' + l.id + '.label']) if (has(key)) return t(key);
  return l.label;
}

function leverRange(l) {
  if (l.kind === 'multiplier') return '×' + formatNumber(l.min, 2) + ' – ×' + formatNumber(l.max, 2);
  if (l.kind === 'change') return '−' + formatNumber(Math.abs(l.min), 2) + ' – +' + formatNumber(l.max, 2);
  if (l.kind === 'weeks') return t('sim.lever.weeks', formatNumber(l.min, 0) + ' – ' + formatNumber(l.max, 0));
  return formatNumber(l.min, 0) + ' – ' + formatNumber(l.max, 0);
}
