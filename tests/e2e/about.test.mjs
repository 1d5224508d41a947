// «О сервисе» on a phone: the first page and the sign-in page say what this
// build is (sandboxes, no ЕСИА, not a КЭП) and link to the page, which opens
// signed out and fits 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot, semantics, click, find, waitFor, registerCitizen } from './harness.mjs';

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
