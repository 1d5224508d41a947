// The accessibility mirror: axe-core finds no critical or serious problem on
// any screen, assistive technology sees Russian names, and DOM focus and
// ImGui focus follow each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, loadApp, click, semantics, axeProblems } from './harness.mjs';

const SECTIONS = ['Главная', 'Услуги', 'Заявления', 'Уведомления', 'Документы', 'Запись на приём', 'Согласия', 'Платежи', 'Сведения', 'Профиль', 'Помощь'];

test('axe-core: no critical or serious violation on any screen, desktop and phone, both themes', async () => {
  for (const phone of [false, true]) {
    const app = await openApp(phone ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {});
    try {
      await loadApp(app.page, app.url);
      for (const section of SECTIONS) {
        if (phone) await click(app.page, 'Меню');
        await click(app.page, section);
        assert.deepEqual(await axeProblems(app.page), [], `${section} (${phone ? 'phone' : 'desktop'})`);
      }
      if (phone) {
        await click(app.page, 'Меню');
        assert.deepEqual(await axeProblems(app.page), [], 'open menu');
        await app.page.keyboard.press('Escape');
      } else {
        await click(app.page, 'Профиль');
        await click(app.page, 'Высокая контрастность');
        await click(app.page, 'Сохранить');  // an invalid field: error text and aria-invalid
        assert.deepEqual(await axeProblems(app.page), [], 'profile with an error, high contrast');
      }
      assert.deepEqual(app.consoleErrors, []);
    } finally {
      await app.close();
    }
  }
});

test('assistive technology sees the navigation, landmarks and form fields with Russian names', async () => {
  await withApp({}, async (app) => {
  await click(app.page, 'Профиль');
  const tree = await app.page.locator('body').ariaSnapshot();
  assert.match(tree, /navigation "Разделы"/);
  for (const section of SECTIONS) assert.match(tree, new RegExp(`button "${section}"`));
  assert.match(tree, /main:/);
  assert.match(tree, /heading "Профиль" \[level=1\]/);
  assert.match(tree, /textbox "Как к вам обращаться"/);
  assert.match(tree, /checkbox "Высокая контрастность"/);
  assert.equal(await app.page.getAttribute('[aria-current="page"]', 'data-key'), 'nav.profile');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'ru');

  await click(app.page, 'Сохранить');
  const field = app.page.getByRole('textbox', { name: 'Как к вам обращаться' });
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  const described = await field.getAttribute('aria-describedby');
  assert.equal(await app.page.textContent(`#${described}`), 'Заполните поле');
  });
});

test('DOM focus follows ImGui focus, and ImGui focus follows DOM focus', async () => {
  await withApp({}, async (app) => {
  for (let i = 0; i < 3; i += 1) await app.page.keyboard.press('Tab');
  await app.page.evaluate(() => window.cabinet.frames(3));
  assert.equal(await app.page.evaluate(() => document.activeElement.dataset.key), 'nav.home');

  // A screen reader moves focus to «Платежи» and activates it.
  await app.page.evaluate(() => Module.cabinetMirror.elementFor('nav.payments').focus());
  await app.page.evaluate(() => window.cabinet.frames(3));
  const focused = (await semantics(app.page)).find((n) => n.focused);
  assert.equal(focused.id, 'nav.payments');
  await app.page.evaluate(() => Module.cabinetMirror.elementFor('nav.payments').click());
  // The activation taps the widget once it stands still: wait for its effect.
  await app.page.waitForFunction(() => window.cabinet.find('nav.payments').selected, null, { timeout: 10000 });
  });
});

test('notices are announced through a live region', async () => {
  await withApp({}, async (app) => {
  await click(app.page, 'English');
  await app.page.waitForFunction(() => document.querySelector('#cabinet-a11y [aria-live]').textContent === 'Saved');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
  });
});
