// Shared page furniture: language switch, JSON fetch with the API's error shape, small DOM helpers.
import { applyStatic, initialLanguage, language, setLanguage, t } from './i18n.js';

/** Sets the language, fills static strings, wires the switch; calls render() now and after every switch. */
export function startPage(render) {
  setLanguage(initialLanguage());
  const button = document.getElementById('lang-switch');
  const refresh = () => {
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
    render();
  };
  button.addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'es' : 'en');
    const url = new URL(location.href);
    url.searchParams.set('lang', language());
    history.replaceState(null, '', url.pathname + url.search);
    refresh();
  });
  refresh();
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
