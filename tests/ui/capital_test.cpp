// Материнский капитал through the real screens: the balance, the certificate
// and the journal the fund reports, the journal's filters, «Распорядиться
// средствами» opening the service, and a disposal under review cancelled from
// the journal after «Да, отменить»; on a 390-px phone nothing runs off the screen.
#include <gtest/gtest.h>

#include <string>

#include "capital/journal.hpp"
#include "records/dates.hpp"
#include "support/test_paths.hpp"
#include "text/rubles.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

size_t journal_lines(const ui::HeadlessApp& app) {
  size_t count = 0;
  for (const auto& node : app.semantics().nodes()) {
    if (node.label.find(" — ") != std::string::npos && node.label.ends_with(" ₽") &&
        !node.label.ends_with("₽ ₽") &&
        (node.label.find("Индексация") != std::string::npos || node.label.find("Выдача") != std::string::npos ||
         node.label.find("Распоряжение") != std::string::npos))
      ++count;
  }
  return count;
}

}  // namespace

TEST(CapitalScreen, TheBalanceCertificateAndJournalShowAndFilter) {
  ui_test::Fixture f;
  ASSERT_TRUE(f.signed_in);
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Материнский капитал"));
  EXPECT_EQ(f.runtime.state().section, app::Section::capital);
  ASSERT_TRUE(f.runtime.state().capital.account);
  const capital::Account& a = *f.runtime.state().capital.account;
  EXPECT_TRUE(app.find("Остаток средств: " + text::format_rubles(a.balance_kopecks)));  // "614 738,75 ₽"
  EXPECT_TRUE(app.find("Серия " + a.certificate.series + " № " + a.certificate.number + " от " +
                       records::display_date(a.certificate.issued_on)));
  EXPECT_TRUE(app.find("capital.sandbox_note") ||
              app.find("В этой сборке сведения о сертификате и операциях выдаёт встроенная песочница фонда: они "
                       "придуманы по вашему СНИЛС и не являются настоящими."));
  // The downloads need the platform's hook: the browser test presses them (tests/e2e/capital.test.mjs).
  EXPECT_EQ(journal_lines(app), a.operations.size());
  EXPECT_TRUE(
      app.find("Операций: " + std::to_string(a.operations.size()) + " из " + std::to_string(a.operations.size())));
  // Only the indexations.
  ASSERT_TRUE(app.click("capital.filters"));
  ASSERT_TRUE(app.click("capital.kind.indexation"));
  EXPECT_EQ(f.runtime.state().capital.filter.kind, "indexation");
  const size_t indexations = capital::filtered(a, {.kind = "indexation"}).size();
  ASSERT_GT(indexations, 0u);
  EXPECT_EQ(journal_lines(app), indexations);
  ASSERT_TRUE(app.click("capital.kind.all"));
  // «Распорядиться средствами»: the service's start page.
  ASSERT_TRUE(app.click("capital.dispose"));
  EXPECT_EQ(f.runtime.state().section, app::Section::services);
  EXPECT_EQ(f.runtime.state().forms.open_service, "maternity-capital");
}

TEST(CapitalScreen, ADisposalUnderReviewIsCancelledFromTheJournalOnAPhone) {
  ui_test::Fixture f;
  ASSERT_TRUE(f.signed_in);
  ASSERT_TRUE(app::confirm_demo_identity(f.runtime));
  // The disposal as the scenario makes it (tests/unit/app/capital_app_test.cpp walks the form).
  f.runtime.dispatch({"start_form", {{"form", "maternity-capital"}}});
  for (const auto& [path, value] :
       std::vector<std::pair<std::string, nlohmann::json>>{{"/purpose", "education"},
                                                           {"/school_name", "МБОУ «Гимназия № 5»"},
                                                           {"/school_licence_number", "Л035-01234-77/00123456"},
                                                           {"/operation", "transfer"},
                                                           {"/amount", 5'000'000},
                                                           {"/recipient_inn", "1655018018"},
                                                           {"/recipient_kpp", "165501001"},
                                                           {"/recipient_bik", "044525593"},
                                                           {"/recipient_account", "40503810902000012345"},
                                                           {"/payment_purpose", "Оплата обучения"}})
    f.runtime.dispatch({"set_field", {{"path", path}, {"value", value}}});
  f.runtime.dispatch(
      {"attach_file", {{"field", "attachments"}, {"name", "договор.pdf"}, {"content_base64", "JVBERi0xLjQKJSVFT0YK"}}});
  f.runtime.dispatch({"goto_step", {{"step", 4}}});
  f.runtime.dispatch({"next_step", {}});
  f.runtime.dispatch({"submit", {}});
  const std::string number = f.runtime.state().forms.journey.application_number;
  ASSERT_FALSE(number.empty());

  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "capital"}}});
  app.frame();
  EXPECT_TRUE(app.find(
      "В обработке по заявлениям: " + text::format_rubles(5'000'000) +
      ". Доступно для распоряжения: " + text::format_rubles(f.runtime.state().capital.account->available()) + "."));
  const std::string cancel = "applications.cancel." + number;
  ASSERT_TRUE(app.click(cancel));
  EXPECT_TRUE(
      app.find("Отменить заявление " + number +
               "? Ведомство прекратит его рассмотрение. Чтобы получить услугу, понадобится подать новое заявление."));
  ASSERT_TRUE(app.click(cancel + "_no"));  // «Не отменять»: nothing happens
  EXPECT_EQ(f.runtime.state().capital.account->reserved_kopecks, 5'000'000);
  ASSERT_TRUE(app.click(cancel));
  ASSERT_TRUE(app.click(cancel + "_yes"));
  app.frame();
  EXPECT_EQ(f.runtime.state().capital.account->reserved_kopecks, 0);
  EXPECT_EQ(f.runtime.state().capital.account->operations.back().status, capital::OperationStatus::cancelled);
  EXPECT_FALSE(app.find(cancel));
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;
}
