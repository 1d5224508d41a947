#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"

#include <gtest/gtest.h>

using namespace cabinet::app;
using cabinet::storage::MemoryStorage;

namespace {

// Storage whose writes fail on demand (a full disk, a revoked quota).
class FailingStorage final : public cabinet::storage::Storage {
 public:
  bool fail = false;
  std::optional<std::string> read(std::string_view key) const override { return inner.read(key); }
  cabinet::storage::WriteResult write_atomic(std::string_view key, std::string_view bytes) override {
    if (fail) return {false, "disk full"};
    return inner.write_atomic(key, bytes);
  }
  bool remove(std::string_view key) override { return inner.remove(key); }
  std::vector<std::string> keys() const override { return inner.keys(); }
  MemoryStorage inner;
};

}  // namespace

TEST(Runtime, SavesAndLoadsSettingsThroughStorage) {
  MemoryStorage storage;
  FakeClock clock(1'795'424'400'000);
  {
    Runtime runtime(storage, clock);
    runtime.start();
    runtime.dispatch({"save_profile", {{"display_name", "Анна"}}});
    EXPECT_EQ(runtime.state().save_state, SaveState::saved);
  }
  Runtime again(storage, clock);
  again.start();
  EXPECT_EQ(again.state().display_name, "Анна");
}

TEST(Runtime, AFailedWriteIsReportedAndKeepsTheOldFile) {
  FailingStorage storage;
  FakeClock clock(0);
  Runtime runtime(storage, clock);
  runtime.dispatch({"save_profile", {{"display_name", "Анна"}}});
  storage.fail = true;
  runtime.dispatch({"save_profile", {{"display_name", "Борис"}}});
  EXPECT_EQ(runtime.state().save_state, SaveState::failed);
  EXPECT_EQ(runtime.state().save_error_key, "errors.storage");
  EXPECT_NE(storage.inner.read(kSettingsKey)->find("Анна"), std::string::npos);
}

TEST(Runtime, SavedIsReportedOnlyAfterThePlatformPersisted) {
  MemoryStorage storage;
  FakeClock clock(0);
  Runtime runtime(storage, clock);
  Runtime::Done pending;
  runtime.set_persist([&](Runtime::Done done) { pending = std::move(done); });
  runtime.dispatch({"save_profile", {{"display_name", "Анна"}}});
  EXPECT_EQ(runtime.state().save_state, SaveState::saving);
  ASSERT_TRUE(pending);
  pending(true, "");
  EXPECT_EQ(runtime.state().save_state, SaveState::saved);

  runtime.dispatch({"save_profile", {{"display_name", "Вера"}}});
  pending(false, "errors.other_tab");
  EXPECT_EQ(runtime.state().save_state, SaveState::failed);
  EXPECT_EQ(runtime.state().save_error_key, "errors.other_tab");
}

TEST(Runtime, TickFiresOnlyAtTheDeadline) {
  MemoryStorage storage;
  FakeClock clock(1'795'424'400'000);
  Runtime runtime(storage, clock, test_account_crypto());
  runtime.start();
  ASSERT_TRUE(register_demo_account(runtime));
  // The idle warning is due 14 minutes after the last action.
  const auto deadline = runtime.next_deadline();
  ASSERT_TRUE(deadline);
  EXPECT_EQ(*deadline, runtime.state().account.last_activity_ms + kIdleWarningMs);
  clock.advance_ms(*deadline - clock.now_ms() - 1);
  const auto revision = runtime.state().revision;
  runtime.tick();
  EXPECT_EQ(runtime.state().revision, revision);
  EXPECT_FALSE(runtime.state().account.idle_warning);
  clock.advance_ms(1);
  runtime.tick();
  EXPECT_GT(runtime.state().revision, revision);
  EXPECT_TRUE(runtime.state().account.idle_warning);
}

// What a frame dispatches is applied after it, in the order dispatched, and a
// screen's `then` sees the state with its action applied.
TEST(Runtime, AFramesActionsApplyAfterItInTheirOrder) {
  MemoryStorage storage;
  FakeClock clock(1'795'424'400'000);
  Runtime runtime(storage, clock);
  runtime.start();
  runtime.hold();
  runtime.dispatch({"set_language", {{"language", "en"}}});
  std::string seen;
  runtime.dispatch({"set_language", {{"language", "ru"}}}, [&seen](const AppState& s) { seen = s.language; });
  runtime.dispatch({"set_text_size", {{"percent", 150}}});
  EXPECT_EQ(runtime.state().language, "ru") << "nothing changes while the frame draws";
  EXPECT_EQ(runtime.state().text_size_percent, 100);
  EXPECT_EQ(seen, "");
  runtime.release();
  EXPECT_EQ(runtime.state().language, "ru") << "the last language asked for wins";
  EXPECT_EQ(runtime.state().text_size_percent, 150);
  EXPECT_EQ(seen, "ru");
}
