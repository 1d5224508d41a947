// The sandbox agency's figures for the payout services: the done event and the
// tracked application carry the payouts table of the applicant (named by the
// envelope, else by the host, else by the form) for the period asked for; the
// wire and the saved files keep it, and files from before it still load.
#include <gtest/gtest.h>

#include "payouts/payouts_json.hpp"
#include "payouts/sandbox_payouts.hpp"
#include "records/dates.hpp"
#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_figures.hpp"
#include "tracking/sandbox_rules.hpp"
#include "tracking_support.hpp"

using namespace cabinet;
using namespace cabinet::tracking;
using namespace cabinet::tracking::test;
using nlohmann::json;

namespace {

const json kPensioner = {
    {"snils", "112-233-445 95"}, {"full_name", "Петров Пётр Петрович"}, {"birth_date", "1958-06-05"}};

// Submits `data` for `form_id` and pulls the feed until the agency has decided.
Tracked decided(SandboxAgency& agency, TestClock& clock, const std::string& form_id, const json& data) {
  const std::string number = "20261123-000001";
  std::vector<Tracked> apps = {make_tracked(number, form_id, Status::registered, clock.now)};
  const json envelope = signed_envelope(form_id, data, number, clock.now);
  const Ack ack = agency.submit(envelope);
  EXPECT_TRUE(ack.accepted) << ack.code;
  EXPECT_TRUE(apply(apps[0], Status::sent, Actor::system, "", clock.now).ok());
  std::string cursor;
  for (int i = 0; i < 48 && !is_final(apps[0].status); ++i) {
    clock.now += sandbox::kHour;
    pull(agency, cursor, apps);
  }
  return apps[0];
}

json certificate(const char* delivery = "download") {
  return {{"period_from", "2026-01-01"}, {"period_to", "2026-10-31"}, {"delivery", delivery}};
}

}  // namespace

TEST(SandboxFigures, TheCertificateIsDoneWithTheApplicantsPayouts) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  agency.set_applicant(kPensioner);
  const Tracked t = decided(agency, clock, "pension-amount-certificate", certificate());
  ASSERT_EQ(t.status, Status::done);
  const auto table = payouts::table_from_json(t.result_table);
  ASSERT_TRUE(table.has_value()) << t.result_table.dump();
  const auto expected = payouts::sandbox_payouts(
      "11223344595", records::parse_day("1958-06-05").value(), payouts::parse_month("2026-01").value(),
      payouts::parse_month("2026-10").value(), records::parse_day("2026-11-23").value(), 1);
  EXPECT_EQ(table, expected);
  EXPECT_EQ(table->rows.size(), 10u);
  EXPECT_NE(t.result_document.find("Заявитель: Петров Пётр Петрович"), std::string::npos) << t.result_document;
  EXPECT_NE(t.result_document.find("СНИЛС: 112-233-445 95"), std::string::npos);
  EXPECT_NE(t.result_document.find("Январь 2026. Страховая пенсия по старости"), std::string::npos);
  EXPECT_NE(t.result_document.find("Итого за период: начислено"), std::string::npos);
  // A result without figures (the refusal, the other services) carries no table.
  EXPECT_FALSE(sandbox::payout_figures("appeal", certificate(), kPensioner, clock.now, 1).has_value());
}

TEST(SandboxFigures, TheEnvelopesApplicantComesFirstThenTheHostsThenTheForms) {
  const json data = {{"snils", "148-526-739 96"}, {"birth_date", "1970-01-01"}};
  json envelope = {{"data", data}};
  EXPECT_EQ(sandbox::applicant_of(envelope, json()).value("snils", ""), "148-526-739 96");
  EXPECT_EQ(sandbox::applicant_of(envelope, kPensioner).value("snils", ""), "112-233-445 95");
  envelope["applicant"] = {{"snils", "123-456-789 64"}, {"birth_date", "1950-02-02"}};
  EXPECT_EQ(sandbox::applicant_of(envelope, kPensioner).value("snils", ""), "123-456-789 64");
  EXPECT_EQ(sandbox::applicant_of(envelope, kPensioner).value("birth_date", ""), "1950-02-02");
  EXPECT_EQ(sandbox::applicant_of(envelope, kPensioner).value("full_name", ""), "") << "not the host's citizen's name";
  // The portal's applicant names the SNILS and the name; the birth date comes from the host's, the same person.
  envelope["applicant"] = {{"snils", "11223344595"}, {"full_name", "Петров П. П."}};
  const json merged = sandbox::applicant_of(envelope, kPensioner);
  EXPECT_EQ(merged.value("snils", ""), "11223344595");
  EXPECT_EQ(merged.value("full_name", ""), "Петров П. П.");
  EXPECT_EQ(merged.value("birth_date", ""), "1958-06-05");
  EXPECT_EQ(sandbox::applicant_of(json(), json()).value("snils", "?"), "") << "nobody named: an empty SNILS";
}

TEST(SandboxFigures, PaymentsInformationBySnilsIsGivenOnlyToItsOwner) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  agency.set_applicant(kPensioner);
  const json own = {
      {"id_type", "snils"}, {"snils", "112-233-445 95"}, {"date_from", "2026-01-01"}, {"date_to", "2026-03-31"}};
  const Tracked mine = decided(agency, clock, "payments-information", own);
  ASSERT_EQ(mine.status, Status::done);
  const auto table = payouts::table_from_json(mine.result_table);
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->rows.size(), 3u);

  SandboxAgency other_agency(clock.fn());
  other_agency.set_applicant(kPensioner);
  json other = own;
  other["snils"] = "148-526-739 96";
  const Tracked theirs = decided(other_agency, clock, "payments-information", other);
  ASSERT_EQ(theirs.status, Status::done);
  EXPECT_TRUE(theirs.result_table.is_null());
  EXPECT_NE(theirs.result_document.find("не совпадает со СНИЛС заявителя"), std::string::npos)
      << theirs.result_document;
}

TEST(SandboxFigures, NobodyNamedMeansNoFiguresAndTheDocumentSaysWhy) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  const Tracked t = decided(agency, clock, "pension-amount-certificate", certificate());
  ASSERT_EQ(t.status, Status::done);
  EXPECT_TRUE(t.result_table.is_null());
  EXPECT_NE(t.result_document.find("не передан СНИЛС заявителя"), std::string::npos) << t.result_document;
}

TEST(SandboxFigures, TheTableTravelsOnTheWireAndInTheFilesAndOldFilesStillLoad) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  agency.set_applicant(kPensioner);
  const Tracked t = decided(agency, clock, "pension-amount-certificate", certificate());
  ASSERT_TRUE(t.result_table.is_object());
  // The tracked application as saved.
  const auto again = tracked_from_json(json::parse(tracked_to_json(t).dump()));
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->result_table, t.result_table);
  json old = tracked_to_json(t);
  old.erase("result_table");
  const auto before = tracked_from_json(old);
  ASSERT_TRUE(before.has_value()) << "saved before the figures existed";
  EXPECT_TRUE(before->result_table.is_null());
  // The feed event.
  FeedEvent e;
  e.event_id = "SFR-1-5";
  e.application_number = "20261123-000001";
  e.status = Status::done;
  e.time_ms = clock.now;
  e.result_table = t.result_table;
  EXPECT_EQ(feed_event_from_json(feed_event_to_json(e))->result_table, t.result_table);
  json wire = feed_event_to_json(e);
  wire.erase("result_table");
  EXPECT_TRUE(feed_event_from_json(wire)->result_table.is_null());
  wire["result_table"] = "not a table";
  EXPECT_TRUE(feed_event_from_json(wire)->result_table.is_null());
  // The sandbox's own state keeps the applicant and the planned table.
  SandboxAgency restored(clock.fn());
  ASSERT_TRUE(restored.restore(json::parse(agency.to_json().dump())));
  EXPECT_EQ(restored.to_json(), agency.to_json());
  EXPECT_EQ(agency.to_json()["cases"][0]["applicant"]["snils"], "112-233-445 95");
}
