// The law page: a course's legal pathway (per jurisdiction, with and without Mexico's consent) and the dated
// knowledge base, both from the API; the legal text is the knowledge base's own (English), the page chrome is translated.
import { api, clear, el, errorMessage, startPage } from './common.js';
import { formatDate, formatNumber, t } from './i18n.js';

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
  return el('ul', {}, list.map((r) => el('li', { lang: 'en' }, r.citation + (r.who ? ' — ' + r.who + ': ' + r.when : '') + ' (' + r.id + ', ' + r.status + ')', flags(r))));
}

function jurisdictionCard(name, j) {
  return el('section', { class: 'pathway-j', 'data-jurisdiction': name },
    el('h4', {}, t('wb.jur.' + name) + ': ', el('span', { lang: 'en', text: j.assessment })),
    el('dl', {},
      el('dt', { text: t('law.basis') }), el('dd', {}, refs(j.basis_claimed)),
      el('dt', { text: t('law.needs') }), el('dd', {}, refs(j.conditions_needed)),
      el('dt', { text: t('law.decides') }), el('dd', { lang: j.who_decides.length ? 'en' : null, text: j.who_decides.length ? j.who_decides.join('; ') : t('law.none') }),
      el('dt', { text: t('law.notify') }), el('dd', {}, refs(j.who_must_be_notified)),
      el('dt', { text: t('law.exposure') }), el('dd', {}, refs(j.litigation_and_liability)),
      el('dt', { text: t('law.reasoning') }), el('dd', {}, el('ul', { lang: 'en' }, j.reasoning.map((r) => el('li', { text: r })))),
      el('dt', { text: t('law.counter') }), el('dd', { lang: 'en', text: j.strongest_counter_argument })));
}

function renderPathway() {
  const box = clear($('pathway'));
  if (state.pathwayFailure) { box.append(el('p', { class: 'error', text: state.pathwayFailure })); return; }
  const p = state.pathway;
  if (!p) return;
  box.append(el('p', {}, t('law.criterion', formatNumber(p.legal_criterion, 2)) + ' — ', el('span', { lang: 'en', text: p.scale })));
  for (const part of p.parts) {
    if (part.part) box.append(el('h3', { text: t('law.part', part.part) }));
    const c = part.conditions;
    box.append(el('p', {}, t('law.conditions') + ': ', el('span', { lang: 'en' }, Object.entries(c).map(([k, v]) => k.replace(/_/g, ' ') + ' = ' + v).join('; '))));
    for (const name of ['US', 'MX', 'INTERNATIONAL']) box.append(jurisdictionCard(name, part.pathway[name]));
    if (part.consent_matters) {
      box.append(el('h4', { text: t('law.consent') }));
      box.append(el('table', { class: 'consent fit' },
        el('thead', {}, el('tr', {}, [t('wb.jur'), t('law.with'), t('law.without')].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, part.consent_comparison.map((r) => el('tr', {}, el('th', { scope: 'row', text: t('wb.jur.' + r.jurisdiction) }),
          el('td', { lang: 'en', text: r.with_consent }), el('td', { lang: 'en', text: r.without_consent }))))));
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
      el('th', { scope: 'row' }, el('strong', { text: e.id }), el('br'), el('span', { lang: 'en', text: e.citation }), e.citation_es ? el('br') : null, e.citation_es || null),
      el('td', {}, t('wb.jur.' + e.jurisdiction) + ' / ', el('span', { lang: 'en', text: e.kind + (e.duty ? ' (' + e.duty + ')' : '') })),
      el('td', {}, el('span', { lang: 'en', text: e.status.text }), flags(e)),
      el('td', { lang: 'en', text: e.requires }))))));
}

function render() {
  const select = $('course');
  if (select.options.length === 0) for (const c of state.courses) select.append(el('option', { value: c.id, lang: 'en', text: c.title }));
  renderPathway();
  renderLaw();
}

async function loadLaw() {
  const j = $('jurisdiction').value;
  const r = await api('/api/law' + (j ? '?jurisdiction=' + encodeURIComponent(j) : ''));
  state.law = r.ok ? r.data : null;
  state.lawFailure = r.ok ? null : errorMessage(r);
  render();
}

async function loadPathway() {
  const id = $('course').value;
  if (!id) return;
  const r = await api('/api/catalog/' + encodeURIComponent(id) + '/pathway');
  state.pathway = r.ok ? r.data : null;
  state.pathwayFailure = r.ok ? null : errorMessage(r);
  render();
}

async function main() {
  startPage(render);
  $('jurisdiction').addEventListener('change', loadLaw);
  $('course').addEventListener('change', loadPathway);
  const catalog = await api('/api/catalog');
  if (catalog.ok) state.courses = catalog.data.courses.map((c) => ({ id: c.id, title: c.title }));
  else state.pathwayFailure = errorMessage(catalog);
  render();
  const wanted = new URL(location.href).searchParams.get('course');
  if (wanted && state.courses.some((c) => c.id === wanted)) $('course').value = wanted;
  await Promise.all([loadLaw(), loadPathway()]);
}

main();
