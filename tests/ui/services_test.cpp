// Услуги and a journey, driven headless through the real screens.
#include <gtest/gtest.h>

#include "app/clock.hpp"
#include "app/runtime.hpp"
#include "storage/storage.hpp"
#include "ui/headless.hpp"

using namespace cabinet;

namespace {

struct Fixture {
  storage::MemoryStorage storage;
  app::FakeClock clock{1'795'424'400'000};
  app::Runtime runtime{storage, clock};
};

size_t count_role(const ui::SemanticsTree& tree, ui::Role role) {
  size_t n = 0;
  for (const auto& node : tree.nodes()) n += node.role == role;
  return n;
}

}  // namespace

TEST(Services, SearchNarrowsTheCatalogAndCountsTheResults) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, CABINET_FONT_DIR);
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
  ui::HeadlessApp app(f.runtime, 1280, 800, CABINET_FONT_DIR);
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
  ui::HeadlessApp app(f.runtime, 1280, 800, CABINET_FONT_DIR);
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
