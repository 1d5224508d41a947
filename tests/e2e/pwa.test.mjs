// The install criteria: manifest fields, icons of the declared sizes, a
// service worker with a fetch handler, and a build-versioned cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webDir } from './harness.mjs';

function pngSize(path) {
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${path} is a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest has what browsers need to install the app', () => {
  const manifest = JSON.parse(readFileSync(join(webDir, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.name, 'Личный кабинет');
  assert.ok(manifest.short_name);
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.lang, 'ru');
  assert.ok(manifest.start_url && manifest.scope && manifest.theme_color && manifest.background_color);
  const sizes = manifest.icons.map((icon) => icon.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));
  for (const icon of manifest.icons) {
    assert.deepEqual(pngSize(join(webDir, icon.src)), icon.sizes.split('x').map(Number), icon.src);
  }
});

test('the service worker precaches a build-versioned shell', () => {
  const sw = readFileSync(join(webDir, 'sw.js'), 'utf8');
  const hash = readFileSync(join(webDir, 'build-hash.txt'), 'utf8').trim();
  assert.match(hash, /^[0-9a-f]{16}$/);
  assert.ok(sw.includes(`'${hash}'`), 'the cache name carries the build hash');
  assert.ok(!sw.includes('__CABINET_'), 'all placeholders are filled');
  assert.match(sw, /addEventListener\('fetch'/);
  const shell = JSON.parse(/const SHELL = (\[.*\]);/.exec(sw)[1]);
  for (const file of ['index.html', 'cabinet.js', 'cabinet.wasm', 'cabinet.data', 'manifest.webmanifest', 'icons/icon-192.png']) {
    assert.ok(shell.includes(file), `${file} is in the shell`);
  }
});
