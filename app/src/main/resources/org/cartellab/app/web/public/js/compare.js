// The comparison page: the catalog's courses of action, a decision matrix from the comparison engine, and every
// lever, legal basis, risk and outside-the-model outcome with its evidence. Shows the API's message when the build
// has no catalog or comparison.
import { api, clear, el, errorMessage, startPage } from './common.js';
import { formatDate, formatNumber, has, language, t } from './i18n.js';

// The comparison's horizons (1, 5 and 10 years after its 2022 start) and the model's origin come from /api/parameters.
const state = { courses: null, table: null, loaded: false, failure: null, params: null };
const $ = (id) => document.getElementById(id);

function rangeText(r, digits = 2) {
  if (r.low === r.high) return formatNumber(r.central, digits);
  return formatNumber(r.central, digits) + ' [' + formatNumber(r.low, digits) + '–' + formatNumber(r.high, digits) + ']';
}

function evidenceText(e) {
  const parts = [];
  if (e.assumption) parts.push(t('cmp.assumption'));
  if (e.sources && e.sources.length) parts.push(t('cmp.sources', e.sources.join(', ')));
  return parts.join('; ') + (e.rationale ? ' — ' + e.rationale : '');
}

/** A link that opens a course of action (or a combination 'A+B') in the simulator with its levers set. */
function simulatorLink(id) {
  const q = new URLSearchParams({ coa: id, lang: language() });
  return el('a', { class: 'simulate', href: '/?' + q.toString(), 'data-coa': id, text: t('cmp.simulate') });
}

function riskDimensions() {
  const dims = new Set();
  for (const c of state.courses) for (const d of Object.keys(c.risks || {})) dims.add(d);
  return [...dims];
}

function riskLabel(d) { return has('risk.' + d) ? t('risk.' + d) : d; }

function renderStatus() {
  const box = clear($('cmp-status'));
  if (state.failure) {
    box.append(el('p', { class: 'unavailable', id: 'unavailable', text: errorMessage(state.failure) }));
    document.body.dataset.catalog = 'unavailable';
  }
}

function renderChoices() {
  const host = clear($('choices'));
  state.courses.forEach((c, i) => {
    const id = 'coa-' + i;
    host.append(el('div', { class: 'check' },
      el('input', { type: 'checkbox', id, value: c.id, checked: i < 6 }),
      el('label', { for: id, text: c.title })));
  });
  const select = clear($('cmp-weeks'));
  const horizons = state.params.comparison.horizons_weeks;
  const origin = Date.parse(state.params.origin + 'T00:00:00Z');
  for (const w of horizons) {
    const date = new Date(origin + w * 7 * 86400000).toISOString().slice(0, 10);
    select.append(el('option', { value: w, selected: w === horizons[horizons.length - 1], text: formatDate(date) + ' (' + t('sim.weekof', w) + ')' }));
  }
}

function renderMatrix() {
  const host = clear($('matrix-body'));
  if (!state.table) return;
  const dims = riskDimensions();
  const byId = Object.fromEntries(state.courses.map((c) => [c.id, c]));
  const head = el('tr', {}, el('th', { scope: 'col', text: t('cmp.course') }),
    state.table.metrics.map((m) => el('th', { scope: 'col', text: (has('metric.' + m.id) ? t('metric.' + m.id) : m.label) + ' (' + m.unit + ')' })),
    dims.map((d) => el('th', { scope: 'col', text: riskLabel(d) })));
  const rows = state.table.rows.map((r) => {
    const c = byId[r.id];
    return el('tr', {}, el('th', { scope: 'row' }, r.title, ' ', simulatorLink(r.id)),
      state.table.metrics.map((m) => el('td', { class: 'num', text: r.values[m.id] ? rangeText(r.values[m.id], 0) : '–' })),
      dims.map((d) => {
        const risk = c && c.risks ? c.risks[d] : null;
        return risk ? el('td', { class: 'risk-' + risk.level, text: risk.level + ' · ' + t('risk.level.' + risk.level) }) : el('td', { text: '–' });
      }));
  });
  host.append(el('table', { id: 'matrix-table' }, el('caption', { text: t('cmp.matrix.caption') + (state.table.note ? ' ' + state.table.note : '') }),
    el('thead', {}, head), el('tbody', {}, rows)));
  $('matrix').hidden = false;
}

function renderDetails() {
  const host = clear($('details-body'));
  for (const c of state.courses) {
    const levers = c.levers.length === 0 ? [el('p', { text: t('cmp.statusquo') })] : [el('ul', {}, c.levers.map((l) => el('li', {},
      el('strong', { text: has('lever.' + l.lever.toLowerCase() + '.label') ? t('lever.' + l.lever.toLowerCase() + '.label') : l.lever }),
      ': ' + rangeText(l.effect) + ' · ' + t('cmp.starts', l.start_week, l.ramp_weeks) + (l.scaled_by_cooperation ? ' · ' + t('cmp.cooperation') : ''),
      el('br'), el('span', { class: 'note', text: evidenceText(l.evidence) }))))];
    const legal = (c.legal || []).map((b) => el('li', {}, el('strong', { text: b.citation }),
      ' (' + b.jurisdiction + ', ' + t(b.role === 'AUTHORITY' ? 'cmp.authority' : 'cmp.constraint') + '): ' + b.note + (b.source ? ' [' + b.source + ']' : '')));
    const risks = Object.values(c.risks || {}).map((r) => el('li', {}, el('strong', { text: riskLabel(r.dimension) }),
      ': ' + r.level + ' · ' + t('risk.level.' + r.level) + ' — ' + r.rationale, el('br'), el('span', { class: 'note', text: evidenceText(r.evidence) })));
    const outside = (c.outside_model || []).map((o) => el('li', {}, el('strong', { text: o.metric }),
      ': ' + rangeText(o.range, 0) + ' ' + o.unit, el('br'), el('span', { class: 'note', text: evidenceText(o.evidence) })));
    host.append(el('article', { class: 'coa', id: 'coa-detail-' + c.id },
      el('h3', { text: c.title }),
      el('p', {}, simulatorLink(c.id)),
      el('p', { text: c.summary }),
      c.seeds && c.seeds.length ? el('p', { class: 'note', text: t('cmp.seeds', c.seeds.join(', ')) }) : null,
      el('h4', { text: t('cmp.levers') }), levers,
      el('h4', { text: t('cmp.legal') }), legal.length ? el('ul', {}, legal) : el('p', { text: t('cmp.none') }),
      el('h4', { text: t('cmp.risks') }), risks.length ? el('ul', {}, risks) : el('p', { text: t('cmp.none') }),
      outside.length ? [el('h4', { text: t('cmp.outside') }), el('ul', {}, outside)] : null));
  }
  $('details').hidden = false;
}

async function compare(event) {
  event.preventDefault();
  const ids = [...document.querySelectorAll('#choices input:checked')].map((i) => i.value);
  const err = $('cmp-error');
  if (ids.length === 0) { err.textContent = t('cmp.pick'); return; }
  err.textContent = '';
  const res = await api('/api/compare', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ids, weeks: Number($('cmp-weeks').value) }) });
  if (!res.ok) { err.textContent = errorMessage(res); return; }
  state.table = res.data;
  renderMatrix();
}

function render() {
  renderStatus();
  if (!state.courses) return;
  const checked = new Set([...document.querySelectorAll('#choices input:checked')].map((i) => i.value));
  const weeks = $('cmp-weeks').value;
  renderChoices();
  if (checked.size) document.querySelectorAll('#choices input').forEach((i) => { i.checked = checked.has(i.value); });
  if (weeks) $('cmp-weeks').value = weeks;
  renderMatrix();
  renderDetails();
}

async function init() {
  const params = await api('/api/parameters');
  if (!params.ok) { state.failure = params; render(); return; }
  state.params = params.data;
  const res = await api('/api/catalog');
  if (!res.ok) { state.failure = res; render(); return; }
  state.courses = res.data.courses;
  $('cmp-form').hidden = false;
  $('cmp-form').addEventListener('submit', compare);
  document.body.dataset.catalog = 'loaded';
  render();
}

let started = false;
startPage(() => {
  if (!started) { started = true; init(); return; }
  render();
});
