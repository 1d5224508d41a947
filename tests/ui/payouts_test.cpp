// Заявления after «Справка о размере пенсии и иных выплат» through the real
// screens: the payments as columns with a totals row on a wide screen, as
// cards with a totals line on a 390-px phone that stay inside the screen, and
// where the emailed copy went with the letter the sandbox would have sent.
#include <gtest/gtest.h>

#include "../unit/app/consent_steps.hpp"
#include "i18n/catalog.hpp"
#include "payouts/payouts_export.hpp"
#include "payouts/payouts_json.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

app::DemoPerson pensioner() {
  app::DemoPerson p;
  p.birth_date = "05.06.1958";
  return p;
}

// Submits the certificate (by email), lets the sandbox agency decide and opens the archive.
std::string certificate_done(ui_test::Fixture& f, ui::HeadlessApp& app) {
  EXPECT_FALSE(consent_steps::give(f.runtime, "application_processing").empty());
  f.runtime.dispatch({"start_form", {{"form", "pension-amount-certificate"}}});
  f.runtime.dispatch({"set_field", {{"path", "/period_from"}, {"value", "2026-01-01"}}});
  f.runtime.dispatch({"set_field", {{"path", "/period_to"}, {"value", "2026-10-31"}}});
  f.runtime.dispatch({"set_field", {{"path", "/delivery"}, {"value", "email"}}});
  f.runtime.dispatch({"next_step", {}});
  f.runtime.dispatch({"next_step", {}});
  f.runtime.dispatch({"submit", {}});
  f.runtime.dispatch({"sandbox_fast_forward", {{"hours", 1}}});
  f.runtime.dispatch({"navigate", {{"section", "applications"}}});
  f.runtime.dispatch({"set_applications_tab", {{"tab", "archive"}}});
  app.frame();
  app.frame();
  const auto& items = f.runtime.state().forms.applications.items;
  return items.empty() ? "" : items.back().number;
}

payouts::PayoutTable table_of(const ui_test::Fixture& f) {
  return payouts::table_from_json(f.runtime.state().forms.applications.tracked.back().result_table).value();
}

}  // namespace

TEST(PayoutsScreen, AWideScreenShowsColumnsWithATotalsRowAndTheCopySent) {
  ui_test::Fixture f(pensioner());
  ASSERT_TRUE(f.signed_in);
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  const std::string number = certificate_done(f, app);
  ASSERT_EQ(f.runtime.state().forms.applications.items.back().status, "done");
  const payouts::PayoutTable table = table_of(f);
  ASSERT_EQ(table.rows.size(), 10u);
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  EXPECT_NE(app.find("Выплаты за период: Январь 2026 — Октябрь 2026"), nullptr);
  for (const char* header : {"Месяц", "Вид выплаты", "Начислено", "Надбавки", "Удержано", "Выплачено"})
    EXPECT_NE(app.find(header), nullptr) << header;
  EXPECT_NE(app.find("Март 2026"), nullptr);
  EXPECT_NE(app.find("Итого"), nullptr);
  EXPECT_NE(app.find(payouts::money(table.totals.paid, ru)), nullptr) << "the totals row";
  EXPECT_EQ(app.find("applications.result." + number), nullptr) << "the table's own downloads replace it";
  const ui::SemanticsNode* copy = app.find("applications.copy." + number);
  ASSERT_NE(copy, nullptr);
  EXPECT_NE(copy->label.find("на почту m***@example.ru"), std::string::npos) << copy->label;
  EXPECT_EQ(app.find("Справка по заявлению № " + number), nullptr) << "the letter is folded";
  ASSERT_TRUE(app.click("applications.letter." + number));
  bool letter = false;
  for (const auto& node : app.semantics().nodes())
    letter = letter || (node.label.starts_with("Справка по заявлению № " + number) &&
                        node.label.find("Итого за период") != std::string::npos);
  EXPECT_TRUE(letter);
}

TEST(PayoutsScreen, OnA390PxPhoneEachPaymentIsACardInsideTheScreen) {
  ui_test::Fixture f(pensioner());
  ASSERT_TRUE(f.signed_in);
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  certificate_done(f, app);
  const payouts::PayoutTable table = table_of(f);
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  EXPECT_EQ(app.find("Месяц"), nullptr) << "no columns on a phone";
  size_t cards = 0;
  for (const auto& node : app.semantics().nodes()) {
    cards += node.role == ui::Role::heading && node.label.find(" — Страховая пенсия по старости") != std::string::npos;
    EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;
    EXPECT_GE(node.rect.x, -0.5f) << node.label;
  }
  EXPECT_EQ(cards, table.rows.size());
  // The totals last: each sum on a line of its own.
  const auto& nodes = app.semantics().nodes();
  const auto title =
      std::find_if(nodes.begin(), nodes.end(), [](const auto& n) { return n.label == "Итого за период"; });
  ASSERT_NE(title, nodes.end());
  std::vector<std::string> after;
  for (auto it = title + 1; it != nodes.end() && after.size() < 4; ++it) after.push_back(it->label);
  ASSERT_GE(after.size(), 2u);
  EXPECT_EQ(after[0], "Начислено " + payouts::money(table.totals.amount, ru));
  const std::string paid = "Выплачено " + payouts::money(table.totals.paid, ru);
  EXPECT_NE(std::find(after.begin(), after.end(), paid), after.end()) << paid;
}
