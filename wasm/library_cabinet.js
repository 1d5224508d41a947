// C -> JS functions of the browser app (linked with --js-library). The state
// they use lives in bridge.js (Module.cabinet*).
mergeInto(LibraryManager.library, {
  cabinet_js_persist: function (requestId) {
    Module.cabinetPersist(requestId);
  },
  cabinet_js_set_clipboard: function (textPtr) {
    const text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
  },
  cabinet_js_apply_update: function () {
    Module.cabinetApplyUpdate();
  },
  cabinet_js_first_frame: function () {
    Module.cabinetFirstFrame();
  },
  cabinet_js_pick_file: function (fieldPtr, acceptPtr) {
    Module.cabinetPickFile(UTF8ToString(fieldPtr), UTF8ToString(acceptPtr));
  },
  cabinet_js_download: function (namePtr, mimePtr, bytesPtr, size) {
    const bytes = HEAPU8.slice(bytesPtr, bytesPtr + size);
    Module.cabinetDownload(UTF8ToString(namePtr), UTF8ToString(mimePtr), bytes);
  },
  // "Chrome · Android": the browser and system, for the list of sessions (malloc'd; the caller frees).
  cabinet_js_device_label: function () {
    const ua = navigator.userAgent;
    const browser = /Firefox\//.test(ua) ? 'Firefox' : /Edg\//.test(ua) ? 'Edge' : /Chrome\//.test(ua) ? 'Chrome'
      : /Safari\//.test(ua) ? 'Safari' : 'Браузер';
    const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows'
      : /Mac OS/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
    return allocateUTF8(system ? browser + ' · ' + system : browser);
  },
  cabinet_js_semantics_changed: function () {
    if (Module.cabinetMirror) Module.cabinetMirror.update();
  },
});
