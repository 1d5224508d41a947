// A failed first load of the saved data must never lead to a wipe: IDBFS's
// save deletes every stored file that is missing from memory, so an app that
// started after a failed load would erase the account with its next harmless
// save. The app does not start; the citizen reads why, in Russian, and chooses
// to try again or to go on with saving turned off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, registerCitizen, signIn, click, screenshot, waitForPrefix } from './harness.mjs';

// On a visit whose address has ?fail-first-load, the page's first IndexedDB
// open throws, as a browser's does when its storage is unavailable for a moment.
function failFirstOpen() {
  if (!location.search.includes('fail-first-load')) return;
  const open = IDBFactory.prototype.open;
  let failed = false;
  IDBFactory.prototype.open = function (...args) {
    if (!failed) {
      failed = true;
      throw new DOMException('storage unavailable (test)', 'UnknownError');
    }
    return open.apply(this, args);
  };
}

const started = (page) => page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);

async function visit(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.cabinet !== undefined
    && (window.cabinet.ready === true || !document.getElementById('storage-failure').hidden));
}

// The account on this device opens with its password.
async function accountOpens(page) {
  await click(page, 'nav.profile');
  await signIn(page);
}

test('a failed first load starts nothing that could wipe the account: go on without saving, or try again', async () => {
  await withApp({}, async (app) => {
    const { page, url } = app;
    await app.context.addInitScript(failFirstOpen);
    await registerCitizen(page);
    await page.waitForFunction(() => window.cabinet.allSaved());

    // The load fails: the app does not start, and says why in Russian.
    await visit(page, `${url}?fail-first-load`);
    assert.equal(await page.isVisible('#storage-failure'), true, 'the failure is shown');
    assert.equal(await page.evaluate(() => window.cabinet.ready), false, 'the app did not start');
    assert.match(await page.textContent('#storage-failure'), /Не удалось прочитать сохранённые данные.*Ничего не удалено/s);
    await screenshot(page, 'storage-load-failed');

    // Going on without saving: a harmless save (the language, twice) is refused and says why.
    await page.click('#storage-go-on');
    await started(page);
    await click(page, 'language.en');
    await click(page, 'language.ru');
    await waitForPrefix(page, 'Не удалось сохранить: сохранённые данные этого устройства не загрузились');
    await page.waitForFunction(() => window.cabinet.allSaved());
    await screenshot(page, 'storage-not-saving');

    // The next visit loads normally: the account is all there.
    await visit(page, url);
    await accountOpens(page);

    // The load fails again; «Повторить» reads the data and the account opens.
    await visit(page, `${url}?fail-first-load`);
    assert.equal(await page.isVisible('#storage-failure'), true);
    await page.click('#storage-retry');
    await started(page);
    await accountOpens(page);
    assert.deepEqual(app.consoleErrors.filter((e) => !e.includes('could not load saved data')), []);
  });
});
