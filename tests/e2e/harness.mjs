// Shared setup of the browser tests: serve build/web on a free loopback port,
// launch Debian's Chromium through playwright-core with the flags that work on
// these machines (software WebGL via SwiftShader), and collect console errors.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const webDir = process.env.CABINET_WEB_DIR || resolve(here, '../../build/web');
export const artifactsDir = process.env.CABINET_ARTIFACTS || resolve(here, '../../build/test-artifacts');

// The browser of this test file: the run's shared Chromium when ctest started
// one (browser_server.mjs; CABINET_BROWSER_DIR names it), else one launched
// here for this file. Either way it is reused by every test of the file.
let browserPromise = null;
function browser() {
  if (!browserPromise) {
    const dir = process.env.CABINET_BROWSER_DIR;
    const endpoint = dir && existsSync(join(dir, 'endpoint')) ? readFileSync(join(dir, 'endpoint'), 'utf8') : null;
    browserPromise = endpoint
      ? chromium.connect(endpoint)
      : chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  }
  return browserPromise;
}
after(async () => {
  if (browserPromise) await (await browserPromise).close();
});

// Starts a server and a fresh browser context (its own storage and service
// workers). `options.viewport`, `options.isMobile`, ... go to the context;
// `options.isolated` serves the page cross-origin isolated (precise timers).
export async function openApp(options = {}) {
  const server = await startServer(options.webDir || webDir, 0, '127.0.0.1', { isolated: options.isolated });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await (await browser()).newContext({
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    isMobile: options.isMobile || false,
    reducedMotion: options.reducedMotion || 'no-preference',
    hasTouch: options.hasTouch || false,
    locale: 'ru-RU',
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('requestfailed', (request) => {
    if (!request.url().includes('cabinet-offline-probe')) consoleErrors.push(`request failed: ${request.url()}`);
  });
  return {
    server, context, page, url, consoleErrors,
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// Opens the app, loads it (unless options.load is false), runs `body(app)` and
// always closes the browser and the server.
export async function withApp(options, body) {
  const app = await openApp(options);
  try {
    if (options.load !== false) app.readyMs = await loadApp(app.page, app.url);
    return await body(app);
  } finally {
    await app.close();
  }
}

// Loads the app and waits until the first frame was drawn; returns milliseconds to ready.
export async function loadApp(page, url) {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.cabinet && window.cabinet.ready === true, null, { timeout: 60000 });
  return Date.now() - started;
}

export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export const semantics = (page) => page.evaluate(() => window.cabinet.semantics());
export const click = (page, label) => page.evaluate((l) => window.cabinet.click(l), label);
export const type = (page, label, text) => page.evaluate(([l, t]) => window.cabinet.type(l, t), [label, text]);
export const find = (page, label) => page.evaluate((l) => window.cabinet.find(l), label);
// The first widget whose label starts with `prefix` (texts with a date or a sum in them), and waiting for one.
export const byPrefix = async (page, prefix) => (await semantics(page)).find((n) => n.label.startsWith(prefix));
export const waitForPrefix = (page, prefix, timeout = 10000) =>
  page.waitForFunction((p) => window.cabinet.semantics().some((n) => n.label.startsWith(p)), prefix, { timeout });

// Activates the widget `id` and saves the file it downloads into the artifacts as `name`.
export async function downloadFrom(page, id, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, id)]);
  const saved = join(artifactsDir, name);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: readFileSync(saved) };
}

// Types text the way a Russian keyboard layout does: a key event carrying each
// character (Playwright's keyboard.type would insert non-US characters as IME
// text, which a canvas does not receive).
export async function typeOnKeyboard(page, text) {
  const session = await page.context().newCDPSession(page);
  for (const ch of text) {
    await session.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }
  await session.detach();
}

// A finger on the canvas: touch events every 10 ms, as a phone sends them
// (CDP round trips would make every drag a slow one).
export async function drag(page, x, fromY, toY, steps = 12) {
  await page.evaluate(([x0, y0, y1, n]) => new Promise((resolve) => {
    const canvas = Module.canvas;
    const send = (type, y) => {
      const touch = new Touch({ identifier: 1, target: canvas, clientX: x0, clientY: y });
      const list = type === 'touchend' ? [] : [touch];
      canvas.dispatchEvent(new TouchEvent(type, { touches: list, targetTouches: list, changedTouches: [touch],
                                                   bubbles: true, cancelable: true }));
    };
    send('touchstart', y0);
    let i = 0;
    const timer = setInterval(() => {
      i += 1;
      send('touchmove', y0 + ((y1 - y0) * i) / n);
      if (i === n) {
        clearInterval(timer);
        send('touchend', y1);
        resolve();
      }
    }, 10);
  }), [x, fromY, toY, steps]);
}

// A finger held still on the canvas for `ms`, then lifted.
export async function longPress(page, x, y, ms = 700) {
  await page.evaluate(([x0, y0, hold]) => new Promise((resolve) => {
    const canvas = Module.canvas;
    const touch = new Touch({ identifier: 2, target: canvas, clientX: x0, clientY: y0 });
    const send = (type) => {
      const list = type === 'touchend' ? [] : [touch];
      canvas.dispatchEvent(new TouchEvent(type, { touches: list, targetTouches: list, changedTouches: [touch],
                                                   bubbles: true, cancelable: true }));
    };
    send('touchstart');
    setTimeout(() => {
      send('touchend');
      resolve();
    }, hold);
  }), [x, y, ms]);
}

// The sandbox citizen every test that needs an account registers.
export const CITIZEN = {
  fullName: 'Иванова Мария Петровна', birthDate: '14.03.1985', phone: '+7 912 345-67-89',
  email: 'maria.ivanova@example.ru', snils: '112-233-445 95', password: 'Zv$7qLm!pR2x',
  passport: '4510 123456', passportIssued: '20.03.2005', passportIssuer: 'ГУ МВД России по г. Москве',
  passportOffice: '770-001',
};

// The one-time code the sandbox channel shows in the notification area for a channel.
export async function sandboxCode(page, channel) {
  const nodes = await semantics(page);
  const pattern = new RegExp(`код (\\d{6}) отправлен на .*\\(${channel}\\)`);
  for (const node of nodes.slice().reverse()) {
    const match = node.label && node.label.match(pattern);
    if (match) return match[1];
  }
  return null;
}

export async function waitFor(page, label, timeout = 20000) {
  await page.waitForFunction((l) => window.cabinet.find(l) !== null, label, { timeout });
}

// Registers CITIZEN through the screens (typing by label, codes from the
// sandbox channel) and waits until the account is open. For the tests about
// registering; the others use registerCitizen.
export async function registerThroughScreens(page, citizen = CITIZEN) {
  await page.evaluate(() => window.cabinet.frames(3));
  if (!(await find(page, 'Фамилия, имя, отчество'))) await click(page, 'Зарегистрироваться');
  await type(page, 'Фамилия, имя, отчество', citizen.fullName);
  await type(page, 'Дата рождения', citizen.birthDate);
  await type(page, 'Мобильный телефон', citizen.phone);
  await type(page, 'Электронная почта', citizen.email);
  await type(page, 'СНИЛС', citizen.snils);
  await type(page, 'Пароль', citizen.password);
  await type(page, 'Пароль ещё раз', citizen.password);
  await click(page, 'Я согласен(на) с условиями использования личного кабинета');
  await click(page, 'Продолжить');
  await waitFor(page, 'Код из SMS');
  await type(page, 'Код из SMS', await sandboxCode(page, 'телефон'));
  await type(page, 'Код из письма', await sandboxCode(page, 'электронная почта'));
  await click(page, 'Подтвердить и создать кабинет');
  await waitFor(page, 'Быстрые переходы');  // the home page of the signed-in citizen
  if (citizen.passport) await enterPassport(page, citizen);
}

// Registers CITIZEN through the app's own actions (window.cabinet.dispatch, the
// same vocabulary as the screens send, with the codes the sandbox channel
// showed) and waits for the home page of the signed-in citizen; with a
// passport the account becomes стандартная.
export async function registerCitizen(page, citizen = CITIZEN) {
  const dispatch = (type, args) => page.evaluate(([t, a]) => window.cabinet.dispatch(t, a), [type, args]);
  await page.evaluate(() => window.cabinet.frames(3));
  await dispatch('register_submit', {
    full_name: citizen.fullName, birth_date: citizen.birthDate, phone: citizen.phone, email: citizen.email,
    snils: citizen.snils, password: citizen.password, password_repeat: citizen.password, agree: true,
  });
  await waitFor(page, 'Код из SMS');
  await dispatch('register_confirm', {
    phone_code: await sandboxCode(page, 'телефон'), email_code: await sandboxCode(page, 'электронная почта'),
  });
  await waitFor(page, 'Быстрые переходы');
  if (citizen.passport) {
    await dispatch('personal_passport_save', {
      passport: citizen.passport, issue_date: citizen.passportIssued, issued_by: citizen.passportIssuer,
      office_code: citizen.passportOffice,
    });
    await waitFor(page, 'Паспортные данные сохранены');
  }
}

// Goes to a section by the menu (behind «Меню» on a phone).
export async function openSection(page, id) {
  if (!(await find(page, `nav.${id}`))) await click(page, 'Меню');
  await click(page, `nav.${id}`);
}

// Профиль → «Личные данные»: the passport makes the account стандартная (most
// services need it); back on the home page afterwards.
export async function enterPassport(page, citizen = CITIZEN) {
  await openSection(page, 'profile');
  await type(page, 'personal.passport', citizen.passport);
  await type(page, 'personal.passport_issue_date', citizen.passportIssued);
  await type(page, 'personal.passport_issued_by', citizen.passportIssuer);
  await type(page, 'personal.passport_office_code', citizen.passportOffice);
  await click(page, 'Сохранить паспорт');
  await waitFor(page, 'Паспортные данные сохранены');
  await openSection(page, 'home');
  await waitFor(page, 'Быстрые переходы');
}

// Signs CITIZEN in on the sign-in form and waits until the account is open.
export async function signIn(page, citizen = CITIZEN) {
  await page.evaluate(() => window.cabinet.frames(3));
  await type(page, 'Телефон или электронная почта', citizen.phone);
  await type(page, 'Пароль', citizen.password);
  await click(page, 'Войти');
  await waitFor(page, 'Выйти');
}

// axe-core's critical and serious violations on the page (with the DOM mirror present), as readable lines.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export async function axeProblems(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
