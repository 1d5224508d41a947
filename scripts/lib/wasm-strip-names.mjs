// Copies a wasm binary without its custom sections (the "name" section that
// --profiling-funcs keeps for scripts/size, and any producers or debug data):
// what the browser runs is byte for byte the same code.
//   node wasm-strip-names.mjs IN.wasm OUT.wasm
import fs from 'node:fs';
import { wasmSections } from './wasm-sections.mjs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node wasm-strip-names.mjs IN.wasm OUT.wasm');
  process.exit(2);
}
const bytes = fs.readFileSync(input);
const kept = [bytes.subarray(0, 8)];
try {
  for (const section of wasmSections(bytes)) {
    if (section.id !== 0) kept.push(bytes.subarray(section.start, section.end));
  }
} catch (error) {
  console.error(`${input}: ${error.message}`);
  process.exit(1);
}
fs.writeFileSync(output + '.tmp', Buffer.concat(kept));
fs.renameSync(output + '.tmp', output);
