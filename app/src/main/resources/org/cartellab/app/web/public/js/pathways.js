// A course of action's legal pathway and risks as the compare and briefing pages show them: per jurisdiction the
// assessment (clear / contested / prima facie unlawful), the basis claimed, what it needs, the reasoning and the
// strongest counter-argument; with and without Mexico's consent where consent changes it. Knowledge-base ids become
// their citations (GET /api/law); risk evidence keys link to the bibliography. The catalog and the knowledge base
// come in the page language (?lang=); only the legal assessor's reasoning lines are English-only (marked lang="en").
import { api, el, localized } from './common.js';
import { has, language, t } from './i18n.js';
import { sourceLinks } from './workbench.js';

let provisions = {};
let provisionsLanguage = null;

/** Fetches the knowledge base (GET /api/law, the law page's endpoint) once per page and language, for the pathways' citations. */
export async function loadProvisions() {
  if (provisionsLanguage === language()) return;
  const res = await api(localized('/api/law'));
  if (!res.ok) return;
  provisions = {};
  for (const e of res.data.entries) provisions[e.id] = e;
  provisionsLanguage = language();
}

function citation(id) {
  const p = provisions[id];
  if (!p) return el('span', { text: id });
  const text = p.citation; // in the page language: the API localizes it (a Spanish page gets the Spanish citation)
  const src = p.sources && p.sources.find((s) => s.url);
  const node = src ? el('a', { href: src.url, rel: 'noopener', text }) : el('span', { text });
  return p.verified ? node : el('span', {}, node, ' (' + t('wb.unverified') + ')');
}

/** Knowledge-base ids as their citations (linked to the primary source where the entry has one), separated by "; ". */
export function citations(ids) {
  const out = [];
  ids.forEach((id, i) => { if (i) out.push('; '); out.push(citation(id)); });
  return out;
}

export function assessmentLabel(a) { return t('wb.assess.' + a); }

export function jurisdictionLabel(j) { return t('wb.jur.' + j); }

function jurisdictionRow(j, other) {
  const changes = other && other.assessment !== j.assessment;
  return el('tr', {},
    el('th', { scope: 'row', text: jurisdictionLabel(j.jurisdiction) }),
    el('td', { class: 'assess assess-' + j.assessment.toLowerCase() }, el('strong', { text: assessmentLabel(j.assessment) }),
      changes ? el('span', { class: 'note', text: ' · ' + t('wb.consent.other', assessmentLabel(other.assessment)) }) : null),
    el('td', {}, j.basis.length ? citations(j.basis) : t('cmp.none'),
      j.prohibitions.length ? [el('br'), el('span', { class: 'note' }, t('wb.prohibits'), ' ', citations(j.prohibitions))] : null),
    el('td', {}, el('ul', { class: 'plain' }, j.reasoning.map((r) => el('li', { text: r }))),
      j.counter ? el('p', { class: 'note', text: t('wb.counter') + ' ' + j.counter }) : null));
}

/** The pathway table(s) of a course: one per block of the course (a combination has one per part). */
export function legalBlock(c) {
  const blocks = c.pathways || [];
  if (!blocks.length && (c.legal || []).length) return legalList(c); // a catalog without pathways: its legal entries as written
  if (!blocks.length) return el('p', { text: t('wb.pathway.none') });
  return el('div', { class: 'pathways' }, blocks.map((p) => {
    const consent = p.assumed.conditions.consent;
    const caption = (p.block.part ? p.block.part + ': ' : '') + t(consent ? 'wb.consent.with' : 'wb.consent.without') + (p.consent_matters ? ' ' + t('wb.consent.matters') : '');
    const other = (j) => (p.consent_matters && p.other_consent ? p.other_consent.jurisdictions.find((x) => x.jurisdiction === j.jurisdiction) : null);
    return el('table', { class: 'pathway fit' }, el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, [t('wb.jur'), t('wb.assessment'), t('wb.basis'), t('wb.reasoning')].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, p.assumed.jurisdictions.map((j) => jurisdictionRow(j, other(j)))));
  }));
}

function legalList(c) {
  return el('ul', {}, c.legal.map((b) => el('li', {}, el('strong', { text: b.citation }),
    ' (' + jurisdictionLabel(b.jurisdiction) + ', ' + t(b.role === 'AUTHORITY' ? 'cmp.authority' : 'cmp.constraint') + '): ',
    el('span', { text: b.note }), b.source ? [' ', ...sourceLinks([b.source])] : null)));
}

/** The course's risks, worst first, with level, rationale and linked sources (assumptions say so). */
export function riskList(c, limit) {
  const risks = Object.values(c.risks || {}).sort((a, b) => b.level - a.level);
  const shown = limit ? risks.slice(0, limit) : risks;
  if (!shown.length) return el('p', { text: t('cmp.none') });
  return el('ul', { class: 'risks' }, shown.map((r) => el('li', { class: 'risk-' + r.level },
    el('strong', { text: (has('risk.' + r.dimension) ? t('risk.' + r.dimension) : r.dimension) + ': ' + r.level + ' · ' + t('risk.level.' + r.level) }),
    ' — ', el('span', { text: r.rationale }), ' ',
    el('span', { class: 'note' }, t('risk.basis.' + r.basis) + '; ', r.evidence.sources.length ? [t('wb.sources'), ' ', ...sourceLinks(r.evidence.sources)] : '',
      r.low_reliability_only ? el('strong', { class: 'caution', text: ' ' + t('risk.caution', r.evidence.sources.join(', ')) }) : ''))));
}
