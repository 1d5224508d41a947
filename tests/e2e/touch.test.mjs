// Touch: dragging scrolls the page (with inertia, unless the browser asks for
// reduced motion), a drag that starts on a button does not press it, and a long
// press opens an entry's context actions (Shift+F10 does from the keyboard).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp, find, drag, longPress, registerCitizen, click, type, semantics, screenshot } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function openLongPage(options, percent = 200) {
  const app = await openApp(options);
  await loadApp(app.page, app.url);
  await app.page.evaluate(async (p) => {
    await window.cabinet.click('Меню');
    await window.cabinet.click('Профиль');
    await window.cabinet.click(`${p} %`);  // long enough to scroll on a phone
  }, percent);
  // The new text size is chosen, and the page laid out again in it stands still.
  await app.page.waitForFunction((p) => window.cabinet.find(`${p} %`)?.selected === true, percent);
  await app.page.evaluate(() => window.cabinet.stable());
  return app;
}

test('a drag scrolls the content, a flick keeps going, and nothing under the finger is pressed', async () => {
  const app = await openLongPage(PHONE, 150);
  try {
    // Start the drag on a visible button: it must scroll, not press it.
    const nodes = await app.page.evaluate(() => window.cabinet.semantics());
    const button = nodes.find((n) => ['button', 'textbox'].includes(n.role) && n.rect[1] > 300 && n.rect[1] + n.rect[3] < 800);
    assert.ok(button, 'a widget in the lower half of the screen');
    const start = button.rect[1];
    await drag(app.page, button.rect[0] + 20, button.rect[1] + 20, button.rect[1] - 230);
    await app.page.evaluate(() => window.cabinet.frames(2));
    const afterDrag = (await find(app.page, button.id)).rect[1];
    assert.ok(start - afterDrag >= 150, `the content followed the finger (${start} -> ${afterDrag})`);
    await app.page.waitForFunction(([id, y]) => window.cabinet.find(id).rect[1] < y - 5, [button.id, afterDrag],
                                   { timeout: 5000 }).catch(() => {});
    const afterFlick = (await find(app.page, button.id)).rect[1];
    assert.ok(afterFlick < afterDrag - 5, `inertia carried it further (${afterDrag} -> ${afterFlick})`);
    const state = await app.page.evaluate(() => window.cabinet.semantics());
    assert.equal(state.find((n) => n.id === 'profile.display_name').invalid, false, '«Сохранить» was not pressed');
    assert.equal(state.find((n) => n.id === 'profile.display_name').editing, false, 'the field was not activated');
    assert.ok(state.find((n) => n.id === 'profile.text_size.150').selected, 'no other text size was chosen');
    // Once the flick has stopped the app is idle again: nothing is drawn, and the
    // «Сохранено» of the text size stays until the next action (no timer moves the page).
    await app.page.waitForTimeout(1500);
    const frames = await app.page.evaluate(() => window.cabinet.frameCount);
    await app.page.waitForTimeout(1000);
    assert.equal(await app.page.evaluate(() => window.cabinet.frameCount), frames);
    assert.ok(await find(app.page, 'Сохранено'));
  } finally {
    await app.close();
  }
});

test('with reduced motion the content stops where the finger lifts', async () => {
  const app = await openLongPage(PHONE);
  try {
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    const before = (await find(app.page, 'profile.high_contrast')).rect[1];
    await drag(app.page, 200, 700, 450);
    await app.page.evaluate(() => window.cabinet.frames(2));
    const afterDrag = (await find(app.page, 'profile.high_contrast')).rect[1];
    assert.ok(before - afterDrag >= 200, `the content followed the finger (${before} -> ${afterDrag})`);
    await app.page.waitForTimeout(600);
    assert.equal((await find(app.page, 'profile.high_contrast')).rect[1], afterDrag);
  } finally {
    await app.close();
  }
});

test('a long press on a draft offers its actions and opens nothing; Shift+F10 does the same from the keyboard', async () => {
  const app = await openApp(PHONE);
  const { page } = app;
  try {
    await loadApp(page, app.url);
    await registerCitizen(page);
    await click(page, 'Меню');
    await click(page, 'Услуги');
    await type(page, 'Поиск услуги', 'справка о пенсии');
    await click(page, 'Открыть: Справка о размере пенсии и иных выплат');
    await click(page, 'Начать');  // the draft is made
    await click(page, 'Меню');
    await click(page, 'Заявления');
    const link = await page.evaluate(() => window.cabinet.settled('Продолжить: Справка о размере пенсии и иных выплат'));
    assert.equal(link.haspopup, true);
    const mirrored = await page.evaluate((id) => Module.cabinetMirror.elementFor(id).getAttribute('aria-haspopup'), link.id);
    assert.equal(mirrored, 'menu', 'screen readers hear that the entry has a menu');
    await longPress(page, link.rect[0] + 30, link.rect[1] + link.rect[3] / 2);
    await page.evaluate(() => window.cabinet.frames(3));
    const nodes = await semantics(page);
    assert.ok(!nodes.some((n) => n.label === 'Шаг 1 из 2'), 'the held press did not open the draft');
    const resume = nodes.find((n) => n.label === 'Продолжить заполнение');
    const remove = nodes.find((n) => n.label === 'Удалить черновик');
    assert.ok(resume && remove, 'the menu shows the draft\'s actions');
    for (const n of [resume, remove]) {
      assert.ok(n.rect[0] >= 0 && n.rect[0] + n.rect[2] <= 390 && n.rect[3] >= 44, `${n.label} fits and is a touch target`);
    }
    await screenshot(page, 'context-menu-phone');
    await click(page, 'Продолжить заполнение');
    assert.ok(await find(page, 'Шаг 1 из 2'));
    // The keyboard way: DOM focus on the entry (as a screen reader puts it), Shift+F10.
    await click(page, 'Меню');
    await click(page, 'Заявления');
    const again = await page.evaluate(() => window.cabinet.settled('Продолжить: Справка о размере пенсии и иных выплат'));
    await page.evaluate((id) => Module.cabinetMirror.elementFor(id).focus(), again.id);
    await page.evaluate(() => window.cabinet.frames(3));
    await page.keyboard.press('Shift+F10');
    await page.evaluate(() => window.cabinet.frames(4));
    const first = await find(page, 'Продолжить заполнение');
    assert.ok(first, 'the menu opened from the keyboard');
    await page.waitForFunction((id) => document.activeElement === Module.cabinetMirror.elementFor(id), first.id);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.cabinet.frames(3));
    assert.equal(await find(page, 'Продолжить заполнение'), null, 'Escape closes it');
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});
