/* Playground for the voice-shopping NLU API: vanilla JS, no dependencies, no build step.
 *
 * Safety rule: text from the user or from the API reaches the page only as text (textContent,
 * Node.append(string), setAttribute of fixed attribute names); nothing is ever parsed as HTML.
 * The page's Content-Security-Policy enforces Trusted Types, so an HTML sink would throw anyway.
 *
 * Offsets from the API (entity start/end, kept title spans) count Unicode code points, while JS
 * strings index UTF-16 units: texts are split with Array.from() before slicing.
 */
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);

  const EXAMPLES = [
    { label: 'English', lang: 'en', text: 'play the latest song by adele on spotify' },
    { label: 'English', lang: 'en', text: 'add two packs of wireless headphones to my cart' },
    { label: 'Español', lang: 'es', text: 'pon la última canción de adele en spotify' },
    { label: 'Français', lang: 'fr', text: 'ajoute des écouteurs sans fil noirs à mon panier' },
    { label: 'Deutsch', lang: 'de', text: 'spiele das neueste Lied von Adele auf Spotify' },
    { label: 'हिन्दी', lang: 'hi', text: 'मेरी कार्ट में काले वायरलेस हेडफ़ोन जोड़ो' },
    { label: 'Hinglish', lang: 'hi-Latn', text: 'spotify pe adele ka latest gaana bajao' },
  ];
  const ENTITY_COLOURS = 8;

  /* ---------- small helpers ---------- */

  const ALLOWED_ATTRIBUTES = new Set(['title', 'lang', 'role', 'aria-label', 'data-type', 'data-lang', 'value']);

  /** Build an element; children that are strings become Text nodes (never HTML). */
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (ALLOWED_ATTRIBUTES.has(key)) node.setAttribute(key, String(value));
      else throw new Error(`h(): attribute ${key} is not allowed`);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === 'string' ? child : child instanceof Node ? child : String(child));
    }
    return node;
  }

  const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);
  const pct = (x) => (isNumber(x) ? `${(x * 100).toFixed(1)} %` : '—');
  const ms = (x) => `${Math.round(x)} ms`;

  function fmt(value) {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'string') return value;
    return JSON.stringify(value);
  }

  /** A confidence bar (width set through CSSOM, which the CSP allows; no style attribute). */
  function bar(confidence) {
    const fill = h('span', { class: 'fill' });
    fill.style.width = `${Math.max(0, Math.min(1, isNumber(confidence) ? confidence : 0)) * 100}%`;
    return h('span', { class: 'bar', role: 'presentation' }, fill);
  }

  function show(node, visible) { node.hidden = !visible; }

  /** Call the public API. Errors come back as {error, detail} whatever went wrong. */
  async function callApi(method, path, body) {
    const started = performance.now();
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'same-origin',
      });
    } catch (err) {
      return { ok: false, status: 0, ms: performance.now() - started,
               error: { error: 'network_error', detail: `the service could not be reached (${err.message})` } };
    }
    let data = null;
    try { data = await response.json(); } catch (_) { data = null; }
    const elapsed = performance.now() - started;
    if (response.ok && data !== null) return { ok: true, status: response.status, data, ms: elapsed };
    const error = data && typeof data.detail === 'string'
      ? { error: String(data.error || `http_${response.status}`), detail: data.detail }
      : { error: `http_${response.status}`, detail: `the service answered HTTP ${response.status} without a JSON error body` };
    return { ok: false, status: response.status, ms: elapsed, error };
  }

  /** Show an API error: its detail, and its code in small print. */
  function showError(box, error) {
    box.replaceChildren(
      h('strong', null, 'The service refused the request: '),
      h('span', { class: 'detail' }, error.detail),
      h('span', { class: 'code small muted' }, ` (${error.error})`),
    );
    show(box, true);
  }

  /**
   * Render `text` into `container` with `spans` ({start, end} in code points) wrapped by
   * makeMark(segmentText, span). Overlapping or out-of-range spans are skipped.
   */
  function renderSpans(container, text, spans, makeMark) {
    const chars = Array.from(text);
    const valid = spans
      .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= chars.length)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    container.replaceChildren();
    let cursor = 0;
    for (const span of valid) {
      if (span.start < cursor) continue;
      if (span.start > cursor) container.append(chars.slice(cursor, span.start).join(''));
      container.append(makeMark(chars.slice(span.start, span.end).join(''), span));
      cursor = span.end;
    }
    if (cursor < chars.length) container.append(chars.slice(cursor).join(''));
  }

  function colourOf(type) {
    let hash = 0;
    for (const c of String(type)) hash = (hash * 31 + c.codePointAt(0)) >>> 0;
    return hash % ENTITY_COLOURS;
  }

  /* ---------- capabilities: what this service's API accepts ---------- */

  // `translate` is sent only once the API's request schema has it (extra fields are refused today).
  const capabilities = callApi('GET', '/openapi.json').then((r) => {
    const schemas = (r.ok && r.data && r.data.components && r.data.components.schemas) || {};
    const props = (schemas.IntentEntityRequest && schemas.IntentEntityRequest.properties) || {};
    return { translate: Object.prototype.hasOwnProperty.call(props, 'translate') };
  });

  capabilities.then((caps) => {
    const set = $('translate-set');
    set.disabled = !caps.translate;
    set.classList.toggle('unavailable', !caps.translate);
    $('translate-note').textContent = caps.translate
      ? 'sent with each request'
      : 'not available yet: the API does not accept translate';
  });

  /* ---------- the model list in the header ---------- */

  callApi('GET', '/v1/models').then((r) => {
    const line = $('models-line');
    if (!r.ok) { line.textContent = `Model list unavailable: ${r.error.detail}`; return; }
    line.replaceChildren();
    const tasks = (r.data && r.data.tasks) || {};
    for (const [task, info] of Object.entries(tasks)) {
      const pack = (info.packs || []).find((p) => p.name === info.default);
      line.append(h('span', { class: pack ? 'pill' : 'pill off' },
        h('span', { class: 'pill-task' }, task.replace(/_/g, ' ')),
        pack ? `${pack.pack} ${pack.version}` : 'no model yet'));
    }
    if (!Object.keys(tasks).length) line.textContent = 'No model packs loaded.';
    // the intent/entity packs the caller may pick by name (the default stays the first option)
    const select = $('model');
    for (const pack of ((tasks.intent_entity || {}).packs || [])) {
      const label = `${pack.name} (${pack.pack} ${pack.version}; ${(pack.languages || []).join(', ')})`;
      select.append(h('option', { value: pack.name }, label));
    }
  });

  /* ---------- tabs ---------- */

  const tabs = [$('tab-nlu'), $('tab-title')];
  function selectTab(tab, focus) {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      show($(t.getAttribute('aria-controls')), selected);
    }
    if (focus) tab.focus();
  }
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab, false));
    tab.addEventListener('keydown', (ev) => {
      if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
      const next = tabs[(tabs.indexOf(tab) + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      selectTab(next, true);
    });
  }
  if (location.hash === '#title') selectTab($('tab-title'), false);

  /* ---------- tab 1: intent, entities, sentiment, gate ---------- */

  const nluForm = $('nlu-form');
  const utterance = $('utterance');
  let nluRun = 0;

  for (const example of EXAMPLES) {
    const chip = h('button', { class: 'chip', title: example.text, 'data-lang': example.lang },
      h('span', { class: 'chip-lang' }, example.label), example.text);
    chip.type = 'button';
    chip.addEventListener('click', () => {
      utterance.value = example.text;
      nluForm.requestSubmit();
    });
    $('examples').append(chip);
  }

  for (const field of [utterance, $('title')]) {
    field.addEventListener('keydown', (ev) => {  // Enter submits; Shift+Enter is a new line
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        field.form.requestSubmit();
      }
    });
  }

  function renderIntent(intent) {
    $('intent-name').textContent = intent.name;
    $('intent-confidence').textContent = pct(intent.confidence);
    const list = $('alternatives');
    list.replaceChildren();
    for (const alt of intent.alternatives || []) {
      list.append(h('li', null, h('span', { class: 'alt-name' }, alt.name), bar(alt.confidence),
        h('span', { class: 'alt-pct muted' }, pct(alt.confidence))));
    }
  }

  function renderEntities(text, entities) {
    const view = $('utterance-view');
    renderSpans(view, text, entities, (segment, e) =>
      h('mark', { class: `ent c${colourOf(e.type)}`, 'data-type': e.type, title: `${e.type} · ${pct(e.confidence)}` }, segment));
    const body = $('entity-table').tBodies[0];
    body.replaceChildren();
    for (const e of entities) {
      body.append(h('tr', null,
        h('td', null, h('span', { class: `tag c${colourOf(e.type)}` }, e.type)),
        h('td', null, e.value),
        h('td', { class: 'muted' }, `${e.start}–${e.end}`),
        h('td', null, pct(e.confidence))));
    }
    show($('entity-table'), entities.length > 0);
    show($('no-entities'), entities.length === 0);
  }

  function renderSentiment(r) {
    const box = $('sentiment');
    box.replaceChildren();
    if (!r.ok) {
      if (r.status === 501) box.append(h('p', { class: 'notice' }, 'no sentiment model yet'));
      box.append(h('p', { class: r.status === 501 ? 'small muted' : 'error-text' }, r.error.detail));
      return;
    }
    const s = (r.data.results || [])[0] || {};
    box.append(h('p', { class: 'big' }, h('span', { class: `sentiment ${s.label}` }, s.label), ' ',
      h('span', { class: 'muted' }, pct(s.confidence))));
    const list = h('ol', { class: 'bars' });
    for (const score of s.scores || []) {
      list.append(h('li', null, h('span', { class: 'alt-name' }, score.name), bar(score.confidence),
        h('span', { class: 'alt-pct muted' }, pct(score.confidence))));
    }
    box.append(list, h('p', { class: 'small muted' },
      `${s.model ? `${s.model.pack} ${s.model.version}` : ''} · ${ms(r.ms)}`));
  }

  function kvList(obj) {
    const dl = h('dl', { class: 'kv' });
    for (const [key, value] of Object.entries(obj)) dl.append(h('dt', null, key), h('dd', null, fmt(value)));
    return dl;
  }

  /** The translation gate's decision and signals, and the translation, when the result has them. */
  function renderGate(result) {
    const box = $('gate');
    box.replaceChildren();
    const hasGate = result.gate !== undefined && result.gate !== null;
    const hasTranslation = result.translation !== undefined && result.translation !== null;
    if (!hasGate && !hasTranslation) {
      box.append(h('p', { class: 'muted' }, 'not available yet: no gate decision in this result'));
      return;
    }
    if (hasGate) {
      const gate = typeof result.gate === 'object' ? result.gate : { decision: result.gate };
      const { decision, signals, ...rest } = gate;
      if (decision !== undefined) box.append(h('p', { class: 'big' }, h('span', { class: 'decision' }, fmt(decision))));
      if (signals && typeof signals === 'object') {
        box.append(h('h3', null, 'Signals'), kvList(Array.isArray(signals) ? Object.fromEntries(signals.entries()) : signals));
      }
      if (Object.keys(rest).length) box.append(kvList(rest));
    }
    if (hasTranslation) {
      const tr = typeof result.translation === 'object' ? result.translation : { text: result.translation };
      const { text, ...rest } = tr;
      box.append(h('h3', null, 'Translation'));
      if (text !== undefined) box.append(h('p', { class: 'translation' }, fmt(text)));
      if (Object.keys(rest).length) box.append(kvList(rest));
    }
  }

  nluForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const run = ++nluRun;
    const text = utterance.value;
    const previous = $('previous').value;
    const body = { text };
    if (previous.trim()) body.context = [previous];
    if ($('model').value) body.model = $('model').value;
    const caps = await capabilities;
    if (caps.translate) body.translate = nluForm.elements.translate.value;

    $('nlu-submit').disabled = true;
    $('nlu-status').textContent = 'Analysing…';
    const [ie, sentiment] = await Promise.all([
      callApi('POST', '/v1/intent-entity', body),
      callApi('POST', '/v1/sentiment', { text }),
    ]);
    if (run !== nluRun) return;  // a newer request has been sent meanwhile
    $('nlu-submit').disabled = false;
    $('nlu-status').textContent = '';

    if (!ie.ok) {
      showError($('nlu-error'), ie.error);
      show($('nlu-results'), false);
      return;
    }
    show($('nlu-error'), false);
    const result = ie.data.results[0];
    renderIntent(result.intent);
    renderEntities(text, result.entities || []);
    renderSentiment(sentiment);
    renderGate(result);
    const lang = result.language || {};
    if (typeof lang.code === 'string' && lang.code !== 'und') $('utterance-view').setAttribute('lang', lang.code);
    else $('utterance-view').removeAttribute('lang');
    $('language').textContent = `${fmt(lang.code)} (${pct(lang.confidence)})`;
    $('model-pack').textContent = result.model ? result.model.pack : '—';
    $('model-version').textContent = result.model ? result.model.version : '—';
    $('latency').textContent = `${ms(ie.ms)} (intent-entity, measured here)`;
    show($('nlu-results'), true);
  });

  /* ---------- tab 2: title shortening ---------- */

  const titleForm = $('title-form');
  let titleRun = 0;

  titleForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const run = ++titleRun;
    const text = $('title').value;
    const body = { text };
    const maxWords = $('max-words').value.trim();
    if (maxWords) body.max_words = Number(maxWords);

    $('title-submit').disabled = true;
    $('title-status').textContent = 'Shortening…';
    const r = await callApi('POST', '/v1/titles/shorten', body);
    if (run !== titleRun) return;
    $('title-submit').disabled = false;
    $('title-status').textContent = '';

    const errorBox = $('title-error');
    if (!r.ok) {
      if (r.status === 501) {
        errorBox.replaceChildren(h('p', { class: 'notice' }, 'no title-shortening model yet'),
          h('p', { class: 'small muted detail' }, r.error.detail));
        errorBox.className = 'card notice-card';
        show(errorBox, true);
      } else {
        errorBox.className = 'card error';
        showError(errorBox, r.error);
      }
      show($('title-results'), false);
      return;
    }
    show(errorBox, false);
    const result = r.data.results[0];
    $('short-title').textContent = result.title;
    renderSpans($('title-view'), text, result.kept || [], (segment) => h('mark', { class: 'kept' }, segment));
    const ratio = result.compression_ratio;
    $('compression').textContent = isNumber(ratio)
      ? `${ratio.toFixed(2)} (the short title is ${Math.round(ratio * 100)} % of the original's length)`
      : '—';
    $('title-model').textContent = result.model ? `${result.model.pack} ${result.model.version}` : '—';
    $('title-latency').textContent = `${ms(r.ms)} (measured here)`;
    show($('title-results'), true);
  });
})();
