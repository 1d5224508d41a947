// After one visit the service worker has the app shell: a load with every
// request blocked (the service worker's own included) still starts the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, loadApp, screenshot, semantics } from './harness.mjs';

test('the second load works with the network gone', async () => {
  await withApp({}, async (app) => {
  await app.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.active.state;
  });
  const cached = await app.page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('cabinet-shell-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ['/index.html', '/cabinet.js', '/cabinet.wasm', '/cabinet.data', '/manifest.webmanifest']) {
    assert.ok(cached.includes(file), `${file} is precached`);
  }

  let blocked = 0;
  await app.context.route('**/*', (route) => { blocked += 1; return route.abort('internetdisconnected'); });
  await app.context.setOffline(true);
  app.consoleErrors.length = 0;
  await loadApp(app.page, app.url);
  const nodes = await semantics(app.page);
  assert.ok(nodes.find((n) => n.label === 'Главная'));
  assert.ok(nodes.find((n) => n.id === 'banner.offline'), 'the app says it is offline');
  await screenshot(app.page, 'offline');
  assert.equal(blocked, 0, 'nothing needed the network');
  });
});
