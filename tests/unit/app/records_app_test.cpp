// «Сведения» through the Runtime over a real vault: the work records and the
// record length for the profile's SNILS, the cache offline and the new request
// back online, the statement's period checked field by field, a balanced
// statement, a damaged records.json kept aside, and the cache after a restart.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "app/records/state.hpp"
#include "records/dates.hpp"
#include "records/record_length.hpp"
#include "records/statement.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = vault_peek::SignedIn::kStart;
constexpr int64_t kHour = 3'600'000;
constexpr const char* kSnils = "112-233-445 95";  // the demo person's

struct Harness : vault_peek::SignedIn {
  const RecordsState& recs() const { return runtime->state().records; }
  std::string error(const std::string& field) const {
    const FieldError* e = find_error(state(), "records." + field);
    return e ? e->code : "";
  }
  void open() { send("navigate", {{"section", "records"}}); }
  void statement(const std::string& from, const std::string& to) {
    send("records_statement", {{"from", from}, {"to", to}});
  }
};

}  // namespace

TEST(RecordsApp, OpeningLoadsTheRecordsAndTheLength) {
  Harness h;
  EXPECT_EQ(h.recs().records_updated_ms, 0);
  h.open();
  EXPECT_EQ(h.recs().records_code, "");
  EXPECT_EQ(h.recs().records_updated_ms, kStart);
  ASSERT_FALSE(h.recs().records.empty());
  EXPECT_EQ(h.recs().records, h.runtime->records_sandbox().work_records(kSnils).records);
  // The sandbox made the career up from the profile's birth date (14.03.1985): the first job at 18 or later.
  for (const records::WorkRecord& r : h.recs().records) EXPECT_GE(r.start, "2003-03-14") << r.id;
  const records::LengthResult length = records_length(h.recs());
  ASSERT_TRUE(length.ok) << length.code;
  EXPECT_EQ(length.length, records::record_length(h.recs().records, records::parse_day("2026-11-23").value()).length);
  EXPECT_GT(length.length.years, 10);
  EXPECT_EQ(h.recs().tab, "work");
  // Cached in the vault; the summary counts without names or the SNILS.
  const std::string saved = vault_peek::read(h.storage, kRecordsKey).value_or("");
  EXPECT_NE(saved.find(h.recs().records.front().employer), std::string::npos);
  json brief = app::summary(h.state())["records"];
  EXPECT_EQ(brief["records"], json(h.recs().records.size()));
  EXPECT_EQ(brief["updated"], json("2026-11-23T09:00:00Z"));
  EXPECT_EQ(brief.dump().find("445"), std::string::npos);
  EXPECT_EQ(brief.dump().find(h.recs().records.front().employer), std::string::npos);
  // «Обновить» asks again.
  h.clock.advance_ms(kHour);
  h.send("records_view", {{"refresh", true}});
  EXPECT_EQ(h.recs().records_updated_ms, kStart + kHour);
}

TEST(RecordsApp, WithoutASnilsTheProfileIsAskedFor) {
  Harness h;
  h.send("set_profile_data", {{"values", {{"snils", ""}}}});
  h.open();
  EXPECT_EQ(h.recs().records_code, "snils_required");
  EXPECT_TRUE(h.recs().records.empty());
  h.statement("01.01.2020", "31.12.2020");
  EXPECT_EQ(h.recs().statement_code, "snils_required");
  EXPECT_FALSE(h.recs().statement.has_value());
}

TEST(RecordsApp, OfflineTheCacheStaysAndBackOnlineItIsAskedAgain) {
  Harness h;
  h.open();
  const std::vector<records::WorkRecord> before = h.recs().records;
  h.send("set_online", {{"online", false}});
  h.send("navigate", {{"section", "home"}});
  h.open();
  EXPECT_EQ(h.recs().records_code, "offline");
  EXPECT_EQ(h.recs().records, before);  // the last known list
  EXPECT_EQ(h.recs().records_updated_ms, kStart);
  // Back online on another section: nothing asked until «Сведения» opens.
  h.send("navigate", {{"section", "home"}});
  h.clock.advance_ms(kHour);
  h.send("set_online", {{"online", true}});
  EXPECT_EQ(h.recs().records_code, "offline");
  EXPECT_EQ(h.recs().records_updated_ms, kStart);
  h.open();
  EXPECT_EQ(h.recs().records_code, "");
  EXPECT_EQ(h.recs().records_updated_ms, kStart + kHour);
  // Back online on «Сведения»: asked by itself.
  h.send("set_online", {{"online", false}});
  h.send("records_view", {{"refresh", true}});
  EXPECT_EQ(h.recs().records_code, "offline");
  h.clock.advance_ms(kHour);
  h.send("set_online", {{"online", true}});
  EXPECT_EQ(h.recs().records_code, "");
  EXPECT_EQ(h.recs().records_updated_ms, kStart + 2 * kHour);
  EXPECT_EQ(h.recs().records, before);
}

TEST(RecordsApp, AWrongPeriodGivesFieldErrorsAndKeepsTheLastStatement) {
  Harness h;
  h.open();
  h.statement("01.01.2020", "31.12.2024");
  ASSERT_TRUE(h.recs().statement.has_value()) << h.recs().statement_code;
  const records::Statement kept = *h.recs().statement;
  const auto still_kept = [&] {
    ASSERT_TRUE(h.recs().statement.has_value());
    EXPECT_EQ(*h.recs().statement, kept);
  };
  h.statement("31.02.2020", "31.12.2024");
  EXPECT_EQ(h.error("from"), "ids.date.calendar");
  EXPECT_EQ(h.error("to"), "");
  still_kept();
  h.statement("", "2020-13-01");
  EXPECT_EQ(h.error("from"), "ids.date.empty");
  EXPECT_EQ(h.error("to"), "ids.date.format");
  still_kept();
  h.statement("01.01.2024", "01.01.2020");
  EXPECT_EQ(h.error("from"), "");
  EXPECT_EQ(h.error("to"), "records.error.order");
  still_kept();
  h.statement("01.01.2026", "24.11.2026");  // today in Moscow is 23.11.2026
  EXPECT_EQ(h.error("to"), "ids.date.future");
  EXPECT_EQ(find_error(h.state(), "records.to")->params.value("today", ""), "23.11.2026");
  still_kept();
  h.statement("01.01.1850", "31.12.1860");
  EXPECT_EQ(h.error("from"), "ids.date.range");
  EXPECT_EQ(find_error(h.state(), "records.from")->params.value("min_year", 0), 1900);
  still_kept();
  h.statement("01.01.1990", "01.01.2020");  // 30 years and a day
  EXPECT_EQ(h.error("from"), "records.error.too_long");
  EXPECT_EQ(find_error(h.state(), "records.from")->params.value("years", 0), 30);
  still_kept();
  EXPECT_EQ(h.recs().statement_code, "");
  // Exactly 30 years, and ISO dates, are accepted; the errors go.
  h.statement("02.01.1990", "01.01.2020");
  EXPECT_EQ(h.error("from"), "");
  ASSERT_TRUE(h.recs().statement.has_value());
  EXPECT_EQ(h.recs().statement->from, "1990-01-02");
  h.statement(" 2021-01-01 ", "2021-12-31");
  ASSERT_TRUE(h.recs().statement.has_value());
  EXPECT_EQ(h.recs().statement->from, "2021-01-01");
  EXPECT_EQ(h.recs().statement->to, "2021-12-31");
  EXPECT_EQ(h.error("from"), "");
  EXPECT_EQ(h.error("to"), "");
}

TEST(RecordsApp, AValidPeriodGivesABalancedStatement) {
  Harness h;
  h.open();
  h.statement("01.01.2020", "31.12.2024");
  EXPECT_EQ(h.recs().statement_code, "");
  EXPECT_EQ(h.recs().tab, "statement");
  ASSERT_TRUE(h.recs().statement.has_value());
  const records::Statement& s = *h.recs().statement;
  EXPECT_EQ(s.from, "2020-01-01");
  EXPECT_EQ(s.to, "2024-12-31");
  EXPECT_EQ(s, h.runtime->records_sandbox().account_statement(kSnils, "2020-01-01", "2024-12-31").statement);
  ASSERT_FALSE(s.operations.empty());
  EXPECT_GT(s.opening_kopecks, 0);  // contributions since the first job
  int64_t sum = s.opening_kopecks;
  for (const records::Operation& op : s.operations) {
    sum += op.amount_kopecks;
    EXPECT_GE(op.date, s.from);
    EXPECT_LE(op.date, s.to);
  }
  EXPECT_EQ(sum, s.closing_kopecks);
  EXPECT_TRUE(records::is_consistent(s));
  ASSERT_EQ(s.years.size(), 5u);
  for (const records::YearTotal& y : s.years) EXPECT_TRUE(y.ipk_thousandths.has_value()) << y.year;
  EXPECT_EQ(h.recs().statement_made_ms, kStart);
  EXPECT_NE(vault_peek::read(h.storage, kRecordsKey).value_or("").find("\"2024-12-31\""), std::string::npos);
  // Offline: refused with the reason, the statement stays.
  const records::Statement kept = s;
  h.send("set_online", {{"online", false}});
  h.statement("01.01.2021", "31.12.2021");
  EXPECT_EQ(h.recs().statement_code, "offline");
  ASSERT_TRUE(h.recs().statement.has_value());
  EXPECT_EQ(*h.recs().statement, kept);
}

TEST(RecordsApp, ADamagedFileIsKeptAsideWithAMessage) {
  Harness h;
  h.open();
  const std::string damaged = "{\"version\":1,\"records\":[{\"id\":5}]}";
  vault_peek::write(h.storage, kRecordsKey, damaged);
  h.restart();
  EXPECT_TRUE(h.recs().records.empty());
  EXPECT_EQ(vault_peek::read(h.storage, "records.damaged.json").value_or(""), damaged);
  bool told = false;
  for (const Notice& n : h.state().notices) told = told || n.message_key == "errors.corrupt_records";
  EXPECT_TRUE(told);
  h.open();  // the records load again
  EXPECT_FALSE(h.recs().records.empty());
}

TEST(RecordsApp, ARestartKeepsTheCacheAndSigningOutForgetsIt) {
  Harness h;
  h.open();
  h.statement("01.01.2022", "31.12.2022");
  const RecordsState before = h.recs();
  ASSERT_TRUE(before.statement.has_value());
  h.clock.advance_ms(kHour);
  h.restart();
  EXPECT_EQ(h.recs().records, before.records);
  EXPECT_EQ(h.recs().records_updated_ms, kStart);
  EXPECT_EQ(h.recs().statement, before.statement);
  EXPECT_EQ(h.recs().statement_made_ms, kStart);
  // Offline after the restart: the last known list «на …».
  h.send("set_online", {{"online", false}});
  h.open();
  EXPECT_EQ(h.recs().records_code, "offline");
  EXPECT_EQ(h.recs().records, before.records);
  h.send("sign_out");
  EXPECT_TRUE(h.recs().records.empty());
  EXPECT_FALSE(h.recs().statement.has_value());
  EXPECT_EQ(h.recs().records_updated_ms, 0);
}
