#pragma once
// What every UI test starts from: an app with in-memory storage and a fake
// clock at 2026-11-23T09:00:00Z and the sandbox citizen signed in, to be drawn by ui::HeadlessApp.
#include "app/kernel/clock.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "storage/storage.hpp"
#include "ui/kit/headless.hpp"

namespace cabinet::ui_test {

struct Fixture {
  explicit Fixture(app::DemoPerson who = {}) : person(std::move(who)) {}
  app::DemoPerson person;
  storage::MemoryStorage storage;
  app::FakeClock clock{1'795'424'400'000};
  app::Runtime runtime{storage, clock, app::test_account_crypto()};
  // Most screens are the signed-in citizen's: register the sandbox citizen first.
  bool signed_in = app::register_demo_account(runtime, person);
};

}  // namespace cabinet::ui_test
