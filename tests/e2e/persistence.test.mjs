// Typing Cyrillic, saving, reloading: the value comes back from IndexedDB;
// leaving before a save reached it asks first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot, semantics, click, type, find } from './harness.mjs';

const FIELD = 'Как к вам обращаться';

test('Cyrillic typed through type() appears in the field', async () => {
  await withApp({}, async (app) => {
  await click(app.page, 'Профиль');
  const value = await type(app.page, FIELD, 'Ёлкина Анна-Мария');
  assert.equal(value, 'Ёлкина Анна-Мария');
  assert.equal((await find(app.page, FIELD)).value, 'Ёлкина Анна-Мария');
  assert.deepEqual(app.consoleErrors, []);
  });
});

test('a saved value is read back after a reload', async () => {
  await withApp({}, async (app) => {
  await click(app.page, 'Профиль');
  await type(app.page, FIELD, 'Анна');
  await click(app.page, 'Сохранить');
  // "Сохранено" appears only after IndexedDB confirmed the write.
  await app.page.waitForFunction(() => window.cabinet.find('Сохранено'), null, { timeout: 10000 });
  await screenshot(app.page, 'profile-saved');
  await app.page.reload();
  await app.page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);
  const heading = (await semantics(app.page)).find((n) => n.role === 'heading');
  assert.equal(heading.label, 'Здравствуйте, Анна!');
  await click(app.page, 'Профиль');
  assert.equal((await find(app.page, FIELD)).value, 'Анна');
  assert.deepEqual(app.consoleErrors, []);
  });
});

test('leaving while a save is on its way to IndexedDB asks first, and not once it is there', async () => {
  await withApp({}, async (app) => {
  // Only this tab writes (Web Locks); wait until it holds the lock and every start-up save landed.
  await app.page.waitForFunction(() => Module.cabinetWriter === true && Module.cabinetPersistIdle());
  const asked = await app.page.evaluate(() => {
    window.leaveAsks = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const idle = window.leaveAsks();
    Module.cabinetPersist(-1);  // a real sync to IndexedDB starts; -1 is no request of the app's
    return { idle, saving: window.leaveAsks() };
  });
  assert.deepEqual(asked, { idle: false, saving: true });
  await app.page.waitForFunction(() => Module.cabinetPersistIdle(), null, { timeout: 10000 });
  assert.equal(await app.page.evaluate(() => window.leaveAsks()), false);
  assert.deepEqual(app.consoleErrors, []);
  });
});

test('an empty name is refused with a Russian message and nothing is lost', async () => {
  await withApp({}, async (app) => {
  await click(app.page, 'Профиль');
  await type(app.page, FIELD, '   ');
  await click(app.page, 'Сохранить');
  const field = await find(app.page, FIELD);
  assert.equal(field.invalid, true);
  assert.equal(field.error, 'Заполните поле');
  assert.equal(field.value, '   ');
  });
});

test('the language switch changes the interface and is remembered', async () => {
  await withApp({}, async (app) => {
  await click(app.page, 'English');
  assert.ok(await find(app.page, 'Home'));
  await app.page.waitForFunction(() => window.cabinet.find('Saved'), null, { timeout: 10000 });
  await app.page.reload();
  await app.page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);
  assert.ok(await find(app.page, 'Services'));
  await click(app.page, 'Русский');
  assert.ok(await find(app.page, 'Услуги'));
  });
});
