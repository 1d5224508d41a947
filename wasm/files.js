// Files in and out of the browser app: the file picker and drag-and-drop hand
// files to the core (cabinet_attach_file), downloads become Blob links.
// Size limits are the core's: a huge file is still read once and refused there
// with a clear message, unless it is over the hard cap below.
(function () {
  'use strict';
  const HARD_CAP = 64 * 1024 * 1024;  // never copy more into wasm memory

  function attach(field, file) {
    if (file.size > HARD_CAP) {
      // Far above every field's limit: the core refuses it by its declared size, nothing is copied.
      attachBytes(field, file.name, new Uint8Array(0), file.size);
      return Promise.resolve();
    }
    return file.arrayBuffer().then(function (buffer) {
      attachBytes(field, file.name, new Uint8Array(buffer), buffer.byteLength);
    });
  }

  function attachBytes(field, name, data, declaredSize) {
    const fieldPtr = allocateUTF8(field);
    const namePtr = allocateUTF8(name);
    const dataPtr = _malloc(Math.max(1, data.length));
    if (!dataPtr) {
      _free(fieldPtr);
      _free(namePtr);
      return;
    }
    HEAPU8.set(data, dataPtr);
    Module._cabinet_attach_file(fieldPtr, namePtr, dataPtr, data.length, declaredSize);
    _free(dataPtr);
    _free(namePtr);
    _free(fieldPtr);
  }

  Module.cabinetPickFile = function (field, accept) {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept.split(',').map(function (t) {
      const type = t.trim();
      return type === 'jpg' ? '.jpg,.jpeg' : '.' + type;
    }).join(',');
    input.style.display = 'none';
    input.addEventListener('change', function () {
      const files = Array.from(input.files || []);
      input.remove();
      files.reduce(function (chain, file) { return chain.then(function () { return attach(field, file); }); },
                   Promise.resolve());
    });
    document.body.appendChild(input);
    input.click();
  };

  Module.cabinetDownload = function (name, mime, bytes) {
    const blob = new Blob([bytes], { type: mime || 'application/octet-stream' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  };

  window.addEventListener('dragover', function (event) {
    if (Module.cabinetStarted && event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  });
  window.addEventListener('drop', function (event) {
    if (!Module.cabinetStarted || !event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    Array.from(event.dataTransfer.files).reduce(function (chain, file) {
      return chain.then(function () { return attach('', file); });
    }, Promise.resolve());
  });
})();
