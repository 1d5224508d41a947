// Service worker: precaches the versioned app shell and serves it cache-first,
// so the app starts offline. A new version waits until the page asks for it
// («Доступна новая версия — обновить»): the wasm is never swapped under a running page.
const BUILD = '__CABINET_BUILD_HASH__';
const CACHE = 'cabinet-shell-' + BUILD;
const SHELL = __CABINET_PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('cabinet-shell-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = (await cache.match(request, { ignoreSearch: true })) ||
                   (request.mode === 'navigate' ? await cache.match('./index.html') : undefined);
    if (cached) return cached;
    try {
      return await fetch(request);
    } catch (error) {
      return new Response('Нет подключения к интернету', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
  })());
});
