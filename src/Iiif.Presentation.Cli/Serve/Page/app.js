// The page of `iiif serve`: sends the document to /api/validate, shows the verdict, the findings (each linked
// to the specification through /api/rules), the outline, and the JSON with a finding's pointer highlighted.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { rules: new Map(), text: '', locations: new Map() };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function setStatus(message, problem) {
    $('status').textContent = message || '';
    $('status').classList.toggle('problem', !!problem);
  }

  // Where each value of a JSON text is: JSON Pointer -> [start, end) offsets. Stops quietly at the first
  // syntax error, keeping what it found before it (an unreadable document has only the root's finding).
  function locate(text) {
    const found = new Map();
    let i = 0;
    const ws = () => { while (i < text.length && ' \t\r\n'.includes(text[i])) i++; };
    const fail = () => { throw new Error('syntax'); };
    const escape = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
    function string() {
      const start = i;
      if (text[i] !== '"') fail();
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (i >= text.length) fail();
      i++;
      return JSON.parse(text.slice(start, i));
    }
    function value(pointer) {
      ws();
      const start = i;
      const c = text[i];
      if (c === '{') {
        i++; ws();
        if (text[i] === '}') { i++; }
        else {
          for (;;) {
            ws();
            const key = string();
            ws();
            if (text[i] !== ':') fail();
            i++;
            value(pointer + '/' + escape(key));
            ws();
            if (text[i] === ',') { i++; continue; }
            if (text[i] === '}') { i++; break; }
            fail();
          }
        }
      } else if (c === '[') {
        i++; ws();
        if (text[i] === ']') { i++; }
        else {
          for (let n = 0; ; n++) {
            value(pointer + '/' + n);
            ws();
            if (text[i] === ',') { i++; continue; }
            if (text[i] === ']') { i++; break; }
            fail();
          }
        }
      } else if (c === '"') {
        string();
      } else {
        const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
        if (!m) fail();
        i += m[0].length;
      }
      found.set(pointer, [start, i]);
    }
    try { value(''); } catch (e) { /* keep what was found */ }
    return found;
  }

  function showSource(range) {
    const source = $('source');
    source.textContent = '';
    if (!range) { source.textContent = state.text; return null; }
    source.append(document.createTextNode(state.text.slice(0, range[0])));
    const mark = element('mark', null, state.text.slice(range[0], range[1]));
    source.append(mark, document.createTextNode(state.text.slice(range[1])));
    return mark;
  }

  // Highlights the value at the pointer, or at the nearest enclosing value the text has.
  function highlight(pointer) {
    let p = pointer;
    while (p.length > 0 && !state.locations.has(p)) p = p.slice(0, p.lastIndexOf('/'));
    const mark = showSource(state.locations.get(p) || [0, state.text.length]);
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  function renderFindings(findings) {
    const list = $('findings');
    list.textContent = '';
    if (findings.length === 0) list.append(element('li', null, 'No findings.'));
    for (const f of findings) {
      const item = element('li', 'finding ' + f.severity);
      item.tabIndex = 0;
      item.dataset.pointer = f.pointer;
      item.append(element('span', 'severity', f.severity), ' ', element('code', 'code', f.code), ' at ',
        element('code', 'pointer', f.pointer === '' ? '/' : f.pointer), ': ', element('span', 'message', f.message));
      const links = element('div', 'links');
      const rule = state.rules.get(f.code);
      for (const link of (rule ? rule.links : [])) {
        const a = element('a', null, '§ ' + link.text);
        a.href = link.url; a.target = '_blank'; a.rel = 'noopener';
        a.addEventListener('click', (e) => e.stopPropagation());
        links.append(a);
      }
      if (rule) links.title = rule.summary;
      item.append(links);
      const select = () => {
        for (const other of list.querySelectorAll('.selected')) other.classList.remove('selected');
        item.classList.add('selected');
        highlight(f.pointer);
      };
      item.addEventListener('click', select);
      item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(); } });
      list.append(item);
    }
  }

  function pickLabel(label) {
    if (typeof label === 'string') return label;
    if (!label || typeof label !== 'object') return null;
    for (const language of ['en', 'none', ...Object.keys(label)]) {
      const values = label[language];
      if (Array.isArray(values) && values.length > 0) return values.join(' ');
    }
    return null;
  }

  const first = (value) => (Array.isArray(value) ? value[0] : value);

  // A thumbnail from the canvas's own thumbnail, else from the image service of its first painted image.
  function thumbnailOf(canvas) {
    const thumb = first(canvas.thumbnail);
    if (thumb && typeof thumb.id === 'string') return thumb.id;
    const page = first(canvas.items);
    const anno = page && first(page.items);
    const body = anno && first(anno.body);
    if (!body || typeof body !== 'object') return null;
    const service = first(body.service);
    const serviceId = service && (service.id || service['@id']);
    if (typeof serviceId === 'string') return serviceId.replace(/\/$/, '') + '/full/!128,128/0/default.jpg';
    return body.type === 'Image' && typeof body.id === 'string' ? body.id : null;
  }

  function rangeList(ranges) {
    const list = element('ul', 'ranges');
    for (const range of ranges) {
      if (!range || typeof range !== 'object') continue;
      const item = element('li', 'range', (pickLabel(range.label) || range.id || 'Range') + (Array.isArray(range.items) ? ' (' + range.items.length + ' items)' : ''));
      const nested = Array.isArray(range.items) ? range.items.filter((x) => x && x.type === 'Range') : [];
      if (nested.length > 0) item.append(rangeList(nested));
      list.append(item);
    }
    return list;
  }

  function renderOutline(text) {
    const outline = $('outline');
    outline.textContent = '';
    let doc;
    try { doc = JSON.parse(text); } catch (e) { outline.append(element('p', null, 'No outline: the document is not JSON.')); return; }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) { outline.append(element('p', null, 'No outline: the document is not a JSON object.')); return; }
    outline.append(element('p', 'title', (doc.type || 'Resource') + ': ' + (pickLabel(doc.label) || '(no label)')));
    const canvases = doc.type === 'Manifest' && Array.isArray(doc.items) ? doc.items : doc.type === 'Canvas' ? [doc] : [];
    if (canvases.length > 0) {
      outline.append(element('h4', null, canvases.length + ' canvas' + (canvases.length === 1 ? '' : 'es')));
      const list = element('ul', 'canvases');
      canvases.forEach((canvas, n) => {
        if (!canvas || typeof canvas !== 'object') return;
        const item = element('li', 'canvas');
        const src = thumbnailOf(canvas);
        if (src && /^https?:/.test(src)) {
          const img = element('img');
          img.alt = '';
          img.loading = 'lazy';
          img.addEventListener('error', () => img.remove());
          img.src = src;
          item.append(img);
        }
        const dims = canvas.width && canvas.height ? canvas.width + ' × ' + canvas.height : canvas.duration ? canvas.duration + ' s' : '';
        item.append(element('span', 'label', (n + 1) + '. ' + (pickLabel(canvas.label) || canvas.id || 'Canvas')), ' ', element('span', 'dims', dims));
        list.append(item);
      });
      outline.append(list);
    }
    if (Array.isArray(doc.structures) && doc.structures.length > 0) {
      outline.append(element('h4', null, 'Ranges'), rangeList(doc.structures));
    }
    if (doc.type === 'Collection' && Array.isArray(doc.items)) {
      const list = element('ul', 'members');
      for (const member of doc.items) {
        if (member && typeof member === 'object') list.append(element('li', null, (member.type || '') + ': ' + (pickLabel(member.label) || member.id || '')));
      }
      outline.append(element('h4', null, doc.items.length + ' member' + (doc.items.length === 1 ? '' : 's')), list);
    }
  }

  async function validate(text, name) {
    state.text = text;
    state.locations = locate(text);
    setStatus('Validating…');
    let response;
    try {
      response = await fetch('api/validate' + (name ? '?name=' + encodeURIComponent(name) : ''), { method: 'POST', body: text, headers: { 'Content-Type': 'application/json' } });
    } catch (e) {
      setStatus('The service cannot be reached: ' + e.message, true);
      return;
    }
    const answer = await response.json().catch(() => null);
    if (!response.ok || !answer || !answer.documents) {
      setStatus((answer && answer.error) || 'The service answered ' + response.status + '.', true);
      return;
    }
    const doc = answer.documents[0];
    const errors = doc.findings.filter((f) => f.severity === 'error').length;
    const warnings = doc.findings.filter((f) => f.severity === 'warning').length;
    const verdict = $('verdict');
    verdict.textContent = (doc.valid ? 'valid' : 'INVALID') + ' — ' + errors + ' error' + (errors === 1 ? '' : 's') + ', ' + warnings + ' warning' + (warnings === 1 ? '' : 's') +
      (doc.type ? ' (' + doc.type + ')' : '') + (doc.error ? ': ' + doc.error : '');
    verdict.className = doc.valid ? 'valid' : 'invalid';
    renderFindings(doc.findings);
    renderOutline(text);
    showSource(null);
    $('result').hidden = false;
    setStatus('');
  }

  async function validateFile(file) {
    if (!file) return;
    const text = await file.text();
    $('input').value = text;
    await validate(text, file.name);
  }

  async function fetchAndValidate(url) {
    setStatus('Fetching…');
    let response;
    try {
      response = await fetch('api/fetch?url=' + encodeURIComponent(url));
    } catch (e) {
      setStatus('The service cannot be reached: ' + e.message, true);
      return;
    }
    if (!response.ok) {
      const answer = await response.json().catch(() => null);
      setStatus((answer && answer.error) || 'The fetch failed with ' + response.status + '.', true);
      return;
    }
    const text = await response.text();
    $('input').value = text;
    await validate(text, response.headers.get('X-Fetched-From') || url);
  }

  async function start() {
    const [config, rules] = await Promise.all([
      fetch('api/config').then((r) => r.json()).catch(() => ({})),
      fetch('api/rules').then((r) => r.json()).catch(() => []),
    ]);
    for (const rule of rules) state.rules.set(rule.code, rule);
    if (config.allowFetch) { $('url-form').hidden = false; $('fetch-note').hidden = false; }

    $('validate').addEventListener('click', () => validate($('input').value, null));
    $('file').addEventListener('change', (e) => validateFile(e.target.files[0]));
    $('url-form').addEventListener('submit', (e) => { e.preventDefault(); fetchAndValidate($('url').value); });
    const zone = $('drop-zone');
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer && e.dataTransfer.files.length > 0) validateFile(e.dataTransfer.files[0]);
    });
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', start);
})();
