// Платежи in the browser: the charges for the citizen's SNILS, two of them
// ticked and paid with one sum by card after the SMS code, the receipt PDF
// and the CSV of the history downloaded, the entry in Уведомления; offline
// the last known charges show and paying is refused with the reason; the
// history is there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot, click, type, find, semantics, registerCitizen, signIn, sandboxCode, axeProblems,
         byPrefix, waitForPrefix, downloadFrom as download } from './harness.mjs';

const waitFor = (page, label, timeout = 10000) =>
  page.waitForFunction((l) => window.cabinet.find(l), label, { timeout });

test('a citizen pays two charges with one sum and keeps the receipt, offline and after a reload', async () => {
  await withApp({}, async (app) => {
    const { page, context } = app;
    await registerCitizen(page);
    await click(page, 'nav.payments');
    await waitForPrefix(page, 'Начисления (');
    const ticks = (await semantics(page)).filter((n) => n.role === 'checkbox' && n.id.startsWith('payments.charge.'));
    assert.ok(ticks.length >= 3, 'the unpaid charges');
    await screenshot(page, 'payments-charges');
    assert.deepEqual(await axeProblems(page), [], 'Начисления');
    await click(page, ticks[0].id);
    await click(page, ticks[1].id);
    await waitForPrefix(page, 'Оплатить выбранные (2): ');
    await click(page, 'payments.pay_selected');
    await waitFor(page, 'Проверьте реквизиты');
    assert.ok(await byPrefix(page, 'Итого к оплате: '));
    assert.equal((await find(page, 'Номер карты')).input, 'numeric');
    await type(page, 'Номер карты', '2200 0000 0000 0004');
    await type(page, 'Срок действия', '08/28');
    await type(page, 'Имя владельца', 'MARIA IVANOVA');
    await screenshot(page, 'payments-panel');
    assert.deepEqual(await axeProblems(page), [], 'the payment panel');
    await click(page, 'Получить код для оплаты');
    await waitFor(page, 'Код отправлен на +7 *** ***-67-89.');
    await type(page, 'Код из SMS', await sandboxCode(page, 'телефон'));
    await click(page, 'payments.confirm');
    // Paid: the history opens at the new entry with its operation number.
    await waitForPrefix(page, 'Номер операции: SBX-');
    assert.match((await byPrefix(page, 'Номер операции: ')).label, /^Номер операции: SBX-\d{4}-000001$/);
    assert.ok(await find(page, 'Способ оплаты: Банковская карта •••• 0004'));
    await screenshot(page, 'payments-history');
    assert.deepEqual(await axeProblems(page), [], 'История платежей');
    const receiptButton = (await semantics(page)).find((n) => n.id.endsWith('.receipt'));
    const receipt = await download(page, receiptButton.id, 'payment-receipt.pdf');
    assert.match(receipt.name, /^receipt-SBX-\d{4}-000001\.pdf$/);
    assert.equal(receipt.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(receipt.bytes.length > 2000, 'a PDF with the embedded font');
    const csv = (await download(page, 'payments.export_csv', 'payments.csv')).bytes.toString('utf8');
    assert.ok(csv.startsWith('\uFEFFДата и время (МСК),Номер операции,Получатель,'), csv.slice(0, 80));
    assert.match(csv, /SBX-\d{4}-000001/);
    assert.match(csv, /Банковская карта •••• 0004,Оплачен\r\n/);
    assert.ok(!csv.includes('2200000000000004'), 'the card number is never exported');

    // The payment is in Уведомления.
    await click(page, 'nav.notifications');
    assert.ok(await byPrefix(page, 'Платёж на '), 'the feed entry');

    // Offline: the last known charges, and paying says it needs the connection.
    await context.setOffline(true);
    await page.evaluate(() => window.cabinet.frames(2));
    await click(page, 'nav.payments');
    await click(page, 'payments.tab.charges');
    await waitForPrefix(page, 'Нет подключения к интернету: показаны начисления на ');
    const left = (await semantics(page)).find((n) => n.id.startsWith('payments.charge.') && n.id.endsWith('.pay'));
    await click(page, left.id);
    await waitFor(page, 'Проверьте реквизиты');
    await click(page, 'Система быстрых платежей (СБП)');
    await click(page, 'Получить код для оплаты');
    await waitFor(page, 'payments.submit.error');
    await screenshot(page, 'payments-offline');
    await context.setOffline(false);
    await page.evaluate(() => window.cabinet.frames(2));
    await click(page, 'Отмена');

    // After a reload and sign-in the history is read back from the encrypted vault.
    await page.waitForFunction(() => window.cabinet.allSaved());
    await page.reload();
    await page.waitForFunction(() => window.cabinet && window.cabinet.ready === true);
    await click(page, 'nav.payments');
    await signIn(page);
    await click(page, 'nav.payments');
    await click(page, 'payments.tab.history');
    await waitForPrefix(page, 'Операций: 3');
    assert.deepEqual(app.consoleErrors, []);
  });
});
