// ajv 8 on the instances forms_bench writes (CABINET_FORMS_BENCH_EXPORT=DIR):
// node bench.mjs DIR. Prints the time to validate all instances once (the best
// of several rounds, after warm-up), like one iteration of forms_bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench.mjs DIR   (DIR written by forms_bench with CABINET_FORMS_BENCH_EXPORT=DIR)');
  process.exit(2);
}
const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const schema = read('schema.json');
const sets = { valid: read('instances.json'), mutated: read('mutated.json') };

// The identifier formats (snils, inn, ...) are ours: ajv gets them as
// always-valid names, so "with formats" means the standard ones only.
const identifierFormats = ['snils', 'inn', 'inn10', 'inn12', 'kpp', 'ogrn', 'ogrnip', 'bik', 'account', 'passport',
  'passport_office_code', 'passport-office-code', 'phone', 'postal_code', 'postal-index', 'person_name', 'person-name'];

function compile(options, formats) {
  const ajv = new Ajv({ strict: false, ...options });
  if (formats) {
    addFormats(ajv);
    for (const name of identifierFormats) ajv.addFormat(name, true);
  }
  return ajv.compile(schema);
}

function best(validate, instances, rounds = 15) {
  let valid = 0;
  let fastest = Infinity;
  for (let round = 0; round < rounds + 3; ++round) {
    const start = performance.now();
    valid = 0;
    for (const instance of instances) valid += validate(instance) ? 1 : 0;
    const elapsed = performance.now() - start;
    if (round >= 3) fastest = Math.min(fastest, elapsed);
  }
  return { ms: fastest, valid };
}

const cases = [
  ['FormValidNoFormats', compile({ validateFormats: false }, false), sets.valid],
  ['FormValidWithFormats', compile({}, true), sets.valid],
  ['FormMutatedAllErrors', compile({ allErrors: true }, true), sets.mutated],
];
// Optional: --ours FILE, forms_bench's Google Benchmark JSON of the same run, for the ratio.
const oursAt = process.argv.indexOf('--ours');
const ours = oursAt > 0 ? JSON.parse(readFileSync(process.argv[oursAt + 1], 'utf8')).benchmarks : [];
const toMs = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };
for (const [name, validate, instances] of cases) {
  const { ms, valid } = best(validate, instances);
  const mine = ours.find((b) => b.name.replace(/^BM_/, '').startsWith(name) && b.run_type !== 'aggregate');
  const ratio = mine ? `; ours ${(mine.real_time * toMs[mine.time_unit]).toFixed(2)} ms, ours/ajv ` +
                       `${((mine.real_time * toMs[mine.time_unit]) / ms).toFixed(1)}x` : '';
  console.log(`ajv ${name}: ${ms.toFixed(2)} ms for ${instances.length} instances (${valid} valid)${ratio}`);
}
