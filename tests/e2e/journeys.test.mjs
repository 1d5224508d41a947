// Справка о размере пенсии end to end on a phone by taps and the on-screen
// keyboard (the hidden input path). With the keyboard alone: keyboard_journey.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot, find, drag, typeOnKeyboard, registerCitizen } from './harness.mjs';
import { giveConsent } from './consent_steps.mjs';

const SERVICE = 'Справка о размере пенсии и иных выплат';
// Reduced motion: drags scroll exactly, without inertia.
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
                reducedMotion: 'reduce' };

const frames = (page, n = 3) => page.evaluate((k) => window.cabinet.frames(k), n);

// Drags the page (as a finger does) until the widget is on screen, then taps it.
async function tap(page, label) {
  await frames(page);  // a page drawn for the first time settles its scroll in the next frames
  for (let i = 0; i < 20; i += 1) {
    const node = await find(page, label);
    assert.ok(node, `no widget labelled ${label}`);
    const [x, y, w, h] = node.rect;
    if (y >= 0 && y + h <= 844) {
      assert.ok(w >= 44 && h >= 44, `${label} is at least 44x44 (${node.rect})`);
      await page.touchscreen.tap(x + w / 2, y + h / 2);
      await frames(page);
      return;
    }
    await drag(page, 40, y > 0 ? 700 : 300, y > 0 ? 350 : 650);
    await frames(page);
  }
  assert.fail(`could not scroll ${label} into view`);
}

// Tapping a field focuses its hidden input; Playwright then types as a phone keyboard does.
async function tapAndType(page, label, text, inputmode) {
  await tap(page, label);
  const active = await page.evaluate(() => ({ tag: document.activeElement.tagName,
                                               inputmode: document.activeElement.getAttribute('inputmode') }));
  assert.equal(active.tag, 'INPUT', `${label}: the hidden input has the focus`);
  if (inputmode) assert.equal(active.inputmode, inputmode, `${label}: keyboard layout`);
  await page.keyboard.type(text);
  await frames(page);
  assert.equal((await find(page, label)).value, text);
}

function applicationNumber(node) {
  const match = node && node.label.match(/^Номер заявления: (\d{8}-\d{6})$/);
  return match ? match[1] : null;
}

test('a phone completes Справка о размере пенсии by taps and the on-screen keyboard', async () => {
  await withApp(PHONE, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await tap(page, 'Меню');
    await tap(page, 'Услуги');
    await tapAndType(page, 'Поиск услуги', 'справка о пенсии');
    await tap(page, `Открыть: ${SERVICE}`);
    await tap(page, 'Начать');
    await tapAndType(page, 'Начало периода', '01.01.2026', 'numeric');
    await tapAndType(page, 'Конец периода', '31.10.2026', 'numeric');
    await screenshot(page, 'phone-journey-step');
    await tap(page, 'Продолжить');
    await tap(page, 'Скачать PDF в личном кабинете');
    await tap(page, 'Продолжить');
    assert.ok(await find(page, 'Проверьте ответы'));
    // The consent to process the application is given in place on the review
    // page (consents.test.mjs covers its form on a phone); then the sending tap.
    await giveConsent(page, 'Дать согласие: Обработка заявления');
    await tap(page, 'Отправить заявление');
    const number = applicationNumber(await find(page, 'journey.application_number'));
    assert.ok(number, 'the confirmation shows the application number');
    await screenshot(page, 'phone-journey-confirmation');
    assert.deepEqual(app.consoleErrors, []);
  });
});
