// The journal's filters and the statement's CSV and PDF text, in Russian.
#include <gtest/gtest.h>

#include "capital/journal.hpp"
#include "i18n/catalog.hpp"
#include "time/iso8601.hpp"

using namespace cabinet;
using namespace cabinet::capital;

namespace {

Account sample() {
  Account a;
  a.certificate = {"МК-7", "1234567", "2015-03-01", "Отделение СФР по Новосибирской области", 1, "2015-01-20"};
  a.operations = {
      {"op-1", "2015-03-01", OperationKind::issue, OperationStatus::completed, 45'302'600, "", "", 0},
      {"op-2", "2020-01-01", OperationKind::indexation, OperationStatus::completed, 1'359'078, "", "", 30},
      {"op-3", "2021-05-10", OperationKind::disposal, OperationStatus::completed, -10'000'000, "education", "", 0},
      {"op-4", "2026-11-23", OperationKind::disposal, OperationStatus::in_progress, -5'000'000, "housing",
       "20261123-000001", 0},
  };
  a.balance_kopecks = 45'302'600 + 1'359'078 - 10'000'000;
  a.reserved_kopecks = 5'000'000;
  return a;
}

const i18n::Catalog& ru() {
  static const i18n::Catalog catalog = i18n::Catalog::load("ru");
  return catalog;
}

}  // namespace

TEST(CapitalJournal, FiltersByKindStatusAndYearNewestFirst) {
  const Account a = sample();
  ASSERT_TRUE(is_consistent(a));
  std::vector<const Operation*> all = filtered(a, {});
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all.front()->id, "op-4");
  EXPECT_EQ(filtered(a, {.kind = "disposal"}).size(), 2u);
  EXPECT_EQ(filtered(a, {.kind = "disposal", .status = "in_progress"}).size(), 1u);
  EXPECT_EQ(filtered(a, {.year = "2020"}).front()->id, "op-2");
  EXPECT_TRUE(filtered(a, {.year = "1999"}).empty());
  EXPECT_EQ(journal_years(a), (std::vector<std::string>{"2026", "2021", "2020", "2015"}));
}

TEST(CapitalJournal, TheCsvHasEveryOperationAndTheTotals) {
  const std::string csv = journal_csv(sample(), ru());
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBF"));
  EXPECT_NE(csv.find("Дата,Операция,Состояние,"), std::string::npos);
  EXPECT_NE(
      csv.find("23.11.2026,Распоряжение средствами,В обработке,-50000.00,Улучшение жилищных условий,20261123-000001"),
      std::string::npos);
  EXPECT_NE(csv.find(",Остаток средств,,366616.78,"), std::string::npos);
  EXPECT_NE(csv.find(",Доступно для распоряжения,,316616.78,"), std::string::npos);
}

TEST(CapitalJournal, ThePdfTextNamesTheCertificateTheHolderAndTheBalance) {
  const std::string text = statement_pdf_text(sample(), "Иванова Мария Петровна", "112-233-445 95",
                                              time::days_from_civil(2026, 11, 23), ru());
  EXPECT_TRUE(text.starts_with("Выписка об остатке средств материнского (семейного) капитала\n"));
  EXPECT_NE(text.find("Иванова Мария Петровна, СНИЛС 112-233-445 95"), std::string::npos);
  EXPECT_NE(text.find("серия МК-7 № 1234567 от 01.03.2015"), std::string::npos);
  EXPECT_NE(text.find("Остаток средств на 23.11.2026: 366\xC2\xA0"
                      "616,78 ₽"),
            std::string::npos);
  EXPECT_NE(text.find("заявление № 20261123-000001"), std::string::npos);
}
