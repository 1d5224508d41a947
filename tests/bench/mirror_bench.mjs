// The accessibility mirror's cost per frame in Chromium with 300 widgets: the
// page's part of a frame, Module.cabinetMirror.update(delta), which parses the
// delta the C++ side sent (shell/ui/mirror_feed.hpp) and applies it to the DOM.
// The C++ side's part (building the delta) is BM_MirrorDelta in
// cabinet_ui_bench. Two kinds of frame are timed: a field's text and another
// field's error change (typing), and the same with focus moving (Tab). Moving
// DOM focus has a cost in the browser whatever the page holds (most for a text
// input), so the peer is the same focus moves over plain elements of the same
// kinds, timed in the same page.
// The page is cross-origin isolated for microsecond timers.
// Usage: node mirror_bench.mjs OUT.json
import { writeFileSync } from 'node:fs';
import { openApp, loadApp } from '../e2e/harness.mjs';

const app = await openApp({ isolated: true });
try {
  await loadApp(app.page, app.url);
  const result = await app.page.evaluate(() => {
    if (!self.crossOriginIsolated) throw new Error('the page is not cross-origin isolated: timers are coarse');
    const roles = ['button', 'textbox', 'text', 'navitem', 'checkbox', 'heading'];
    const counters = {};
    const tree = [];
    for (let i = 0; i < 300; i += 1) {
      const role = roles[i % roles.length];
      const id = role === 'text' || role === 'heading' ? '' : `bench.${i}`;
      counters[role] = (counters[role] || 0) + 1;
      tree.push({
        key: id || `${role}#${counters[role]}`, id, role, label: `Поле номер ${i}`, value: role === 'heading' ? '2' : '',
        rect: [10 + (i % 4) * 90, 10 + Math.floor(i / 4) * 50, 80, 44], focused: false, invalid: false, disabled: false,
        selected: false, editing: false,
      });
    }
    const deltaOf = (indices, focus) => JSON.stringify({
      count: tree.length, nodes: indices.map((i) => [i, tree[i]]), focus,
    });
    // The first frame creates every element; not timed.
    Module.cabinetMirror.update(JSON.stringify({
      count: tree.length, keys: tree.map((n) => n.key), nodes: tree.map((n, i) => [i, n]), focus: -1,
    }));
    const frames = 1000;
    // Deltas as the C++ side would send them, made before timing.
    const typing = [];
    const tabbing = [];
    let focused = -1;
    for (let f = 0; f < frames; f += 1) {
      tree[1].value = 'Анна'.repeat(1 + (f % 5));
      const invalid = (f * 13) % 300;
      tree[invalid].invalid = !tree[invalid].invalid;
      typing.push(deltaOf([1, invalid], -1));
    }
    for (let f = 0; f < frames; f += 1) {
      const next = (f * 7 + 3) % 300;
      const changed = [1, next];
      if (focused >= 0) {
        tree[focused].focused = false;
        changed.push(focused);
      }
      tree[next].focused = true;
      focused = next;
      tree[1].value = 'Анна'.repeat(1 + (f % 5));
      tabbing.push(deltaOf([...new Set(changed)], next));
    }
    const time = (deltas) => {
      const times = deltas.map((delta) => {
        const start = performance.now();
        Module.cabinetMirror.update(delta);
        return performance.now() - start;
      });
      times.sort((a, b) => a - b);
      return { median_ms: times[frames / 2], p95_ms: times[Math.floor(frames * 0.95)], max_ms: times[frames - 1] };
    };
    const typingResult = time(typing);
    const tabbingResult = time(tabbing);
    // The peer: the same focus moves with focus() alone, over plain elements
    // of the same kinds (a text field's input costs the browser most).
    const plain = tree.map((n) => {
      const el = document.createElement(n.role === 'textbox' || n.role === 'checkbox' ? 'input' : 'button');
      if (n.role === 'checkbox') el.type = 'checkbox';
      document.body.appendChild(el);
      return el;
    });
    const focusTimes = [];
    for (let f = 0; f < frames; f += 1) {
      const target = plain[(f * 7 + 3) % 300];
      const start = performance.now();
      target.focus({ preventScroll: true });
      focusTimes.push(performance.now() - start);
    }
    plain.forEach((el) => el.remove());
    focusTimes.sort((a, b) => a - b);
    return {
      widgets: tree.length, frames, typing: typingResult, tabbing: tabbingResult,
      bare_focus: { median_ms: focusTimes[frames / 2], p95_ms: focusTimes[Math.floor(frames * 0.95)] },
    };
  });
  const ms = (v) => v.toFixed(3);
  console.log(`mirror update, ${result.widgets} widgets (budget 0.5 ms):`);
  console.log(`  typing frames:  median ${ms(result.typing.median_ms)} ms, p95 ${ms(result.typing.p95_ms)} ms`);
  console.log(`  focus moving:   median ${ms(result.tabbing.median_ms)} ms, p95 ${ms(result.tabbing.p95_ms)} ms`);
  console.log(`  peer, the same focus() moves over plain elements: median ${ms(result.bare_focus.median_ms)} ms, ` +
              `p95 ${ms(result.bare_focus.p95_ms)} ms; focus frames / peer (median): ` +
              `${(result.tabbing.median_ms / result.bare_focus.median_ms).toFixed(2)}`);
  if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(result, null, 2));
} finally {
  await app.close();
}
