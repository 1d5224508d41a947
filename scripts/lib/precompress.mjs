// Writes FILE.gz (gzip -9) and FILE.br (brotli 11) beside each FILE whose
// compressed copies are missing or older, as a static deployment serves them;
// scripts/lib/static-server.mjs sends them to browsers that accept them.
//   node precompress.mjs FILE...
import fs from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const { mtimeMs } = fs.statSync(file);
  let body = null;
  for (const [suffix, compress] of [
    ['.gz', (raw) => gzipSync(raw, { level: 9 })],
    ['.br', (raw) => brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    })],
  ]) {
    const out = file + suffix;
    if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= mtimeMs) continue;
    body ??= fs.readFileSync(file);
    fs.writeFileSync(out + '.tmp', compress(body));
    fs.renameSync(out + '.tmp', out);
  }
}
