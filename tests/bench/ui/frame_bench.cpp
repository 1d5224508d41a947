// Time to build one ImGui frame of a screen (layout, widgets, semantics tree),
// without rendering: the per-frame CPU cost natively and in wasm.
#include <benchmark/benchmark.h>

#include "app/clock.hpp"
#include "app/runtime.hpp"
#include "storage/storage.hpp"
#include "ui/headless.hpp"

using namespace cabinet;

namespace {

void frame_of(benchmark::State& state, const char* section, float width) {
  storage::MemoryStorage storage;
  app::FakeClock clock(1'795'424'400'000);
  app::Runtime runtime(storage, clock);
  ui::HeadlessApp app(runtime, width, 800, CABINET_FONT_DIR);
  runtime.dispatch({"navigate", {{"section", section}}});
  for (auto _ : state) {
    app.frame();
    benchmark::DoNotOptimize(app.semantics().nodes().size());
  }
  state.counters["widgets"] = static_cast<double>(app.semantics().nodes().size());
}

void BM_FrameHomeDesktop(benchmark::State& state) { frame_of(state, "home", 1280); }
void BM_FrameProfileDesktop(benchmark::State& state) { frame_of(state, "profile", 1280); }
void BM_FrameHomePhone(benchmark::State& state) { frame_of(state, "home", 360); }

void BM_DispatchNavigate(benchmark::State& state) {
  storage::MemoryStorage storage;
  app::FakeClock clock(0);
  app::Runtime runtime(storage, clock);
  const char* sections[] = {"home", "profile", "help"};
  size_t i = 0;
  for (auto _ : state) runtime.dispatch({"navigate", {{"section", sections[i++ % 3]}}});
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

BENCHMARK(BM_FrameHomeDesktop);
BENCHMARK(BM_FrameProfileDesktop);
BENCHMARK(BM_FrameHomePhone);
BENCHMARK(BM_DispatchNavigate);
