// «О сервисе» on a phone: the first page and the sign-in page say what this
// build is (sandboxes, no ЕСИА, not a КЭП) and link to the page, which opens
// signed out and fits 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  withApp, screenshot, semantics, click, find, waitFor, registerCitizen, type, typeOnKeyboard, CITIZEN,
} from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const LINE = 'Это демонстрационная сборка: ведомство, банк, запись на приём и SMS — учебные песочницы. '
  + 'Входа через ЕСИА (Госуслуги) нет, подпись заявлений — не КЭП.';

async function fits(page, width) {
  for (const node of await semantics(page)) assert.ok(node.rect[0] + node.rect[2] <= width + 0.5, `${node.label} fits`);
}

async function opensAbout(page, shot) {
  assert.ok(await find(page, LINE), 'the line about this build');
  assert.ok(await click(page, 'sign_in.about'));
  await waitFor(page, 'about.to_sign_in');
  const nodes = await semantics(page);
  assert.ok(nodes.find((n) => n.role === 'heading' && n.label === 'О сервисе'));
  for (const said of ['ЕСИА (Госуслуги)', 'Ed25519', '(КЭП)', 'деньги не списываются']) {
    assert.ok(nodes.find((n) => n.label.includes(said)), said);
  }
  assert.ok(!nodes.find((n) => n.id === 'sign_in.submit'), 'the page, not the sign-in gate');
  await fits(page, 390);
  await screenshot(page, shot);
  assert.ok(await click(page, 'Ко входу'));
  await page.evaluate(() => window.cabinet.frames(3));
}

test('the first page and the sign-in page say what this build is and open «О сервисе»', async () => {
  await withApp(PHONE, async (app) => {
    await app.page.evaluate(() => window.cabinet.frames(3));
    await opensAbout(app.page, 'about-phone');
    assert.ok(await find(app.page, 'sign_in.register'), 'back at the first page');
    await registerCitizen(app.page);
    await app.page.evaluate(() => window.cabinet.dispatch('sign_out', {}));
    await waitFor(app.page, 'sign_in.submit');
    await fits(app.page, 390);
    await screenshot(app.page, 'sign-in-phone');
    await opensAbout(app.page, 'about-phone-signed-out');
    assert.ok(await find(app.page, 'sign_in.submit'), 'back at the sign-in page');
    // The phone's menu: «О сервисе» is a link below the sections.
    assert.ok(await click(app.page, 'Меню'));
    await app.page.evaluate(() => window.cabinet.frames(3));
    assert.equal((await semantics(app.page)).filter((n) => n.role === 'navitem').length, 12);  // «О сервисе» is not one of them
    await fits(app.page, 390);
    await screenshot(app.page, 'menu-phone');
    assert.ok(await click(app.page, 'nav.about'));
    await waitFor(app.page, 'about.to_sign_in');
    assert.deepEqual(app.consoleErrors, []);
  });
});

test('«Восстановление доступа» from the sign-in page: typed in Russian, the fund\'s plain answer on a phone', async () => {
  await withApp(PHONE, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await page.evaluate(() => window.cabinet.dispatch('sign_out', {}));
    await waitFor(page, 'sign_in.submit');
    assert.ok(await click(page, 'recovery.open'));
    await waitFor(page, 'recovery.submit');
    // Nothing typed: every field says what is wrong, nothing is sent.
    assert.ok(await click(page, 'recovery.submit'));
    await page.evaluate(() => window.cabinet.frames(3));
    const refused = await semantics(page);
    for (const id of ['recovery.full_name', 'recovery.birth_date', 'recovery.snils', 'recovery.contact'])
      assert.ok(refused.find((n) => n.id === id && n.invalid && n.error), id);
    assert.equal(refused.find((n) => n.id === 'recovery.contact').error,
      'Укажите телефон (+7 и 10 цифр) или адрес электронной почты');
    assert.ok(!(await find(page, 'recovery.answer')));
    // The name typed key by key as a Russian keyboard sends it.
    assert.ok(await click(page, 'recovery.full_name'));
    await typeOnKeyboard(page, CITIZEN.fullName);
    await type(page, 'Дата рождения', CITIZEN.birthDate);
    await type(page, 'СНИЛС', CITIZEN.snils);
    await type(page, 'Телефон или электронная почта для ответа', CITIZEN.email);
    await page.evaluate(() => window.cabinet.frames(3));
    await fits(page, 390);
    await screenshot(page, 'recovery-phone-form');
    assert.ok(await click(page, 'recovery.submit'));
    await waitFor(page, 'recovery.answer');
    const nodes = await semantics(page);
    assert.ok(nodes.find((n) => /^Ответ Социального фонда на обращение № ВД-\d{8}$/.test(n.label)));
    assert.ok(nodes.find((n) => n.label.includes('не может вернуть к ним доступ')));
    assert.ok(nodes.find((n) => n.label.includes('песочница')));
    await fits(page, 390);
    await screenshot(page, 'recovery-phone-answer');
    // The ways back it names are there: the backup, then the sign-in.
    assert.ok(await click(page, 'recovery.to_restore'));
    await waitFor(page, 'restore.submit');
    assert.ok(await click(page, 'restore.cancel'));
    await waitFor(page, 'sign_in.submit');
    assert.deepEqual(app.consoleErrors, []);
  });
});
