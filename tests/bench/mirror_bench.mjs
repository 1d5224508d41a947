// The accessibility mirror's cost per frame in Chromium: 300 widgets, a few of
// them changing each frame (a text being typed, focus moving), measured with
// performance.now() around Module.cabinetMirror.update(). Run by scripts/bench.
// Usage: node mirror_bench.mjs OUT.json
import { writeFileSync } from 'node:fs';
import { openApp, loadApp } from '../e2e/harness.mjs';

const app = await openApp();
try {
  await loadApp(app.page, app.url);
  const result = await app.page.evaluate(() => {
    const roles = ['button', 'textbox', 'text', 'navitem', 'checkbox', 'heading'];
    const tree = [];
    for (let i = 0; i < 300; i += 1) {
      const role = roles[i % roles.length];
      tree.push({
        id: role === 'text' || role === 'heading' ? '' : `bench.${i}`, role, label: `Поле номер ${i}`, value: role === 'heading' ? '2' : '',
        rect: [10 + (i % 4) * 90, 10 + Math.floor(i / 4) * 50, 80, 44], focused: false, invalid: false, disabled: false,
        selected: false, editing: false,
      });
    }
    Module.cabinetMirror.update(tree);  // first build, not measured
    const frames = 500;
    const times = [];
    for (let f = 0; f < frames; f += 1) {
      const next = tree.map((n) => ({ ...n }));
      next[(f * 7) % 300].focused = true;
      next[1].value = 'Анна'.repeat(1 + (f % 5));
      next[(f * 13) % 300].invalid = f % 2 === 0;
      const start = performance.now();
      Module.cabinetMirror.update(next);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { frames, median_ms: times[frames / 2], p95_ms: times[Math.floor(frames * 0.95)], max_ms: times[frames - 1] };
  });
  console.log(`mirror update, 300 widgets: median ${result.median_ms.toFixed(3)} ms, p95 ${result.p95_ms.toFixed(3)} ms (budget 0.5 ms)`);
  if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(result, null, 2));
} finally {
  await app.close();
}
