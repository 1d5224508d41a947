// A Node test reporter that records every top-level test of the file with its
// outcome and duration in $CABINET_ARTIFACTS/e2e/<file>.json (it prints
// nothing itself). scripts/test reads these for the timing report and the
// count of test cases.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export default async function* timingReporter(source) {
  const tests = [];
  let file = null;
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0
        && event.data.details?.type !== 'suite') {
      file = file || event.data.file;
      tests.push({
        name: event.data.name,
        ok: event.type === 'test:pass',
        skipped: Boolean(event.data.skip || event.data.todo),
        ms: Math.round(event.data.details?.duration_ms ?? 0),
      });
    }
  }
  const dir = process.env.CABINET_ARTIFACTS;
  file = file || process.argv.find((arg) => arg.endsWith('.test.mjs'));
  if (dir && file) {
    mkdirSync(join(dir, 'e2e'), { recursive: true });
    writeFileSync(join(dir, 'e2e', `${basename(file, '.test.mjs')}.json`), `${JSON.stringify({ tests }, null, 1)}\n`);
  }
  yield '';
}
