// IDBFS would let two writing tabs delete each other's files, so only one tab
// writes; another says so and saves nothing until the first one closes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, loadApp, click, type, find } from './harness.mjs';

const FIELD = 'Как к вам обращаться';

async function saveName(page, name) {
  await click(page, 'Профиль');
  const field = await find(page, FIELD);
  if (field.value) {
    await click(page, FIELD);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
  }
  await type(page, FIELD, name);
  await click(page, 'Сохранить');
}

test('a second tab does not overwrite the first one and takes over when it closes', async () => {
  await withApp({}, async (app) => {
  const second = await app.context.newPage();
  await loadApp(second, app.url);

  await saveName(second, 'Борис');
  const refused = 'Не удалось сохранить: в другой вкладке уже открыт кабинет, изменения сохраняет она';
  await second.waitForFunction((label) => window.cabinet.find(label), refused, { timeout: 10000 });

  await saveName(app.page, 'Анна');
  await app.page.waitForFunction(() => window.cabinet.find('Сохранено'), null, { timeout: 10000 });

  await app.page.close();  // the writer goes; the second tab takes the lock and reloads the stored data
  await second.waitForFunction(() => window.cabinet.find('Сохранено') === null);
  await second.waitForFunction(() => Module.cabinetWriter === true);
  await saveName(second, 'Вера');
  await second.waitForFunction(() => window.cabinet.find('Сохранено'), null, { timeout: 10000 });

  const third = await app.context.newPage();
  await loadApp(third, app.url);
  await click(third, 'Профиль');
  assert.equal((await find(third, FIELD)).value, 'Вера');
  });
});
