// Time to build one ImGui frame of a screen (layout, widgets, semantics tree),
// without rendering: the per-frame CPU cost natively and in wasm.
#include <benchmark/benchmark.h>

#include <string>

#include "app/forms/applications_list.hpp"
#include "app/kernel/clock.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "app/notifications/state.hpp"
#include "storage/storage.hpp"
#include "ui/kit/headless.hpp"
#include "ui/kit/mirror_feed.hpp"

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

// A signed-in citizen with `applications` submitted applications and
// `notifications` entries in the feed (loaded as the vault would load them).
struct BigAccount {
  storage::MemoryStorage storage;
  app::FakeClock clock{1'795'424'400'000};
  app::Runtime runtime{storage, clock, app::test_account_crypto()};
  BigAccount(size_t applications, size_t notifications) {
    app::register_demo_account(runtime);
    const char* forms[] = {"pension-amount-certificate", "pension-assignment", "maternity-capital", "social-benefit"};
    const char* statuses[] = {"in_progress", "done", "needs_correction", "received"};
    nlohmann::json list = nlohmann::json::array();
    for (size_t i = 0; i < applications; ++i) {
      const std::string seq = std::to_string(1'000'000 + i).substr(1);
      list.push_back({{"number", "20261123-" + seq},
                      {"form", forms[i % 4]},
                      {"status", statuses[i % 4]},
                      {"submitted", "2026-11-" + std::to_string(10 + i % 13) + "T09:00:00Z"}});
    }
    runtime.dispatch({"loaded", {{"key", "forms.json"}, {"data", nlohmann::json({{"version", 1}, {"applications", list}}).dump()}}});
    nlohmann::json entries = nlohmann::json::array();
    for (size_t i = 0; i < notifications; ++i) {
      const std::string number = "20261123-" + std::to_string(1'000'000 + i % 10'000).substr(1);
      entries.push_back({{"id", i + 1},
                         {"time_ms", clock.now_ms() - static_cast<int64_t>(notifications - i) * 60'000},
                         {"category", "applications"},
                         {"message", "tracking.notice.changed"},
                         {"params", {{"number", number}, {"status_key", "tracking.status.in_progress"}}},
                         {"object", "application:" + number},
                         {"service", forms[i % 4]},
                         {"read", i % 3 == 0}});
    }
    runtime.dispatch({"loaded", {{"key", app::kNotificationsKey},
                                 {"data", nlohmann::json({{"version", 1}, {"entries", entries}}).dump()}}});
  }
};

void big_frame(benchmark::State& state, const nlohmann::json& navigate, const nlohmann::json& tab) {
  BigAccount account(10'000, 50'000);
  ui::HeadlessApp app(account.runtime, 1280, 800, CABINET_FONT_DIR);
  account.runtime.dispatch({"navigate", navigate});
  if (!tab.is_null()) account.runtime.dispatch({"set_applications_tab", tab});
  for (auto _ : state) {
    app.frame();
    benchmark::DoNotOptimize(app.semantics().nodes().size());
  }
  state.counters["widgets"] = static_cast<double>(app.semantics().nodes().size());
}

// Заявления with 10,000 applications and Уведомления with 50,000 entries: a
// frame filters the whole list and draws one page.
void BM_FrameApplications10k(benchmark::State& state) {
  big_frame(state, {{"section", "applications"}}, {{"tab", "submitted"}});
}
void BM_FrameNotifications50k(benchmark::State& state) {
  big_frame(state, {{"section", "notifications"}}, nullptr);
}

// The accessibility mirror's feed with 300 widgets: the nodes of a real screen
// (Заявления, a page of applications with the search, tabs and navigation)
// repeated under distinct ids up to 300. Per frame one field's text changes
// and focus moves, as when a person types and presses Tab. The peer sends the
// whole tree each time, as the mirror did before the feed.
void mirror_feed(benchmark::State& state, bool whole_tree) {
  BigAccount account(10'000, 0);
  ui::HeadlessApp app(account.runtime, 1280, 800, CABINET_FONT_DIR);
  account.runtime.dispatch({"navigate", {{"section", "applications"}}});
  account.runtime.dispatch({"set_applications_tab", {{"tab", "submitted"}}});
  app.frame();
  const auto& page = app.semantics().nodes();
  std::vector<ui::SemanticsNode> nodes;
  for (size_t i = 0; nodes.size() < 300; ++i) {
    ui::SemanticsNode node = page[i % page.size()];
    if (!node.id.empty()) node.id += "." + std::to_string(i / page.size());
    nodes.push_back(std::move(node));
  }
  ui::MirrorFeed feed;
  feed.delta(nodes);
  size_t frame = 0, focused = 0;
  const std::string typed[] = {"Анна", "Анна Петровна"};
  for (auto _ : state) {
    ++frame;
    nodes[focused].focused = false;
    focused = (frame * 7) % nodes.size();
    nodes[focused].focused = true;
    nodes[(frame * 13) % nodes.size()].value = typed[frame % 2];
    std::string out;
    if (whole_tree) {
      const auto keys = ui::node_keys(nodes);
      for (size_t i = 0; i < nodes.size(); ++i) ui::append_node_json(out, nodes[i], keys[i]);
    } else {
      out = feed.delta(nodes);
    }
    benchmark::DoNotOptimize(out.size());
  }
  state.counters["widgets"] = static_cast<double>(nodes.size());
}

void BM_MirrorDelta(benchmark::State& state) {
  mirror_feed(state, false);
}
void BM_MirrorWholeTree(benchmark::State& state) {
  mirror_feed(state, true);
}

}  // namespace

BENCHMARK(BM_MirrorDelta);
BENCHMARK(BM_MirrorWholeTree);
BENCHMARK(BM_FrameApplications10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FrameNotifications50k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FrameHomeDesktop);
BENCHMARK(BM_FrameProfileDesktop);
BENCHMARK(BM_FrameHomePhone);
BENCHMARK(BM_DispatchNavigate);
