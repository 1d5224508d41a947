// A new version waits until the citizen chooses «Доступна новая версия — обновить».
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, loadApp, webDir, click, find } from './harness.mjs';

const UPDATE = 'Доступна новая версия — обновить';

test('a new build is offered, not swapped under the running page', async () => {
  const site = mkdtempSync(join(tmpdir(), 'cabinet-site-'));
  cpSync(webDir, site, { recursive: true });
  const app = await openApp({ webDir: site });
  try {
    await loadApp(app.page, app.url);
    await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    const oldHash = readFileSync(join(site, 'build-hash.txt'), 'utf8').trim();
    const newHash = 'feedfacecafebeef';
    writeFileSync(join(site, 'sw.js'), readFileSync(join(site, 'sw.js'), 'utf8').replace(oldHash, newHash));

    await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await app.page.waitForFunction((label) => window.cabinet.find(label), UPDATE, { timeout: 30000 });
    // The running page still runs the old version until the citizen agrees.
    assert.ok(await find(app.page, 'Главная'));
    const before = await app.page.evaluate(() => caches.keys());
    assert.ok(before.includes(`cabinet-shell-${oldHash}`));

    const navigation = app.page.waitForNavigation();
    await click(app.page, UPDATE);
    await navigation;
    await app.page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);
    const after = await app.page.evaluate(() => caches.keys());
    assert.deepEqual(after.filter((k) => k.startsWith('cabinet-shell-')), [`cabinet-shell-${newHash}`]);
    assert.equal(await find(app.page, UPDATE), null);
  } finally {
    await app.close();
    rmSync(site, { recursive: true, force: true });
  }
});
