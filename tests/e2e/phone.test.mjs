// A phone: taps instead of clicks, the on-screen keyboard through the hidden
// input, and large text that still fits a 360 px wide screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openApp, loadApp, screenshot, semantics, find } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const FIELD = 'Как к вам обращаться';

async function tap(page, label) {
  const node = await find(page, label);
  assert.ok(node, `no widget labelled ${label}`);
  assert.ok(node.rect[2] >= 44 && node.rect[3] >= 44, `${label} is at least 44x44 (${node.rect})`);
  await page.touchscreen.tap(node.rect[0] + node.rect[2] / 2, node.rect[1] + node.rect[3] / 2);
  await page.evaluate(() => window.cabinet.frames(3));
}

test('a phone completes the profile journey by taps and the on-screen keyboard', async () => {
  await withApp(PHONE, async (app) => {
  await tap(app.page, 'Меню');
  await tap(app.page, 'Профиль');
  await tap(app.page, FIELD);
  // The tap focused the hidden input of this field: the phone's keyboard opens for it.
  const focused = await app.page.evaluate(() => ({
    key: document.activeElement.dataset.key, tag: document.activeElement.tagName,
    autocomplete: document.activeElement.getAttribute('autocomplete'),
  }));
  assert.deepEqual(focused, { key: 'profile.display_name', tag: 'INPUT', autocomplete: 'nickname' });
  // Playwright inserts Cyrillic as IME text into the focused input, as a phone keyboard does.
  await app.page.keyboard.type('Анна Ёлкина');
  await app.page.keyboard.press('Backspace');
  await app.page.evaluate(() => window.cabinet.frames(3));
  assert.equal((await find(app.page, FIELD)).value, 'Анна Ёлкин');
  await app.page.keyboard.insertText('а');
  await app.page.evaluate(() => window.cabinet.frames(3));
  assert.equal((await find(app.page, FIELD)).value, 'Анна Ёлкина');
  await tap(app.page, 'Сохранить');
  await app.page.waitForFunction(() => window.cabinet.find('Сохранено'));
  assert.equal(await app.page.evaluate(() => document.activeElement.dataset.key), 'profile.save');
  await screenshot(app.page, 'phone-profile-saved');
  assert.deepEqual(app.consoleErrors, []);
  });
});

test('keyboard only: the profile journey without a mouse', async () => {
  await withApp({}, async (app) => {
  const press = async (key, times = 1) => {
    for (let i = 0; i < times; i += 1) await app.page.keyboard.press(key);
    await app.page.evaluate(() => window.cabinet.frames(3));
  };
  const focusedId = () => app.page.evaluate(() => (window.cabinet.semantics().find((n) => n.focused) || {}).id);
  while ((await focusedId()) !== 'nav.profile') await press('Tab');
  await press('Enter');
  while ((await focusedId()) !== 'profile.display_name') await press('Tab');
  await app.page.keyboard.type('Anna');
  await press('Tab');
  assert.equal(await focusedId(), 'profile.save');
  await press('Enter');
  await app.page.waitForFunction(() => window.cabinet.find('Сохранено'));
  assert.ok(await find(app.page, 'Anna'.length ? 'Сохранено' : ''));
  assert.equal((await find(app.page, FIELD)).value, 'Anna');
  });
});

function overlaps(a, b) {
  const [ax, ay, aw, ah] = a.rect;
  const [bx, by, bw, bh] = b.rect;
  return Math.min(ax + aw, bx + bw) - Math.max(ax, bx) > 0.5 && Math.min(ay + ah, by + bh) - Math.max(ay, by) > 0.5;
}

test('100% and 200% text at 360 px: everything fits and nothing overlaps', async () => {
  for (const percent of [100, 200]) {
    const app = await openApp({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      await loadApp(app.page, app.url);
      await app.page.evaluate(() => window.cabinet.click('Меню'));
      await app.page.evaluate(() => window.cabinet.click('Профиль'));
      await app.page.evaluate((p) => window.cabinet.click(`${p} %`), percent);
      await app.page.waitForFunction((p) => window.cabinet.find(`${p} %`)?.selected === true, percent);
      await app.page.evaluate(() => window.cabinet.stable());
      const nodes = await semantics(app.page);
      const visible = nodes.filter((n) => n.rect[1] < 740 && n.rect[1] + n.rect[3] > 0);
      for (const node of visible) {
        assert.ok(node.rect[0] >= -0.5 && node.rect[0] + node.rect[2] <= 360.5, `${percent}%: ${node.label} fits (${node.rect})`);
      }
      for (let i = 0; i < visible.length; i += 1) {
        for (let j = i + 1; j < visible.length; j += 1) {
          assert.ok(!overlaps(visible[i], visible[j]), `${percent}%: «${visible[i].label}» overlaps «${visible[j].label}»`);
        }
      }
      await screenshot(app.page, `profile-360px-${percent}`);
    } finally {
      await app.close();
    }
  }
});
