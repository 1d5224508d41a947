// Мои документы in the browser: a passport uploaded through the file picker
// with a Cyrillic title and folder, checked by the sandbox agency, opened
// (downloaded) byte for byte; a certificate near its end date with the red
// mark; a wrong file refused in Russian; an upload offline waits for the
// agency's check until the connection is back; all of it after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp, screenshot, click, type, find, registerCitizen, signIn, artifactsDir } from './harness.mjs';

const waitFor = (page, label, timeout = 10000) =>
  page.waitForFunction((l) => window.cabinet.find(l), label, { timeout });

// A PDF big enough for the sandbox agency to read (2 KB and more).
const pdf = (text) => Buffer.concat([Buffer.from(`%PDF-1.4\n%${text}\n`), Buffer.alloc(3000, 0x20)]);

// DD.MM.YYYY `days` after today in Moscow.
function dateAfter(days) {
  const moscow = new Date(Date.now() + 3 * 3600 * 1000 + days * 86400 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(moscow.getUTCDate())}.${pad(moscow.getUTCMonth() + 1)}.${moscow.getUTCFullYear()}`;
}

async function upload(page, { type: typeLabel, title, folder, validUntil, name, buffer }) {
  await click(page, 'Загрузить файл');
  await waitFor(page, 'Новый документ');
  await click(page, typeLabel);
  if (title) await type(page, 'Название (необязательно)', title);
  if (folder) await type(page, 'Папка (необязательно)', folder);
  if (validUntil) await type(page, 'Действителен до', validUntil);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Выбрать файл и сохранить')]);
  await chooser.setFiles({ name, mimeType: 'application/pdf', buffer });
}

test('a citizen keeps documents: upload, check, open, the red mark, offline, after a reload', async () => {
  await withApp({}, async (app) => {
    const { page, context } = app;
    await registerCitizen(page);
    await click(page, 'nav.documents');
    await waitFor(page, 'Мои документы');
    const passport = pdf('паспорт');
    await upload(page, { type: 'Паспорт гражданина РФ', title: 'Паспорт Марии', folder: 'Семья', name: 'паспорт.pdf',
                         buffer: passport });
    await waitFor(page, 'D-000001 · Паспорт Марии');
    assert.ok(await find(page, 'Статус: Одобрено'), 'the sandbox agency checked it');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'documents.D-000001.open')]);
    assert.equal(download.suggestedFilename(), 'паспорт.pdf');
    const saved = join(artifactsDir, 'document-passport.pdf');
    await download.saveAs(saved);
    assert.ok(readFileSync(saved).equals(passport), 'the file opens exactly as uploaded');

    // A file that is not what its name says is refused with the reason; the panel keeps what was typed.
    await click(page, 'Загрузить файл');
    await waitFor(page, 'Новый документ');
    await click(page, 'СНИЛС');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Выбрать файл и сохранить')]);
    await chooser.setFiles({ name: 'снилс.pdf', mimeType: 'application/pdf',
                             buffer: Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(3000)]) });
    await waitFor(page, 'documents.file.error');
    assert.match((await find(page, 'documents.file.error')).label, /^Файл «снилс\.pdf» назван как/);
    await click(page, 'Отмена');

    // A certificate ending in 10 days carries the red mark.
    const end = dateAfter(10);
    await upload(page, { type: 'Справка о доходах', validUntil: end, name: 'справка.pdf', buffer: pdf('справка') });
    await waitFor(page, 'documents.D-000002.validity');
    assert.match((await find(page, 'documents.D-000002.validity')).label,
                 new RegExp(`^Действителен до ${end.replace(/\./g, '\\.')}: осталось 1?\\d дн\\. Продлите документ$`));
    await screenshot(page, 'documents');

    // Offline: the upload is kept and waits for the agency's check.
    await context.setOffline(true);
    await page.evaluate(() => window.cabinet.frames(2));
    await upload(page, { type: 'ИНН', name: 'инн.pdf', buffer: pdf('инн') });
    await waitFor(page, 'D-000003 · ИНН');
    assert.ok(await find(page, 'Статус: На проверке: документ уйдёт в ведомство, когда появится связь'));
    await context.setOffline(false);
    await page.waitForFunction(() => window.cabinet.semantics().filter((n) => n.label === 'Статус: Одобрено').length === 3,
                               null, { timeout: 15000 });

    // Everything is in the encrypted vault: a reload and a sign-in bring it back.
    await page.waitForFunction(() => window.cabinet.allSaved());
    await page.reload();
    await page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);
    await click(page, 'nav.documents');
    await signIn(page);
    await click(page, 'nav.documents');
    await waitFor(page, 'D-000001 · Паспорт Марии');
    assert.ok(await find(page, 'D-000002 · Справка о доходах'));
    assert.ok(await find(page, 'D-000003 · ИНН'));
    assert.deepEqual(app.consoleErrors, []);
  });
});
