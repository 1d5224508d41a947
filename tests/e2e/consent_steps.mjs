// Shared by the browser tests that need a consent first: it is given through
// the real screens, with the one-time code read from the notification area
// (the sandbox delivery shows it there).
import assert from 'node:assert/strict';
import { semantics, click, type, find } from './harness.mjs';

export const SUBJECT = [
  ['Фамилия, имя, отчество', 'Иванова Анна Петровна'],
  ['Адрес регистрации', 'г. Москва, ул. Тверская, д. 1, кв. 2'],
  ['Паспорт: серия и номер', '4510 123456'],
  ['Дата выдачи паспорта', '12.03.2015'],
  ['Кем выдан паспорт', 'ОВД района Хамовники г. Москвы'],
  ['Телефон для кода подтверждения', '+7 912 345-67-89'],
];

// The codes the sandbox delivery shows in the notification area («… код 123456
// отправлен на …»); registration's codes may still be there.
export async function codesFromNotices(page) {
  const codes = [];
  for (const node of await semantics(page)) {
    const match = node.id.startsWith('notice.') && node.label.match(/код (\d{6}) отправлен/);
    if (match) codes.push(match[1]);
  }
  return codes;
}

// Gives the consent behind `buttonLabel` by clicks, as a citizen does: the
// details the law asks for, the tick, the code, the confirmation.
export async function giveConsent(page, buttonLabel) {
  await click(page, buttonLabel);
  assert.ok(await find(page, 'Текст согласия'), 'the consent text is shown');
  // Details already in the profile (from an earlier consent) come prefilled.
  for (const [label, text] of SUBJECT) {
    if ((await find(page, label)).value === '') await type(page, label, text);
  }
  await click(page, 'Я ознакомлен(а) с текстом согласия');
  const before = await codesFromNotices(page);
  await click(page, 'Получить код');
  await page.waitForFunction((old) => window.cabinet.semantics().some((node) => {
    const match = node.id.startsWith('notice.') && node.label.match(/код (\d{6}) отправлен/);
    return match && !old.includes(match[1]);
  }), before, { timeout: 20000 });
  const code = (await codesFromNotices(page)).find((c) => !before.includes(c));
  assert.match(code || '', /^\d{6}$/, 'the code shows in the notification area');
  await type(page, 'Код подтверждения', code);
  await click(page, 'Подтвердить согласие');
}

