// Copies a wasm binary without its custom sections (the "name" section that
// --profiling-funcs keeps for scripts/size, and any producers or debug data):
// what the browser runs is byte for byte the same code.
//   node wasm-strip-names.mjs IN.wasm OUT.wasm
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node wasm-strip-names.mjs IN.wasm OUT.wasm');
  process.exit(2);
}
const bytes = fs.readFileSync(input);
if (bytes.readUInt32LE(0) !== 0x6d736100) {
  console.error(`${input} is not a wasm binary`);
  process.exit(1);
}
const kept = [bytes.subarray(0, 8)];
let pos = 8;
while (pos < bytes.length) {
  const start = pos;
  const id = bytes[pos++];
  let size = 0, shift = 0, byte;
  do {
    byte = bytes[pos++];
    size += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  const end = pos + size;
  if (end > bytes.length) {
    console.error(`${input} is truncated`);
    process.exit(1);
  }
  if (id !== 0) kept.push(bytes.subarray(start, end));
  pos = end;
}
fs.writeFileSync(output + '.tmp', Buffer.concat(kept));
fs.renameSync(output + '.tmp', output);
