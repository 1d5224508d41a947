// The timing report of scripts/test: per-phase times, time per test group
// (ctest label), the 15 slowest tests and the count of test cases, printed as a
// short table and written to build/test-artifacts/timings.json. Exits 1 when a
// budget in tests/budgets.json is exceeded (a full, unfiltered run only).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) => {
  if (value.startsWith('--')) pairs.push([value.slice(2), all[i + 1]]);
  return pairs;
}, []));
const artifacts = args.artifacts;
const readText = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
const attr = (tag, name) => {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? match[1] : '';
};

const phases = readText(args.phases).trim().split('\n').filter(Boolean).map((line) => {
  const [name, seconds] = line.split('\t');
  return { name, seconds: Number(seconds) };
});

// Every ctest test with its time and outcome, and its labels.
const labels = new Map();
try {
  for (const test of JSON.parse(readText(join(artifacts, 'ctest-tests.json'))).tests || []) {
    const property = (test.properties || []).find((p) => p.name === 'LABELS');
    labels.set(test.name, property ? property.value : []);
  }
} catch { /* no listing: every test lands in the group "other" */ }
const tests = [...readText(join(artifacts, 'ctest-junit.xml')).matchAll(/<testcase\b[^>]*>/g)].map(([tag]) => ({
  name: attr(tag, 'name'),
  seconds: Number(attr(tag, 'time')) || 0,
  status: attr(tag, 'status'),
}));
const groupOf = (name) => {
  const list = labels.get(name) || [];
  if (list.includes('e2e')) return 'browser (e2e)';
  if (list.includes('wasm')) return 'wasm unit (Node)';
  if (list.includes('web')) return 'web size (budget, report)';
  if (name.startsWith('scenario_')) return 'scenarios';
  if (list.includes('native')) return 'native (ASan+UBSan)';
  return 'other';
};
const groups = new Map();
for (const test of tests) {
  const group = groups.get(groupOf(test.name)) || { tests: 0, seconds: 0 };
  group.tests += 1;
  group.seconds += test.seconds;
  groups.set(groupOf(test.name), group);
}
const slowest = [...tests].sort((a, b) => b.seconds - a.seconds).slice(0, 15);

// Test cases inside the ctest tests: GoogleTest XML and the browser reporter's JSON.
const cases = { googletest: 0, browser: 0, scenarios: 0, other: 0 };
const gtestDir = join(artifacts, 'gtest');
if (existsSync(gtestDir)) {
  for (const file of readdirSync(gtestDir).filter((f) => f.endsWith('.xml'))) {
    cases.googletest += [...readText(join(gtestDir, file)).matchAll(/<testcase\b[^>]*result="completed"/g)].length;
  }
}
const e2eDir = join(artifacts, 'e2e');
if (existsSync(e2eDir)) {
  for (const file of readdirSync(e2eDir).filter((f) => f.endsWith('.json'))) {
    try {
      cases.browser += JSON.parse(readText(join(e2eDir, file))).tests.filter((t) => !t.skipped).length;
    } catch { /* a file that did not finish is counted by ctest as failed */ }
  }
}
for (const test of tests) {
  if (test.name.startsWith('scenario_')) cases.scenarios += 1;
  else if (!/_(\d+|wasm)$/.test(test.name) && !test.name.startsWith('e2e_')) cases.other += 1;
}
cases.total = cases.googletest + cases.browser + cases.scenarios + cases.other;

const ccache = {};
for (const line of readText(args.ccache).split('\n')) {
  const [key, value] = line.split('\t');
  if (key && value !== undefined) ccache[key] = Number(value);
}
const hits = (ccache.direct_cache_hit || 0) + (ccache.preprocessed_cache_hit || 0);
const misses = ccache.cache_miss || 0;

const total = phases.reduce((sum, p) => sum + p.seconds, 0);
const report = {
  when: new Date().toISOString(),
  mode: args.mode,
  tree: args.kind,
  filtered: args.partial === 'yes',
  phases: [...phases, { name: 'total', seconds: Number(total.toFixed(1)) }],
  groups: Object.fromEntries([...groups].map(([name, g]) => [name, { tests: g.tests, seconds: Number(g.seconds.toFixed(1)) }])),
  slowest: slowest.map((t) => ({ name: t.name, seconds: t.seconds, status: t.status })),
  ctest: { tests: tests.length, failed: tests.filter((t) => t.status === 'fail').length },
  cases,
  ccache: { hits, misses },
};

// Budgets: only a full or quick run without a filter is held to them.
const problems = [];
if (!report.filtered && existsSync(args.budgets)) {
  const budget = JSON.parse(readText(args.budgets))[args.mode] || {};
  const ctestSeconds = phases.find((p) => p.name === 'ctest')?.seconds || 0;
  if (budget.ctest_seconds && ctestSeconds > budget.ctest_seconds) {
    problems.push(`the tests took ${ctestSeconds.toFixed(0)} s, over the budget of ${budget.ctest_seconds} s`);
  }
  // Setup is left out: on a new machine it installs Debian packages, which is the network's time, not ours.
  const buildAndTest = phases.filter((p) => p.name !== 'setup').reduce((sum, p) => sum + p.seconds, 0);
  if (budget.build_and_test_seconds && buildAndTest > budget.build_and_test_seconds) {
    problems.push(`building and testing took ${buildAndTest.toFixed(0)} s, over the budget of ${budget.build_and_test_seconds} s`);
  }
  if (budget.min_cases && cases.total < budget.min_cases) {
    problems.push(`only ${cases.total} test cases ran, fewer than the ${budget.min_cases} the budget expects`);
  }
}
report.budget_problems = problems;
writeFileSync(join(artifacts, 'timings.json'), `${JSON.stringify(report, null, 2)}\n`);

const pad = (text, width) => String(text).padEnd(width);
const lines = [`timings (${args.mode} run, ${args.kind} build tree; build/test-artifacts/timings.json)`];
lines.push(`  ${phases.map((p) => `${p.name} ${p.seconds.toFixed(0)} s`).join(' | ')} | total ${total.toFixed(0)} s`);
lines.push(`  ccache: ${hits} hits, ${misses} misses`);
for (const [name, g] of groups) lines.push(`  ${pad(name, 22)} ${String(g.tests).padStart(4)} tests ${g.seconds.toFixed(0).padStart(6)} s (sum)`);
lines.push(`  test cases: ${cases.googletest} GoogleTest + ${cases.browser} browser + ${cases.scenarios} scenarios + ${cases.other} other = ${cases.total}`);
lines.push('  slowest:');
for (const t of slowest) lines.push(`    ${pad(t.name, 40)} ${t.seconds.toFixed(1).padStart(6)} s${t.status === 'fail' ? '  FAILED' : ''}`);
for (const problem of problems) lines.push(`  BUDGET EXCEEDED: ${problem} (tests/budgets.json)`);
console.log(lines.join('\n'));
process.exit(problems.length ? 1 : 0);
