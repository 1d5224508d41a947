// Справка о размере пенсии end to end with the keyboard alone, the consent to
// process the application included (its own file: it takes most of the three
// minutes a browser test may run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, find, typeOnKeyboard, registerCitizen, CITIZEN } from './harness.mjs';
import { codesFromNotices } from './consent_steps.mjs';

const frames = (page, n = 3) => page.evaluate((k) => window.cabinet.frames(k), n);

function applicationNumber(node) {
  const match = node && node.label.match(/^Номер заявления: (\d{8}-\d{6})$/);
  return match ? match[1] : null;
}

test('keyboard only: Справка о размере пенсии without a mouse', async () => {
  await withApp({}, async (app) => {
    const { page } = app;
    await registerCitizen(page);
    const focusedId = () => page.evaluate(() => (window.cabinet.semantics().find((n) => n.focused) || {}).id);
    const press = async (key) => {
      await page.keyboard.press(key);
      await frames(page);
    };
    const tabTo = async (id) => {
      for (let i = 0; i < 80 && (await focusedId()) !== id; i += 1) await press('Tab');
      assert.equal(await focusedId(), id);
    };
    await tabTo('nav.services');
    await press('Enter');
    await tabTo('services.search');
    await typeOnKeyboard(page, 'справка о пенсии');
    await tabTo('services.open.pension-amount-certificate');
    await press('Enter');
    await tabTo('journey.start');
    await press('Enter');
    await tabTo('field./period_from');
    await typeOnKeyboard(page, '01.01.2026');
    await press('Tab');
    assert.equal(await focusedId(), 'field./period_to');
    await typeOnKeyboard(page, '31.10.2026');
    await tabTo('journey.continue');
    await press('Enter');
    await tabTo('field./delivery.download');
    await press('Space');
    assert.equal((await find(page, 'Скачать PDF в личном кабинете')).selected, true);
    await tabTo('journey.continue');
    await press('Enter');
    // The consent to process the application, by keyboard on the review page.
    await tabTo('consents.review_give');
    await press('Enter');
    const subject = [['full_name', CITIZEN.fullName], ['address', 'Москва, Тверская, 1'],
                     ['passport', '4510123456'], ['passport_issue_date', '12.03.2015'],
                     ['passport_issued_by', 'ОВД Хамовники'], ['phone', CITIZEN.phone]];
    assert.equal(await focusedId(), 'consents.form.full_name', 'the form opens with its first field focused');
    for (const [field, text] of subject) {
      await tabTo(`consents.form.${field}`);
      await press('Control+A');  // the account's name and phone come prefilled
      await typeOnKeyboard(page, text);
    }
    await tabTo('consents.form.acknowledge');
    await press('Space');
    await tabTo('consents.form.get_code');
    const before = await codesFromNotices(page);
    await press('Enter');
    const code = (await codesFromNotices(page)).find((c) => !before.includes(c));
    assert.match(code || '', /^\d{6}$/);
    await tabTo('consents.form.code');
    await typeOnKeyboard(page, code);
    await tabTo('consents.form.confirm');
    await press('Enter');
    assert.equal(await focusedId(), 'journey.submit', 'confirmed: the focus moves to sending');
    await press('Enter');
    assert.ok(applicationNumber(await find(page, 'journey.application_number')), 'confirmation reached by keyboard');
    assert.deepEqual(app.consoleErrors, []);
  });
});
