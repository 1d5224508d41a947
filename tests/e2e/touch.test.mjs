// Touch: dragging scrolls the page (with inertia, unless the browser asks for
// reduced motion), and a drag that starts on a button does not press it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, loadApp, find, drag } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function openLongPage(options, percent = 200) {
  const app = await openApp(options);
  await loadApp(app.page, app.url);
  await app.page.evaluate(async (p) => {
    await window.cabinet.click('Меню');
    await window.cabinet.click('Профиль');
    await window.cabinet.click(`${p} %`);  // long enough to scroll on a phone
  }, percent);
  await app.page.waitForTimeout(300);
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
    await app.page.waitForTimeout(600);
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
