// Starts the app: checks what the browser can do, shows loading progress and a
// readable Russian message when something fails, registers the service worker.
(function () {
  'use strict';
  const loading = document.getElementById('loading');
  const loadingText = document.getElementById('loading-text');
  const progress = document.getElementById('loading-progress');

  function fail(message) {
    loading.hidden = true;
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure').hidden = false;
  }

  function hasWebGL2() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('Ваш браузер не поддерживает WebAssembly. Обновите браузер или откройте кабинет в Chrome, Firefox, Safari или Яндекс Браузере последней версии.');
    return;
  }
  if (!hasWebGL2()) {
    fail('Ваш браузер не поддерживает WebGL 2 или он выключен. Обновите браузер или включите аппаратное ускорение в его настройках.');
    return;
  }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (event) {
    event.preventDefault();
    fail('Видеоконтекст браузера потерян. Обновите страницу — введённые и сохранённые данные не пропадут.');
  });

  // The bytes of cabinet.wasm, written in by web/assemble.cmake: the server may
  // send it compressed, so the download is counted against what it unpacks to.
  const WASM_BYTES = Number('__CABINET_WASM_BYTES__') || 0;
  function showProgress(fraction) {
    const percent = Math.min(99, Math.floor(100 * fraction));
    if (percent <= progress.value) return;
    progress.value = percent;
    loadingText.textContent = 'Загрузка приложения… ' + percent + '%';
  }

  window.Module = {
    canvas: canvas,
    setStatus: function (text) {
      if (text === 'Running...') loadingText.textContent = 'Запуск…';
    },
    // Compiles the wasm while it downloads (instantiateStreaming needs the
    // server's application/wasm) and moves the progress bar as bytes arrive.
    instantiateWasm: function (imports, done) {
      const counting = typeof TransformStream === 'function' && typeof WebAssembly.instantiateStreaming === 'function';
      fetch('cabinet.wasm', { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('cabinet.wasm: HTTP ' + response.status);
        if (!counting || !response.body || !WASM_BYTES) {
          return response.arrayBuffer().then(function (bytes) { return WebAssembly.instantiate(bytes, imports); });
        }
        let received = 0;
        const counted = response.body.pipeThrough(new TransformStream({
          transform: function (chunk, controller) {
            received += chunk.byteLength;
            showProgress(received / WASM_BYTES);
            controller.enqueue(chunk);
          },
        }));
        return WebAssembly.instantiateStreaming(
          new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }), imports);
      }).then(function (result) {
        loadingText.textContent = 'Запуск…';
        done(result.instance, result.module);
      }, function (error) {
        console.warn('cabinet: loading the wasm failed', error);
        fail(LOAD_FAILED);
      });
      return {};  // the exports arrive through `done`
    },
    cabinetFatal: function (detail) {
      fail('Не удалось запустить приложение (' + detail + '). Обновите страницу или откройте её в другом браузере.');
    },
    onAbort: function () {
      fail(LOAD_FAILED);
    },
    // Another tab has the account open (bridge.js): this one waits, saying why,
    // and starts by itself once that tab closes (`waits` false: the browser
    // cannot wait for it, so the citizen reloads after closing it).
    cabinetOtherTab: function (show, options) {
      const panel = document.getElementById('other-tab');
      const waits = !options || options.waits !== false;
      document.getElementById('other-tab-waits').hidden = !waits;
      document.getElementById('other-tab-reload').hidden = waits;
      document.getElementById('other-tab-reload-button').onclick = function () { location.reload(); };
      panel.hidden = !show;
      loading.hidden = show;
    },
    // The data saved on this device could not be read (bridge.js): nothing
    // starts until the citizen tries again or chooses to go on without saving.
    cabinetLoadFailed: function (choice) {
      const panel = document.getElementById('storage-failure');
      loading.hidden = true;
      panel.hidden = false;
      document.getElementById('storage-retry').onclick = function () {
        panel.hidden = true;
        loading.hidden = false;
        loadingText.textContent = 'Читаем сохранённые данные…';
        choice.retry();
      };
      document.getElementById('storage-go-on').onclick = function () {
        panel.hidden = true;
        loading.hidden = false;
        choice.goOnWithoutSaving();
      };
      document.getElementById('storage-retry').focus();
    },
  };
  let ready = false;
  window.addEventListener('cabinet-ready', function () {
    ready = true;
    loading.hidden = true;
    canvas.focus();
  });
  // Emscripten leaves a failed download of the wasm as an unhandled rejection.
  const LOAD_FAILED = 'Не удалось загрузить приложение. Проверьте подключение к интернету и обновите страницу.';
  window.addEventListener('unhandledrejection', function (event) {
    if (!ready) {
      console.warn('cabinet: start-up failed', event.reason);
      fail(LOAD_FAILED);
    }
  });

  const script = document.createElement('script');
  script.src = 'cabinet.js';
  script.async = true;
  script.onerror = function () {
    fail(LOAD_FAILED);
  };
  document.body.appendChild(script);

  // Service worker: offline start and updates that wait for the citizen's consent.
  if ('serviceWorker' in navigator) {
    let updateRequested = false;
    const announce = function () {
      const tell = function () { window.Module._cabinet_update_available(); };
      if (window.cabinet && window.cabinet.ready) tell();
      else window.addEventListener('cabinet-ready', tell, { once: true });
    };
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) announce();
      registration.addEventListener('updatefound', function () {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
        });
      });
      window.addEventListener('cabinet-apply-update', function () {
        if (!registration.waiting) return;
        updateRequested = true;
        registration.waiting.postMessage({ type: 'skip-waiting' });
      });
    }).catch(function (error) {
      console.warn('cabinet: service worker registration failed', error);
    });
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (updateRequested) location.reload();
    });
  }
})();
