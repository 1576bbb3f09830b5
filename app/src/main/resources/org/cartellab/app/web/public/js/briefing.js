// The briefing view: for a course, a combination (A+B) or several courses (?ids=a,b), one screen in plain language:
// what it would change against the status quo (central value with the low–high lever range and whether the sign is
// settled), the legal assessment per jurisdiction from the pathway, the top risks, what the evidence does not pin down
// (weak effects, judgment-graded lever evidence), the model's known misses (the back-test) and the "as of" dates.
// Until the core briefing lands on main this page composes the same parts from the API (assess, catalog, validation).
import { api, clear, el, errorMessage, localized, startPage } from './common.js';
import { formatDate, formatNumber, has, language, t } from './i18n.js';
import { citeBlock, sourceLinks } from './workbench.js';
import { assessmentLabel, jurisdictionLabel, legalBlock, loadProvisions, riskList } from './pathways.js';

const state = { ids: [], assess: null, courses: null, validation: null, evidence: null, about: null, params: null, failure: null };
const $ = (id) => document.getElementById(id);

function pct(v) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const zero = Math.abs(v) < 0.05; // −0.0 % reads as a decrease: show ±0.0 %
  return (zero ? '±' : v > 0 ? '+' : '−') + formatNumber(Math.abs(v), 1) + ' %';
}

function course(id) { return state.courses.find((c) => c.id === id); }
function title(id) { return id.split('+').map((p) => (course(p) ? course(p).title : p)).join(' + '); }

function endDate() {
  const w = state.assess.weeks;
  return new Date(Date.parse(state.params.origin + 'T00:00:00Z') + w * 7 * 86400000).toISOString().slice(0, 10);
}

function changeSentence(row, metric) {
  const v = row.values[metric];
  const sure = v.sign_undetermined ? t('wb.brief.unsure') : t('wb.brief.sure');
  return t('wb.brief.change', t('metric.' + metric), pct(v.change_pct), pct(v.change_low_pct), pct(v.change_high_pct), sure);
}

function gaps(row) {
  const out = [];
  for (const w of state.assess.weak_effects.filter((x) => x.coa === row.id)) {
    out.push(el('li', {}, has('wb.weak.' + w.kind) ? t('wb.weak.' + w.kind) : w.kind, ' — ', el('span', { lang: 'en', text: w.message })));
  }
  const levers = new Set(row.id.split('+').flatMap((id) => (course(id) ? course(id).levers.map((l) => l.lever.toLowerCase()) : [])));
  for (const lever of levers) {
    const table = state.evidence && state.evidence[lever];
    if (!table || (table.size !== 'judgment' && table.direction !== 'analogue' && table.direction !== 'judgment')) continue;
    out.push(el('li', {}, t('wb.brief.lever.grade', has('lever.' + lever + '.label') ? t('lever.' + lever + '.label') : lever,
      t('wb.grade.' + table.direction), t('wb.grade.' + table.size)), ' ', sourceLinks([...new Set(table.studies.map((s) => s.source))])));
  }
  return out.length ? el('ul', {}, out) : el('p', { text: t('wb.brief.nogaps') });
}

function misses() {
  const v = state.validation && state.validation.published;
  if (!v) return el('p', { text: t('wb.brief.nomisses') });
  const years = v.years.map((y) => t('wb.brief.miss.year', y.year, formatNumber(y.model_median, 0), formatNumber(y.observed, 0), y.in_90 ? t('wb.brief.in90') : t('wb.brief.out90')));
  return el('div', {}, el('p', { text: t('wb.brief.miss', formatNumber(v.metrics.mape_pct, 0), formatNumber(100 * v.metrics.coverage_90, 0)) }),
    el('ul', {}, years.map((s) => el('li', { text: s }))));
}

function legalSummary(id) {
  const out = [];
  for (const part of id.split('+')) {
    const c = course(part);
    for (const p of (c && c.pathways) || []) {
      for (const j of p.assumed.jurisdictions) {
        const other = p.consent_matters && p.other_consent ? p.other_consent.jurisdictions.find((x) => x.jurisdiction === j.jurisdiction) : null;
        out.push(el('li', {}, el('strong', { text: jurisdictionLabel(j.jurisdiction) + ': ' }), assessmentLabel(j.assessment),
          other && other.assessment !== j.assessment ? ' (' + t('wb.consent.other', assessmentLabel(other.assessment)) + ')' : '',
          id.includes('+') ? el('span', { class: 'note', lang: 'en', text: ' — ' + (c ? c.title : part) }) : null));
      }
    }
  }
  return out.length ? el('ul', { class: 'legal-summary' }, out) : el('p', { text: t('wb.pathway.none') });
}

function courseBriefing(row, n) {
  const parts = row.id.split('+').map(course).filter(Boolean);
  return el('article', { class: 'brief', id: 'brief-' + row.id, 'data-coa': row.id },
    el('h2', { lang: 'en', text: title(row.id) }),
    el('section', { class: 'bottom-line', 'aria-label': t('wb.brief.bottom') },
      el('h3', { text: t('wb.brief.bottom') }),
      el('p', { class: 'lead', text: t('wb.brief.lead', formatDate(endDate()), row.rank, n, formatNumber(100 * row.share_ranked_first, 0), formatNumber(100 * row.share_above_status_quo, 0)) }),
      el('ul', {}, ['members', 'cumulative_casualties', 'cumulative_incapacitations'].map((m) => el('li', { text: changeSentence(row, m) })))),
    el('section', {}, el('h3', { text: t('wb.brief.legal') }), legalSummary(row.id),
      el('details', {}, el('summary', { text: t('wb.brief.legal.more') }), parts.map((c) => legalBlock(c)))),
    el('section', {}, el('h3', { text: t('wb.brief.risks') }), parts.map((c) => riskList(c, 3))),
    el('section', {}, el('h3', { text: t('wb.brief.gaps') }), gaps(row)));
}

function render() {
  const host = clear($('briefing'));
  const status = clear($('brief-status'));
  if (state.failure) { status.append(el('p', { class: 'unavailable', text: errorMessage(state.failure) })); return; }
  if (!state.assess) { status.textContent = t('wb.running'); return; }
  const rows = state.assess.rows.filter((r) => !r.status_quo);
  const n = state.assess.rows.length;
  host.append(...rows.map((r) => courseBriefing(r, n)),
    el('section', { class: 'misses' }, el('h2', { text: t('wb.brief.misses') }), misses()),
    el('section', { class: 'asof' }, el('h2', { text: t('wb.brief.asof') }),
      el('p', { text: t('wb.brief.asof.text', formatDate(state.about.law_reviewed), formatDate(state.params.origin), formatDate(new Date().toISOString().slice(0, 10))) })),
    citeBlock(state.about, location.href),
    el('p', {}, el('a', { href: '/compare.html?' + new URLSearchParams({ ids: state.ids.join(','), weeks: state.assess.weeks, lang: language() }), text: t('wb.brief.tocompare') })));
  $('briefing').setAttribute('aria-busy', 'false');
  document.body.dataset.loaded = 'yes';
}

async function init() {
  const q = new URLSearchParams(location.search);
  state.ids = (q.get('ids') || '').split(',').filter(Boolean);
  const [params, about, catalog, validation, evidence] = await Promise.all([api(localized('/api/parameters')), api(localized('/api/about')), api(localized('/api/catalog')),
    api(localized('/api/validation')), api(localized('/api/evidence/levers'))]);
  for (const r of [params, about, catalog]) if (!r.ok) { state.failure = r; render(); return; }
  state.params = params.data;
  state.about = about.data;
  state.courses = catalog.data.courses;
  if (validation.ok) state.validation = validation.data;
  if (evidence.ok) state.evidence = evidence.data.levers;
  if (!state.ids.length) state.ids = [state.courses.find((c) => !c.status_quo).id];
  await loadProvisions(state.courses);
  render();
  const weeks = Number(q.get('weeks')) || state.params.comparison.horizons_weeks[state.params.comparison.horizons_weeks.length - 1];
  const res = await api(localized('/api/assess'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ids: state.ids, weeks }) });
  if (!res.ok) { state.failure = res; render(); return; }
  state.assess = res.data;
  render();
}

let started = false;
startPage(() => {
  if (!started) { started = true; init(); return; }
  render();
});
