// The bibliography: one entry per source of the evidence ledger with an anchor (#src-KEY) that every source key on
// every page links to; authors, title, outlet, year, volume, pages, and a DOI or URL link where the ledger has one.
// Seed articles are cited as the news articles they are, with their reliability grade and its reason. What a source
// supports and its reliability reason come in the page language; authors, title and outlet are the source's own
// (marked lang="en": they are English as published).
import { api, clear, el, errorMessage, localized, startPage } from './common.js';
import { t } from './i18n.js';

const state = { sources: null, failure: null };

function entry(s) {
  const link = s.url ? el('a', { href: s.url, rel: 'noopener', text: s.doi ? 'doi:' + s.doi : s.url }) : null;
  return el('li', { id: s.anchor, 'data-source': s.id, tabindex: '-1' },
    el('strong', { class: 'key', text: s.id }), ' ',
    el('span', { class: 'kind', text: '(' + t('bib.kind.' + s.kind) + ')' }), ' ',
    s.authors ? el('span', { lang: 'en', text: s.authors + '. ' }) : null,
    el('cite', { lang: 'en', text: s.title }), '. ',
    s.outlet ? el('span', { class: 'outlet', lang: 'en', text: s.outlet + (s.volume ? ' ' + s.volume : '') + (s.pages ? ', ' + s.pages : '') }) : null,
    (s.published || s.year) ? ' (' + (s.published || s.year) + ')' : '', link ? ['. ', link] : null,
    el('br'),
    el('span', { class: 'note' }, t('bib.supports') + ' ', el('span', { text: s.supports })),
    s.reliability ? [el('br'), el('span', { class: 'note' }, t('bib.reliability', t('bib.grade.' + s.reliability.grade)) + ' ', el('span', { text: s.reliability.reason }))] : null,
    s.seed ? [el('br'), el('span', { class: 'note', text: t('bib.seed') })] : null);
}

function render() {
  const status = clear(document.getElementById('bib-status'));
  if (state.failure) status.append(el('p', { class: 'unavailable', text: errorMessage(state.failure) }));
  if (!state.sources) return;
  clear(document.getElementById('bibliography')).append(...state.sources.map(entry));
  document.body.dataset.loaded = 'yes';
  markTarget();
}

// the entry a link points at is highlighted and scrolled to, also when only the #anchor changes
function markTarget() {
  document.querySelectorAll('ol.bib li.target').forEach((li) => li.classList.remove('target'));
  if (!location.hash) return;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) { target.classList.add('target'); target.scrollIntoView(); }
}
window.addEventListener('hashchange', markTarget);

async function init() {
  const res = await api(localized('/api/sources'));
  if (res.ok) state.sources = res.data.sources; else state.failure = res;
  render();
}

let started = false;
startPage((switched) => {
  if (!started || switched) { started = true; init(); return; }
  render();
});
