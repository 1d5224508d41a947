// Sorting (Russian alphabet, ё after е, case) and searching (case, ё = е, INN) the records list.
#include <gtest/gtest.h>

#include "records/records_view.hpp"
#include "records_fixture.hpp"

using namespace cabinet::records;
using records_test::record;

namespace {

std::vector<WorkRecord> sample() {
  return {
      record("a", RecordKind::hire, "ООО «Яблоко»", "3664797540", "2015-03-01", "2016-02-29", "Программист"),
      record("b", RecordKind::hire, "ООО «Ёлочка»", "7810830161", "2010-02-01", "2012-01-31", "Бухгалтер"),
      record("c", RecordKind::hire, "ООО «Елена»", "7701526010", "2012-02-01", "2015-02-28", "Главный бухгалтер"),
      record("d", RecordKind::hire, "ООО «Жёлудь»", "0274625276", "2016-03-01", "", "Инженер"),
      record("e", RecordKind::hire, "ООО «Ель»", "7728815900", "2013-01-01", "2013-06-30", "Кассир", true),
      record("f", RecordKind::hire, "ооо «alpha»", "6658909967", "2009-01-01", "2009-12-31", "Courier"),
  };
}

std::string ids(const std::vector<WorkRecord>& records, const std::vector<size_t>& order) {
  std::string out;
  for (size_t i : order) out += records[i].id;
  return out;
}

}  // namespace

TEST(RecordsView, RussianCollation) {
  EXPECT_LT(compare_russian("ель", "ёлка"), 0) << "е before ё";
  EXPECT_LT(compare_russian("ёлка", "жук"), 0) << "ё before ж";
  EXPECT_GT(compare_russian("Ёж", "ежевика"), 0) << "ё is its own letter, not a second е";
  EXPECT_LT(compare_russian("еж", "ёж"), 0);
  EXPECT_LT(compare_russian("Яблоко", "apple"), 0) << "Cyrillic before Latin";
  EXPECT_LT(compare_russian("№ 4", "1"), 0) << "punctuation before digits";
  EXPECT_LT(compare_russian("2", "а"), 0) << "digits before letters";
  EXPECT_LT(compare_russian("ООО «А»", "ООО «Б»"), 0);
  EXPECT_LT(compare_russian("а б", "аб"), 0) << "a space before any letter";
  EXPECT_GT(compare_russian("Б", "а б"), 0);
  EXPECT_LT(compare_russian("абв", "абвг"), 0) << "a prefix first";
  EXPECT_NE(compare_russian("Ёлка", "ёлка"), 0) << "case breaks a tie only";
  EXPECT_LT(compare_russian("ЁЛКА", "ёлкб"), 0) << "case is ignored before that";
  EXPECT_EQ(compare_russian("ёлка", "ёлка"), 0);
  EXPECT_GT(compare_russian("я", "Ю"), 0);
}

TEST(RecordsView, SortOrders) {
  const std::vector<WorkRecord> r = sample();
  EXPECT_EQ(ids(r, arrange(r, "", SortOrder::start_ascending)), "fbcead");
  EXPECT_EQ(ids(r, arrange(r, "", SortOrder::start_descending)), "daecbf");
  // «Елена» < «Ель» (е < ь) < «Ёлочка» < «Жёлудь» < «Яблоко» < «alpha» (Latin after Cyrillic, case ignored).
  EXPECT_EQ(ids(r, arrange(r, "", SortOrder::employer_ascending)), "cebdaf");
  EXPECT_EQ(ids(r, arrange(r, "", SortOrder::employer_descending)), "fadbec");
}

TEST(RecordsView, TiesInTheEmployerOrderKeepTheStartDateOrder) {
  std::vector<WorkRecord> r = sample();
  r.push_back(
      record("g", RecordKind::transfer, "ООО «Яблоко»", "3664797540", "2014-01-01", "2015-02-28", "Тестировщик"));
  EXPECT_EQ(ids(r, arrange(r, "яблоко", SortOrder::employer_ascending)), "ga");
  EXPECT_EQ(ids(r, arrange(r, "яблоко", SortOrder::employer_descending)), "ga");
}

TEST(RecordsView, SearchIgnoresCaseAndYo) {
  const std::vector<WorkRecord> r = sample();
  EXPECT_EQ(ids(r, arrange(r, "елочка", SortOrder::start_ascending)), "b");
  EXPECT_EQ(ids(r, arrange(r, "ЁЛОЧКА", SortOrder::start_ascending)), "b");
  EXPECT_EQ(ids(r, arrange(r, "жёлудь", SortOrder::start_ascending)), "d");
  EXPECT_EQ(ids(r, arrange(r, "желудь", SortOrder::start_ascending)), "d");
  EXPECT_EQ(ids(r, arrange(r, "БУХГАЛТЕР", SortOrder::start_ascending)), "bc") << "in the position";
  EXPECT_EQ(ids(r, arrange(r, "главный бух", SortOrder::start_ascending)), "c") << "every word";
  EXPECT_EQ(ids(r, arrange(r, "главный кассир", SortOrder::start_ascending)), "");
  EXPECT_EQ(ids(r, arrange(r, "0274", SortOrder::start_ascending)), "d") << "the INN";
  EXPECT_EQ(ids(r, arrange(r, "ALPHA", SortOrder::start_ascending)), "f");
  EXPECT_EQ(ids(r, arrange(r, "ооо", SortOrder::start_descending)), "daecbf");
  EXPECT_EQ(ids(r, arrange(r, "  ", SortOrder::start_ascending)), "fbcead");
  EXPECT_EQ(ids(r, arrange(r, "ель", SortOrder::start_ascending)), "e") << "«Елена» has no «ель»";
  EXPECT_TRUE(matches(r[1], "ёЛоЧ"));
  EXPECT_FALSE(matches(r[1], "бухгалтерия"));
  EXPECT_FALSE(matches(r[0], "2015")) << "dates are not searched";
}
