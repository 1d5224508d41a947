// Reading a wasm binary's top level: LEB128 numbers and the sections, each as
// { id, start (its first byte), body (after id and size), end }. Shared by
// wasm-breakdown.mjs and wasm-strip-names.mjs.

// An unsigned LEB128 number at `pos`: { value, next }.
export function readUleb(bytes, pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, next: pos };
}

// The sections in order; throws on a file that is not wasm or is cut short.
export function* wasmSections(bytes) {
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm binary');
  let pos = 8;  // after the magic number and the version
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos];
    const { value: size, next: body } = readUleb(bytes, pos + 1);
    const end = body + size;
    if (end > bytes.length) throw new Error('the wasm binary is truncated');
    yield { id, start, body, end };
    pos = end;
  }
}
