// The sandbox fund's corrections of the work-book records: what a
// work-record-error application asks for, read from its data, applied to the
// records, described, kept and restored.
#include <gtest/gtest.h>

#include "records/sandbox_corrections.hpp"
#include "records/sandbox_records.hpp"

using namespace cabinet::records;
using nlohmann::json;

namespace {

std::vector<WorkRecord> career() {
  return {
      {.id = "r1",
       .kind = RecordKind::hire,
       .employer = "ООО «Волга-Транс»",
       .start = "2015-04-01",
       .end = "2019-11-30",
       .position = "Водитель"},
      {.id = "r2",
       .kind = RecordKind::dismissal,
       .employer = "ООО «Волга-Транс»",
       .start = "2019-11-30",
       .end = "2019-11-30"},
      {.id = "r3", .kind = RecordKind::hire, .employer = "АО «Уралхим»", .start = "2020-01-15", .position = "Механик"}};
}

json form(const std::string& kind, const std::string& said, const std::string& employer = "ООО \"Волга-Транс\"",
          const std::string& from = "2015-04-01") {
  json data = {{"employer", employer}, {"error_type", kind}, {"error_description", "Ошибка"}, {"correct_data", said}};
  if (!from.empty()) data["record_from"] = from;
  return data;
}

}  // namespace

TEST(SandboxCorrections, TwoDatesAreTheNewPeriodAndTheDismissalMovesWithIt) {
  auto fix = correction_from_form(form("dates", "Период работы: с 01.04.2015 по 31.12.2019."), "N-1");
  ASSERT_TRUE(fix);
  EXPECT_EQ(fix->new_from, "2015-04-01");
  EXPECT_EQ(fix->new_to, "2019-12-31");
  auto records = career();
  ASSERT_TRUE(apply_correction(records, *fix));
  EXPECT_EQ(records[0].end, "2019-12-31");
  EXPECT_EQ(records[0].basis, "Исправлено по заявлению № N-1");
  EXPECT_EQ(records[1].start, "2019-12-31");  // the dismissal record follows the new end
  EXPECT_EQ(records[2], career()[2]);
  EXPECT_EQ(describe(*fix), "Период работы в ООО \"Волга-Транс\" исправлен: с 01.04.2015 по 31.12.2019.");
}

TEST(SandboxCorrections, OneDateCorrectsTheNearerOne) {
  auto fix = correction_from_form(form("dates", "Принят 1.5.2015"), "N-2");
  ASSERT_TRUE(fix);
  auto records = career();
  ASSERT_TRUE(apply_correction(records, *fix));
  EXPECT_EQ(records[0].start, "2015-05-01");
  EXPECT_EQ(records[0].end, "2019-11-30");
}

TEST(SandboxCorrections, EmployerPositionMissingAndExtra) {
  auto records = career();
  auto rename = correction_from_form(form("employer", "ООО «Волга-Транс Логистик»\nсм. приказ"), "N-3");
  ASSERT_TRUE(rename);
  ASSERT_TRUE(apply_correction(records, *rename));
  EXPECT_EQ(records[0].employer, "ООО «Волга-Транс Логистик»");
  EXPECT_EQ(records[1].employer, "ООО «Волга-Транс Логистик»");  // the employer's every record

  auto position = correction_from_form(form("position", "Механик-водитель", "Уралхим", ""), "N-4");
  ASSERT_TRUE(position);
  ASSERT_TRUE(apply_correction(records, *position));
  EXPECT_EQ(records[2].position, "Механик-водитель");

  // The fixture's missing record: its period only in the text.
  auto missing =
      correction_from_form(form("missing", "Работа продавцом-консультантом с 10.02.2021 по 15.08.2022, договор № 7.",
                                "ИП Кузнецов Д. А.", ""),
                           "N-5");
  ASSERT_TRUE(missing);
  ASSERT_TRUE(apply_correction(records, *missing));
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records.back().start, "2021-02-10");
  EXPECT_EQ(records.back().end, "2022-08-15");
  EXPECT_EQ(records.back().employer, "ИП Кузнецов Д. А.");
  ASSERT_TRUE(apply_correction(records, *missing));  // the same application again: not doubled
  EXPECT_EQ(records.size(), 4u);

  auto extra = correction_from_form(form("extra", "Не работал там", "волга транс логистик"), "N-6");
  ASSERT_TRUE(extra);
  ASSERT_TRUE(apply_correction(records, *extra));
  ASSERT_EQ(records.size(), 2u);  // the record and its dismissal
  EXPECT_EQ(records[0].id, "r3");
}

TEST(SandboxCorrections, WhatCannotBeReadOrFoundChangesNothing) {
  EXPECT_FALSE(correction_from_form(form("contributions", "Взносы за 2018 год"), "N"));
  EXPECT_FALSE(correction_from_form(form("other", "Другое"), "N"));
  EXPECT_FALSE(correction_from_form(form("dates", "с первого апреля"), "N"));  // no date
  // No 31 February: one date is read, the nearer one is corrected.
  EXPECT_EQ(correction_from_form(form("dates", "31.02.2019 и 01.03.2019"), "N-0").value().new_from, "2019-03-01");
  EXPECT_TRUE(correction_from_form(form("dates", "31.02.2019 и 01.03.2019"), "N-0").value().new_to.empty());
  EXPECT_FALSE(correction_from_form(form("dates", "с 01.01.2020 по 01.01.2019"), "N"));  // backwards
  EXPECT_FALSE(correction_from_form(form("position", "  "), "N"));
  EXPECT_FALSE(correction_from_form(form("position", std::string("\xff\xfe")), "N"));  // invalid UTF-8
  EXPECT_FALSE(correction_from_form(json::array(), "N"));
  EXPECT_FALSE(correction_from_form(form("dates", "01.04.2015 по 31.12.2019", ""), "N"));  // no employer
  auto records = career();
  auto elsewhere = correction_from_form(form("position", "Инженер", "ООО «Ромашка»"), "N");
  ASSERT_TRUE(elsewhere);
  EXPECT_FALSE(apply_correction(records, *elsewhere));
  auto wrong_start = correction_from_form(form("position", "Инженер", "Волга-Транс", "2016-01-01"), "N");
  EXPECT_FALSE(apply_correction(records, *wrong_start));
  EXPECT_EQ(records, career());
}

TEST(SandboxCorrections, TheFundKeepsThemAndRestoresThemWhole) {
  const std::string snils = "112-233-445 95";
  SandboxRecords fund([] { return int64_t{1'795'000'000'000}; });
  const RecordsAnswer before = fund.work_records(snils);
  ASSERT_TRUE(before.ok);
  ASSERT_FALSE(before.records.empty());
  const WorkRecord& first = before.records.front();
  auto fix = correction_from_form(form("position", "Старший специалист", first.employer, first.start), "N-7");
  ASSERT_TRUE(fix);
  RecordCorrection nowhere = *fix;
  nowhere.employer = "Нет такого работодателя";
  EXPECT_FALSE(fund.add_correction(snils, nowhere));
  EXPECT_FALSE(fund.add_correction("123", *fix));
  ASSERT_TRUE(fund.add_correction(snils, *fix));
  EXPECT_EQ(fund.work_records(snils).records.front().position, "Старший специалист");

  SandboxRecords again([] { return int64_t{1'795'000'000'000}; });
  ASSERT_TRUE(again.restore(fund.to_json()));
  EXPECT_EQ(again.work_records(snils).records.front().position, "Старший специалист");
  // Damaged JSON changes nothing.
  json damaged = fund.to_json();
  damaged["corrections"]["11223344595"][0] = 5;
  SandboxRecords third([] { return int64_t{1'795'000'000'000}; });
  EXPECT_FALSE(third.restore(damaged));
  EXPECT_FALSE(third.restore(json{{"format", 7}}));
  EXPECT_EQ(third.work_records(snils).records.front().position, first.position);
}
