// The encrypted backup in the browser: downloaded in «Профиль» on one device
// and restored on a fresh one («Восстановить из резервной копии»): a picture
// chosen by mistake is refused with the reason, a wrong password is refused
// and counted, the right one opens the account with its data and its login.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot, click, type, find, registerCitizen, signIn, axeProblems, byPrefix, waitForPrefix,
         downloadFrom, CITIZEN } from './harness.mjs';

const waitFor = (page, label, timeout = 15000) =>
  page.waitForFunction((l) => window.cabinet.find(l), label, { timeout });

async function choose(page, name, mimeType, buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Выбрать файл резервной копии')]);
  await chooser.setFiles({ name, mimeType, buffer });
}

test('a backup downloaded on one device is restored on a fresh one with its password', async () => {
  const backup = await withApp({}, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await click(page, 'nav.profile');
    const file = await downloadFrom(page, 'backup.export', 'backup.cabv');
    assert.match(file.name, /^cabinet-backup-\d{4}-\d\d-\d\d\.cabv$/);
    return file.bytes;
  });

  await withApp({}, async (app) => {
    const { page } = app;
    await click(page, 'nav.payments');  // a fresh device: no account here yet
    await waitFor(page, 'Зарегистрироваться');
    await click(page, 'restore.open');
    await waitFor(page, 'Восстановление из резервной копии');
    await choose(page, 'photo.png', 'image/png', Buffer.from('\x89PNG\r\n\x1a\n not a backup', 'latin1'));
    await waitFor(page, 'restore.file.error');
    assert.ok(await find(page, 'Это не резервная копия личного кабинета. Выберите файл .cabv, скачанный в «Профиле».'));
    await choose(page, 'cabinet-backup.cabv', 'application/octet-stream', backup);
    await waitFor(page, 'Файл: cabinet-backup.cabv');
    await type(page, 'Пароль резервной копии', 'Wr0ng!Passw0rd#');
    await click(page, 'restore.submit');
    await waitForPrefix(page, 'Резервная копия не открылась: неверный пароль или файл был изменён. Осталось попыток: 4', 20000);
    await screenshot(page, 'restore');
    assert.deepEqual(await axeProblems(page), [], 'the restore screen');
    await type(page, 'Пароль резервной копии', CITIZEN.password);
    await click(page, 'restore.submit');
    await waitFor(page, 'Выйти', 20000);
    assert.ok(await find(page, 'Данные восстановлены из резервной копии. Пароль кабинета — пароль этой копии.'));
    // The account's own journal came with it, the import at its end.
    await click(page, 'nav.profile');
    await waitFor(page, 'Журнал действий');
    await click(page, 'journal.action.import');
    await waitFor(page, 'Записей: 1');
    // From now on the login and password of the backup open the account here.
    await click(page, 'Выйти');
    await click(page, 'nav.payments');
    await signIn(page);
    assert.ok(await byPrefix(page, 'Выйти'));
    assert.deepEqual(app.consoleErrors, []);
  });
});
