// The cold start as a phone gets it: the wasm is compiled while it downloads
// (instantiateStreaming, served as application/wasm), compressed on the wire,
// fetched once (the page's preloads are the requests the app uses), and the
// Russian progress bar moves while the bytes arrive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, screenshot } from './harness.mjs';

const WATCH = () => {
  window.__streamed = 0;
  const original = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = function (...args) {
    window.__streamed += 1;
    return original.apply(this, args);
  };
  window.__progress = [];
  const watch = () => {
    const bar = document.getElementById('loading-progress');
    const text = document.getElementById('loading-text');
    if (bar && text && window.__progress[window.__progress.length - 1]?.value !== bar.value) {
      window.__progress.push({ value: bar.value, text: text.textContent });
    }
    if (!(window.cabinet && window.cabinet.ready)) setTimeout(watch, 10);
  };
  watch();
};

test('a cold load on a slow network streams the wasm, compressed, once, with a moving progress bar', async () => {
  await withApp({ load: false, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (app) => {
    await app.context.addInitScript(WATCH);
    const session = await app.context.newCDPSession(app.page);
    await session.send('Network.enable');
    // About 8 Mbit/s: the download takes long enough to see the bar move.
    await session.send('Network.emulateNetworkConditions',
      { offline: false, latency: 40, downloadThroughput: 1e6, uploadThroughput: 1e6 });
    const responses = [];
    app.page.on('response', (response) => responses.push(response));
    await app.page.goto(app.url);
    await app.page.waitForFunction(() => window.__progress.some((p) => p.value > 0), null, { timeout: 30000 });
    await screenshot(app.page, 'startup-progress-phone');
    await app.page.waitForFunction(() => window.cabinet && window.cabinet.ready === true, null, { timeout: 60000 });

    const { streamed, progress } = await app.page.evaluate(() => ({ streamed: window.__streamed, progress: window.__progress }));
    assert.equal(streamed, 1, 'the wasm was compiled with instantiateStreaming');
    const moving = progress.filter((p) => p.value > 0);
    assert.ok(moving.length >= 3, `the bar moved at least three times: ${JSON.stringify(progress)}`);
    for (let i = 1; i < moving.length; i += 1) assert.ok(moving[i].value > moving[i - 1].value, 'the bar only moves forward');
    assert.match(moving[0].text, /^Загрузка приложения… \d+%$/);

    const wasm = responses.filter((r) => new URL(r.url()).pathname === '/cabinet.wasm');
    assert.equal(wasm.length, 1, 'cabinet.wasm was downloaded once (the preload is the request the app used)');
    const headers = await wasm[0].allHeaders();
    assert.equal(headers['content-type'], 'application/wasm');
    assert.match(headers['content-encoding'] || '', /^(br|gzip)$/, 'the wasm came compressed');
    for (const name of ['/cabinet.js', '/cabinet.data']) {
      assert.equal(responses.filter((r) => new URL(r.url()).pathname === name).length, 1, `${name} was downloaded once`);
    }
    assert.deepEqual(app.consoleErrors, []);
  });
});
