// Услуги and a journey, driven headless through the real screens.
#include <gtest/gtest.h>

#include "../unit/app/consent_steps.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

using ui_test::Fixture;

size_t count_role(const ui::SemanticsTree& tree, ui::Role role) {
  size_t n = 0;
  for (const auto& node : tree.nodes()) n += node.role == role;
  return n;
}

}  // namespace

TEST(Services, SearchNarrowsTheCatalogAndCountsTheResults) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Услуги"));
  ASSERT_NE(app.find("services.count"), nullptr);
  EXPECT_EQ(app.find("services.count")->label, "Найдено: 13");
  ASSERT_TRUE(app.type("Поиск услуги", "маткапитал"));
  app.frame();
  EXPECT_EQ(app.find("services.count")->label, "Найдено: 1");
  EXPECT_NE(app.find("Открыть: Распоряжение средствами материнского капитала"), nullptr);
}

TEST(Services, FiltersFoldAwayAndNarrowByCategory) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  app.click("Услуги");
  EXPECT_EQ(app.find("Справки и выписки"), nullptr);
  ASSERT_TRUE(app.click("Фильтры"));
  ASSERT_TRUE(app.click("Справки и выписки"));
  EXPECT_EQ(app.find("services.filters")->label, "Фильтры (выбрано: 1)");
  const std::string count = app.find("services.count")->label;
  EXPECT_NE(count, "Найдено: 13");
  EXPECT_NE(app.find("Открыть: Справка о размере пенсии и иных выплат"), nullptr);
  EXPECT_EQ(app.find("Открыть: Назначение пенсии"), nullptr);
}

TEST(Services, AStepShowsItsFieldsAndTheSummaryLinksToThem) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  app.click("Услуги");
  app.click("Открыть: Справка о размере пенсии и иных выплат");  // below the fold: scrolled to first
  ASSERT_EQ(f.runtime.state().forms.open_service, "pension-amount-certificate");
  ASSERT_TRUE(app.click("Начать"));
  ASSERT_NE(app.find("Шаг 1 из 2"), nullptr);
  EXPECT_EQ(count_role(app.semantics(), ui::Role::textbox), 2u);
  app.click("Продолжить");
  const ui::SemanticsNode* summary = app.find("journey.error_summary");
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->role, ui::Role::alert);
  ASSERT_TRUE(app.click("Конец периода: Заполните это поле."));
  for (int i = 0; i < 3; ++i) app.frame();  // the focus request, then the activation
  EXPECT_TRUE(app.find("Конец периода")->focused);
  EXPECT_TRUE(app.find("Конец периода")->invalid);
}

TEST(Applications, SentOnesAreSearchableAndFinishedOnesGoToTheArchive) {
  Fixture f;
  f.runtime.start();
  ASSERT_FALSE(consent_steps::give(f.runtime, "application_processing").empty());  // once, for both
  for (const char* to : {"2026-06-30", "2026-09-30"}) {
    f.runtime.dispatch({"start_form", {{"form", "pension-amount-certificate"}}});
    f.runtime.dispatch({"set_field", {{"path", "/period_from"}, {"value", "2026-01-01"}}});
    f.runtime.dispatch({"set_field", {{"path", "/period_to"}, {"value", to}}});
    f.runtime.dispatch({"next_step", {}});
    f.runtime.dispatch({"next_step", {}});
    f.runtime.dispatch({"submit", {}});
  }
  ASSERT_EQ(f.runtime.state().forms.applications.items.size(), 2u);
  const std::string first = f.runtime.state().forms.applications.items[0].number;
  const std::string second = f.runtime.state().forms.applications.items[1].number;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  app.click("Заявления");
  ASSERT_TRUE(app.click("Отправленные (2)"));
  ASSERT_TRUE(app.type("Поиск по номеру заявления", second));
  app.frame();
  size_t lines = 0;
  for (const auto& node : app.semantics().nodes()) lines += node.label.starts_with("№ ");
  EXPECT_EQ(lines, 1u);
  // The sandbox agency finishes both within hours: they move to the archive.
  f.clock.advance_ms(3 * 3'600'000);
  f.runtime.tick();
  // Three idle hours sign the citizen out; after signing in the statuses come.
  ASSERT_TRUE(app::sign_in_demo_account(f.runtime));
  f.clock.advance_ms(1000);
  f.runtime.tick();
  app.frame();
  app.click("Заявления");
  app.frame();
  EXPECT_NE(app.find("Архив (2)"), nullptr);
  EXPECT_NE(app.find("Отправленные (0)"), nullptr);
  ASSERT_TRUE(app.click("Архив (2)"));
  // The search still narrows the archive to the second application, now done.
  size_t done = 0, other = 0;
  for (const auto& node : app.semantics().nodes()) {
    done += node.label.starts_with("№ " + second) && node.label.ends_with("Статус: Услуга оказана");
    other += node.label.starts_with("№ " + first);
  }
  EXPECT_EQ(done, 1u);
  EXPECT_EQ(other, 0u);
}
