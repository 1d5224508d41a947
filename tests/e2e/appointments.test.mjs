// Запись на приём in the browser: a visit booked by taps (question, region,
// office, day, free time) with the contacts and a Cyrillic comment, the
// consent given on the way, the confirmation with its number, the PDF
// downloaded, the entry in Уведомления (and its email copy; SMS turned off
// in «Настройки уведомлений», kept after the reload); offline the panel says why there are
// no free times and booking is refused, online the times come back; the
// booking is there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp, screenshot, click, type, find, semantics, registerCitizen, signIn, artifactsDir, axeProblems } from './harness.mjs';
import { giveConsent } from './consent_steps.mjs';

const waitFor = (page, label, timeout = 10000) =>
  page.waitForFunction((l) => window.cabinet.find(l), label, { timeout });

// The id of the first choice button of a row (the free days and times depend on today).
async function firstChoice(page, prefix) {
  const node = (await semantics(page)).find((n) => n.id.startsWith(prefix));
  assert.ok(node, `a choice ${prefix}…`);
  return node.id;
}

const OFFICE = 'Клиентская служба СФР в Центральном районе, г. Санкт-Петербург, ул. Моховая, д. 8';

async function choosePlace(page) {
  await click(page, 'Записаться на приём');
  await waitFor(page, 'Новая запись');
  await click(page, 'Консультация');
  await click(page, 'Санкт-Петербург');
  await waitFor(page, OFFICE);
  await click(page, OFFICE);
}

test('a citizen books a visit, gets the confirmation and the reminder entry, offline and after a reload', async () => {
  await withApp({}, async (app) => {
    const { page, context } = app;
    await registerCitizen(page);
    await click(page, 'nav.appointments');
    await waitFor(page, 'Записей пока нет. Нажмите «Записаться на приём».');
    await choosePlace(page);
    await waitFor(page, 'Свободное время');
    const day = await firstChoice(page, 'appointments.day.');
    await click(page, day);
    const time = await firstChoice(page, 'appointments.time.');
    await click(page, time);
    await page.waitForFunction((id) => window.cabinet.find(id).selected, time, { timeout: 10000 });
    const chosen = (await semantics(page)).find((n) => n.label.startsWith('Вы выбрали:'));
    assert.match(chosen.label, /^Вы выбрали: (пн|вт|ср|чт|пт), \d\d\.\d\d\.\d{4} в \d\d:\d\d \(московское\)\.$/);
    await type(page, 'Мобильный телефон', '+7 916 123-45-67');
    await type(page, 'Электронная почта (необязательно)', 'maria.ivanova@example.ru');
    await type(page, 'Комментарий (необязательно)', 'Вопрос о стаже: принесу трудовую книжку');
    await screenshot(page, 'appointments-panel');
    assert.deepEqual(await axeProblems(page), [], 'the booking panel');
    await click(page, 'appointments.submit');
    // The contacts go to the fund only with a consent: given on the way, the booking waits with its choices.
    await waitFor(page, 'appointments.submit.error');
    await giveConsent(page, 'appointments.give_consent');
    await waitFor(page, 'Новая запись');
    assert.equal((await find(page, 'Комментарий (необязательно)')).value, 'Вопрос о стаже: принесу трудовую книжку');
    assert.ok((await find(page, time)).selected, 'the chosen time is kept');
    await click(page, 'appointments.submit');
    await waitFor(page, 'Запись № 78-01-000001');
    assert.ok(await find(page, 'Статус: Вы записаны'));
    assert.ok(await find(page, 'Комментарий: Вопрос о стаже: принесу трудовую книжку'));
    await screenshot(page, 'appointments');
    assert.deepEqual(await axeProblems(page), [], 'Мои записи');
    const [download] = await Promise.all([page.waitForEvent('download'),
                                          click(page, 'appointments.78-01-000001.download')]);
    assert.equal(download.suggestedFilename(), 'appointment-78-01-000001.pdf');
    const saved = join(artifactsDir, 'appointment-confirmation.pdf');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 2000, 'a PDF with the embedded font');

    // The confirmation is in Уведомления and opens the booking.
    await click(page, 'nav.notifications');
    const entry = (await semantics(page)).find((n) => n.label.startsWith('Вы записаны на приём (Консультация)'));
    assert.ok(entry, 'the confirmation entry');
    assert.match(entry.label, /Номер записи 78-01-000001/);
    // Also sent by email at once (SMS too, or after the quiet hours 22:00–08:00 by Moscow time).
    const sent = (await semantics(page)).find((n) => n.label.startsWith('Отправлено: e-mail'));
    assert.ok(sent, 'the email copy of the confirmation');
    // «Настройки уведомлений»: no SMS from now on (kept in the vault, checked after the reload below).
    await click(page, 'Настройки уведомлений');
    await click(page, 'SMS на телефон');
    await screenshot(page, 'notification-settings');
    await click(page, 'Сохранить настройки');
    await waitFor(page, 'Настройки уведомлений сохранены');
    await click(page, entry.id);
    await waitFor(page, 'appointments.78-01-000001.status');

    // Offline: no free times to show, and booking says it needs the connection.
    await context.setOffline(true);
    await page.evaluate(() => window.cabinet.frames(2));
    await choosePlace(page);
    await waitFor(page, 'appointments.slots_offline');
    await screenshot(page, 'appointments-offline');
    await context.setOffline(false);
    await waitFor(page, 'Свободное время', 15000);
    await click(page, 'Отмена');

    // After a reload and sign-in the booking is read back from the encrypted vault.
    await page.waitForFunction(() => window.cabinet.allSaved());
    await page.reload();
    await page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);
    await click(page, 'nav.appointments');
    await signIn(page);
    await click(page, 'nav.appointments');
    await waitFor(page, 'Запись № 78-01-000001');
    await click(page, 'nav.notifications');
    await click(page, 'Настройки уведомлений');
    assert.equal((await find(page, 'SMS на телефон')).selected, false, 'the settings came back from the vault');
    assert.equal((await find(page, 'Электронная почта')).selected, true);
    assert.deepEqual(app.consoleErrors, []);
  });
});
