// The comparison page, equal to `compare` and its report: chosen courses (and A+B combinations) against the status quo
// with % changes, ranks and their robustness, weak-effect warnings, a chart, posterior ensemble bands on request, the
// legal pathway and risks per course, downloads and a share link. The page state (courses, horizon, language) is in the
// address bar; opening such a link runs the comparison.
import { api, clear, el, errorMessage, localized, startPage } from './common.js';
import { formatDate, formatNumber, formatSignedPct, has, language, t } from './i18n.js';
import { chartButtons, citeBlock, labelCells, sourceLinks, tableButtons } from './workbench.js';
import { legalBlock, loadProvisions, riskList } from './pathways.js';

const METRICS = ['members', 'cumulative_casualties', 'weekly_casualties', 'cumulative_incapacitations', 'sentence_years'];
const CHART_METRICS = ['members', 'cumulative_casualties'];
const ENSEMBLE_MEMBERS = 40;
const state = { courses: null, result: null, failure: null, params: null, about: null, combos: [], ensemble: null, busy: false, jobGen: 0 };
const $ = (id) => document.getElementById(id);
window.cartelLab = window.cartelLab || {};
window.cartelLab.charts = window.cartelLab.charts || {};

function title(id) {
  return id.split('+').map((p) => { const c = state.courses.find((x) => x.id === p); return c ? c.title : p; }).join(' + ');
}

const pct = formatSignedPct; // the page's one formatter (i18n.js)

function simulatorLink(id, short) {
  const q = new URLSearchParams({ coa: id, lang: language() });
  return el('a', { class: 'simulate', href: '/?' + q.toString(), 'data-coa': id, text: short ? t('nav.simulator') : t('cmp.simulate') });
}

function briefingLink(id) {
  const q = new URLSearchParams({ ids: id, lang: language() });
  return el('a', { class: 'briefing', href: '/briefing.html?' + q.toString(), 'data-briefing': id, text: t('wb.briefing.open') });
}

function metricLabel(m) { return has('metric.' + m) ? t('metric.' + m) : m; }

// ---- the address bar ------------------------------------------------------------------------------------------

function selectedIds() {
  return [...document.querySelectorAll('#choices input:checked')].map((i) => i.value).concat(state.combos);
}

function writeUrl() {
  const q = new URLSearchParams();
  q.set('ids', selectedIds().join(','));
  q.set('weeks', $('cmp-weeks').value);
  q.set('lang', language());
  history.replaceState(null, '', location.pathname + '?' + q.toString());
}

function readUrl() {
  const q = new URLSearchParams(location.search);
  if (!q.has('ids')) return false;
  const known = new Set(state.courses.map((c) => c.id));
  const ids = q.get('ids').split(',').filter((s) => s && s.split('+').every((p) => known.has(p)));
  document.querySelectorAll('#choices input').forEach((i) => { i.checked = ids.includes(i.value); });
  state.combos = ids.filter((s) => s.includes('+'));
  if (q.has('weeks')) $('cmp-weeks').value = q.get('weeks');
  return ids.length > 0;
}

// ---- the form -------------------------------------------------------------------------------------------------

function renderChoices() {
  const checked = new Set([...document.querySelectorAll('#choices input:checked')].map((i) => i.value));
  const first = document.querySelectorAll('#choices input').length === 0;
  const host = clear($('choices'));
  state.courses.forEach((c, i) => {
    const id = 'coa-' + i;
    host.append(el('div', { class: 'check' },
      el('input', { type: 'checkbox', id, value: c.id, checked: first ? i < 6 : checked.has(c.id) }),
      el('label', { for: id, text: c.title })));
  });
  const weeks = $('cmp-weeks').value;
  const select = clear($('cmp-weeks'));
  const horizons = state.params.comparison.horizons_weeks;
  const origin = Date.parse(state.params.origin + 'T00:00:00Z');
  for (const w of horizons) {
    const date = new Date(origin + w * 7 * 86400000).toISOString().slice(0, 10);
    select.append(el('option', { value: w, selected: weeks ? String(w) === weeks : w === horizons[horizons.length - 1], text: formatDate(date) + ' (' + t('sim.weekof', w) + ')' }));
  }
  for (const sel of [$('combo-a'), $('combo-b')]) {
    const v = sel.value;
    clear(sel).append(el('option', { value: '', text: t('sim.preset.none') }));
    for (const c of state.courses) if (!c.status_quo) sel.append(el('option', { value: c.id, text: c.title, selected: c.id === v }));
  }
  renderCombos();
}

function renderCombos() {
  const host = clear($('combos'));
  for (const id of state.combos) {
    host.append(el('li', {}, el('span', { text: title(id) }), ' ', el('button', { type: 'button', class: 'small', text: t('wb.remove'),
      onclick: () => { state.combos = state.combos.filter((x) => x !== id); renderCombos(); writeUrl(); } })));
  }
}

function addCombo() {
  const a = $('combo-a').value;
  const b = $('combo-b').value;
  const err = $('cmp-error');
  if (!a || !b || a === b) { err.textContent = t('wb.combo.pick'); return; }
  err.textContent = '';
  const id = a + '+' + b;
  if (!state.combos.includes(id)) state.combos.push(id);
  renderCombos();
  writeUrl();
}

function setBusy(busy, text) {
  state.busy = busy;
  const button = $('cmp-run');
  button.disabled = busy;
  $('results').setAttribute('aria-busy', busy ? 'true' : 'false');
  document.body.dataset.busy = busy ? 'yes' : 'no';
  $('cmp-progress').textContent = text || '';
}

async function compare(event) {
  if (event) event.preventDefault();
  const ids = selectedIds();
  const err = $('cmp-error');
  if (ids.length === 0) { err.textContent = t('cmp.pick'); return; }
  err.textContent = '';
  writeUrl();
  setBusy(true, t('wb.running'));
  state.ensemble = null;
  state.jobGen++;
  const res = await api(localized('/api/assess'), { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ids, weeks: Number($('cmp-weeks').value) }) });
  setBusy(false, '');
  if (!res.ok) { err.textContent = errorMessage(res); return; }
  state.result = res.data;
  document.body.dataset.compared = String(Number(document.body.dataset.compared || 0) + 1);
  renderResults();
  $('results-h').focus();
}

// ---- results --------------------------------------------------------------------------------------------------

function changeCell(v) {
  if (!v) return el('td', { text: '–' });
  const weak = v.sign_undetermined;
  return el('td', { class: 'num' + (weak ? ' weak' : ''), 'data-value': v.change_pct === null ? '' : String(v.change_pct), title: weak ? t('wb.weak.sign') : null },
    weak ? el('span', { class: 'warn-mark', 'aria-hidden': 'true', text: '⚠ ' }) : null, el('strong', { text: pct(v.change_pct) }), el('br'),
    el('span', { class: 'range', text: '[' + pct(v.change_low_pct) + ' … ' + pct(v.change_high_pct) + ']' }),
    weak ? el('span', { class: 'visually-hidden', text: ' (' + t('wb.weak.sign') + ')' }) : null);
}

function overviewTable() {
  const r = state.result;
  const head = el('tr', {}, el('th', { scope: 'col', text: t('cmp.course') }), el('th', { scope: 'col', text: t('wb.rank') }),
    el('th', { scope: 'col', text: t('wb.first') }), el('th', { scope: 'col', text: t('wb.above') }),
    METRICS.map((m) => el('th', { scope: 'col', text: metricLabel(m) + ' ' + t('wb.vs.sq') })),
    el('th', { scope: 'col', text: t('wb.open') }));
  const rows = [...r.rows].sort((a, b) => a.rank - b.rank || b.score - a.score).map((row) => el('tr', { 'data-coa': row.id, class: row.status_quo ? 'sq' : null },
    el('th', { scope: 'row', text: title(row.id) }),
    el('td', { class: 'num', 'data-value': String(row.rank), title: row.tied_with && row.tied_with.length ? t('cmp.tied_with', row.tied_with.map(title).join(', ')) : null,
      text: row.rank + (row.tied_with && row.tied_with.length ? '=' : '') + (row.rank_low_levers !== row.rank || row.rank_high_levers !== row.rank ? ' (' + row.rank_low_levers + '–' + row.rank_high_levers + ')' : '') }),
    el('td', { class: 'num', 'data-value': String(row.share_ranked_first), text: formatNumber(100 * row.share_ranked_first, 0) + '\u00a0%' }),
    el('td', { class: 'num', 'data-value': row.status_quo ? '' : String(row.share_above_status_quo), text: row.status_quo ? '–' : formatNumber(100 * row.share_above_status_quo, 0) + '\u00a0%' }),
    METRICS.map((m) => (row.status_quo ? el('td', { class: 'num', 'data-value': String(row.values[m].central), text: formatNumber(row.values[m].central, 0) }) : changeCell(row.values[m]))),
    el('td', { class: 'links-cell' }, row.status_quo ? null : [briefingLink(row.id), el('br'), simulatorLink(row.id, true)])));
  return labelCells(el('table', { id: 'overview-table', class: 'fit' },
    el('caption', { text: t('wb.overview.caption', r.years, formatNumber(r.robustness.samples, 0)) }),
    el('thead', {}, head), el('tbody', {}, rows)));
}

function renderChart() {
  const host = $('chart-change');
  let chart = window.cartelLab.charts.change;
  if (!chart) { chart = echarts.init(host, null, { renderer: 'canvas' }); window.cartelLab.charts.change = chart; }
  const rows = state.result.rows.filter((r) => !r.status_quo).sort((a, b) => a.rank - b.rank);
  const cats = rows.map((r) => title(r.id));
  const colors = ['#0b5394', '#b35900'];
  const series = CHART_METRICS.map((m, k) => ({
    name: metricLabel(m), type: 'boxplot', itemStyle: { color: k ? '#fde8d7' : '#dce8f5', borderColor: colors[k], borderWidth: 2 },
    data: rows.map((r) => { const v = r.values[m]; return [v.change_low_pct, v.change_low_pct, v.change_pct, v.change_high_pct, v.change_high_pct].map((x) => x ?? 0); }),
  }));
  chart.setOption({
    animation: false,
    legend: { top: 0, textStyle: { color: '#1a1a1a' } },
    tooltip: { trigger: 'item', formatter: (p) => p.seriesName + '<br>' + p.name + ': ' + pct(p.data[3]) + ' [' + pct(p.data[1]) + ' … ' + pct(p.data[5]) + ']' },
    grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
    xAxis: { type: 'value', name: t('wb.chart.axis'), nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: (v) => formatNumber(v, 0) + ' %', color: '#333' } },
    yAxis: { type: 'category', data: cats, inverse: true, axisLabel: { width: Math.min(300, Math.max(120, host.clientWidth * 0.3)), overflow: 'break', lineHeight: 15, color: '#1a1a1a' } },
    series,
  }, { notMerge: true });
  host.style.height = Math.max(240, 90 + rows.length * 90) + 'px';
  chart.resize();
}

function renderWeak() {
  const host = clear($('weak-body'));
  const w = state.result.weak_effects;
  if (!w.length) { host.append(el('p', { text: t('wb.weak.none') })); return; }
  const kinds = {};
  for (const x of w) (kinds[x.coa] = kinds[x.coa] || []).push(x);
  // the detail sentences are the core's own, English only (the API says message_language); the kinds are translated
  const detailLang = state.result.message_language && state.result.message_language !== language() ? state.result.message_language : null;
  host.append(el('ul', { class: 'weak-list' }, Object.entries(kinds).map(([coa, xs]) => el('li', {}, el('strong', { text: title(coa) }), ': ',
    xs.map((x) => (has('wb.weak.' + x.kind) ? t('wb.weak.' + x.kind) : x.kind)).filter((v, i, a) => a.indexOf(v) === i).join('; '),
    el('details', {}, el('summary', { text: t('wb.weak.detail') }), el('ul', { lang: detailLang }, xs.map((x) => el('li', { text: x.message }))))))));
}

function renderDetails() {
  const host = clear($('details-body'));
  // before a comparison every course is listed, so the catalog can be browsed and opened in the simulator
  const ids = new Set(state.result ? state.result.rows.flatMap((r) => r.id.split('+')) : state.courses.map((c) => c.id));
  for (const c of state.courses.filter((x) => ids.has(x.id) && !x.status_quo)) {
    const levers = el('ul', {}, c.levers.map((l) => el('li', {},
      el('strong', { text: has('lever.' + l.lever.toLowerCase() + '.label') ? t('lever.' + l.lever.toLowerCase() + '.label') : l.lever }),
      ': ' + formatNumber(l.effect.central, 2) + ' [' + formatNumber(l.effect.low, 2) + '–' + formatNumber(l.effect.high, 2) + '] · ' + t('cmp.starts', l.start_week, l.ramp_weeks),
      l.evidence.assumption ? ' · ' + t('cmp.assumption') : '', l.evidence.sources.length ? [' · ', t('wb.sources'), ' ', ...sourceLinks(l.evidence.sources)] : null)));
    host.append(el('details', { class: 'coa', id: 'coa-detail-' + c.id },
      el('summary', {}, el('span', { class: 'coa-title', text: c.title })),
      el('p', { text: c.summary }),
      el('p', {}, briefingLink(c.id), ' · ', simulatorLink(c.id)),
      el('h3', { text: t('cmp.legal') }), legalBlock(c),
      el('h3', { text: t('cmp.risks') }), riskList(c),
      el('h3', { text: t('cmp.levers') }), levers));
  }
}

function renderEnsemble() {
  const host = clear($('ensemble-body'));
  const e = state.ensemble;
  if (!e) return;
  const head = el('tr', {}, el('th', { scope: 'col', text: t('cmp.course') }),
    CHART_METRICS.map((m) => [el('th', { scope: 'col', text: metricLabel(m) + ' ' + t('wb.vs.sq') }), el('th', { scope: 'col', text: t('wb.ens.lower') })]),
    el('th', { scope: 'col', text: t('wb.ens.rank') }), el('th', { scope: 'col', text: t('wb.first') }));
  const rows = Object.entries(e.courses).filter(([, r]) => !r.baseline).map(([id, r]) => el('tr', {}, el('th', { scope: 'row', text: title(id) }),
    CHART_METRICS.map((m) => [el('td', { class: 'num', text: pct(r[m].change_pct.median) + ' [' + pct(r[m].change_pct.p5) + ' … ' + pct(r[m].change_pct.p95) + ']' }),
      el('td', { class: 'num', text: formatNumber(100 * r[m].prob_lower, 0) + ' %' })]),
    el('td', { class: 'num', text: formatNumber(r.median_rank, 1) }), el('td', { class: 'num', text: formatNumber(100 * r.share_first, 0) + ' %' })));
  const table = labelCells(el('table', { id: 'ensemble-table', class: 'fit' }, el('caption', { text: t('wb.ens.caption', e.members, e.years) }), el('thead', {}, head), el('tbody', {}, rows)));
  host.append(table, tableButtons(() => $('ensemble-table'), 'compare-ensemble'));
}

async function runEnsemble() {
  const gen = ++state.jobGen;
  const status = $('ens-status');
  const bar = $('ens-progress');
  $('ens-run').disabled = true;
  $('ensemble').setAttribute('aria-busy', 'true');
  bar.hidden = false;
  bar.value = 0;
  status.textContent = t('sim.bands.running', 0, ENSEMBLE_MEMBERS);
  const ids = state.result.rows.filter((r) => !r.status_quo).map((r) => r.id);
  const started = await api(localized('/api/assess/ensemble'), { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ids, weeks: state.result.weeks, members: ENSEMBLE_MEMBERS }) });
  const finish = (text) => { status.textContent = text; $('ens-run').disabled = false; $('ensemble').setAttribute('aria-busy', 'false'); bar.hidden = true; };
  if (!started.ok) { finish(errorMessage(started)); return; }
  for (let i = 0; i < 2400; i++) {
    await new Promise((r) => setTimeout(r, 400));
    if (gen !== state.jobGen) { finish(''); return; }
    const job = await api(localized('/api/jobs/' + encodeURIComponent(started.data.id)));
    if (!job.ok) { finish(errorMessage(job)); return; }
    bar.value = job.data.progress;
    if (job.data.state === 'done') { state.ensemble = job.data.result; finish(t('sim.bands.done', job.data.result.members)); renderEnsemble(); return; }
    if (job.data.state === 'failed') { finish(t('common.error', job.data.error)); return; }
    status.textContent = t('sim.bands.running', job.data.done, job.data.total);
  }
}

function renderResults() {
  if (!state.result) return;
  $('results').hidden = false;
  const host = clear($('overview-body'));
  host.append(overviewTable(), tableButtons(() => $('overview-table'), 'compare'));
  if (state.result.status_quo_note) host.append(el('p', { class: 'flag', id: 'status-quo-note', text: state.result.status_quo_note[document.documentElement.lang] || state.result.status_quo_note.en }));
  host.append(el('p', {}, el('a', { id: 'brief-all', class: 'briefing', text: t('wb.brief.comparison'), // the briefing of this comparison (webbrief)
    href: '/briefing.html?' + new URLSearchParams({ ids: state.result.rows.filter((r) => !r.status_quo).map((r) => r.id).join(','), lang: language() }).toString() })));
  $('chart-box').hidden = false;
  clear($('chart-tools')).append(chartButtons(() => window.cartelLab.charts.change, 'compare-change', t('wb.chart.caption')));
  renderChart();
  renderWeak();
  renderDetails();
  $('details').hidden = false;
  renderEnsemble();
  const cite = clear($('cite-box'));
  if (state.about) cite.append(citeBlock(state.about, location.href));
}

function renderStatus() {
  const box = clear($('cmp-status'));
  if (state.failure) {
    box.append(el('p', { class: 'unavailable', id: 'unavailable', text: errorMessage(state.failure) }));
    document.body.dataset.catalog = 'unavailable';
  }
}

function render() {
  renderStatus();
  if (!state.courses) return;
  renderChoices();
  if (state.result) renderResults();
  else { renderDetails(); $('details').hidden = false; }
}

/** The catalog and the knowledge base's citations in the page language (again after a language switch). */
async function loadCatalog() {
  const res = await api(localized('/api/catalog'));
  if (!res.ok) { state.failure = res; return false; }
  state.failure = null;
  state.courses = res.data.courses;
  await loadProvisions();
  return true;
}

async function init() {
  const [params, about] = await Promise.all([api(localized('/api/parameters')), api(localized('/api/about'))]);
  if (!params.ok) { state.failure = params; render(); return; }
  state.params = params.data;
  if (about.ok) state.about = about.data;
  if (!(await loadCatalog())) { render(); return; }
  $('cmp-form').hidden = false;
  $('cmp-form').addEventListener('submit', compare);
  $('combo-add').addEventListener('click', addCombo);
  $('ens-run').addEventListener('click', runEnsemble);
  window.addEventListener('resize', () => window.cartelLab.charts.change && window.cartelLab.charts.change.resize());
  document.body.dataset.catalog = 'loaded';
  render();
  if (readUrl()) { renderCombos(); await compare(); }
}

let started = false;
startPage(async (switched) => {
  if (!started) { started = true; init(); return; }
  if (switched && state.courses) {
    document.body.dataset.catalog = 'reloading';
    await loadCatalog();
    document.body.dataset.catalog = 'loaded';
  }
  render();
  if (state.courses) writeUrl();
});
