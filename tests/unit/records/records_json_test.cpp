// The wire form: round trips, and refusal of wrong types, bad dates, unknown
// kinds and statements that do not add up, without throwing.
#include <gtest/gtest.h>

#include "records/dates.hpp"
#include "records/records_json.hpp"
#include "records/sandbox_records.hpp"
#include "records_fixture.hpp"

using namespace cabinet::records;
using json = nlohmann::json;

namespace {

RecordsAnswer records_answer() {
  SandboxRecords sandbox([] { return records_test::noon("2026-11-23"); });
  sandbox.set_birth_date("112-233-445 95", "1980-04-02");
  return sandbox.work_records("112-233-445 95");
}

StatementAnswer statement_answer() {
  SandboxRecords sandbox([] { return records_test::noon("2026-11-23"); });
  sandbox.set_birth_date("112-233-445 95", "1980-04-02");
  return sandbox.account_statement("112-233-445 95", "2015-06-01", "2025-12-31");
}

// `base` with `path` (an object member, or an array index) set to `value`.
json with(json base, const json::json_pointer& path, json value) {
  base[path] = std::move(value);
  return base;
}

json without(json base, const json::json_pointer& parent, const std::string& name) {
  base[parent].erase(name);
  return base;
}

}  // namespace

TEST(RecordsJson, RecordsRoundTrip) {
  const RecordsAnswer answer = records_answer();
  ASSERT_TRUE(answer.ok);
  bool open = false, part_time = false;
  for (const WorkRecord& r : answer.records) open |= r.end.empty(), part_time |= r.part_time;
  EXPECT_TRUE(open && part_time) << "the sample covers the optional members";
  WorkRecord extra = answer.records.front();
  extra.insurer_number.clear();
  extra.basis.clear();
  RecordsAnswer all = answer;
  all.records.push_back(extra);
  const json j = to_json(all);
  EXPECT_TRUE(j["records"][0]["start"].is_string());
  EXPECT_TRUE(j["records"].back()["insurer_number"].is_null());
  EXPECT_EQ(records_answer_from_json(j), all);
  EXPECT_EQ(records_answer_from_text(j.dump()), all);
  const RecordsAnswer offline{false, "offline", {}};
  EXPECT_EQ(records_answer_from_json(to_json(offline)), offline);
}

TEST(RecordsJson, StatementRoundTrip) {
  const StatementAnswer answer = statement_answer();
  ASSERT_TRUE(answer.ok);
  ASSERT_FALSE(answer.statement.operations.empty());
  EXPECT_TRUE(answer.statement.years.front().ipk_thousandths == std::nullopt) << "2015 is cut";
  EXPECT_TRUE(answer.statement.years.back().ipk_thousandths.has_value());
  const json j = to_json(answer);
  EXPECT_TRUE(j["statement"]["years"][0]["ipk_thousandths"].is_null());
  EXPECT_TRUE(j["statement"]["operations"][0]["amount_kopecks"].is_number_integer());
  EXPECT_EQ(statement_answer_from_json(j), answer);
  EXPECT_EQ(statement_answer_from_text(j.dump()), answer);
  const StatementAnswer refused{false, "bad_range", {}};
  EXPECT_TRUE(to_json(refused)["statement"].is_null());
  EXPECT_EQ(statement_answer_from_json(to_json(refused)), refused);
}

TEST(RecordsJson, RecordsWithWrongTypesAreRefused) {
  const json good = to_json(records_answer());
  ASSERT_TRUE(records_answer_from_json(good));
  const std::vector<json> bad = {
      with(good, "/ok"_json_pointer, "true"),
      with(good, "/code"_json_pointer, 0),
      with(good, "/records"_json_pointer, json::object()),
      with(good, "/records/0"_json_pointer, "r1"),
      with(good, "/records/0/id"_json_pointer, 1),
      with(good, "/records/0/kind"_json_pointer, "promotion"),
      with(good, "/records/0/kind"_json_pointer, nullptr),
      with(good, "/records/0/employer"_json_pointer, json::array()),
      with(good, "/records/0/employer_inn"_json_pointer, 7701526010),
      with(good, "/records/0/insurer_number"_json_pointer, 87),
      with(good, "/records/0/start"_json_pointer, "01.02.2010"),
      with(good, "/records/0/start"_json_pointer, "2010-02-30"),
      with(good, "/records/0/start"_json_pointer, nullptr),
      with(good, "/records/0/end"_json_pointer, "tomorrow"),
      with(good, "/records/0/end"_json_pointer, false),
      with(good, "/records/0/position"_json_pointer, 3.5),
      with(good, "/records/0/basis"_json_pointer, json::object()),
      with(good, "/records/0/part_time"_json_pointer, 1),
      without(good, ""_json_pointer, "records"),
      without(good, "/records/0"_json_pointer, "kind"),
      without(good, "/records/0"_json_pointer, "start"),
      without(good, "/records/0"_json_pointer, "employer_inn"),
      json::array(),
      json(nullptr),
  };
  for (const json& j : bad) EXPECT_FALSE(records_answer_from_json(j)) << j.dump().substr(0, 300);
  // Optional members may be missing.
  json lean = without(without(good, "/records/0"_json_pointer, "basis"), "/records/0"_json_pointer, "part_time");
  lean = without(without(lean, "/records/0"_json_pointer, "insurer_number"), "/records/0"_json_pointer, "end");
  const auto read = records_answer_from_json(lean);
  ASSERT_TRUE(read);
  EXPECT_TRUE(read->records[0].end.empty());
  EXPECT_FALSE(read->records[0].part_time);
}

TEST(RecordsJson, StatementsWithWrongTypesOrSumsAreRefused) {
  const json good = to_json(statement_answer());
  ASSERT_TRUE(statement_answer_from_json(good));
  const int64_t amount = good["statement"]["operations"][0]["amount_kopecks"].get<int64_t>();
  const int64_t closing = good["statement"]["closing_kopecks"].get<int64_t>();
  const std::vector<json> bad = {
      with(good, "/ok"_json_pointer, 1),
      with(good, "/statement"_json_pointer, nullptr),
      with(good, "/statement/from"_json_pointer, "2015-6-1"),
      with(good, "/statement/to"_json_pointer, "2015-01-01"),  // before from
      with(good, "/statement/opening_kopecks"_json_pointer, "0"),
      with(good, "/statement/opening_kopecks"_json_pointer, 0.5),
      with(good, "/statement/closing_kopecks"_json_pointer, closing + 1),  // does not add up
      with(good, "/statement/closing_kopecks"_json_pointer, 18446744073709551615ULL),
      with(good, "/statement/operations"_json_pointer, "none"),
      with(good, "/statement/operations/0/amount_kopecks"_json_pointer, std::to_string(amount)),
      with(good, "/statement/operations/0/amount_kopecks"_json_pointer, static_cast<double>(amount)),
      with(good, "/statement/operations/0/kind"_json_pointer, "gift"),
      with(good, "/statement/operations/0/date"_json_pointer, "2010-01-31"),  // outside the range
      with(good, "/statement/operations/0/source"_json_pointer, nullptr),
      with(good, "/statement/operations/0/source_inn"_json_pointer, 5024613189),
      with(good, "/statement/operations/0/period_to"_json_pointer, "2000-01-01"),  // before period_from
      with(good, "/statement/years"_json_pointer, json::object()),
      with(good, "/statement/years/0/year"_json_pointer, "2015"),
      with(good, "/statement/years/0/year"_json_pointer, 1'000'000),
      with(good, "/statement/years/0/contributions_kopecks"_json_pointer, true),
      with(good, "/statement/years/0/ipk_thousandths"_json_pointer, "5,393"),
      with(good, "/statement/years/0/ipk_thousandths"_json_pointer, -1),
      without(good, "/statement/years/0"_json_pointer, "ipk_thousandths"),
      without(good, "/statement"_json_pointer, "operations"),
      without(good, ""_json_pointer, "statement"),
  };
  for (const json& j : bad) EXPECT_FALSE(statement_answer_from_json(j)) << j.dump().substr(0, 300);
  // A refusal carries no statement.
  EXPECT_FALSE(statement_answer_from_json(with(good, "/ok"_json_pointer, false)));
}

TEST(RecordsJson, AmountsAtTheEdgesOfInt64AreCheckedNotWrapped) {
  const std::string overflowing = R"({"ok": true, "code": "ok", "statement": {"from": "2020-01-01",
    "to": "2020-12-31", "opening_kopecks": 9223372036854775807, "closing_kopecks": -9223372036854775807,
    "years": [], "operations": [{"date": "2020-01-31", "kind": "contribution", "amount_kopecks": 2,
    "source": "x", "source_inn": "5024613189", "period_from": "2020-01-01", "period_to": "2020-01-31"}]}})";
  EXPECT_FALSE(statement_answer_from_text(overflowing));
}

TEST(RecordsJson, TextThatIsNotJsonIsRefused) {
  for (const char* text : {"", "{", "[1,2", "{\"ok\": true, \"code\": \"ok\", \"records\": [}", "\xFF\xFE", "null"}) {
    EXPECT_FALSE(records_answer_from_text(text)) << text;
    EXPECT_FALSE(statement_answer_from_text(text)) << text;
  }
}

TEST(RecordsJson, KindIds) {
  for (std::string_view id : kRecordKindIds) EXPECT_EQ(kind_id(*parse_record_kind(id)), id);
  for (std::string_view id : kOperationKindIds) EXPECT_EQ(kind_id(*parse_operation_kind(id)), id);
  EXPECT_FALSE(parse_record_kind("Hire"));
  EXPECT_FALSE(parse_operation_kind(""));
}
