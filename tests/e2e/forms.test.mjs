// Forms in the browser: the Справка о размере пенсии journey by label (with the
// error summary) up to its result (the sandbox fast-forwarded, the notification,
// the result as PDF), a draft that survives a reload, and files from the picker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { withApp, screenshot, semantics, click, type, find, registerCitizen, signIn, artifactsDir } from './harness.mjs';
import { giveConsent } from './consent_steps.mjs';

const SERVICE = 'Справка о размере пенсии и иных выплат';

const waitFor = (page, label) =>
  page.waitForFunction((l) => window.cabinet.find(l), label, { timeout: 10000 });

// Replaces a field's whole text, as the phone keyboard's input does.
async function replaceText(page, label, text) {
  await page.evaluate(([l, t]) => {
    const node = window.cabinet.find(l);
    const id = allocateUTF8(node.id);
    const value = allocateUTF8(t);
    Module._cabinet_set_text(id, value, new TextEncoder().encode(t).length);
    _free(value);
    _free(id);
  }, [label, text]);
  await page.evaluate(() => window.cabinet.frames(3));
}

async function openService(page) {
  await click(page, 'Услуги');
  await type(page, 'Поиск услуги', 'справка о пенсии');
  const count = await find(page, 'services.count');
  assert.match(count.label, /^Найдено: [1-9]\d*$/);
  await click(page, `Открыть: ${SERVICE}`);
  assert.ok(await find(page, 'Кто может подать'));
}

test('a citizen completes Справка о размере пенсии and reads the application number', async () => {
  await withApp({}, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await openService(page);
    await click(page, 'Начать');
    assert.ok(await find(page, 'Шаг 1 из 2'));
    // «Продолжить» with nothing typed: an error summary that links to each field.
    await click(page, 'Продолжить');
    const summary = await find(page, 'journey.error_summary');
    assert.equal(summary.role, 'alert');
    assert.equal(summary.label, 'Есть ошибки (2). Исправьте их, чтобы продолжить:');
    await click(page, 'Начало периода: Заполните это поле.');
    assert.equal((await find(page, 'Начало периода')).focused, true);
    assert.equal((await find(page, 'Конец периода')).error, 'Заполните это поле.');
    await type(page, 'Начало периода', '01.01.2026');
    await type(page, 'Конец периода', '31.10.2025');
    await click(page, 'Проверить');
    assert.equal((await find(page, 'Конец периода')).error, 'Дата окончания не может быть раньше даты начала.');
    await replaceText(page, 'Конец периода', '31.10.2026');
    assert.equal((await find(page, 'Конец периода')).value, '31.10.2026');
    await click(page, 'Продолжить');
    assert.ok(await find(page, 'Шаг 2 из 2'));
    await click(page, 'Скачать PDF в личном кабинете');
    assert.equal((await find(page, 'Скачать PDF в личном кабинете')).selected, true);
    await click(page, 'Продолжить');
    assert.ok(await find(page, 'Проверьте ответы'));
    assert.ok(await find(page, '01.01.2026'));
    assert.ok(await find(page, '31.10.2026'));
    await screenshot(page, 'forms-review');
    // The first application needs the consent to process it, given right here.
    await giveConsent(page, 'Дать согласие: Обработка заявления');
    assert.ok((await semantics(page)).some((n) => n.label.startsWith('Заявление будет обработано по согласию № C-000001')));
    await click(page, 'Отправить заявление');
    const number = await find(page, 'journey.application_number');
    assert.ok(number, 'the confirmation page shows the number');
    const match = number.label.match(/^Номер заявления: (\d{8}-\d{6})$/);
    assert.ok(match, number.label);
    await screenshot(page, 'forms-confirmation');
    // The receipt downloads as a file with the number in it.
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Скачать квитанцию')]);
    assert.equal(download.suggestedFilename(), `receipt-${match[1]}.txt`);
    await click(page, 'Перейти к заявлениям');
    const line = (await semantics(page)).find((n) => n.label.startsWith(`№ ${match[1]} от `));
    assert.ok(line, 'the application is listed');
    assert.match(line.label, /Статус: Отправлено в ведомство$/);  // delivered to the sandbox agency at once
    // The sandbox agency decides a day sooner: done, with a notification and the result.
    await click(page, 'Песочница: ускорить рассмотрение на сутки');
    await click(page, 'Архив (1)');
    const done = (await semantics(page)).find((n) => n.label.startsWith(`№ ${match[1]} от `));
    assert.match(done.label, /Статус: Услуга оказана$/);
    const nav = await find(page, 'nav.notifications');
    assert.match(nav.label, /^Уведомления \([1-9]\d*\)$/, 'the unread count is in the menu');
    await click(page, nav.label);
    const doneNotice = `Заявление ${match[1]}: Услуга оказана`;
    // The feed's entry (the same words may still be in a notice at the top).
    const entry = (await semantics(page)).find((n) => n.id.startsWith('notifications.open.') && n.label === doneNotice);
    assert.ok(entry, 'the feed has the status change');
    await screenshot(page, 'notifications');
    await click(page, entry.id);
    assert.ok(await find(page, `Заявление № ${match[1]}, открытое из уведомления`));
    // The certificate's result is its payments table: «Скачать PDF» under it.
    const [result] = await Promise.all([page.waitForEvent('download'), click(page, `applications.result_pdf.${match[1]}`)]);
    assert.equal(result.suggestedFilename(), `result-${match[1]}.pdf`);
    const resultPath = join(artifactsDir, 'result.pdf');
    await result.saveAs(resultPath);
    const resultText = execFileSync('pdftotext', [resultPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(resultText.includes(match[1]), 'the result names the application');
    assert.deepEqual(app.consoleErrors, []);
  });
});

test('a draft is autosaved, survives a reload and resumes where it was left', async () => {
  await withApp({}, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await openService(page);
    await click(page, 'Начать');
    await type(page, 'Начало периода', '15.03.2025');
    // The autosave waits 0.8 s after the last keystroke, then IndexedDB syncs.
    await page.waitForFunction(() => window.cabinet.allSaved());
    await page.reload();
    await page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);
    // A reload closes the vault: Заявления asks to sign in first.
    await click(page, 'Заявления');
    await signIn(page);
    assert.ok(await find(page, 'Черновики (1)'));
    await click(page, `Продолжить: ${SERVICE}`);
    assert.equal((await find(page, 'Начало периода')).value, '15.03.2025');
    assert.ok(await find(page, 'Шаг 1 из 2'));
    assert.deepEqual(app.consoleErrors, []);
  });
});

test('files come in through the picker; a wrong type gets a Russian message', async () => {
  await withApp({}, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await click(page, 'Помощь');
    await click(page, 'Задать вопрос');
    await waitFor(page, 'Начать');
    await click(page, 'Начать');
    await waitFor(page, 'Шаг 1 из 4');
    await click(page, 'Жалоба');
    await click(page, 'Продолжить');
    await type(page, 'Номер заявки или услуги', '20261123-000001');
    await click(page, 'Продолжить');
    await type(page, 'Кратко опишите суть обращения', 'Справка не пришла, прошу проверить.');
    await click(page, 'Продолжить');
    const pick = async (name, mimeType, buffer) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
                                          click(page, 'Прикрепить файл: Документы (необязательно)')]);
      await chooser.setFiles({ name, mimeType, buffer });
      await page.waitForFunction((n) => window.cabinet.semantics().some((x) => x.label.includes(n)), name);
    };
    await pick('скан.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%тест\n'));
    assert.ok(await find(page, 'Удалить файл скан.pdf'));
    await pick('программа.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    const error = await find(page, 'journey.attach_error');
    assert.match(error.label, /^Файл «программа\.pdf» не подходит: можно прикрепить только/);
    assert.equal(await find(page, 'Удалить файл программа.pdf'), null);
    await screenshot(page, 'forms-attachments');
    assert.deepEqual(app.consoleErrors, []);
  });
});
