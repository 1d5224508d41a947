// Merges Google Benchmark JSON files (NAME.native.json, NAME.wasm.json) into
// one table: time per iteration natively and in wasm, the ratio, and items/s.
// Usage: node bench-table.mjs OUT.json FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [out, ...files] = process.argv.slice(2);
const rows = new Map();
const toNs = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };
for (const file of files) {
  const platform = basename(file).endsWith('.wasm.json') ? 'wasm' : 'native';
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const b of data.benchmarks) {
    if (b.run_type === 'aggregate') continue;
    const row = rows.get(b.name) || { name: b.name };
    row[platform] = { ns: b.real_time * toNs[b.time_unit || 'ns'], items_per_second: b.items_per_second };
    rows.set(b.name, row);
  }
}
const fmt = (ns) => (ns === undefined ? '—' : ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
const rate = (r) => (r && r.items_per_second ? `${(r.items_per_second / 1e6).toFixed(2)} M/s` : '');
console.log(`${'benchmark'.padEnd(40)} ${'native'.padStart(12)} ${'wasm'.padStart(12)} ${'wasm/native'.padStart(12)}  items/s (native | wasm)`);
for (const row of rows.values()) {
  const ratio = row.native && row.wasm ? (row.wasm.ns / row.native.ns).toFixed(2) + 'x' : '—';
  console.log(`${row.name.padEnd(40)} ${fmt(row.native?.ns).padStart(12)} ${fmt(row.wasm?.ns).padStart(12)} ${ratio.padStart(12)}  ${rate(row.native)} | ${rate(row.wasm)}`);
}
writeFileSync(out, JSON.stringify([...rows.values()], null, 2));
console.log(`\nJSON: ${out}`);
