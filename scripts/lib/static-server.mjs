// A small static file server for the PWA (used by scripts/serve and the e2e
// tests). Serves .wasm as application/wasm (so the browser compiles it while
// it downloads) and .webmanifest as application/manifest+json; compresses
// what compresses (brotli when the browser takes it, else gzip), as a real
// deployment would; binds to 127.0.0.1 only.
import { createServer } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.data', '.webmanifest', '.json', '.svg', '.txt']);
// The body to send: the build's precompressed copy (ROOT-precompressed/NAME.br
// or .gz, made by scripts/lib/precompress.mjs) when it is current, else
// compressed here, fast.
async function encodedBody(base, file, mtimeMs, raw, encoding) {
  try {
    const copy = join(`${base}-precompressed`, `${relative(base, file)}.${encoding === 'br' ? 'br' : 'gz'}`);
    if ((await stat(copy)).mtimeMs >= mtimeMs) return readFile(copy);
  } catch (error) {
    // no precompressed copy
  }
  return encoding === 'br'
    ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(raw, { level: 6 });
}
function chooseEncoding(request, file) {
  if (!COMPRESSIBLE.has(extname(file))) return null;
  const accepted = String(request.headers['accept-encoding'] || '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

// `options.isolated` adds the cross-origin isolation headers, which give the
// page microsecond timers (the mirror benchmark needs them; 0.1 ms otherwise).
export function startServer(root, port = 0, host = '127.0.0.1', options = {}) {
  const isolation = options.isolated
    ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
    : {};
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { mtimeMs } = await stat(file);
      const raw = await readFile(file);
      const encoding = chooseEncoding(request, file);
      const body = encoding ? await encodedBody(base, file, mtimeMs, raw, encoding) : raw;
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        ...isolation,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Не найдено');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, port = '8080'] = process.argv.slice(2);
  const server = await startServer(root, Number(port));
  const { port: actual } = server.address();
  console.log(`Личный кабинет: http://127.0.0.1:${actual}/  (Ctrl+C — остановить)`);
}
