// Сведения through the real screens: the insurance record length and the
// records, a Cyrillic search (ё = е) that narrows the list, the order, a
// statement for a typed period with its balances and a wrong date on its
// field, and a 390-px phone.
#include <gtest/gtest.h>

#include <string>

#include "app/records/state.hpp"
#include "records/records_view.hpp"
#include "support/test_paths.hpp"
#include "text/rubles.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

// The employers' headings drawn, in order.
std::vector<std::string> employer_headings(const ui::HeadlessApp& app, const app::RecordsState& st) {
  std::vector<std::string> out;
  for (const auto& node : app.semantics().nodes()) {
    if (node.role != ui::Role::heading || node.value != "3") continue;
    for (const records::WorkRecord& r : st.records) {
      if (r.employer == node.label) {
        out.push_back(node.label);
        break;
      }
    }
  }
  return out;
}

std::string found_label(size_t count, size_t total) {
  return "Записей: " + std::to_string(count) + " из " + std::to_string(total);
}

}  // namespace

TEST(RecordsScreen, TheLengthAndTheRecordsShowAndACyrillicSearchNarrowsThem) {
  ui_test::Fixture f;
  ASSERT_TRUE(f.signed_in);
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("nav.records"));
  EXPECT_EQ(f.runtime.state().section, app::Section::records);
  const app::RecordsState& st = f.runtime.state().records;
  ASSERT_GE(st.records.size(), 3u);
  const records::LengthResult length = app::records_length(st);
  ASSERT_TRUE(length.ok);
  EXPECT_NE(app.find("Страховой стаж на 23.11.2026: лет — " + std::to_string(length.length.years) + ", месяцев — " +
                     std::to_string(length.length.months) + ", дней — " + std::to_string(length.length.days)),
            nullptr);
  EXPECT_EQ(employer_headings(app, st).size(), st.records.size());
  EXPECT_NE(app.find(found_label(st.records.size(), st.records.size())), nullptr);
  bool open_ended = false;  // the current job: «… — по настоящее время»
  for (const auto& node : app.semantics().nodes())
    open_ended = open_ended || node.label.ends_with("— по настоящее время");
  EXPECT_TRUE(open_ended);

  // «елочка» finds ООО «Ёлочка» (ё = е, any case) and nothing else.
  app.replace_text("records.search", "елочка", 0);
  const size_t expected = records::arrange(st.records, "елочка", records::SortOrder::start_descending).size();
  ASSERT_GT(expected, 0u);
  ASSERT_LT(expected, st.records.size());
  EXPECT_NE(app.find(found_label(expected, st.records.size())), nullptr);
  const std::vector<std::string> shown = employer_headings(app, st);
  EXPECT_EQ(shown.size(), expected);
  for (const std::string& employer : shown) EXPECT_NE(employer.find("Ёлочка"), std::string::npos) << employer;
  app.replace_text("records.search", "нет такого работодателя", 0);
  EXPECT_NE(app.find("Ничего не найдено. Измените запрос."), nullptr);

  // The order: employers from А to Я.
  app.replace_text("records.search", "", 0);
  ASSERT_TRUE(app.click("records.sort.employer_ascending"));
  EXPECT_TRUE(app.find("records.sort.employer_ascending")->selected);
  const std::vector<size_t> order = records::arrange(st.records, "", records::SortOrder::employer_ascending);
  const std::vector<std::string> sorted = employer_headings(app, st);
  ASSERT_EQ(sorted.size(), order.size());
  for (size_t i = 0; i < order.size(); ++i) EXPECT_EQ(sorted[i], st.records[order[i]].employer) << i;

  // «Нашли ошибку?» leads to the correction request among the services.
  ASSERT_TRUE(app.click("records.mistake.report"));
  EXPECT_EQ(f.runtime.state().section, app::Section::services);
  EXPECT_EQ(f.runtime.state().forms.open_service, "work-record-error");
}

TEST(RecordsScreen, AStatementForATypedPeriodShowsItsBalances) {
  ui_test::Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("nav.records"));
  ASSERT_TRUE(app.click("records.tab.statement"));
  EXPECT_EQ(f.runtime.state().records.tab, "statement");
  EXPECT_EQ(app.find("records.from")->input_hint, "numeric");
  // A date that does not exist: the reason on its field, nothing asked.
  app.replace_text("records.from", "01.01.2020", 0);
  app.replace_text("records.to", "32.12.2024", 0);
  ASSERT_TRUE(app.click("records.statement.make"));
  EXPECT_TRUE(app.find("records.to")->invalid);
  EXPECT_EQ(app.find("records.to")->error, "Такой даты нет в календаре. Проверьте день и месяц.");
  EXPECT_FALSE(f.runtime.state().records.statement.has_value());
  app.replace_text("records.to", "31.12.2024", 0);
  ASSERT_TRUE(app.click("records.statement.make"));
  ASSERT_TRUE(f.runtime.state().records.statement.has_value());
  EXPECT_FALSE(app.find("records.to")->invalid);
  const records::Statement& s = *f.runtime.state().records.statement;
  EXPECT_NE(app.find("Выписка за период с 01.01.2020 по 31.12.2024"), nullptr);
  EXPECT_NE(app.find("Входящий остаток на 01.01.2020: " + text::format_rubles(s.opening_kopecks)), nullptr);
  EXPECT_NE(app.find("Исходящий остаток на 31.12.2024: " + text::format_rubles(s.closing_kopecks)), nullptr);
  EXPECT_NE(app.find("Операции: " + std::to_string(s.operations.size())), nullptr);
  EXPECT_NE(app.find("Итоги по годам"), nullptr);
  EXPECT_EQ(app.find("records.statement.hidden"), nullptr) << "fewer than 200 operations: all drawn";
}

TEST(RecordsScreen, ThePhoneLayoutFitsAndItsTargetsAreFingerSized) {
  ui_test::Fixture f;
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  const auto check = [&app](const char* page) {
    size_t targets = 0;
    for (const auto& node : app.semantics().nodes()) {
      EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << page << ": " << node.label;
      EXPECT_GE(node.rect.x, -0.5f) << page << ": " << node.label;
      if (node.role != ui::Role::button && node.role != ui::Role::link) continue;
      ++targets;
      EXPECT_GE(node.rect.h, 43.5f) << page << ": " << node.label;
    }
    EXPECT_GE(targets, 5u) << page;
  };
  f.runtime.dispatch({"navigate", {{"section", "records"}}});
  app.frame();
  app.frame();
  ASSERT_FALSE(f.runtime.state().records.records.empty());
  check("work");
  // A long statement: 30 years draw the first 200 operations and say how many are hidden.
  f.runtime.dispatch({"records_statement", {{"from", "02.01.1990"}, {"to", "01.01.2020"}}});
  app.frame();
  app.frame();
  ASSERT_TRUE(f.runtime.state().records.statement.has_value());
  ASSERT_GT(f.runtime.state().records.statement->operations.size(), 200u);
  EXPECT_NE(app.find("records.statement.hidden"), nullptr);
  check("statement");
}
