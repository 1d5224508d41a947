// Only one tab runs the account: IDBFS's save deletes what is missing from the
// saving tab's memory, and a tab that sat beside the writer would later re-seal
// the vault with its stale key and values. A second tab does not start; it says
// why, waits, and starts by itself once the first tab closes, reading what was
// stored there. A browser without Web Locks refuses a second tab outright.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, loadApp, click, type, find, registerCitizen, screenshot, CITIZEN } from './harness.mjs';

const FIELD = 'Как к вам обращаться';

async function saveName(page, name) {
  await click(page, 'Профиль');
  const field = await find(page, FIELD);
  if (field.value) {
    await click(page, FIELD);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
  }
  await type(page, FIELD, name);
  await click(page, 'Сохранить');
  await page.waitForFunction(() => window.cabinet.find('Сохранено'), null, { timeout: 10000 });
}

// Opens the app in another tab of the same browser and waits until it either started or says it waits.
async function openTab(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window.cabinet && window.cabinet.ready === true)
    || (document.getElementById('other-tab') && !document.getElementById('other-tab').hidden));
  return page;
}
const started = (page) => page.evaluate(() => window.cabinet.ready === true);
const waiting = (page) => page.isVisible('#other-tab');

test('a second tab waits, saying why, and takes over with what the first one stored once it closes', async () => {
  await withApp({}, async (app) => {
    await registerCitizen(app.page);
    const second = await openTab(app.context, app.url);
    assert.equal(await waiting(second), true, 'the second tab says the account is open elsewhere');
    assert.equal(await started(second), false, 'and does not start: no sign-in, no edits there');
    assert.match(await second.textContent('#other-tab'), /Кабинет открыт в другой вкладке.*Закройте другую вкладку/s);
    await screenshot(second, 'tabs-second-waits');

    // The first tab goes on: a new name and a wrong password (the lock's count must hold).
    await saveName(app.page, 'Анна');
    await click(app.page, 'Выйти');
    await type(app.page, 'Телефон или электронная почта', CITIZEN.phone);
    await type(app.page, 'Пароль', 'Wrong#pass1');
    await click(app.page, 'Войти');
    await app.page.waitForFunction(() => window.cabinet.find('Неверный логин или пароль. Осталось попыток: 4'),
                                   null, { timeout: 20000 });
    await app.page.waitForFunction(() => window.cabinet.allSaved());
    await app.page.close();

    // The second tab starts by itself with what the first one stored.
    await second.waitForFunction(() => window.cabinet.ready === true, null, { timeout: 30000 });
    assert.equal(await waiting(second), false);
    await click(second, 'Профиль');
    assert.equal((await find(second, FIELD)).value, 'Анна');
    await saveName(second, 'Вера');
    await type(second, 'Телефон или электронная почта', CITIZEN.phone);
    await type(second, 'Пароль', 'Wrong#pass2');
    await click(second, 'Войти');
    await second.waitForFunction(() => window.cabinet.find('Неверный логин или пароль. Осталось попыток: 3'),
                                 null, { timeout: 20000 });
    await type(second, 'Пароль', CITIZEN.password);  // the login stays as typed; the password field was emptied
    await click(second, 'Войти');
    await second.waitForFunction(() => window.cabinet.find('Выйти'), null, { timeout: 20000 });
    await second.waitForFunction(() => window.cabinet.allSaved());

    // A third tab waits for the second, then shows its change.
    const third = await openTab(app.context, app.url);
    assert.equal(await waiting(third), true);
    await second.close();
    await third.waitForFunction(() => window.cabinet.ready === true, null, { timeout: 30000 });
    await click(third, 'Профиль');
    assert.equal((await find(third, FIELD)).value, 'Вера');
  });
});

test('without Web Locks a second tab refuses to start rather than race the first', async () => {
  await withApp({ load: false }, async (app) => {
    await app.context.addInitScript(() => { delete Navigator.prototype.locks; });
    await loadApp(app.page, app.url);
    assert.equal(await app.page.evaluate(() => navigator.locks), undefined);
    const second = await openTab(app.context, app.url);
    assert.equal(await waiting(second), true);
    assert.equal(await started(second), false);
    assert.equal(await second.isVisible('#other-tab-reload-button'), true, 'it asks to close the other tab and reload');
    await app.page.close();
    await second.click('#other-tab-reload-button');
    await second.waitForFunction(() => window.cabinet && window.cabinet.ready === true, null, { timeout: 30000 });
  });
});
