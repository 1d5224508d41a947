// Minifies a script of the PWA with terser (Debian's node-terser, found through
// NODE_PATH=/usr/share/nodejs): local names shortened, dead code dropped,
// property names and globals left alone (the page and the tests call them).
//   node minify-js.mjs IN.js OUT.js
import fs from 'node:fs';
import { createRequire } from 'node:module';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node minify-js.mjs IN.js OUT.js');
  process.exit(2);
}
const require = createRequire(import.meta.url);
let terser;
try {
  terser = require('terser');
} catch (error) {
  console.error('terser is missing: install the Debian package terser (scripts/setup does)');
  process.exit(1);
}
const source = fs.readFileSync(input, 'utf8');
const result = await terser.minify(source, {
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
});
fs.writeFileSync(output + '.tmp', result.code);
fs.renameSync(output + '.tmp', output);
