// The app loads cleanly, shows Russian navigation, and draws nothing while idle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, loadApp, screenshot, semantics } from './harness.mjs';

const NAVIGATION = ['Главная', 'Услуги', 'Заявления', 'Уведомления', 'Документы', 'Запись на приём', 'Согласия', 'Платежи', 'Сведения', 'Материнский капитал', 'Профиль', 'Помощь'];

test('the app loads without console errors and lists the Russian navigation', async () => {
  const app = await openApp();
  try {
    const ms = await loadApp(app.page, app.url);
    console.log(`time to ready: ${ms} ms`);
    const path = await screenshot(app.page, 'home-desktop');
    console.log(`screenshot: ${path}`);
    const nodes = await semantics(app.page);
    const navigation = nodes.filter((n) => n.role === 'navitem').map((n) => n.label);
    assert.deepEqual(navigation, NAVIGATION);
    for (const node of nodes.filter((n) => n.role === 'navitem')) {
      assert.ok(node.rect[2] >= 44 && node.rect[3] >= 44, `${node.label} is a touch-sized target`);
    }
    assert.equal(nodes.find((n) => n.role === 'heading').label, 'Здравствуйте!');
    // A favicon that failed to load would be a console error too.
    await app.page.waitForLoadState('networkidle');
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});

test('five idle seconds after ready draw zero frames', async () => {
  await withApp({}, async (app) => {
  await app.page.waitForTimeout(500);  // let the start-up frames settle
  const before = await app.page.evaluate(() => window.cabinet.frameCount);
  await app.page.waitForTimeout(5000);
  const after = await app.page.evaluate(() => window.cabinet.frameCount);
  assert.equal(after - before, 0, `drew ${after - before} frames while idle`);
  // ...and input still draws.
  await app.page.mouse.move(100, 130);
  await app.page.waitForFunction((n) => window.cabinet.frameCount > n, after, { timeout: 5000 });  // input draws a frame
  });
});

test('a phone-sized screen gets the menu button and a readable layout', async () => {
  await withApp({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, async (app) => {
  let nodes = await semantics(app.page);
  assert.ok(nodes.find((n) => n.label === 'Меню'), 'menu button on a narrow screen');
  for (const node of nodes) assert.ok(node.rect[0] + node.rect[2] <= 360 + 0.5, `${node.label} fits in 360 px`);
  await screenshot(app.page, 'home-phone');
  await app.page.evaluate(() => window.cabinet.click('Меню'));
  nodes = await semantics(app.page);
  assert.equal(nodes.filter((n) => n.role === 'navitem').length, NAVIGATION.length);
  await app.page.evaluate(() => window.cabinet.click('Сведения'));
  nodes = await semantics(app.page);
  assert.ok(!nodes.find((n) => n.label === 'Раздел в разработке'), 'every section is built');
  assert.ok(nodes.find((n) => n.id === 'sign_in.register' || n.id === 'sign_in.submit'),
    'signed out, Сведения asks to sign in (or register) first');
  await screenshot(app.page, 'records-phone');
  await app.page.evaluate(() => window.cabinet.click('Меню'));
  await app.page.evaluate(() => window.cabinet.click('Услуги'));
  nodes = await semantics(app.page);
  for (const node of nodes) assert.ok(node.rect[0] + node.rect[2] <= 360 + 0.5, `${node.label} fits in 360 px`);
  await screenshot(app.page, 'services-phone');
  assert.deepEqual(app.consoleErrors, []);
  });
});
