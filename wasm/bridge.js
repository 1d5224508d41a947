// Browser side of the app (linked with --pre-js): persistence on IDBFS with a
// single writer across tabs, connectivity, paste, and window.cabinet, the API
// that end-to-end tests and the page use. It synthesizes real DOM input events
// at a widget's rectangle, so tests go through the same path as a person.
/* global Module, FS, IDBFS, UTF8ToString, allocateUTF8, _free, addRunDependency, removeRunDependency */

// One writer across tabs: IDBFS's save deletes stored files that are missing
// from the writing tab's memory, and a tab that saved nothing while another
// wrote would later re-seal the vault with its stale key and values. So the app
// starts only in the tab that holds the lock 'cabinet-writer' (Web Locks), for
// as long as it lives; any other tab shows why it waits (boot.js) and starts by
// itself, reading what was stored, once the lock is free. A browser without
// Web Locks asks the other tabs over a BroadcastChannel and refuses to start
// while one answers, rather than racing it.
//
// The first load must succeed before anything is saved: after a failed or
// partial load one harmless save (the language) would wipe the account. On a
// failure the app does not start; boot.js offers to try again or to go on with
// saving turned off for this visit (Module.cabinetLoaded stays false, and every
// save is refused with errors.not_loaded, so nothing stored is touched).
Module.cabinetLoaded = false;
Module.cabinetWriter = false;
Module.preRun = Module.preRun || [];
Module.preRun.push(function mountPersistentStorage() {
  FS.mkdir('/data');
  FS.mount(IDBFS, {}, '/data');
  addRunDependency('cabinet-load-data');
  const load = function () {
    FS.syncfs(true, function (error) {
      if (!error) {
        Module.cabinetLoaded = true;
        removeRunDependency('cabinet-load-data');
        return;
      }
      console.warn('cabinet: could not load saved data', error);
      Module.cabinetLoadFailed({
        retry: load,
        goOnWithoutSaving: function () { removeRunDependency('cabinet-load-data'); },
      });
    });
  };
  const becomeWriter = function () {
    Module.cabinetWriter = true;
    Module.cabinetOtherTab(false);
    load();
  };
  if (navigator.locks && navigator.locks.request) {
    navigator.locks.request('cabinet-writer', { ifAvailable: true }, function (lock) {
      if (lock) {
        becomeWriter();
        return new Promise(function () {});  // held until this tab closes
      }
      Module.cabinetOtherTab(true);
      navigator.locks.request('cabinet-writer', function () {
        becomeWriter();
        return new Promise(function () {});
      });
      return undefined;
    });
  } else {
    askOtherTabs(function (answered) {
      if (answered) Module.cabinetOtherTab(true, { waits: false });
      else becomeWriter();
    });
  }
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () {});
});

// Without Web Locks: a running tab answers "here" on the channel; `done(true)`
// when one answered within 300 ms. Without BroadcastChannel either, nothing can
// be asked and the tab starts (such a browser has no other way to tell).
function askOtherTabs(done) {
  if (typeof BroadcastChannel !== 'function') {
    done(false);
    return;
  }
  const channel = new BroadcastChannel('cabinet-writer');
  let answered = false;
  channel.onmessage = function (event) {
    if (event.data === 'here') answered = true;
    if (event.data === 'who' && Module.cabinetWriter) channel.postMessage('here');
  };
  channel.postMessage('who');
  setTimeout(function () { done(answered); }, 300);
}

(function persistence() {
  let syncing = false;
  let waiting = [];  // request ids whose write is in memory, not yet in IndexedDB
  function finish(ids, ok, reason) {
    ids.forEach(function (id) {
      const reasonPtr = allocateUTF8(reason || '');
      Module._cabinet_persist_done(id, ok ? 1 : 0, reasonPtr);
      _free(reasonPtr);
    });
  }
  function syncNow() {
    if (syncing || waiting.length === 0) return;
    syncing = true;
    const ids = waiting;
    waiting = [];
    FS.syncfs(false, function (error) {
      syncing = false;
      if (error) console.warn('cabinet: saving to IndexedDB failed', error);
      finish(ids, !error, error ? 'errors.storage' : '');  // "saved" only after IndexedDB confirmed
      syncNow();
    });
  }
  // True when every write has reached IndexedDB (tests wait for it before a reload).
  Module.cabinetPersistIdle = function () {
    return !syncing && waiting.length === 0;
  };
  // Closing or reloading the tab before IndexedDB confirmed a save would lose it
  // (a new password, a submitted form): the browser asks first, in its own words.
  window.addEventListener('beforeunload', function (event) {
    if (Module.cabinetPersistIdle()) return;
    event.preventDefault();
    event.returnValue = '';  // older Chromium asks only when this is set
  });
  Module.cabinetPersist = function (id) {
    if (!Module.cabinetLoaded) {
      finish([id], false, 'errors.not_loaded');
      return;
    }
    if (!Module.cabinetWriter) {
      finish([id], false, 'errors.other_tab');
      return;
    }
    waiting.push(id);
    syncNow();
  };
})();

Module.cabinetFirstFrame = function () {
  Module.cabinetStarted = true;
  // prefers-reduced-motion: no inertia after a flick.
  const motion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  if (motion) {
    Module._cabinet_set_reduced_motion(motion.matches ? 1 : 0);
    motion.addEventListener('change', function () { Module._cabinet_set_reduced_motion(motion.matches ? 1 : 0); });
  }
  window.cabinet.ready = true;
  window.dispatchEvent(new Event('cabinet-ready'));
  Module._cabinet_set_online(navigator.onLine ? 1 : 0);
};

Module.cabinetApplyUpdate = function () {
  window.dispatchEvent(new Event('cabinet-apply-update'));
};

Module.cabinetTextInput = function (text) {
  const ptr = allocateUTF8(text);
  Module._cabinet_text_input(ptr);
  _free(ptr);
};

window.addEventListener('online', function () { if (Module.cabinetStarted) Module._cabinet_set_online(1); });
window.addEventListener('offline', function () { if (Module.cabinetStarted) Module._cabinet_set_online(0); });
document.addEventListener('paste', function (event) {
  if (!Module.cabinetStarted || !event.clipboardData) return;
  // The phone keyboard's input pastes by itself and reports it as input.
  if (Module.cabinetMirror && event.target === Module.cabinetMirror.touchInput) return;
  const text = event.clipboardData.getData('text/plain');
  if (text) Module.cabinetTextInput(text.replace(/\r\n?/g, '\n'));
  event.preventDefault();
});
document.addEventListener('visibilitychange', function () {
  if (Module.cabinetStarted && !document.hidden) Module._cabinet_request_redraw();
});

window.cabinet = {
  ready: false,
  get frameCount() { return Module.cabinetStarted ? Module._cabinet_frame_count() : 0; },
  semantics: function () { return JSON.parse(UTF8ToString(Module._cabinet_semantics())); },
  find: function (label) {
    return this.semantics().find(function (node) { return node.label === label || node.id === label; }) || null;
  },
  // Resolves after the app has drawn `count` more frames. An idle app draws
  // nothing, so each animation frame asks for one until they were drawn.
  frames: function (count) {
    const target = this.frameCount + (count || 1);
    return new Promise(function (resolve) {
      let tries = 0;
      (function check() {
        if (window.cabinet.frameCount >= target || ++tries > 120) {
          resolve();
          return;
        }
        if (Module.cabinetStarted) Module._cabinet_request_redraw();
        requestAnimationFrame(check);
      })();
    });
  },
  // Resolves with the widget once it stands still in view: after a list changed
  // or a scroll, the page can glide for a few frames, and a tap at the old place
  // would miss. An idle app draws nothing, so each check asks for a frame.
  settled: async function (label) {
    let previous = null;
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const node = this.find(label);
      if (!node) throw new Error('cabinet.click: no widget labelled "' + label + '"');
      const height = Module.canvas.getBoundingClientRect().height;
      const inView = node.rect[1] >= 0 && node.rect[1] + node.rect[3] <= height;
      if (!inView && node.id && attempt % 10 === 0) {
        // Below the fold: focusing scrolls it into view, as Tab would.
        const idPtr = allocateUTF8(node.id);
        Module._cabinet_focus(idPtr);
        _free(idPtr);
      }
      if (inView && previous && previous.rect.join() === node.rect.join()) return node;
      previous = node;
      Module._cabinet_request_redraw();
      await this.frames(1);
    }
    return previous;  // still moving after a second: tap where it is now
  },
  // Resolves once two frames in a row lay every widget out at the same place
  // (after a text size change, say), without scrolling anything into view.
  stable: async function () {
    let previous = null;
    for (let attempt = 0; attempt < 60; attempt += 1) {
      await this.frames(1);
      const layout = JSON.stringify(this.semantics().map(function (node) { return node.rect; }));
      if (layout === previous) return true;
      previous = layout;
    }
    return false;
  },
  click: async function (label) {
    const node = await this.settled(label);
    const box = Module.canvas.getBoundingClientRect();
    const init = {
      clientX: box.left + node.rect[0] + node.rect[2] / 2,
      clientY: box.top + node.rect[1] + node.rect[3] / 2,
      bubbles: true, cancelable: true, view: window, button: 0,
    };
    Module.canvas.dispatchEvent(new MouseEvent('mousemove', init));
    Module.canvas.dispatchEvent(new MouseEvent('mousedown', Object.assign({ buttons: 1 }, init)));
    Module._cabinet_request_redraw();
    await this.frames(1);
    Module.canvas.dispatchEvent(new MouseEvent('mouseup', Object.assign({ buttons: 0 }, init)));
    Module._cabinet_request_redraw();
    await this.frames(2);
    return true;
  },
  // True once every change is saved and in IndexedDB (tests wait for it before a reload).
  allSaved: function () {
    return Module.cabinetStarted === true && !Module._cabinet_saves_pending() && Module.cabinetPersistIdle();
  },
  // An action of the app's own vocabulary (core/app/README.md), e.g. for a test
  // that needs a registered citizen but is not about registering.
  dispatch: async function (type, args) {
    const typePtr = allocateUTF8(type);
    const argsPtr = allocateUTF8(JSON.stringify(args || {}));
    const ok = Module._cabinet_dispatch(typePtr, argsPtr);
    _free(typePtr);
    _free(argsPtr);
    if (!ok) throw new Error('cabinet.dispatch: refused ' + type);
    await this.frames(2);
  },
  type: async function (label, text) {
    const node = this.find(label);
    if (!node || node.role !== 'textbox') throw new Error('cabinet.type: no text field labelled "' + label + '"');
    if (!node.editing) await this.click(label);
    Module.cabinetTextInput(text);
    await this.frames(2);
    const after = this.find(label);
    return after ? after.value : null;
  },
};
