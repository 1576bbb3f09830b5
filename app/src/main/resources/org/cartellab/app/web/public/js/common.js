// Shared page furniture: the site header and footer (one definition for every page), language switch, JSON fetch
// with the API's error shape and the page language, small DOM helpers.
import { applyStatic, initialLanguage, language, setLanguage, t } from './i18n.js';

/** The site's pages in navigation order: path and dictionary key of the link text. */
export const PAGES = [
  ['/', 'nav.simulator'],
  ['/compare.html', 'nav.compare'],
  ['/sources.html', 'nav.sources'],
  ['/law.html', 'nav.law'],
  ['/bibliography.html', 'nav.bibliography'],
];

/**
 * Fills an empty <header class="site"> and <footer class="site"> and adds the skip link, so every page has the same
 * brand, navigation (the current page marked aria-current), language switch and footer from this one definition. A
 * page that still carries its own header is left as it is. Without JavaScript the pages show no data either (every
 * table and chart comes from the API), so the navigation is not given a second, static home.
 */
export function siteChrome() {
  const header = document.querySelector('header.site');
  if (header && header.children.length === 0) {
    const here = location.pathname === '/index.html' ? '/' : location.pathname;
    header.append(
      el('div', { class: 'brand' }, el('p', { class: 'name', 'data-i18n': 'app.title', text: 'Cartel Policy Lab' }), el('p', { class: 'tagline', 'data-i18n': 'app.tagline' })),
      el('nav', { 'data-i18n-aria': 'nav.label', 'aria-label': 'Main' }, el('ul', {}, PAGES.map(([href, key]) => el('li', {},
        el('a', { href, 'aria-current': href === here ? 'page' : null, 'data-keep-lang': true, 'data-i18n': key }))))),
      el('button', { id: 'lang-switch', type: 'button', class: 'lang', 'data-i18n-aria': 'lang.label', 'aria-label': 'Language' }));
  }
  if (!document.querySelector('a.skip')) document.body.prepend(el('a', { class: 'skip', href: '#main', 'data-i18n': 'skip' }));
  const footer = document.querySelector('footer.site');
  if (footer && footer.children.length === 0) footer.append(el('p', { 'data-i18n': 'footer' }));
}

/** An API path with the page language (?lang=en|es): data endpoints answer their text and errors in it. */
export function localized(path) {
  const url = new URL(path, location.origin);
  url.searchParams.set('lang', language());
  return url.pathname + url.search;
}

/**
 * Sets the language, fills static strings, wires the switch; calls render(switched) now (switched false) and after
 * every switch (switched true: a page reloads the data it shows in the page language).
 */
export function startPage(render) {
  siteChrome();
  setLanguage(initialLanguage());
  const button = document.getElementById('lang-switch');
  const refresh = (switched) => {
    applyStatic();
    button.textContent = t('lang.switch');
    // the accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch)
    button.setAttribute('aria-label', t('lang.switch') + ' (' + t('lang.label') + ')');
    button.setAttribute('lang', language() === 'en' ? 'es' : 'en');
    document.querySelectorAll('a[data-keep-lang]').forEach((a) => {
      const url = new URL(a.getAttribute('href'), location.href);
      url.searchParams.set('lang', language());
      a.href = url.pathname + url.search;
    });
    render(switched === true);
  };
  button.addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'es' : 'en');
    const url = new URL(location.href);
    url.searchParams.set('lang', language());
    history.replaceState(null, '', url.pathname + url.search);
    refresh(true);
  });
  refresh(false);
}

/** GET or POST JSON; resolves to {ok, status, data} where data is the parsed body (the API always answers JSON). */
export async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    return { ok: false, status: 0, data: { error: String(e.message || e) } };
  }
  let data;
  try { data = await response.json(); } catch (e) { data = { error: 'HTTP ' + response.status }; }
  return { ok: response.ok, status: response.status, data };
}

/** The message for an API error, translated when the dictionary knows it. */
export function errorMessage(result) {
  const raw = (result.data && result.data.error) || ('HTTP ' + result.status);
  const key = 'msg.' + raw;
  const translated = t(key);
  if (result.status === 503) return t('common.unavailable', translated === key ? raw : translated);
  return t('common.error', translated === key ? raw : translated);
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
