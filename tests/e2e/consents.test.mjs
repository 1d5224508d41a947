// Consents in the browser: give the consent to autofill with the one-time code
// read from the notification area, see a form filled from the profile,
// withdraw it with confirmation, and see the next form refused with the
// reason and «Дать согласие». Screenshots of Согласия on a desktop and a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp, screenshot, semantics, click, type, find, registerCitizen, artifactsDir } from './harness.mjs';
import { giveConsent } from './consent_steps.mjs';

const GIVE_AUTOFILL = 'Дать согласие: Получение сведений из государственных реестров для автозаполнения';
const SERVICE = 'Подтверждение личности';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const frames = (page, n = 3) => page.evaluate((k) => window.cabinet.frames(k), n);

async function openService(page) {
  await click(page, 'Услуги');
  // The catalog keeps its search text when the citizen comes back.
  if ((await find(page, 'Поиск услуги')).value === '') await type(page, 'Поиск услуги', 'подтверждение личности');
  await click(page, `Открыть: ${SERVICE}`);
  assert.ok(await find(page, 'Кто может подать'));
}

test('consent to autofill: given with a code, autofill works; withdrawn, autofill is refused with the reason', async () => {
  await withApp({}, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await click(page, 'Согласия');
    assert.ok(await find(page, 'Действующие (0)'));
    await giveConsent(page, GIVE_AUTOFILL);
    assert.ok(await find(page, 'Действующие (1)'));
    assert.ok(await find(page, 'Статус: Дано'));
    assert.ok(await find(page, 'Оператор: Социальный фонд России, 119991, г. Москва, ул. Шаболовка, д. 4'));
    await screenshot(page, 'consents-card');
    // The receipt downloads as signed JSON.
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Скачать квитанцию (JSON)')]);
    assert.equal(download.suggestedFilename(), 'consent-C-000001.json');
    // And as a PDF with the font embedded: pdftotext reads it back in Russian.
    const [pdf] = await Promise.all([page.waitForEvent('download'), click(page, 'Скачать квитанцию (PDF)')]);
    assert.equal(pdf.suggestedFilename(), 'consent-C-000001.pdf');
    const pdfPath = join(artifactsDir, 'consent-C-000001.pdf');
    await pdf.saveAs(pdfPath);
    assert.equal(readFileSync(pdfPath).subarray(0, 5).toString('latin1'), '%PDF-');
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const part of ['Согласие на обработку персональных данных', 'Иванова Мария Петровна', 'Согласие дано (Гражданин)']) {
      assert.ok(text.includes(part), `the PDF says «${part}»`);
    }

    // A form that takes the passport from the profile: filled.
    await openService(page);
    const line = (await semantics(page)).find((n) => n.label.startsWith('• Получение сведений из государственных реестров для автозаполнения: действует до'));
    assert.ok(line, 'the start page shows the consent it relies on');
    await click(page, 'Начать');
    assert.equal((await find(page, 'Серия и номер паспорта')).value, '4510 123456');
    await click(page, 'Сохранить черновик и выйти');

    // Withdraw with confirmation.
    await click(page, 'Согласия');
    if (!(await find(page, 'Отозвать'))) await click(page, 'Подробнее: № C-000001');
    await click(page, 'Отозвать');
    const confirm = await find(page, 'consents.confirm_withdraw');
    assert.match(confirm.label, /^Отозвать согласие № C-000001/);
    await screenshot(page, 'consents-withdraw-confirm');
    await click(page, 'Да, отозвать');
    assert.ok(await find(page, 'Прошлые (1)'));
    assert.ok(await find(page, 'Статус: Отозвано'));
    assert.ok((await semantics(page)).some((n) => n.label.startsWith('Данные должны быть уничтожены до: ')));

    // The same form again: nothing copied, the reason, and a way to give consent.
    await openService(page);
    await click(page, 'Начать');
    assert.equal((await find(page, 'Серия и номер паспорта')).value, '');
    const refusal = await find(page, 'consents.gate.autofill');
    assert.equal(refusal.role, 'alert');
    assert.match(refusal.label, /^Поля не заполнены из профиля — их можно заполнить вручную\. Согласие отозвано\./);
    assert.ok(await find(page, GIVE_AUTOFILL));
    await screenshot(page, 'consents-autofill-refused');

    // The journal lists both operations.
    await click(page, 'Согласия');
    await click(page, 'Журнал (2)');
    assert.ok(await find(page, 'Журнал действий с согласиями'));
    const [csv] = await Promise.all([page.waitForEvent('download'), click(page, 'Скачать журнал (CSV)')]);
    assert.equal(csv.suggestedFilename(), 'consents-journal.csv');
    await screenshot(page, 'consents-journal');
    assert.deepEqual(app.consoleErrors, []);
  });
});

test('Согласия on a 390-px phone: the form and the card fit the screen', async () => {
  await withApp(PHONE, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await click(page, 'Меню');
    await click(page, 'Согласия');
    await click(page, GIVE_AUTOFILL);
    await frames(page);
    await screenshot(page, 'consents-phone-form');
    await click(page, 'Отмена');
    await giveConsent(page, GIVE_AUTOFILL);
    await frames(page);
    await screenshot(page, 'consents-phone-card');
    for (const node of await semantics(page)) {
      assert.ok(node.rect[0] + node.rect[2] <= 390.5, `${node.label} fits the width (${node.rect})`);
    }
    assert.deepEqual(app.consoleErrors, []);
  });
});
