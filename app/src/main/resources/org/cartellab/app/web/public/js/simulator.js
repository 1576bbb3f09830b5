// The simulator page: data-driven lever form (hand-set sliders, or a course of action's levers from the catalog),
// live charts (scenario solid, status quo dashed), posterior predictive bands via a job, scenario kept in the address
// bar so a link reproduces it. Ranges, units, the model's origin and the presets come from the API.
import { api, clear, el, errorMessage, localized, startPage } from './common.js';
import { formatDate, formatNumber, formatSignedPct, has, language, t } from './i18n.js';
import { chartButtons, sourceLinks } from './workbench.js';

const GROUP_ORDER = ['course', 'flows_in', 'enforcement', 'violence', 'flows_out', 'structure', 'cooperation', 'prison'];
const CHARTS = ['members', 'deaths', 'incapacitations', 'prison_years'];
const COLORS = { scenario: '#0b5394', statusQuo: '#4a4a4a', bandScenario: 'rgba(11,83,148,0.18)', bandStatusQuo: 'rgba(74,74,74,0.14)' };
const ENSEMBLE_RUNS = 40;

const state = {
  params: null, levers: [], values: {}, weeks: null, from: null, presets: null, coa: [], coaValues: [],
  evidence: null, result: null, bands: null, bandsKey: null, inflight: null, generation: 0, timer: null, bandTimer: null, jobGeneration: 0,
};
// For tests and the curious: the chart instances and the last result.
window.cartelLab = { charts: {}, state, renders: 0 };

const $ = (id) => document.getElementById(id);

// the model's week 0 as the API gives it (e.g. 2012-01-01)
function weekDate(w) {
  const d = new Date(Date.parse(state.params.origin + 'T00:00:00Z') + w * 7 * 86400000);
  return d.toISOString().slice(0, 10);
}

/** An x-axis label: month and year of a time-axis value in the page's language ("Jan 2022", "ene 2022"), UTC like the model clock. */
function axisDate(value) {
  return new Intl.DateTimeFormat(language() === 'es' ? 'es-MX' : 'en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(value));
}

/** The unit of a chart's quantity in the page's language. */
function unit(name) { return t('wb.unit.' + name); }

/** The course of action's levers (a combination's concatenated, as the comparison does), or null for hand-set levers. */
function courseLevers() {
  if (!state.coa.length || !state.presets) return null;
  const out = [];
  for (const id of state.coa) {
    const c = state.presets.find((p) => p.id === id);
    if (!c) return null;
    out.push(...c.levers);
  }
  return out;
}

function query() {
  const q = new URLSearchParams();
  q.set('weeks', state.weeks);
  q.set('from', state.from);
  if (state.coa.length) {
    q.set('coa', state.coa.join('+'));
    const levers = courseLevers() || [];
    const values = levers.map((l, k) => (state.coaValues[k] === undefined || state.coaValues[k] === l.central ? '' : String(state.coaValues[k])));
    while (values.length && values[values.length - 1] === '') values.pop();
    if (values.length) q.set('coa_values', values.join(','));
    return q;
  }
  for (const l of state.levers) if (state.values[l.id] !== l.neutral) q.set(l.id, state.values[l.id]);
  return q;
}

/** The query as a job's JSON object: numbers as JSON numbers (the server refuses numbers written as text), the course id as text. */
function jobQuery() {
  const o = {};
  for (const [k, v] of query()) o[k] = k !== 'coa' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
  return o;
}

function readUrl() {
  const q = new URLSearchParams(location.search);
  const lim = state.params.limits;
  const num = (k, d) => (q.has(k) && q.get(k) !== '' && Number.isFinite(Number(q.get(k))) ? Number(q.get(k)) : d);
  state.weeks = clamp(Math.round(num('weeks', lim.default_weeks)), 52, lim.max_weeks);
  state.from = clamp(Math.round(num('from', Math.min(lim.default_from, state.weeks))), 0, state.weeks);
  for (const l of state.levers) state.values[l.id] = clamp(num(l.id, l.neutral), l.min, l.max);
  const known = new Set((state.presets || []).map((p) => p.id));
  state.coa = q.has('coa') ? q.get('coa').split(/[+ ]/).filter((id) => known.has(id)) : [];
  state.coaValues = [];
  if (state.coa.length && q.has('coa_values')) {
    q.get('coa_values').split(',').forEach((v, k) => { if (v !== '' && Number.isFinite(Number(v))) state.coaValues[k] = Number(v); });
  }
  $('bands').checked = q.get('bands') === '1';
}

function clamp(v, lo, hi) { return Math.min(hi, Math.max(lo, v)); }

function writeUrl() {
  const q = query();
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang) q.set('lang', lang);
  if ($('bands').checked) q.set('bands', '1');
  history.replaceState(null, '', location.pathname + '?' + q.toString());
  $('dl-yaml').href = '/api/scenario.yaml?' + query().toString();
  $('dl-csv').href = '/api/simulate.csv?' + query().toString();
}

// the keys the API gives for each control (a multiplier's label key is its parameter's declared one), then the
// server's English
function leverText(l, what, fallback) {
  const key = what === 'label' ? l.label_key : l.help_key;
  return key && has(key) ? t(key) : fallback;
}
function leverLabel(l) { return leverText(l, 'label', l.label); }
function leverHelp(l) { return leverText(l, 'help', l.help); }
function leverValue(l, v) {
  if (l.kind === 'count') return formatNumber(v, 0);
  if (l.kind === 'change') return (v > 0 ? '+' : v < 0 ? '−' : '±') + formatNumber(Math.abs(v), 2);
  if (l.kind === 'weeks') return v === 0 ? t('sim.lever.weeks.none') : t('sim.lever.weeks', formatNumber(v, 0));
  return t('lever.value', formatNumber(v, 2));
}

function courseValue(l, v) {
  if (l.lever === 'leadership_removal') return t('sim.lever.factions.value', formatNumber(v, 0));
  if (l.lever === 'cooperation') return (v > 0 ? '+' : v < 0 ? '−' : '±') + formatNumber(Math.abs(v), 2);
  return t('lever.value', formatNumber(v, 2));
}

function courseHelp(l) {
  const base = has('lever.' + l.lever + '.help') ? t('lever.' + l.lever + '.help') : l.unit;
  if (l.low === l.high) return base + ' ' + t('sim.preset.fixed', courseValue(l, l.central));
  return t('sim.preset.lever.help', base, l.start_week, l.ramp_weeks, l.scaled_by_cooperation ? t('sim.preset.cooperation') : '',
    courseValue(l, l.low), courseValue(l, l.high));
}

function buildCourseLevers(host, levers) {
  const fs = el('fieldset', { class: 'group' }, el('legend', { 'data-group': 'course', text: t('group.course') }));
  levers.forEach((l, k) => {
    const id = 'course-lever-' + k;
    const step = l.lever === 'leadership_removal' ? 1 : Math.max(0.001, Number(((l.high - l.low) / 20).toPrecision(2)));
    const input = el('input', {
      type: 'range', id, name: id, min: l.low, max: l.high, step, value: courseValueAt(k, l),
      'aria-describedby': id + '-help', 'data-course-lever': l.lever, disabled: l.low === l.high,
    });
    input.addEventListener('input', () => {
      state.coaValues[k] = Number(input.value);
      updateOutputs();
      changed();
    });
    fs.append(el('div', { class: 'control' },
      el('label', { for: id, text: has('lever.' + l.lever + '.label') ? t('lever.' + l.lever + '.label') : l.lever }),
      el('output', { id: id + '-out', for: id }),
      input,
      el('p', { class: 'help', id: id + '-help', text: courseHelp(l) }),
      moreInfo(l.lever.toLowerCase(), null, l.grading)));
  });
  host.append(fs);
}

// The evidence table of a course lever kind (from the core's lever evidence tables); hand-set levers that change a
// model parameter also show the parameter's value, source and note; others map to the lever kind they stand for.
const EVIDENCE_FOR = { leadership_targets: 'leadership_removal', factions: 'leadership_removal', recovery_weeks: 'cooperation', sentence: 'sentence_multiplier' };

function moreInfo(leverId, lever, grading) { // grading: a course lever's two grades from the core (size is the course's own)
  const key = EVIDENCE_FOR[leverId] || leverId;
  const table = state.evidence && state.evidence[key];
  const param = lever && lever.parameter ? state.params.parameters.find((p) => p.name === lever.parameter) : null;
  if (!table && !param) return null;
  const body = [];
  if (param) {
    body.push(el('p', {}, t('wb.info.param', formatNumber(param.value, param.value < 0.01 ? 6 : 2), has('unit.' + param.name) ? t('unit.' + param.name) : param.unit),
      ' ', t('wb.sources'), ' ', el('span', { lang: 'en', text: param.source }), param.assumption ? ' (' + t('cmp.assumption') + ')' : ''));
  }
  if (table) {
    body.push(el('p', {}, t('wb.info.grades', t('wb.grade.' + table.direction), t('wb.grade.' + (grading ? grading.size : table.size))), ' ', el('span', { lang: 'en', text: table.summary })));
    body.push(el('ul', { class: 'studies' }, table.studies.map((st) => el('li', {}, sourceLinks([st.source]), ': ',
      el('span', { lang: 'en', text: st.design + ', ' + st.place + ', ' + st.period + ' — ' + st.outcome
        + (st.effect && st.effect.estimate !== null && st.effect.estimate !== undefined ? ': ' + st.effect.estimate + (st.effect.unit ? ' ' + st.effect.unit : '') : '') })))));
  }
  return el('details', { class: 'more-info', 'data-info': key }, el('summary', { text: t('wb.info') }), body);
}

function courseValueAt(k, l) { return state.coaValues[k] === undefined ? l.central : state.coaValues[k]; }

function buildPresets() {
  const box = $('preset-box');
  if (!state.presets) { box.hidden = true; return; }
  box.hidden = false;
  const title = (c) => c.title;
  const first = clear($('preset'));
  first.append(el('option', { value: '', text: t('sim.preset.hand') }));
  for (const c of state.presets) first.append(el('option', { value: c.id, text: title(c), selected: state.coa[0] === c.id }));
  const second = clear($('preset-combine'));
  second.append(el('option', { value: '', text: t('sim.preset.none') }));
  for (const c of state.presets) {
    if (c.id === state.coa[0]) continue;
    second.append(el('option', { value: c.id, text: title(c), selected: state.coa[1] === c.id }));
  }
  first.value = state.coa[0] || '';
  second.value = state.coa[1] || '';
  second.disabled = !state.coa.length;
  // the briefing of the course (or combination) the levers come from: the same catalog course, at its central values
  $('preset-brief-box').hidden = !state.coa.length;
  $('preset-brief').href = '/briefing.html?' + new URLSearchParams({ coa: state.coa.join('+'), lang: language() }).toString();
}

function buildLevers() {
  const host = clear($('levers'));
  const course = courseLevers();
  if (course) { buildCourseLevers(host, course); return; }
  const groups = [...GROUP_ORDER, ...new Set(state.levers.map((l) => l.group).filter((g) => !GROUP_ORDER.includes(g)))];
  for (const g of groups) {
    const members = state.levers.filter((l) => l.group === g);
    if (members.length === 0) continue;
    const fs = el('fieldset', { class: 'group' }, el('legend', { 'data-group': g, text: has('group.' + g) ? t('group.' + g) : t('group.other') }));
    for (const l of members) {
      const id = 'lever-' + l.id;
      const input = el('input', {
        type: 'range', id, name: l.id, min: l.min, max: l.max, step: l.step, value: state.values[l.id],
        'aria-describedby': id + '-help', 'data-lever': l.id,
      });
      input.addEventListener('input', () => {
        state.values[l.id] = Number(input.value);
        updateOutputs();
        changed();
      });
      fs.append(el('div', { class: 'control' },
        el('label', { for: id, text: leverLabel(l) }),
        el('output', { id: id + '-out', for: id }),
        input,
        el('p', { class: 'help', id: id + '-help', text: leverHelp(l) }),
        moreInfo(l.id, l)));
    }
    host.append(fs);
  }
}

function relabelLevers() {
  buildPresets();
  if (courseLevers()) { buildLevers(); return; }
  for (const l of state.levers) {
    const input = $('lever-' + l.id);
    if (!input) continue;
    input.closest('.control').querySelector('label').textContent = leverLabel(l);
    $('lever-' + l.id + '-help').textContent = leverHelp(l);
  }
  document.querySelectorAll('#levers legend[data-group]').forEach((lg) => {
    lg.textContent = has('group.' + lg.dataset.group) ? t('group.' + lg.dataset.group) : t('group.other');
  });
}

function updateOutputs() {
  const weeks = $('weeks');
  const from = $('from');
  weeks.value = state.weeks;
  from.max = state.weeks;
  from.value = state.from;
  const end = formatDate(weekDate(state.weeks));
  $('weeks-out').textContent = end;
  weeks.setAttribute('aria-valuetext', end + ', ' + t('sim.weekof', state.weeks));
  const start = formatDate(weekDate(state.from));
  $('from-out').textContent = start;
  from.setAttribute('aria-valuetext', start + ', ' + t('sim.weekof', state.from));
  (courseLevers() || []).forEach((l, k) => {
    const input = $('course-lever-' + k);
    if (!input) return;
    const v = courseValueAt(k, l);
    input.value = v;
    $('course-lever-' + k + '-out').textContent = courseValue(l, v);
    input.setAttribute('aria-valuetext', courseValue(l, v));
  });
  for (const l of state.levers) {
    const input = $('lever-' + l.id);
    if (!input) continue;
    input.value = state.values[l.id];
    $('lever-' + l.id + '-out').textContent = leverValue(l, state.values[l.id]);
    input.setAttribute('aria-valuetext', leverValue(l, state.values[l.id]));
  }
}

function changed() {
  state.lastMove = performance.now();
  writeUrl();
  clearTimeout(state.timer);
  state.timer = setTimeout(simulate, 30);
  if ($('bands').checked) {
    clearTimeout(state.bandTimer);
    state.bandTimer = setTimeout(requestBands, 500);
  }
}

async function simulate() {
  const generation = ++state.generation;
  if (state.inflight) state.inflight.abort();
  const controller = new AbortController();
  state.inflight = controller;
  const started = performance.now();
  let result;
  try {
    result = await api('/api/simulate?' + query().toString(), { signal: controller.signal });
  } catch (e) {
    return; // aborted by a newer move
  }
  if (generation !== state.generation) return;
  state.inflight = null;
  if (!result.ok) {
    showError(errorMessage(result));
    return;
  }
  showError(null);
  state.result = result.data;
  render();
  window.cartelLab.lastLatencyMs = performance.now() - started;
  // from the last slider move to the redrawn charts (debounce + request + run + drawing)
  if (state.lastMove) window.cartelLab.lastMoveToRenderMs = performance.now() - state.lastMove;
}

function showError(message) {
  const e = $('error');
  e.hidden = !message;
  e.textContent = message || '';
}

async function requestBands() {
  const key = query().toString();
  if (state.bands && state.bandsKey === key) { render(); return; }
  const generation = ++state.jobGeneration;
  const body = { kind: 'ensemble', runs: ENSEMBLE_RUNS, seed: 1, query: jobQuery() };
  const status = $('bands-status');
  status.textContent = t('sim.bands.running', 0, ENSEMBLE_RUNS);
  const started = await api('/api/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!started.ok) { status.textContent = errorMessage(started); return; }
  const id = started.data.id;
  for (let i = 0; i < 1200; i++) { // at most ~6 minutes of polling
    await new Promise((r) => setTimeout(r, 300));
    if (generation !== state.jobGeneration || !$('bands').checked) return;
    const job = await api('/api/jobs/' + encodeURIComponent(id));
    if (!job.ok) { status.textContent = errorMessage(job); return; }
    if (job.data.state === 'done') {
      state.bands = job.data.result;
      state.bandsKey = key;
      status.textContent = t('sim.bands.done', job.data.result.runs);
      render();
      return;
    }
    if (job.data.state === 'failed') { status.textContent = t('common.error', job.data.error); return; }
    status.textContent = t('sim.bands.running', job.data.done, job.data.total);
  }
}

function chart(name) {
  let c = window.cartelLab.charts[name];
  if (!c) {
    c = echarts.init($('chart-' + name), null, { renderer: 'canvas' });
    window.cartelLab.charts[name] = c;
  }
  return c;
}

/** Pairs [date, value] for ECharts' time axis. */
function pairs(dates, values) { return values.map((v, i) => [dates[i], v]); }

function bandSeries(label, band, color, stack, dates) {
  if (!band) return [];
  const width = band.p95.map((v, i) => Math.max(0, v - band.p05[i]));
  const hidden = { lineStyle: { opacity: 0 }, symbol: 'none', silent: true, tooltip: { show: false } };
  return [
    { name: label, type: 'line', data: pairs(dates, band.p05), stack, areaStyle: { opacity: 0 }, ...hidden },
    { name: label, type: 'line', data: pairs(dates, width), stack, areaStyle: { color }, ...hidden },
  ];
}

function render() {
  const r = state.result;
  if (!r) return;
  const dates = r.scenario.members.map((_, w) => weekDate(w));
  const showBands = $('bands').checked && state.bands && state.bandsKey === query().toString();
  const sName = t('sim.series.scenario');
  const qName = t('sim.series.statusquo');
  for (const name of CHARTS) {
    const series = [
      ...(showBands ? bandSeries(t('sim.series.band', qName), state.bands.status_quo[name], COLORS.bandStatusQuo, 'q', dates) : []),
      ...(showBands ? bandSeries(t('sim.series.band', sName), state.bands.scenario[name], COLORS.bandScenario, 's', dates) : []),
      { name: qName, type: 'line', data: pairs(dates, r.status_quo[name]), symbol: 'none', lineStyle: { type: 'dashed', width: 2, color: COLORS.statusQuo }, itemStyle: { color: COLORS.statusQuo } },
      { name: sName, type: 'line', data: pairs(dates, r.scenario[name]), symbol: 'none', lineStyle: { width: 2.5, color: COLORS.scenario }, itemStyle: { color: COLORS.scenario } },
    ];
    chart(name).setOption({
      animation: false,
      grid: { left: 70, right: 24, top: 36, bottom: 40 },
      legend: { data: [sName, qName], top: 0, textStyle: { color: '#1a1a1a', fontSize: 13 } },
      tooltip: { trigger: 'axis', formatter: (ps) => tooltip(ps, r, name) },
      xAxis: { type: 'time', min: dates[0], max: dates[dates.length - 1], axisLabel: { color: '#333', hideOverlap: true, formatter: axisDate }, splitLine: { show: false } },
      yAxis: { type: 'value', min: 0, name: unit(name), nameTextStyle: { color: '#333', align: 'left' }, axisLabel: { color: '#333', formatter: (v) => formatNumber(v, 0) } },
      series: withStartMark(series, dates),
    }, { notMerge: true });
    const div = $('chart-' + name);
    div.dataset.seriesCount = String(series.length);
    div.dataset.scenarioLast = String(r.scenario[name][r.scenario[name].length - 1]);
    div.dataset.statusQuoLast = String(r.status_quo[name][r.status_quo[name].length - 1]);
    div.dataset.bands = showBands ? 'shown' : 'none';
    div.dataset.startMark = dates[Math.min(state.from, dates.length - 1)];
  }
  addChartTools();
  summarize(r);
  const noYaml = r.yaml === null;
  $('yaml-note').hidden = !noYaml;
  $('dl-yaml').hidden = noYaml;
  window.cartelLab.renders++;
  document.body.dataset.renders = String(window.cartelLab.renders);
}

/** Tooltip: the date in the page's language, scenario and status quo, and their difference (absolute and %). */
function tooltip(ps, r, name) {
  if (!ps.length) return '';
  const i = ps[0].dataIndex;
  const s = r.scenario[name][i];
  const q = r.status_quo[name][i];
  const d = s - q;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  return formatDate(weekDate(i)) + ' (' + t('sim.weekof', i) + ')<br>'
    + t('sim.series.scenario') + ': ' + formatNumber(s, 1) + ' ' + unit(name) + '<br>' + t('sim.series.statusquo') + ': ' + formatNumber(q, 1) + ' ' + unit(name) + '<br>'
    + t('wb.tooltip.diff', sign + formatNumber(Math.abs(d), 1) + ' ' + unit(name), pct(s, q));
}

/** A dashed vertical line where the levers start, on the scenario series. */
function withStartMark(series, dates) {
  const at = dates[Math.min(state.from, dates.length - 1)];
  const last = series[series.length - 1];
  last.markLine = { silent: true, symbol: 'none', lineStyle: { color: '#b35900', type: 'dashed', width: 1.5 },
    label: { formatter: t('wb.start.mark') + '\n' + formatDate(at), color: '#7a3d00', position: 'insideEndTop', fontSize: 11 }, data: [{ xAxis: at }] };
  return series;
}

function addChartTools() {
  for (const name of CHARTS) {
    const fig = $('chart-' + name).closest('figure');
    let box = fig.querySelector('.chart-tools-host');
    if (!box) { box = el('div', { class: 'chart-tools-host' }); fig.append(box); }
    clear(box).append(chartButtons(() => window.cartelLab.charts[name], 'simulator-' + name, $('cap-' + name).textContent));
  }
}

function pct(a, b) {
  if (!(b > 0)) return '–';
  return formatSignedPct((a / b - 1) * 100, 1); // the page's one formatter (i18n.js)
}

function summarize(r) {
  const end = r.weeks;
  const from = Math.min(state.from, end);
  const s = r.scenario;
  const q = r.status_quo;
  const dS = s.cum_deaths[end] - s.cum_deaths[from];
  const dQ = q.cum_deaths[end] - q.cum_deaths[from];
  const box = clear($('summary'));
  box.append(
    el('h3', { text: t('sim.summary', formatDate(weekDate(end))) }),
    el('p', { text: t('sim.summary.members', formatNumber(s.members[end]), formatNumber(q.members[end]), pct(s.members[end], q.members[end])) }),
    el('p', { text: t('sim.summary.deaths', formatNumber(dS), formatNumber(dQ), pct(dS, dQ)) }));
  const pS = s.sentence_years_since_start; // the core's one sum (summing the rounded weeks here drifted from compare)
  const pQ = q.sentence_years_since_start;
  box.append(el('p', { text: t('sim.summary.prison', formatNumber(pS), formatNumber(pQ), pct(pS, pQ)) }));
  const showBands = $('bands').checked && state.bands && state.bandsKey === query().toString();
  if (showBands && state.bands.scenario.members) {
    const b = state.bands.scenario.members;
    const k = Math.min(end, b.p05.length - 1);
    box.append(el('p', { class: 'band-line', text: t('wb.summary.band', formatNumber(b.p05[k]), formatNumber(b.p95[k])) }));
    const d = state.bands.scenario.deaths;
    if (d) box.append(el('p', { class: 'band-line', text: t('wb.summary.band.deaths', formatNumber(d.p05[k], 1), formatNumber(d.p95[k], 1)) }));
  }
  if (s.collapse_week !== null && s.collapse_week !== undefined) {
    const w = Math.floor(s.collapse_week);
    box.append(el('p', { class: 'warning', text: t('sim.summary.collapse', w, formatDate(weekDate(w))) }));
  }
}

/** The catalog's courses as presets, titles and lever units in the page language (again after a language switch). */
async function loadPresets() {
  const presets = await api(localized('/api/presets'));
  state.presets = presets.ok ? presets.data.courses : null; // a build without a catalog has hand-set levers only
}

async function init() {
  const res = await api('/api/parameters');
  if (!res.ok) { showError(errorMessage(res)); return; }
  state.params = res.data;
  state.levers = res.data.levers;
  $('weeks').max = res.data.limits.max_weeks;
  const evidence = await api('/api/evidence/levers');
  state.evidence = evidence.ok ? evidence.data.levers : null;
  await loadPresets();
  readUrl();
  buildPresets();
  buildLevers();
  updateOutputs();
  writeUrl();
  $('weeks').addEventListener('input', () => {
    state.weeks = Number($('weeks').value);
    state.from = Math.min(state.from, state.weeks);
    updateOutputs();
    changed();
  });
  $('from').addEventListener('input', () => {
    state.from = Number($('from').value);
    updateOutputs();
    changed();
  });
  $('reset').addEventListener('click', () => {
    for (const l of state.levers) state.values[l.id] = l.neutral;
    state.coaValues = [];
    updateOutputs();
    changed();
  });
  const choose = () => {
    const a = $('preset').value;
    const b = $('preset-combine').value;
    state.coa = a ? (b && b !== a ? [a, b] : [a]) : [];
    state.coaValues = [];
    buildPresets();
    buildLevers();
    updateOutputs();
    changed();
  };
  $('preset').addEventListener('change', choose);
  $('preset-combine').addEventListener('change', choose);
  $('bands').addEventListener('change', () => {
    writeUrl();
    if ($('bands').checked) requestBands();
    else { state.jobGeneration++; $('bands-status').textContent = ''; render(); }
  });
  $('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      $('copy-status').textContent = t('sim.copied');
    } catch (e) {
      $('copy-status').textContent = location.href;
    }
  });
  window.addEventListener('resize', () => CHARTS.forEach((n) => window.cartelLab.charts[n] && window.cartelLab.charts[n].resize()));
  await simulate();
  if ($('bands').checked) requestBands();
}

let started = false;
startPage(async (switched) => {
  if (!started) { started = true; init(); return; }
  if (switched && state.presets) { await loadPresets(); buildPresets(); }
  relabelLevers();
  updateOutputs();
  render();
});
