// Writes OUT/NAME.gz (gzip -9) and OUT/NAME.br (brotli 11) for each file
// DIR/NAME whose compressed copies are missing or older, as a static
// deployment serves them; scripts/lib/static-server.mjs sends them to browsers
// that accept them. OUT is a folder of its own, so the app's folder holds
// only the app.
//   node precompress.mjs DIR OUT NAME...
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [dir, out, ...names] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
for (const name of names) {
  const file = path.join(dir, name);
  const { mtimeMs } = fs.statSync(file);
  let body = null;
  for (const [suffix, compress] of [
    ['.gz', (raw) => gzipSync(raw, { level: 9 })],
    ['.br', (raw) => brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    })],
  ]) {
    const copy = path.join(out, name + suffix);
    if (fs.existsSync(copy) && fs.statSync(copy).mtimeMs >= mtimeMs) continue;
    body ??= fs.readFileSync(file);
    fs.writeFileSync(copy + '.tmp', compress(body));
    fs.renameSync(copy + '.tmp', copy);
  }
}
