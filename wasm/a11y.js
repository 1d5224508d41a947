// The accessibility mirror (linked with --pre-js after bridge.js): one hidden
// DOM element per widget of the semantics tree, with its ARIA role, name,
// value and state, laid over the canvas at the widget's rectangle. Screen
// readers read and operate it; DOM focus follows ImGui focus and back. Its
// text inputs double as the phone keyboard's hidden input: a tap on a text
// field focuses the matching input inside the touch handler, so the on-screen
// keyboard opens, and what is typed there replaces the field's text.
/* global Module, allocateUTF8, _free */

Module.cabinetMirror = (function () {
  'use strict';
  const elements = new Map();  // key -> element
  const announced = new Set(); // ids of status/alert nodes already spoken
  let root = null;
  let regions = null;
  let live = null;
  let nodes = [];
  let movingFocus = false;     // focus moved by the mirror itself, not by the person
  let touchInput = null;       // the input the phone keyboard types into

  function callWithStrings(fn, strings, extra) {
    const pointers = strings.map((s) => allocateUTF8(s));
    try {
      fn.apply(null, pointers.concat(extra || []));
    } finally {
      pointers.forEach((p) => _free(p));
    }
  }

  function setup() {
    root = document.createElement('div');
    root.id = 'cabinet-a11y';
    // `contain` keeps the mirror's style and layout work to itself: focusing an
    // element must not relayout the page.
    root.setAttribute('style', 'position:fixed;inset:0;overflow:hidden;pointer-events:none;z-index:1;contain:strict');
    const header = document.createElement('header');
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Разделы');
    const main = document.createElement('main');
    live = document.createElement('div');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'log');
    live.className = 'cabinet-live';
    live.setAttribute('style', 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)');
    root.append(header, nav, main, live);
    document.body.appendChild(root);
    regions = { header, nav, main };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('click', onClick, true);
    root.addEventListener('keydown', onKeyDown, true);
    root.addEventListener('keyup', onKeyUp, true);
    root.addEventListener('keypress', onKeyPress, true);
    // The app copies through its own clipboard bridge; the mirror's copy of the
    // text must not overwrite that (the phone keyboard's input keeps its own).
    root.addEventListener('copy', onCopyOrCut, true);
    root.addEventListener('cut', onCopyOrCut, true);
    root.addEventListener('input', onInput);
    root.addEventListener('focusout', onFocusOut);
    Module.canvas.addEventListener('touchend', onTouchEnd, { passive: true });
    // Context actions are the app's own (a long press, a right click, Shift+F10
    // or the Menu key reach it through SDL): the browser's menu must not cover them.
    const noBrowserMenu = (event) => event.preventDefault();
    Module.canvas.addEventListener('contextmenu', noBrowserMenu);
    root.addEventListener('contextmenu', noBrowserMenu);
  }

  function regionOf(node) {
    if (node.role === 'navitem') return regions.nav;
    if (node.id === 'menu' || node.id.startsWith('language.')) return regions.header;
    return regions.main;
  }

  function tagFor(node) {
    switch (node.role) {
      case 'heading': return 'h' + Math.min(6, Math.max(1, Number(node.value) || 2));
      case 'text': return 'p';
      case 'img': return 'div';
      case 'status':
      case 'alert': return 'div';
      case 'textbox':
      case 'checkbox':
      case 'radio': return 'input';
      default: return 'button';
    }
  }

  function create(node, key) {
    const el = document.createElement(tagFor(node));
    el.dataset.key = key;
    el.style.cssText = 'position:absolute;margin:0;padding:0;border:0;opacity:0;overflow:hidden;contain:strict;' +
                       'background:transparent;color:transparent;font-size:16px;pointer-events:none';
    if (el.tagName === 'BUTTON') el.type = 'button';
    if (node.role === 'checkbox' || node.role === 'radio') el.type = node.role;
    if (node.role === 'status' || node.role === 'alert' || node.role === 'img') el.setAttribute('role', node.role);
    if (node.role === 'textbox') {
      const error = document.createElement('span');
      error.id = 'cabinet-error-' + key.replace(/[^a-zA-Z0-9_-]/g, '_');
      error.setAttribute('style', 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)');
      el.cabinetError = error;
    }
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function apply(el, node) {
    const r = node.rect;
    const box = `${r[0]}px,${r[1]}px,${r[2]}px,${r[3]}px`;
    if (el.cabinetBox !== box) {
      el.cabinetBox = box;
      el.style.left = r[0] + 'px';
      el.style.top = r[1] + 'px';
      el.style.width = r[2] + 'px';
      el.style.height = r[3] + 'px';
    }
    el.cabinetId = node.id;
    if (node.role === 'textbox') {
      const type = node.input === 'password' ? 'password' : node.input === 'email' ? 'email'
                 : node.input === 'tel' ? 'tel' : 'text';
      if (el.type !== type) el.type = type;
      setAttr(el, 'inputmode', node.input === 'numeric' ? 'numeric' : node.input === 'tel' ? 'tel'
                               : node.input === 'email' ? 'email' : null);
      setAttr(el, 'autocomplete', node.autocomplete || 'off');
      setAttr(el, 'aria-label', node.label);
      setAttr(el, 'aria-invalid', node.invalid ? 'true' : null);
      if (el !== touchInput && el.value !== node.value) el.value = node.value;
      const error = el.cabinetError;
      el.cabinetShowsError = Boolean(node.error);
      if (node.error) {
        if (error.textContent !== node.error) error.textContent = node.error;
        if (!error.isConnected) el.after(error);
        setAttr(el, 'aria-describedby', error.id);
      } else {
        if (error.isConnected) error.remove();
        setAttr(el, 'aria-describedby', null);
      }
    } else if (node.role === 'img') {
      setAttr(el, 'aria-label', node.label);
    } else if (node.role === 'checkbox' || node.role === 'radio') {
      setAttr(el, 'aria-label', node.label);
      if (el.checked !== node.selected) el.checked = node.selected;
    } else if (el.textContent !== node.label) {
      el.textContent = node.label;
    }
    if (node.role === 'navitem') setAttr(el, 'aria-current', node.selected ? 'page' : null);
    setAttr(el, 'aria-haspopup', node.haspopup ? 'menu' : null);
    if (node.role === 'button' && node.id.startsWith('language.')) setAttr(el, 'aria-pressed', node.selected ? 'true' : 'false');
    setAttr(el, 'aria-disabled', node.disabled ? 'true' : null);
    setAttr(el, 'aria-expanded', node.expanded === undefined ? null : String(node.expanded));
    setAttr(el, 'lang', node.id === 'language.en' ? 'en' : node.id === 'language.ru' ? 'ru' : null);
    if ((node.role === 'status' || node.role === 'alert') && node.id && !announced.has(node.id)) {
      announced.add(node.id);
      live.textContent = node.label;
    }
  }

  let keys = [];           // the key of each node, in the tree's order
  let lastFocused = null;

  function removeElement(key, el) {
    if (el.cabinetError) el.cabinetError.remove();
    el.remove();
    elements.delete(key);
    announced.delete(key);
  }

  // Applies what changed since the last frame (shell/ui/mirror_feed.hpp):
  // {count, keys (when they changed), nodes: [[index, node], ...], focus}.
  // A frame where one field's text changed touches one element.
  // `deltaText` (a delta given directly) serves the mirror benchmark.
  function update(deltaText) {
    if (!root) setup();
    const delta = JSON.parse(deltaText || UTF8ToString(Module._cabinet_semantics_delta()));
    if (!deltaText) {
      const language = UTF8ToString(Module._cabinet_language());
      if (document.documentElement.lang !== language) document.documentElement.lang = language;
    }
    nodes.length = delta.count;
    // New elements are filled in before they join the page; changes to the
    // others wait until focus has moved, so that focus() does not have to
    // recompute their style first.
    let created = false;
    const changed = [];
    for (const [index, node] of delta.nodes) {
      nodes[index] = node;
      let el = elements.get(node.key);
      if (el && el.cabinetRole !== node.role) {
        removeElement(node.key, el);
        el = undefined;
      }
      if (el) {
        changed.push([el, node]);
      } else {
        el = create(node, node.key);
        el.cabinetRole = node.role;
        elements.set(node.key, el);
        apply(el, node);
        created = true;
      }
    }
    if (delta.keys) {
      keys = delta.keys;
      const present = new Set(keys);
      for (const [key, el] of elements) {
        if (!present.has(key)) removeElement(key, el);
      }
    }
    if (delta.keys || created) placeInOrder();
    const focusedEl = delta.focus >= 0 ? elements.get(keys[delta.focus]) || null : null;
    if (focusedEl !== lastFocused || (focusedEl && document.activeElement !== focusedEl)) {
      lastFocused = focusedEl;
      followImGuiFocus(focusedEl);
    }
    for (const [el, node] of changed) apply(el, node);
  }

  // Puts the elements into their landmark in the tree's (and so Tab's) order.
  function placeInOrder() {
    const cursor = new Map();  // region -> last placed element
    nodes.forEach((node, i) => placeOne(cursor, node, elements.get(keys[i])));
  }

  function placeOne(cursor, node, el) {
    const region = regionOf(node);
    const previous = cursor.get(region) || null;
    const wanted = previous ? previous.nextSibling : region.firstChild;
    if (el !== wanted || el.parentNode !== region) region.insertBefore(el, wanted);
    // A new field's error text could not follow it before it joined the page.
    const error = el.cabinetShowsError ? el.cabinetError : null;
    if (error && el.nextSibling !== error) region.insertBefore(error, el.nextSibling);
    cursor.set(region, error || el);
  }

  // DOM focus follows ImGui focus, without taking it from the page's other parts.
  function followImGuiFocus(el) {
    const active = document.activeElement;
    const ours = active === document.body || active === Module.canvas || (root && root.contains(active));
    if (!ours) return;
    movingFocus = true;
    try {
      if (el && active !== el) el.focus({ preventScroll: true });
      else if (!el && root.contains(active) && active !== touchInput) Module.canvas.focus({ preventScroll: true });
    } finally {
      movingFocus = false;
    }
  }

  // ImGui focus follows DOM focus (a screen reader moved it).
  function onFocusIn(event) {
    if (movingFocus || !event.target.cabinetId) return;
    callWithStrings(Module._cabinet_focus, [event.target.cabinetId]);
  }

  // A screen reader activates the element: act as a click on the widget.
  function onClick(event) {
    const el = event.target;
    if (!el.cabinetId) return;
    event.preventDefault();
    if (el.tagName === 'INPUT' && el.type !== 'checkbox') return;
    window.cabinet.click(el.cabinetId);
  }

  // Enter and Space also reach the app through SDL: the element must not act twice.
  function onKeyDown(event) {
    if (touchInput && event.target === touchInput) {
      // The hidden input edits the text itself; only these keys go on to the app.
      if (!['Enter', 'Tab', 'Escape'].includes(event.key)) event.stopPropagation();
      if (event.key === 'Enter' || event.key === 'Escape') touchInput.blur();
      return;
    }
    // Text inputs keep their keys: the characters reach the app as keypresses.
    if (isTextInput(event.target)) return;
    if (event.key === 'Enter' || event.key === ' ') event.preventDefault();
  }

  function isTextInput(el) {
    return el.tagName === 'INPUT' && el.type !== 'checkbox';
  }

  function onCopyOrCut(event) {
    if (event.target !== touchInput) event.preventDefault();
  }

  function onKeyPress(event) {
    if (touchInput && event.target === touchInput && event.key !== 'Enter') event.stopPropagation();
  }

  function onKeyUp(event) {
    if (touchInput && event.target === touchInput && !['Enter', 'Tab', 'Escape'].includes(event.key)) {
      event.stopPropagation();
    }
    if (event.key === ' ' && !isTextInput(event.target)) event.preventDefault();
  }

  // The phone keyboard typed (or composed, corrected, pasted, deleted).
  function onInput(event) {
    const el = event.target;
    if (el !== touchInput || !el.cabinetId) return;
    const caret = new TextEncoder().encode(el.value.slice(0, el.selectionStart ?? el.value.length)).length;
    callWithStrings(Module._cabinet_set_text, [el.cabinetId, el.value], [caret]);
  }

  function onFocusOut(event) {
    if (event.target === touchInput) {
      touchInput = null;
      if (!movingFocus) Module._cabinet_blur();  // the keyboard was closed
    }
  }

  // A tap on a text field: focus its input now, inside the touch handler,
  // because phones open the keyboard only during a user gesture.
  function onTouchEnd(event) {
    if (!root || event.changedTouches.length !== 1) return;
    const touch = event.changedTouches[0];
    const box = Module.canvas.getBoundingClientRect();
    const x = touch.clientX - box.left;
    const y = touch.clientY - box.top;
    const hit = nodes.find((n) => n.role === 'textbox' && !n.disabled &&
                                  x >= n.rect[0] && x <= n.rect[0] + n.rect[2] && y >= n.rect[1] && y <= n.rect[1] + n.rect[3]);
    if (!hit) return;
    const el = elements.get(hit.key);
    if (!el) return;
    touchInput = el;
    el.value = hit.value;
    movingFocus = true;
    try {
      el.focus({ preventScroll: true });
    } finally {
      movingFocus = false;
    }
    try {
      el.setSelectionRange(el.value.length, el.value.length);
    } catch (e) {
      // type=email has no selection API; the caret is at the end anyway.
    }
  }

  return {
    update: update,
    get touchInput() { return touchInput; },
    elementFor: function (id) { return elements.get(id) || null; },
  };
})();
