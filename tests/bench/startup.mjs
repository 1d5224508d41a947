// How soon the app is ready, as a citizen on a phone gets it: navigation to
// `window.cabinet.ready` (the first frame drawn) in Debian's Chromium, served
// by scripts/lib/static-server.mjs (compressed, as deployed), measured
//   - cold: a new browser profile (empty HTTP cache, no service worker), on a
//     slow 4G network (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip,
//     throttled through the DevTools protocol) and unthrottled;
//   - warm: the same profile again, started by the service worker from its
//     cache, unthrottled and on slow 4G.
// Each figure is the median of RUNS runs (5 unless given). Also reports the
// bytes that crossed the network on a cold load, and whether the progress bar
// moved while it loaded.
// Usage: node startup.mjs OUT.json [RUNS]
import { writeFileSync } from 'node:fs';
import { openApp } from '../e2e/harness.mjs';

const [out, runsArg] = process.argv.slice(2);
const runs = Number(runsArg) || 5;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
const NO_THROTTLE = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

// The moment of ready, from the start of navigation, measured by the page itself.
const READY_PROBE = () => {
  window.__controlledAtStart = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  window.__cabinetProgress = [];
  window.addEventListener('cabinet-ready', () => { window.__cabinetReadyAt = performance.now(); });
  const watch = () => {
    const bar = document.getElementById('loading-progress');
    if (!bar) return requestAnimationFrame(watch);
    const seen = window.__cabinetProgress;
    if (seen[seen.length - 1] !== bar.value) seen.push(bar.value);
    if (window.__cabinetReadyAt === undefined) setTimeout(watch, 20);
  };
  watch();
};

async function load(app, session, network) {
  await session.send('Network.emulateNetworkConditions', network);
  let bytes = 0;
  const counter = (event) => { bytes += event.encodedDataLength; };
  session.on('Network.loadingFinished', counter);
  await app.page.goto(app.url);
  await app.page.waitForFunction(() => window.__cabinetReadyAt !== undefined, null, { timeout: 120000, polling: 50 });
  session.off('Network.loadingFinished', counter);
  const { readyMs, progress, controlled } = await app.page.evaluate(() => ({
    readyMs: window.__cabinetReadyAt,
    progress: window.__cabinetProgress,
    controlled: window.__controlledAtStart,
  }));
  return { readyMs, bytes, progress, controlled };
}

async function waitForServiceWorker(page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !!(registration && registration.active && registration.active.state === 'activated');
  }, null, { timeout: 60000, polling: 100 });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const log = (...a) => process.env.CABINET_BENCH_VERBOSE && console.error(...a);
const samples = { cold_slow4g: [], cold_unthrottled: [], warm_unthrottled: [], warm_slow4g: [] };
let coldBytes = 0;
let progressMoved = true;
for (let run = 0; run < runs; run += 1) {
  for (const [coldKey, network] of [['cold_slow4g', SLOW_4G], ['cold_unthrottled', NO_THROTTLE]]) {
    const app = await openApp({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
    try {
      await app.context.addInitScript(READY_PROBE);
      const session = await app.context.newCDPSession(app.page);
      await session.send('Network.enable');
      const cold = await load(app, session, network);
      if (cold.controlled) throw new Error('a cold load was served by a service worker');
      samples[coldKey].push(cold.readyMs);
      log(coldKey, Math.round(cold.readyMs), 'ms', cold.bytes, 'bytes');
      if (coldKey === 'cold_slow4g') {
        coldBytes = cold.bytes;
        // Slowly enough for several values: the bar must have moved up at least three times.
        if (cold.progress.filter((v) => v > 0).length < 3) progressMoved = false;
        continue;
      }
      // Warm starts in the same profile, once the service worker holds the shell.
      await waitForServiceWorker(app.page);
      for (const [warmKey, warmNetwork] of [['warm_unthrottled', NO_THROTTLE], ['warm_slow4g', SLOW_4G]]) {
        const warm = await load(app, session, warmNetwork);
        if (!warm.controlled) throw new Error('a warm load was not served by the service worker');
        samples[warmKey].push(warm.readyMs);
        log(warmKey, Math.round(warm.readyMs), 'ms');
      }
    } finally {
      await app.close();
    }
  }
}

const result = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, {
  median_ms: Math.round(median(values)), runs_ms: values.map(Math.round),
}]));
result.cold_bytes_over_network = coldBytes;
result.progress_moved_on_slow_4g = progressMoved;
console.log(`start-up to the first frame, median of ${runs} (phone viewport, 390x844 at 3x):`);
for (const key of Object.keys(samples)) {
  console.log(`  ${key.padEnd(18)} ${String(result[key].median_ms).padStart(6)} ms   runs: ${result[key].runs_ms.join(', ')}`);
}
console.log(`  bytes over the network, cold: ${coldBytes}`);
console.log(`  the progress bar moved during the slow cold load: ${progressMoved ? 'yes' : 'NO'}`);
writeFileSync(out, JSON.stringify(result, null, 2));
// The harness closes its browser when the process ends (node:test's `after`);
// nothing else is left to wait for.
process.exit(0);
