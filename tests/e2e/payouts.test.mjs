// «Справка о размере пенсии и иных выплат» on a 390-px phone: a pensioner asks
// for it by email, the sandbox agency answers within minutes, and Заявления
// shows each month's payment as a card with the totals, downloads the CSV
// (whose totals row is the sum of its months) and the PDF, and says where the
// copy went and what the letter said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot, click, semantics, registerCitizen, CITIZEN, byPrefix, waitForPrefix, downloadFrom,
         axeProblems } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const PENSIONER = { ...CITIZEN, birthDate: '05.06.1958' };  // 63 in June 2021

test('a pensioner gets the payments of ten months as a table with totals, CSV, PDF and a copy by email', async () => {
  await withApp(PHONE, async (app) => {
    const { page } = app;
    const dispatch = (type, args) => page.evaluate(([t, a]) => window.cabinet.dispatch(t, a), [type, args]);
    await registerCitizen(page, PENSIONER);
    await dispatch('consent_start', { op: 'give', template: 'application_processing' });
    await dispatch('consent_set', {
      acknowledged: true,
      subject: { full_name: CITIZEN.fullName, address: 'г. Москва, ул. Тверская, д. 1, кв. 2', passport: CITIZEN.passport,
                 passport_issue_date: CITIZEN.passportIssued, passport_issued_by: CITIZEN.passportIssuer,
                 phone: CITIZEN.phone },
    });
    await dispatch('consent_request_code', {});
    const code = (await semantics(page)).map((n) => n.label.match(/код (\d{6}) отправлен/)).filter(Boolean).pop()[1];
    await dispatch('consent_confirm', { code });
    await dispatch('start_form', { form: 'pension-amount-certificate' });
    await dispatch('set_field', { path: '/period_from', value: '2026-01-01' });
    await dispatch('set_field', { path: '/period_to', value: '2026-10-31' });
    await dispatch('next_step', {});
    await dispatch('set_field', { path: '/delivery', value: 'email' });
    await dispatch('next_step', {});
    await dispatch('submit', {});
    await dispatch('sandbox_fast_forward', { hours: 1 });
    await dispatch('navigate', { section: 'applications' });
    await dispatch('set_applications_tab', { tab: 'archive' });
    await waitForPrefix(page, 'Выплаты за период: ');

    const cards = (await semantics(page)).filter((n) => n.role === 'heading' && / — Страховая пенсия/.test(n.label));
    assert.ok(cards.length >= 1 && cards.length <= 10, `a card per month paid (${cards.length})`);
    assert.ok(await byPrefix(page, 'Итого за период'), 'the totals');
    for (const node of await semantics(page)) assert.ok(node.rect[0] + node.rect[2] <= 391, `${node.label} fits`);
    const copy = await byPrefix(page, 'Копия справки отправлена');
    assert.match(copy.label, /на почту m\*\*\*@example\.ru/);

    const csvButton = (await semantics(page)).find((n) => n.id.startsWith('applications.result_csv.'));
    await page.evaluate((id) => window.cabinet.settled(id), csvButton.id);
    await screenshot(page, 'payouts-phone');
    assert.deepEqual(await axeProblems(page), [], 'Заявления with the payouts');
    const csv = (await downloadFrom(page, csvButton.id, 'payouts.csv')).bytes.toString('utf8');
    assert.ok(csv.startsWith('\uFEFFМесяц,'), 'a BOM and the header');
    const rows = csv.trimEnd().split('\r\n');
    assert.equal(rows.length, cards.length + 2, 'header, a row a month, totals');
    const paid = (row) => Number(row.split(',').at(-5));
    const sum = rows.slice(1, -1).reduce((total, row) => total + Math.round(paid(row) * 100), 0);
    assert.ok(rows.at(-1).startsWith('Итого,'));
    assert.equal(Math.round(paid(rows.at(-1)) * 100), sum, 'the totals row is the sum of the months');
    const pdfButton = csvButton.id.replace('result_csv', 'result_pdf');
    const pdf = (await downloadFrom(page, pdfButton, 'payouts.pdf')).bytes;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');

    const letter = (await semantics(page)).find((n) => n.id.startsWith('applications.letter.'));
    await click(page, letter.id);
    await waitForPrefix(page, 'Справка по заявлению № ');
    await page.evaluate((id) => window.cabinet.settled(id), letter.id);
    await screenshot(page, 'payouts-phone-letter');

    // A wide screen: columns with a totals row.
    await click(page, letter.id);  // folds the letter again
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForPrefix(page, 'Вид выплаты');
    await page.evaluate((id) => window.cabinet.settled(id), csvButton.id);
    await page.mouse.move(800, 400);
    await page.mouse.wheel(0, -300);
    await page.evaluate(() => window.cabinet.frames(10));
    await screenshot(page, 'payouts-wide');
    assert.deepEqual(app.consoleErrors, []);
  });
});
