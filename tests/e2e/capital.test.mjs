// Материнский капитал on a 390×844 phone, by taps and the on-screen keyboard
// with Cyrillic typed: the balance, certificate and journal from the fund's
// sandbox, the statement (PDF) and journal (CSV) downloaded, «Распорядиться
// средствами» through the form to the agency, the amount held while it is
// reviewed, then approved and taken off the balance; after a reload the
// journal still shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, loadApp, screenshot, find, drag, registerCitizen, waitFor, waitForPrefix, byPrefix,
         downloadFrom, axeProblems, CITIZEN } from './harness.mjs';
import { codesFromNotices } from './consent_steps.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
                reducedMotion: 'reduce' };

const frames = (page, n = 3) => page.evaluate((k) => window.cabinet.frames(k), n);
const dispatch = (page, type, args) => page.evaluate(([t, a]) => window.cabinet.dispatch(t, a), [type, args]);

// Drags the page (as a finger does) until the widget is on screen; returns it.
async function reveal(page, label) {
  await frames(page);
  for (let i = 0; i < 30; i += 1) {
    const node = await find(page, label);
    assert.ok(node, `no widget labelled ${label}`);
    const [, y, , h] = node.rect;
    if (y >= 0 && y + h <= 844) return node;
    await drag(page, 40, y > 0 ? 700 : 300, y > 0 ? 350 : 650);
    await frames(page);
  }
  assert.fail(`could not scroll ${label} into view`);
}

async function tap(page, label) {
  const [x, y, w, h] = (await reveal(page, label)).rect;
  await page.touchscreen.tap(x + w / 2, y + h / 2);
  await frames(page);
}

async function tapAndType(page, label, text) {
  await tap(page, label);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'INPUT', `${label}: the hidden input`);
  await page.keyboard.type(text);
  await frames(page);
}

// «12 345,67» (no-break spaces) as kopecks.
function kopecks(text) {
  const match = text.match(/(-?[\d\u00a0 ]+),(\d\d) ₽/);
  assert.ok(match, `an amount in «${text}»`);
  return Number(match[1].replace(/[\u00a0 ]/g, '')) * 100 + Number(match[2]);
}

// «Подтверждение личности» as scenarios do it (the consent with its code from
// the notification area, the form with scans, the sandbox agency sped up):
// the maternity-capital service needs a подтверждённая account.
async function confirmIdentity(page) {
  await dispatch(page, 'consent_start', { op: 'give', template: 'application_processing' });
  await dispatch(page, 'consent_set', { acknowledged: true, subject: {
    full_name: CITIZEN.fullName, address: 'г. Казань, ул. Баумана, д. 10, кв. 5', passport: CITIZEN.passport,
    passport_issue_date: CITIZEN.passportIssued, passport_issued_by: CITIZEN.passportIssuer, phone: CITIZEN.phone } });
  const before = await codesFromNotices(page);
  await dispatch(page, 'consent_request_code', {});
  await page.waitForFunction((old) => window.cabinet.semantics().some((n) => {
    const m = n.id.startsWith('notice.') && n.label.match(/код (\d{6}) отправлен/);
    return m && !old.includes(m[1]);
  }), before, { timeout: 20000 });
  const code = (await codesFromNotices(page)).find((c) => !before.includes(c));
  await dispatch(page, 'consent_confirm', { code });
  await dispatch(page, 'start_form', { form: 'identity-confirmation' });
  const [d, m, y] = CITIZEN.passportIssued.split('.');
  for (const [path, value] of [['/passport', CITIZEN.passport], ['/passport_issue_date', `${y}-${m}-${d}`],
    ['/passport_issued_by', CITIZEN.passportIssuer], ['/passport_office_code', CITIZEN.passportOffice]])
    await dispatch(page, 'set_field', { path, value });
  for (const field of ['passport_scan', 'snils_scan'])
    await dispatch(page, 'attach_file', { field, name: `${field}.pdf`, content_base64: 'JVBERi0xLjQK' });
  for (let i = 0; i < 5; i += 1) await dispatch(page, 'next_step', {});
  await dispatch(page, 'submit', {});
  await dispatch(page, 'sandbox_fast_forward', { hours: 48 });
  await dispatch(page, 'navigate', { section: 'home' });
  await frames(page);
}

test('a phone disposes of maternity capital and sees the balance go down', async () => {
  await withApp(PHONE, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    await confirmIdentity(page);
    await tap(page, 'Меню');
    await tap(page, 'Материнский капитал');
    await waitForPrefix(page, 'Остаток средств: ');
    const balance = kopecks((await byPrefix(page, 'Остаток средств: ')).label);
    assert.ok(balance > 15_000_000, `a balance to dispose of: ${balance}`);
    assert.ok(await byPrefix(page, 'Серия МК-'), 'the certificate');
    assert.ok(await byPrefix(page, 'Операций: '), 'the journal');
    assert.ok(await byPrefix(page, 'В этой сборке сведения о сертификате'), 'says it is a sandbox');
    await reveal(page, (await byPrefix(page, 'Остаток средств: ')).label);
    await screenshot(page, 'phone-capital');
    assert.deepEqual(await axeProblems(page), [], 'Материнский капитал');
    const csv = (await downloadFrom(page, 'capital.download_csv', 'maternity-capital.csv')).bytes.toString('utf8');
    assert.ok(csv.startsWith('\uFEFFДата,Операция,Состояние,'), 'a BOM and the header');
    assert.match(csv, /Выдача сертификата/);
    const pdf = (await downloadFrom(page, 'capital.download_pdf', 'maternity-capital.pdf')).bytes;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');

    // «Распорядиться средствами»: the service, its purpose and a school typed in Russian.
    await tap(page, 'Распорядиться средствами');
    await tap(page, 'Начать');
    await tap(page, 'Образование ребёнка');
    await tapAndType(page, 'Наименование образовательной организации', 'МБОУ «Гимназия № 5» г. Казани');
    assert.equal((await find(page, 'Наименование образовательной организации')).value, 'МБОУ «Гимназия № 5» г. Казани');
    await tapAndType(page, 'Номер лицензии на образовательную деятельность', 'Л035-01234-16/00096924');
    await tap(page, 'Продолжить');
    await tap(page, 'Перевод');
    await tap(page, 'Продолжить');
    // More than the balance is refused on its field; then 150 000 ₽.
    await tapAndType(page, 'Сумма, руб.', String(Math.floor(balance / 100) + 1000));
    await tap(page, 'Продолжить');
    // The error list at the top links to the field: «Сумма, руб.: Сумма не может быть больше …».
    await waitForPrefix(page, 'Сумма, руб.: Сумма не может быть больше доступного остатка');
    await reveal(page, 'Сумма, руб.');
    await screenshot(page, 'phone-capital-over-balance');
    await tap(page, 'Сумма, руб.');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('150000');
    await frames(page);
    await tap(page, 'Продолжить');
    await tapAndType(page, 'ИНН получателя', '1655018018');
    await tapAndType(page, 'КПП получателя', '165501001');
    await tapAndType(page, 'БИК банка получателя', '044525593');
    await tapAndType(page, 'Расчётный счёт получателя', '40503810902000012345');
    await tapAndType(page, 'Назначение платежа', 'Оплата обучения по договору № 15-О от 01.09.2026');
    await tap(page, 'Продолжить');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'field./attachments')]);
    await chooser.setFiles({ name: 'договор об обучении.pdf', mimeType: 'application/pdf',
                             buffer: Buffer.from('%PDF-1.4\n% dogovor\n') });
    await waitForPrefix(page, '• договор об обучении.pdf');
    await tap(page, 'Продолжить');
    await waitFor(page, 'Проверьте ответы');
    await tap(page, 'Отправить заявление');
    await waitFor(page, 'journey.application_number');
    const number = (await find(page, 'journey.application_number')).label.match(/(\d{8}-\d{6})/)[1];
    await screenshot(page, 'phone-capital-sent');

    // Under review the amount is held; the agency approves and the balance goes down.
    await tap(page, 'Меню');
    await tap(page, 'Материнский капитал');
    await waitForPrefix(page, 'В обработке по заявлениям: 150');
    await reveal(page, `applications.cancel.${number}`);
    await screenshot(page, 'phone-capital-held');
    assert.ok(await find(page, `applications.cancel.${number}`), '«Отменить заявление» on the line under review');
    await dispatch(page, 'sandbox_fast_forward', { hours: 720 });
    await page.waitForFunction((n) => window.cabinet.find(`applications.cancel.${n}`) === null, number,
                               { timeout: 20000 });
    await waitForPrefix(page, 'Остаток средств: ');
    assert.equal(kopecks((await byPrefix(page, 'Остаток средств: ')).label), balance - 15_000_000);
    assert.ok(!(await byPrefix(page, 'В обработке по заявлениям')), 'nothing held any more');
    await reveal(page, `Заявление № ${number}`);
    await screenshot(page, 'phone-capital-approved');

    // After a reload (signed in again) the journal keeps the disposal with the application's number.
    await loadApp(page, app.url);
    await page.evaluate(([login, password]) => window.cabinet.dispatch('sign_in', { login, password }),
                        [CITIZEN.phone, CITIZEN.password]);
    await dispatch(page, 'navigate', { section: 'capital' });
    await waitForPrefix(page, 'Остаток средств: ');
    assert.equal(kopecks((await byPrefix(page, 'Остаток средств: ')).label), balance - 15_000_000);
    assert.ok(await find(page, `Заявление № ${number}`));
    assert.deepEqual(app.consoleErrors, []);
  });
});
