// The law page: a course's legal pathway (per jurisdiction, with and without Mexico's consent) and the dated
// knowledge base, both from the API in the page language (?lang=). The legal assessor's reasoning lines exist only in
// English (marked lang="en" on a Spanish page); everything else comes translated.
import { api, clear, el, errorMessage, localized, startPage } from './common.js';
import { formatDate, formatNumber, has, t } from './i18n.js';

const state = { law: null, lawFailure: null, courses: [], pathway: null, pathwayFailure: null };
const $ = (id) => document.getElementById(id);

function flags(ref) {
  const out = [];
  if (ref.verified === false) out.push(el('span', { class: 'flag', text: ' [' + t('law.unverified') + ']' }));
  if (ref.possibly_stale) out.push(el('span', { class: 'flag', text: ' [' + t('law.stale.flag') + ']' }));
  return out;
}

function refs(list) {
  if (!list || list.length === 0) return el('span', { text: t('law.none') });
  return el('ul', {}, list.map((r) => el('li', {}, r.citation + (r.who ? ' — ' + r.who + ': ' + r.when : '') + ' (' + r.id + ', ' + r.status + ')', flags(r))));
}

// headings follow the page outline (h2 pathway, h3 part when the course has parts, then the jurisdiction): axe heading-order
function jurisdictionCard(name, j, level) {
  return el('section', { class: 'pathway-j', 'data-jurisdiction': name },
    el(level, {}, t('wb.jur.' + name) + ': ', el('span', { text: j.assessment })),
    el('dl', {},
      el('dt', { text: t('law.basis') }), el('dd', {}, refs(j.basis_claimed)),
      el('dt', { text: t('law.needs') }), el('dd', {}, refs(j.conditions_needed)),
      el('dt', { text: t('law.decides') }), el('dd', { text: j.who_decides.length ? j.who_decides.join('; ') : t('law.none') }),
      el('dt', { text: t('law.notify') }), el('dd', {}, refs(j.who_must_be_notified)),
      el('dt', { text: t('law.exposure') }), el('dd', {}, refs(j.litigation_and_liability)),
      el('dt', { text: t('law.reasoning') }), el('dd', {}, el('ul', {}, j.reasoning.map((r) => el('li', { text: r })))), // the assessor's lines, in the page language
      el('dt', { text: t('law.counter') }), el('dd', { text: j.strongest_counter_argument })));
}

function renderPathway() {
  const box = clear($('pathway'));
  if (state.pathwayFailure) { box.append(el('p', { class: 'error', text: state.pathwayFailure })); return; }
  const p = state.pathway;
  if (!p) return;
  box.append(el('p', {}, t('law.criterion', formatNumber(p.legal_criterion, 2)) + ' — ', el('span', { text: p.scale })));
  for (const part of p.parts) {
    if (part.part) box.append(el('h3', { text: t('law.part', part.part) }));
    box.append(el('p', {}, t('law.conditions') + ': ' + part.conditions_text));
    const level = part.part ? 'h4' : 'h3';
    for (const name of ['US', 'MX', 'INTERNATIONAL']) box.append(jurisdictionCard(name, part.pathway[name], level));
    if (part.consent_matters) {
      box.append(el(level, { text: t('law.consent') }));
      box.append(el('table', { class: 'consent fit' },
        el('thead', {}, el('tr', {}, [t('wb.jur'), t('law.with'), t('law.without')].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, part.consent_comparison.map((r) => el('tr', {}, el('th', { scope: 'row', text: t('wb.jur.' + r.jurisdiction) }),
          el('td', { text: r.with_consent }), el('td', { text: r.without_consent }))))));
    }
  }
}

function renderLaw() {
  const box = clear($('kb'));
  if (state.lawFailure) { box.append(el('p', { class: 'error', text: state.lawFailure })); return; }
  const law = state.law;
  if (!law) return;
  $('as-of').textContent = t('law.asof', formatDate(law.as_of));
  $('stale').textContent = law.possibly_stale.length ? t('law.stale', law.possibly_stale.join(', ')) : '';
  box.append(el('table', { id: 'kb-table', class: 'fit' },
    el('thead', {}, el('tr', {}, [t('law.col.entry'), t('law.filter'), t('law.col.status'), t('law.col.requires')].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, law.entries.map((e) => el('tr', { 'data-id': e.id },
      el('th', { scope: 'row' }, el('strong', { text: e.id }), el('br'), el('span', { text: e.citation }), e.citation_es ? el('br') : null, e.citation_es || null),
      el('td', {}, t('wb.jur.' + e.jurisdiction) + ' / ' + kindLabel(e.kind) + (e.duty ? ' (' + kindLabel(e.duty) + ')' : '')),
      el('td', {}, el('span', { text: e.status.text }), flags(e)),
      el('td', { text: e.requires }))))));
}

function render() {
  const select = $('course');
  if (select.options.length !== state.courses.length) {
    const v = select.value;
    clear(select);
    for (const c of state.courses) select.append(el('option', { value: c.id, text: c.title, selected: c.id === v }));
  }
  renderPathway();
  renderLaw();
}

async function loadLaw() {
  const j = $('jurisdiction').value;
  const r = await api(localized('/api/law' + (j ? '?jurisdiction=' + encodeURIComponent(j) : '')));
  state.law = r.ok ? r.data : null;
  state.lawFailure = r.ok ? null : errorMessage(r);
  render();
}

async function loadPathway() {
  const id = $('course').value;
  if (!id) return;
  const r = await api(localized('/api/catalog/' + encodeURIComponent(id) + '/pathway'));
  state.pathway = r.ok ? r.data : null;
  state.pathwayFailure = r.ok ? null : errorMessage(r);
  render();
}

/** The courses (id, title) in the page language. */
async function loadCourses() {
  const catalog = await api(localized('/api/catalog'));
  if (catalog.ok) state.courses = catalog.data.courses.map((c) => ({ id: c.id, title: c.title }));
  else state.pathwayFailure = errorMessage(catalog);
  const select = $('course');
  for (const c of state.courses) { const o = [...select.options].find((x) => x.value === c.id); if (o) o.textContent = c.title; }
}
/** A knowledge-base kind or duty id in the page language (the id itself when the dictionary has no label). */
function kindLabel(id) { return has('law.kind.' + id) ? t('law.kind.' + id) : id; }
async function main() {
  startPage((switched) => {
    if (switched) { document.body.dataset.loaded = 'no'; reload(); } else render();
  });
  $('jurisdiction').addEventListener('change', loadLaw);
  $('course').addEventListener('change', loadPathway);
  await loadCourses();
  render();
  const wanted = new URL(location.href).searchParams.get('course');
  if (wanted && state.courses.some((c) => c.id === wanted)) $('course').value = wanted;
  await Promise.all([loadLaw(), loadPathway()]);
  document.body.dataset.loaded = 'yes';
}
/** After a language switch: every text from the API again, in the new language. */
async function reload() {
  await loadCourses();
  await Promise.all([loadLaw(), loadPathway()]);
  document.body.dataset.loaded = 'yes';
}

main();
