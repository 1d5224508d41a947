// One Chromium shared by every browser test of a ctest run: ctest starts it
// once (fixture e2e_browser), each test file connects to it and opens a fresh
// context per test (its own storage, so tests stay independent), and ctest stops
// it at the end. Usage:
//   node browser_server.mjs start DIR   start the browser in the background; DIR/endpoint names it
//   node browser_server.mjs stop DIR    stop it
// The browser also stops by itself after CABINET_BROWSER_LIFETIME seconds
// (default 3600), so an interrupted run leaves nothing behind for long.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const [command, dir] = process.argv.slice(2);
if (!command || !dir) {
  console.error('usage: node browser_server.mjs start|stop DIR');
  process.exit(2);
}
const endpointFile = join(dir, 'endpoint');
const pidFile = join(dir, 'pid');

async function serve() {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  writeFileSync(pidFile, String(process.pid));
  writeFileSync(endpointFile, server.wsEndpoint());
  const stop = async () => {
    rmSync(endpointFile, { force: true });
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setTimeout(stop, Number(process.env.CABINET_BROWSER_LIFETIME || 3600) * 1000);
}

async function start() {
  await stopRunning();
  mkdirSync(dir, { recursive: true });
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', dir], {
    detached: true, stdio: 'ignore',
  });
  child.unref();
  const deadline = Date.now() + 30000;
  while (!existsSync(endpointFile)) {
    if (Date.now() > deadline) throw new Error('the shared Chromium did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.log(`shared Chromium at ${readFileSync(endpointFile, 'utf8')}`);
}

async function stopRunning() {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  rmSync(pidFile, { force: true });
  rmSync(endpointFile, { force: true });
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;  // already gone
  }
  for (let i = 0; i < 100; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.kill(pid, 'SIGKILL');
}

if (command === 'serve') await serve();
else if (command === 'start') await start();
else if (command === 'stop') await stopRunning();
else {
  console.error(`unknown command ${command}`);
  process.exit(2);
}
