// Журнал действий on Профиль through the real screen: the period «С» / «По»
// (Moscow days, both ends included), a wrong date and a period ending before
// it starts refused with the reason, and the action filter together with it.
#include <gtest/gtest.h>

#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

constexpr int64_t kDay = 86'400'000;

std::string count_line(const ui::HeadlessApp& app) {
  for (const auto& node : app.semantics().nodes()) {
    if (node.label.starts_with("Записей: ")) return node.label;
  }
  return "";
}

}  // namespace

TEST(JournalScreen, ThePeriodNarrowsTheEntriesAndBadDatesSayWhy) {
  ui_test::Fixture f;
  f.runtime.start();
  // Three days of activity: the registration today (23.11), sign-outs and sign-ins on the next two days.
  for (int day = 1; day <= 2; ++day) {
    f.clock.advance_ms(kDay);
    f.runtime.dispatch({"sign_out", {}});
    ASSERT_TRUE(app::sign_in_demo_account(f.runtime));
  }
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "profile"}}});
  app.frame();
  const size_t all = f.runtime.state().account.audit.entries().size();
  ASSERT_EQ(count_line(app), "Записей: " + std::to_string(all));
  ASSERT_TRUE(app.type("С (ДД.ММ.ГГГГ)", "24.11.2026"));
  ASSERT_TRUE(app.type("По (ДД.ММ.ГГГГ)", "24.11.2026"));
  const std::string one_day = count_line(app);
  EXPECT_NE(one_day, "Записей: " + std::to_string(all));
  EXPECT_NE(one_day, "Записей: 0");
  ASSERT_TRUE(app.click("journal.action.sign_in"));
  EXPECT_EQ(count_line(app), "Записей: 1") << "one sign-in on 24.11";
  ASSERT_TRUE(app.click("journal.action.all"));
  // 31.02 does not exist; a period ending before it starts is not applied.
  app.replace_text("journal.from", "31.02.2026", 10);
  app.frame();
  EXPECT_FALSE(app.find("journal.from")->error.empty());
  app.replace_text("journal.from", "25.11.2026", 10);
  app.frame();
  EXPECT_EQ(app.find("journal.to")->error, "Конец периода раньше его начала");
}
