// Where the bytes of a wasm binary go: the size of each section, the largest
// functions, and the code grouped by our module (cabinet::forms, ...) and by
// library (ImGui, nlohmann, libc++, libsodium, SDL2, ...).
//   node wasm-breakdown.mjs APP.wasm [--top N]
// The names come from the binary's "name" section: link with --profiling-funcs
// (the web build does, and strips the section from the copy it ships).
import fs from 'node:fs';
import { readUleb, wasmSections } from './wasm-sections.mjs';

const [wasmPath, ...rest] = process.argv.slice(2);
if (!wasmPath) {
  console.error('usage: node wasm-breakdown.mjs APP.wasm [--top N]');
  process.exit(2);
}
const top = rest[0] === '--top' ? Number(rest[1]) : 25;
const bytes = fs.readFileSync(wasmPath);
const sectionNames = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
  'element', 'code', 'data', 'data count'];

let pos = 0;
function uleb() {
  const { value, next } = readUleb(bytes, pos);
  pos = next;
  return value;
}
function skipName() { const length = uleb(); pos += length; }
function readName() {
  const length = uleb();
  const text = bytes.toString('utf8', pos, pos + length);
  pos += length;
  return text;
}

const sections = [];
let importedFunctions = 0;
const bodySizes = [];
const names = new Map();
for (const { id, body, end } of wasmSections(bytes)) {
  const size = end - body;
  pos = body;
  if (id === 0) {
    const custom = readName();
    sections.push({ name: `custom "${custom}"`, size });
    if (custom === 'name') {
      while (pos < end) {
        const kind = bytes[pos++];
        const length = uleb();
        const next = pos + length;
        if (kind === 1) {  // function names
          for (let n = uleb(); n > 0; n--) {
            const index = uleb();
            names.set(index, readName());
          }
        }
        pos = next;
      }
    }
  } else {
    sections.push({ name: sectionNames[id] ?? `section ${id}`, size });
  }
  if (id === 2) {  // imports: only functions take function indices
    for (let n = uleb(); n > 0; n--) {
      skipName(); skipName();
      const kind = bytes[pos++];
      if (kind === 0) { uleb(); importedFunctions++; }
      else if (kind === 1) { pos++; const flags = uleb(); uleb(); if (flags & 1) uleb(); }
      else if (kind === 2) { const flags = uleb(); uleb(); if (flags & 1) uleb(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; uleb(); }
    }
  } else if (id === 10) {
    for (let n = uleb(); n > 0; n--) {
      const bodySize = uleb();
      bodySizes.push(bodySize);
      pos += bodySize;
    }
  }
}

// The owner of a function: our module when the name (or, for a library
// template, one of its arguments) is in cabinet::<module>, else the library.
function owner(fullName) {
  // Template functions are named with their return type first ("void std::...").
  const name = fullName.replace(/^(?:void|bool|int|unsigned int|unsigned long|long|char|double|float) (?=\S)/, '');
  const head = name.match(/^(?:\(anonymous namespace\)::)?cabinet::(\w+)::/);
  if (head) return `cabinet::${head[1]}`;
  if (/^(ImGui|Im[A-Z]|stb|STB|ImGui_Impl)/.test(name)) return 'Dear ImGui';
  if (/^nlohmann::/.test(name)) return 'nlohmann_json';
  if (/^(crypto_|sodium_|randombytes|argon2|blake2b|_crypto|escrypt|fe25519|ge25519|sc25519)/.test(name)) return 'libsodium';
  if (/^(SDL_|Blit|Emscripten_|SDL|GLES2_|Map1to|Map1toN)/.test(name)) return 'SDL2';
  if (/^qrcodegen/.test(name)) return 'qrcodegen';
  const inner = name.match(/cabinet::(\w+)::/);
  if (/^std::/.test(name) && inner) return `cabinet::${inner[1]} (library templates)`;
  if (/^std::/.test(name)) return 'libc++';
  // Screens called from one place are inlined into the frame loop.
  if (/^(main|\(anonymous namespace\)::main_loop)\b/.test(name)) return 'wasm/main.cpp (with inlined screens)';
  return 'libc, runtime and others';
}

const functions = bodySizes.map((size, i) => {
  const index = importedFunctions + i;
  const name = (names.get(index) ?? `function ${index}`)
    .replace(/\\([0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return { size, name };
});
const groups = new Map();
for (const fn of functions) {
  const key = owner(fn.name);
  const group = groups.get(key) ?? { size: 0, count: 0 };
  group.size += fn.size; group.count++;
  groups.set(key, group);
}

const kib = (n) => (n / 1024).toFixed(1).padStart(8) + ' KiB';
console.log(`\nSections of ${wasmPath.split('/').pop()}:`);
for (const s of sections) console.log(`  ${s.name.padEnd(12)} ${kib(s.size)}`);
console.log(`\nCode by owner (${functions.length} functions):`);
for (const [key, g] of [...groups].sort((a, b) => b[1].size - a[1].size)) {
  console.log(`  ${kib(g.size)} ${String(g.count).padStart(6)} fn  ${key}`);
}
console.log(`\nThe ${top} largest functions:`);
for (const fn of [...functions].sort((a, b) => b.size - a.size).slice(0, top)) {
  const shown = fn.name.length > 110 ? fn.name.slice(0, 107) + '...' : fn.name;
  console.log(`  ${kib(fn.size)}  ${shown}`);
}
