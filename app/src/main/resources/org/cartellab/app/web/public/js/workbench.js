// Things to paste into a memo, shared by every page: source keys as links to the bibliography, charts saved as PNG and
// SVG, tables copied as text or downloaded as CSV, and a "cite this" block. No network beyond this server.
import { el } from './common.js';
import { formatDate, language, t } from './i18n.js';

/** The bibliography anchor of a source key (the report uses the same: src- and the key, odd characters as _). */
export function sourceAnchor(key) { return 'src-' + String(key).replace(/[^A-Za-z0-9_.-]/g, '_'); }

/** A link from a source key to its entry on the bibliography page, in the page's language. */
export function sourceLink(key) {
  return el('a', { class: 'src', href: '/bibliography.html?lang=' + language() + '#' + sourceAnchor(key), 'data-source': key, text: key });
}

/** Links for several keys separated by ", " (a fragment to append). */
export function sourceLinks(keys) {
  const out = [];
  (keys || []).forEach((k, i) => { if (i) out.push(', '); out.push(sourceLink(k)); });
  return out;
}

// Downloads go through a temporary link; the last one is kept for tests (no download dialogs in headless Chromium).
function download(name, href, type, size) {
  window.cartelLab = window.cartelLab || {};
  window.cartelLab.lastSave = { name, type, size, href: href.slice(0, 40) };
  const a = el('a', { href, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
}

function downloadText(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(name, url, type, text.length);
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** PNG of an ECharts chart on white at twice the screen resolution. */
export function savePng(chart, name) {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  download(name + '.png', url, 'image/png', url.length);
}

/** SVG of an ECharts chart: the same option drawn once by ECharts' SVG renderer off screen. */
export function saveSvg(chart, name) {
  const host = el('div', { style: 'position:absolute;left:-10000px;top:0;width:' + chart.getWidth() + 'px;height:' + chart.getHeight() + 'px' });
  document.body.append(host);
  const svg = echarts.init(host, null, { renderer: 'svg', ssr: false, width: chart.getWidth(), height: chart.getHeight() });
  const option = chart.getOption();
  option.animation = false;
  svg.setOption(option);
  const text = svg.renderToSVGString();
  svg.dispose();
  host.remove();
  downloadText(name + '.svg', text, 'image/svg+xml');
}

/** "Save PNG" and "Save SVG" buttons for a chart (getChart is called at click time: charts are made lazily). */
export function chartButtons(getChart, name, label) {
  return el('p', { class: 'chart-tools' },
    el('button', { type: 'button', class: 'small', 'data-save': 'png', 'aria-label': t('wb.save.png') + ': ' + label, onclick: () => savePng(getChart(), name), text: t('wb.save.png') }),
    el('button', { type: 'button', class: 'small', 'data-save': 'svg', 'aria-label': t('wb.save.svg') + ': ' + label, onclick: () => saveSvg(getChart(), name), text: t('wb.save.svg') }));
}

/** Copies each column header into its cells' data-label, so the table reads as labelled cards on a phone. */
export function labelCells(table) {
  const heads = [...table.querySelectorAll('thead th')].map((h) => h.textContent);
  table.querySelectorAll('tbody tr').forEach((tr) => [...tr.children].forEach((c, i) => { if (i > 0 && heads[i]) c.dataset.label = heads[i]; }));
  return table;
}

/** A table's cells as rows of text (header rows included). */
export function tableRows(table) {
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => (c.dataset.value !== undefined ? c.dataset.value : c.textContent.trim())));
}

function csvCell(v) { return /[",\n;]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }

/** "Copy as text" (tab-separated) and "Download CSV" buttons for a table; status is announced in a live region. */
export function tableButtons(getTable, name) {
  const status = el('span', { class: 'status', role: 'status' });
  return el('p', { class: 'table-tools' },
    el('button', { type: 'button', class: 'small', 'data-copy': name, text: t('wb.copy'), onclick: async () => {
      const text = tableRows(getTable()).map((r) => r.join('\t')).join('\n');
      try { await navigator.clipboard.writeText(text); status.textContent = t('wb.copied'); } catch (e) { status.textContent = t('wb.copy.failed'); }
      window.cartelLab = window.cartelLab || {};
      window.cartelLab.lastCopy = text;
    } }),
    el('button', { type: 'button', class: 'small', 'data-csv': name, text: t('wb.csv'), onclick: () => {
      downloadText(name + '.csv', tableRows(getTable()).map((r) => r.map(csvCell).join(',')).join('\n') + '\n', 'text/csv');
    } }),
    status);
}

/** The "cite this" block: tool version, data and knowledge-base dates, today's date and the URL that reproduces the view. */
export function citeBlock(about, url) {
  const today = new Date().toISOString().slice(0, 10);
  const data = (about.data || []).map((d) => d.file).join(', ');
  const text = t('wb.cite.text', about.version, formatDate(about.law_reviewed), data, formatDate(today), url);
  return el('section', { class: 'cite', 'aria-labelledby': 'cite-h' },
    el('h2', { id: 'cite-h', text: t('wb.cite') }),
    el('p', { class: 'cite-text', text }),
    el('p', {}, el('button', { type: 'button', class: 'small', text: t('wb.cite.copy'), onclick: async (e) => {
      try { await navigator.clipboard.writeText(text); e.target.textContent = t('wb.copied'); } catch (err) { /* the text is on screen */ }
    } })));
}
