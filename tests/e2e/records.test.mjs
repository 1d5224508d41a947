// Сведения in the browser: the insurance record length and the work records
// for the citizen's SNILS, a Cyrillic search typed on the keyboard, the CSV of
// the records, the individual account statement for a typed period with its
// balances and its PDF; offline the last known records stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot, click, type, semantics, registerCitizen, axeProblems, byPrefix, waitForPrefix,
         downloadFrom } from './harness.mjs';

test('a citizen checks the record length, finds an employer and makes the account statement', async () => {
  await withApp({}, async (app) => {
    const { page, context } = app;
    await registerCitizen(page);
    await click(page, 'nav.records');
    await waitForPrefix(page, 'Страховой стаж на ');
    assert.match((await byPrefix(page, 'Страховой стаж на ')).label,
                 /^Страховой стаж на \d\d\.\d\d\.\d{4}: лет — \d+, месяцев — \d+, дней — \d+$/);
    const total = Number((await byPrefix(page, 'Записей: ')).label.match(/из (\d+)$/)[1]);
    assert.ok(total >= 3, 'the work records');
    await screenshot(page, 'records');
    assert.deepEqual(await axeProblems(page), [], 'Трудовая деятельность');
    const csv = (await downloadFrom(page, 'records.export_csv', 'records.csv')).bytes.toString('utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM for spreadsheet programs');
    assert.equal(csv.trimEnd().split('\r\n').length, total + 1, 'a header and a row per record');

    // A search typed in Russian narrows the list (ё = е).
    const employer = (await semantics(page)).find((n) => n.role === 'heading' && /«.+»/.test(n.label));
    const word = employer.label.match(/«([^»]+)»/)[1].split(' ')[0].toLowerCase().replaceAll('ё', 'е');
    await type(page, 'records.search', word);
    await waitForPrefix(page, 'Записей: ');
    const found = Number((await byPrefix(page, 'Записей: ')).label.match(/^Записей: (\d+)/)[1]);
    assert.ok(found >= 1 && found <= total, `«${word}» finds ${found} of ${total}`);

    // The statement for a period typed as ДД.ММ.ГГГГ; a wrong date first.
    await click(page, 'records.tab.statement');
    await type(page, 'records.from', '31.02.2020');
    await type(page, 'records.to', '31.12.2024');
    await click(page, 'records.statement.make');
    await page.waitForFunction(() => window.cabinet.find('records.from').invalid, null, { timeout: 10000 });
    await click(page, 'records.from');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await type(page, 'records.from', '01.01.2020');
    await click(page, 'records.statement.make');
    await waitForPrefix(page, 'Выписка за период с 01.01.2020 по 31.12.2024');
    assert.ok(await byPrefix(page, 'Входящий остаток на 01.01.2020: '));
    assert.ok(await byPrefix(page, 'Исходящий остаток на 31.12.2024: '));
    assert.ok(await byPrefix(page, 'Итоги по годам'));
    await screenshot(page, 'records-statement');
    assert.deepEqual(await axeProblems(page), [], 'Выписка');
    const pdf = (await downloadFrom(page, 'records.statement.export_pdf', 'statement.pdf')).bytes;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');

    // Offline the records as last received stay.
    await context.setOffline(true);
    await page.evaluate(() => window.cabinet.frames(2));
    await click(page, 'nav.home');
    await click(page, 'nav.records');
    await click(page, 'records.tab.work');
    await waitForPrefix(page, 'Нет подключения к интернету: показаны сведения на ');
    assert.ok(await byPrefix(page, 'Страховой стаж на '));
    await context.setOffline(false);
    assert.deepEqual(app.consoleErrors, []);
  });
});
