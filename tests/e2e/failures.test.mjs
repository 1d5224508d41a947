// When the browser cannot run the app, the citizen reads why, in Russian.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot } from './harness.mjs';

async function failureText(page) {
  await page.waitForSelector('#failure:not([hidden])', { timeout: 30000 });
  return page.textContent('#failure-text');
}

test('no WebAssembly: a readable message', async () => {
  const app = await openApp();
  try {
    await app.page.addInitScript(() => { delete window.WebAssembly; });
    await app.page.goto(app.url);
    assert.match(await failureText(app.page), /не поддерживает WebAssembly/);
  } finally {
    await app.close();
  }
});

test('no WebGL 2: a readable message', async () => {
  const app = await openApp();
  try {
    await app.page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    });
    await app.page.goto(app.url);
    assert.match(await failureText(app.page), /не поддерживает WebGL 2/);
  } finally {
    await app.close();
  }
});

test('the app files fail to load: a readable message and a reload button', async () => {
  const app = await openApp();
  try {
    await app.context.route('**/cabinet.wasm', (route) => route.abort('connectionreset'));
    await app.page.goto(app.url);
    assert.match(await failureText(app.page), /Не удалось загрузить приложение/);
    assert.ok(await app.page.isVisible('text=Обновить страницу'));
    await screenshot(app.page, 'load-failure');
  } finally {
    await app.close();
  }
});
