// Two Google Benchmark JSON files of the same benchmarks side by side: time per
// iteration in each and the ratio B/A (above 1: B is slower).
// Usage: node bench-compare.mjs OUT.json LABEL_A A.json LABEL_B B.json
import { readFileSync, writeFileSync } from 'node:fs';

const [out, labelA, fileA, labelB, fileB] = process.argv.slice(2);
const toNs = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };
const times = (file) => new Map(JSON.parse(readFileSync(file, 'utf8')).benchmarks
  .filter((b) => b.run_type !== 'aggregate')
  .map((b) => [b.name, b.real_time * toNs[b.time_unit || 'ns']]));
const a = times(fileA), b = times(fileB);
const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
const rows = [];
console.log(`${'benchmark'.padEnd(34)} ${labelA.padStart(12)} ${labelB.padStart(12)} ${`${labelB}/${labelA}`.padStart(10)}`);
for (const [name, nsA] of a) {
  const nsB = b.get(name);
  if (nsB === undefined) continue;
  rows.push({ name, [labelA]: nsA, [labelB]: nsB, ratio: nsB / nsA });
  console.log(`${name.padEnd(34)} ${fmt(nsA).padStart(12)} ${fmt(nsB).padStart(12)} ${(nsB / nsA).toFixed(2).padStart(9)}x`);
}
writeFileSync(out, JSON.stringify(rows, null, 2));
