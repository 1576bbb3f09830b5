// The briefing view: GET /api/briefing (the core briefing, the same JSON `cartel-lab brief --format json` prints, from
// the same computation) for one course (?coa=ID), a combination (?coa=A%2BB) or a comparison (?coa=A&coa=B; the
// compare page's ?ids=A,B is read too). The page writes no sentence of its own: the plain-language lines are the
// server's, marked with the language the server says it wrote them in (Content-Language) when that is not the page's;
// the page adds headings, labels, numbers and dates in its own language, source links to the bibliography, knowledge-
// base citations and the "cite this" block with the URL, the API URL and the command that reproduce it.
import { api, clear, el, errorMessage, localized, startPage } from './common.js';
import { formatDate, formatNumber, formatSignedPct, has, language, t } from './i18n.js';
import { citeBlock, labelCells, sourceLinks } from './workbench.js';
import { assessmentLabel, citations, jurisdictionLabel, loadProvisions } from './pathways.js';

const state = { ids: [], lang: null, brief: null, sentences: 'en', about: null, courses: null, failure: null, loading: false };
const $ = (id) => document.getElementById(id);

/** Course ids from the address: coa (repeated; A+B a combination, '+' may arrive as a space) or the compare page's ids=A,B. */
function readIds() {
  const q = new URLSearchParams(location.search);
  const ids = q.getAll('coa').map((v) => v.trim().split(/[+ ]+/).join('+')).filter(Boolean);
  for (const v of (q.get('ids') || '').split(',')) if (v.trim()) ids.push(v.trim().split(/[+ ]+/).join('+'));
  return [...new Set(ids)];
}

function query(ids, lang) {
  const q = new URLSearchParams();
  ids.forEach((id) => q.append('coa', id));
  q.set('lang', lang);
  return q;
}

function pageUrl() { return location.origin + '/briefing.html?' + query(state.ids, language()).toString(); }
function apiUrl() { return '/api/briefing?' + query(state.ids, language()).toString(); }

/** GET /api/briefing keeping the Content-Language header (api() gives the body only). */
async function fetchBriefing() {
  let response;
  try {
    response = await fetch(apiUrl());
  } catch (e) {
    return { ok: false, status: 0, data: { error: String(e.message || e) } };
  }
  let data;
  try { data = await response.json(); } catch (e) { data = { error: 'HTTP ' + response.status }; }
  return { ok: response.ok, status: response.status, data, sentences: response.headers.get('Content-Language') || 'en' };
}

/** A sentence the server wrote, marked with its language when that differs from the page's. */
function said(tag, text, attrs = {}) {
  return el(tag, { ...attrs, lang: state.sentences !== language() ? state.sentences : null, text });
}

const pct = (v) => formatSignedPct(v, 1); // the page's one formatter (i18n.js)

function metricLabel(m) { return has('metric.' + m) ? t('metric.' + m) : m; }
function riskLabel(d) { const k = 'risk.' + String(d).toUpperCase(); return has(k) ? t(k) : d; }
function assessKey(label) { return String(label).toUpperCase().replace(/ /g, '_'); }
function assess(label) { const k = assessKey(label); return has('wb.assess.' + k) ? assessmentLabel(k) : label; }

/** A bar from the band's low to high end with the central value marked, on a scale shared by the course's rows. */
function bandBar(c, scale) {
  const pos = (v) => ((v + scale) / (2 * scale)) * 100;
  const lo = Math.max(0, pos(c.band_low_pct));
  const hi = Math.min(100, pos(c.band_high_pct));
  return el('span', { class: 'bandbar', 'aria-hidden': 'true' },
    el('span', { class: 'zero', style: 'left:50%' }),
    el('span', { class: 'range', style: 'left:' + lo.toFixed(1) + '%;width:' + Math.max(0.8, hi - lo).toFixed(1) + '%' }),
    el('span', { class: 'central', style: 'left:' + Math.min(100, Math.max(0, pos(c.change_pct))).toFixed(1) + '%' }));
}

function changesTable(course) {
  const changes = course.changes;
  if (!changes.length) return null;
  const scale = Math.max(1, ...changes.map((c) => Math.max(Math.abs(c.band_low_pct), Math.abs(c.band_high_pct), Math.abs(c.change_pct))));
  const table = el('table', { class: 'fit changes' },
    el('caption', { text: t('wb.brief.changes', changes[0].years, formatDate(state.brief.as_of.start_date)) }),
    el('thead', {}, el('tr', {}, [t('wb.brief.quantity'), t('wb.brief.central'), t('wb.brief.band'), t('wb.brief.runs')].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, changes.map((c) => el('tr', { 'data-metric': c.metric },
      el('th', { scope: 'row', text: metricLabel(c.metric) }),
      el('td', { class: 'num', 'data-value': String(c.change_pct) }, el('strong', { text: pct(c.change_pct) })),
      el('td', { class: 'num' }, pct(c.band_low_pct) + ' … ' + pct(c.band_high_pct), ' ', bandBar(c, scale)),
      el('td', { class: 'num', text: t('wb.brief.runs.n', c.runs_agreeing, c.runs) })))));
  return labelCells(table);
}

function bottomLine(course) {
  const first = course.changes[0];
  return el('section', { class: 'bottom-line' }, // not landmarks: a comparison repeats these headings per course
    el('h3', { id: 'bl-' + course.id, text: t('wb.brief.bottom') }),
    course.standing ? said('p', course.standing.text, { class: 'lead' }) : null,
    changesTable(course),
    el('h4', { text: t('wb.brief.inwords') }),
    el('ul', { class: 'said' }, course.changes.map((c) => said('li', c.text))),
    first ? el('p', { class: 'note' }, t('wb.brief.bandis'), ' ', said('span', first.band), '. ', t('wb.brief.runsare'), ' ', said('span', first.runs_are), '.') : null);
}

function legalSection(course) {
  const parts = [...new Set(course.legal.map((l) => l.part))];
  const tables = parts.map((part) => {
    const rows = course.legal.filter((l) => l.part === part);
    const table = el('table', { class: 'fit pathway' },
      parts.length > 1 ? el('caption', { text: t('wb.brief.part', part) }) : null,
      el('thead', {}, el('tr', {}, [t('wb.jur'), t('wb.assessment'), t('wb.basis'), t('wb.brief.prohibitions'), t('wb.brief.counter')].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map((l) => el('tr', { 'data-jurisdiction': l.jurisdiction },
        el('th', { scope: 'row', text: jurisdictionLabel(l.jurisdiction) }),
        el('td', { class: 'assess assess-' + assessKey(l.assessment).toLowerCase() }, el('strong', { text: assess(l.assessment) }),
          l.assessment_other_consent !== l.assessment ? el('span', { class: 'note' }, ' · ' + t('wb.brief.otherconsent') + ': ' + assess(l.assessment_other_consent)) : null),
        el('td', {}, l.basis.length ? citations(l.basis) : t('cmp.none')),
        el('td', {}, l.prohibitions.length ? citations(l.prohibitions) : t('cmp.none')),
        el('td', {}, l.counter ? said('span', l.counter) : '–')))));
    return labelCells(table);
  });
  return el('section', { class: 'legal' },
    el('h3', { id: 'lg-' + course.id, text: t('wb.brief.legal') }),
    course.consent.length ? el('div', { class: 'consent' }, el('h4', { text: t('wb.brief.consent') }),
      el('ul', {}, course.consent.map((c) => said('li', c.text)))) : null,
    tables.length ? tables : el('p', { text: t('wb.pathway.none') }));
}

function risksSection(course) {
  return el('section', { class: 'risks' },
    el('h3', { id: 'rk-' + course.id, text: t('wb.brief.risks') }),
    course.top_risks.length ? el('ul', { class: 'risks' }, course.top_risks.map((r) => el('li', { class: 'risk-' + r.level },
      el('strong', { text: riskLabel(r.dimension) + ': ' + (has('risk.level.' + r.level) ? t('risk.level.' + r.level) : r.label) }),
      ' — ', el('span', { text: r.rationale }), ' ',
      el('span', { class: 'note' }, '(', t('risk.basis.' + r.basis),
        r.sources.length ? ['; ', t('wb.sources'), ' ', ...sourceLinks(r.sources)] : '',
        r.low_reliability_only ? ['; ', el('strong', { class: 'caution', text: t('risk.caution', r.sources.join(', ')) })] : '', ')')))) : el('p', { text: t('cmp.none') }));
}

function gapsSection(course) {
  return el('section', { class: 'gaps' },
    el('h3', { id: 'gp-' + course.id, text: t('wb.brief.gaps') }),
    course.evidence_gaps.length ? el('ul', { class: 'gaps' }, course.evidence_gaps.map((g) => el('li', { 'data-kind': g.kind },
      el('strong', { text: (has('wb.brief.gap.' + g.kind) ? t('wb.brief.gap.' + g.kind) : g.kind) + ': ' }), said('span', g.text),
      g.sources.length ? [' ', el('span', { class: 'note' }, '(', t('wb.sources'), ' ', ...sourceLinks(g.sources), ')')] : null)))
      : el('p', { text: t('wb.brief.nogaps') }));
}

function courseArticle(course) {
  const simulate = '/?' + new URLSearchParams({ coa: course.id, lang: language() }).toString();
  return el('article', { class: 'brief', id: 'brief-' + course.id, 'data-coa': course.id },
    el('h2', { text: course.title }),
    bottomLine(course), legalSection(course), risksSection(course), gapsSection(course),
    el('p', {}, el('a', { class: 'simulate', href: simulate, text: t('wb.brief.simulate') })));
}

/** For a comparison: one row per course in rank order with its central changes, each linking to its part of the page. */
function overview(b) {
  const metrics = b.courses[0].changes.map((c) => c.metric);
  const table = el('table', { class: 'fit overview', id: 'brief-overview' },
    el('caption', { text: t('wb.brief.overview') }),
    el('thead', {}, el('tr', {}, [t('wb.brief.course'), t('wb.brief.rank'), ...metrics.map(metricLabel)].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, b.courses.map((c) => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: '#brief-' + c.id, text: c.title })),
      el('td', { class: 'num', text: c.standing ? t('wb.brief.runs.n', c.standing.rank, c.standing.of) : '–' }),
      c.changes.map((ch) => el('td', { class: 'num', text: pct(ch.change_pct) + ' (' + pct(ch.band_low_pct) + ' … ' + pct(ch.band_high_pct) + ')' }))))));
  return labelCells(table);
}

function misses(b) {
  return el('section', { class: 'misses', 'aria-labelledby': 'misses-h' },
    el('h2', { id: 'misses-h', text: t('wb.brief.misses') }),
    el('ul', {}, b.known_misses.map((m) => el('li', {}, said('span', m.statement), ' ',
      el('span', { class: 'note' }, '(', m.measured ? t('wb.brief.measured') : t('wb.brief.limit'), '; ', el('code', { text: m.source }), ')')))));
}

function asOf(b) {
  const a = b.as_of;
  const row = (k, v) => [el('dt', { text: t(k) }), el('dd', { text: v })];
  return el('section', { class: 'asof', 'aria-labelledby': 'asof-h' },
    el('h2', { id: 'asof-h', text: t('wb.brief.asof') }),
    el('dl', { class: 'asof-list' },
      row('wb.brief.asof.law', formatDate(a.law)),
      a.evidence ? row('wb.brief.asof.evidence', formatDate(a.evidence)) : null,
      row('wb.brief.asof.data', String(a.data_through_year)),
      row('wb.brief.asof.network', String(a.network_year)),
      row('wb.brief.asof.start', t('wb.brief.week', a.start_week, formatDate(a.start_date)))));
}

function reproduce() {
  const command = 'cartel-lab brief ' + state.ids.join(' ') + ' --format json';
  return el('section', { class: 'reproduce', 'aria-labelledby': 'repro-h' },
    el('h2', { id: 'repro-h', text: t('wb.brief.reproduce') }),
    el('p', {}, t('wb.brief.command'), ' ', el('code', { class: 'command', text: command })),
    el('p', {}, el('a', { href: apiUrl(), id: 'brief-json', text: t('wb.brief.json') }), ' · ',
      el('a', { href: '/compare.html?' + new URLSearchParams({ ids: state.ids.join(','), lang: language() }).toString(), text: t('wb.brief.tocompare') })));
}

/** A small form to brief another course or a combination of two. */
function chooser() {
  if (!state.courses) return null;
  const options = (sel, none) => [none ? el('option', { value: '', text: t('sim.preset.none') }) : null,
    // the catalog endpoint gives titles as the catalog writes them (English), marked so
    ...state.courses.filter((c) => !c.status_quo).map((c) => el('option', { value: c.id, text: c.title, selected: sel === c.id }))];
  const [a, b] = (state.ids.length === 1 ? state.ids[0] : '').split('+');
  const form = el('form', { class: 'brief-form', id: 'brief-form' },
    el('fieldset', {}, el('legend', { text: t('wb.brief.choose') }),
      el('div', { class: 'combo-row' },
        el('label', { for: 'brief-a', text: t('wb.brief.course') }), el('select', { id: 'brief-a', name: 'a' }, options(a, false)),
        el('label', { for: 'brief-b', text: t('wb.brief.combine') }), el('select', { id: 'brief-b', name: 'b' }, options(b, true)),
        el('button', { type: 'submit', text: t('wb.brief.go') }))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const x = $('brief-a').value;
    const y = $('brief-b').value;
    state.ids = [y && y !== x ? x + '+' + y : x];
    history.replaceState(null, '', '/briefing.html?' + query(state.ids, language()).toString());
    load();
  });
  return form;
}

function render() {
  const host = clear($('briefing'));
  const status = clear($('brief-status'));
  const picker = clear($('brief-choose'));
  const form = chooser();
  if (form) picker.append(form);
  if (state.failure) { status.append(el('p', { class: 'unavailable', text: errorMessage(state.failure) })); $('briefing').setAttribute('aria-busy', 'false'); return; }
  if (!state.brief || state.loading) { status.textContent = t('wb.running'); return; }
  const b = state.brief;
  host.append(...[
    b.kind === 'comparison' ? said('p', b.heading, { class: 'heading lead', id: 'brief-heading' }) : null,
    state.sentences !== language() ? el('p', { class: 'note', text: t('wb.brief.sentences') }) : null,
    b.kind === 'comparison' ? overview(b) : null,
    ...b.courses.map(courseArticle),
    misses(b), asOf(b), reproduce(),
    state.about ? citeBlock(state.about, pageUrl()) : null].filter(Boolean));
  $('briefing').setAttribute('aria-busy', 'false');
  document.body.dataset.loaded = 'yes';
  document.body.dataset.kind = b.kind;
}

async function load() {
  state.loading = true;
  state.failure = null;
  delete document.body.dataset.loaded;
  $('briefing').setAttribute('aria-busy', 'true');
  render();
  const lang = language();
  const res = await fetchBriefing();
  if (lang !== language()) return; // switched meanwhile: the newer load renders
  state.loading = false;
  state.lang = lang;
  if (!res.ok) { state.failure = res; state.brief = null; render(); return; }
  state.brief = res.data;
  state.sentences = res.sentences;
  render();
}

async function init() {
  state.ids = readIds();
  const [about, catalog] = await Promise.all([api(localized('/api/about')), api(localized('/api/catalog')), loadProvisions()]);
  if (about.ok) state.about = about.data;
  if (catalog.ok) state.courses = catalog.data.courses;
  if (!state.ids.length && state.courses) state.ids = [state.courses.find((c) => !c.status_quo).id];
  if (!state.ids.length) { state.failure = catalog; render(); return; }
  history.replaceState(null, '', '/briefing.html?' + query(state.ids, language()).toString());
  await load();
}

let started = false;
startPage(() => {
  if (!started) { started = true; init(); return; }
  if (state.lang && state.lang !== language()) { // the sentences and catalog texts come in the page's language
    api(localized('/api/catalog')).then((c) => { if (c.ok) state.courses = c.data.courses; return loadProvisions(); }).then(load);
    return;
  }
  render();
});
