// Real keyboard input through Chromium: Tab order, Enter and Space, Cyrillic
// typing, and copy/paste through the bridge to the browser clipboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, loadApp, click, find, typeOnKeyboard } from './harness.mjs';

const FIELD = 'Как к вам обращаться';
const focusedId = (page) => page.evaluate(() => (window.cabinet.semantics().find((n) => n.focused) || {}).id);

test('Tab, Shift+Tab, Enter and Space operate the app without a mouse', async () => {
  await withApp({}, async (app) => {
  const visited = [];
  for (let i = 0; i < 4; i += 1) {
    await app.page.keyboard.press('Tab');
    await app.page.evaluate(() => window.cabinet.frames(2));
    visited.push(await focusedId(app.page));
  }
  assert.deepEqual(visited, ['language.ru', 'language.en', 'nav.home', 'nav.services']);
  await app.page.keyboard.press('Enter');
  await app.page.evaluate(() => window.cabinet.frames(2));
  assert.ok(await find(app.page, 'Поиск услуги'), 'Enter opened Услуги');
  await app.page.keyboard.press('Shift+Tab');
  await app.page.evaluate(() => window.cabinet.frames(2));
  assert.equal(await focusedId(app.page), 'nav.home');
  await app.page.keyboard.press('Space');
  await app.page.evaluate(() => window.cabinet.frames(2));
  assert.ok(await find(app.page, 'Здравствуйте!'), 'Space opened Главная');
  assert.deepEqual(app.consoleErrors, []);
  });
});

test('Cyrillic typed on the keyboard lands in the field; copy and paste use the browser clipboard', async () => {
  const app = await openApp();
  try {
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loadApp(app.page, app.url);
    await click(app.page, 'Профиль');
    await click(app.page, FIELD);
    await typeOnKeyboard(app.page, 'Жанна Ёлкина');
    await app.page.evaluate(() => window.cabinet.frames(2));
    assert.equal((await find(app.page, FIELD)).value, 'Жанна Ёлкина');

    await app.page.keyboard.press('Control+A');
    await app.page.keyboard.press('Control+C');
    // The browser clipboard is written asynchronously.
    await app.page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'Жанна Ёлкина', null, { timeout: 5000 });

    await app.page.keyboard.press('End');
    await app.page.evaluate(() => window.cabinet.frames(2));  // a person pastes a moment later, not in the same frame
    await app.page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' и Пётр');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await app.page.evaluate(() => window.cabinet.frames(2));
    assert.equal((await find(app.page, FIELD)).value, 'Жанна Ёлкина и Пётр');
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});
