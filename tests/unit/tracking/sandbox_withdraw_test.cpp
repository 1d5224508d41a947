// The sandbox agency's withdraw (the citizen's «Отменить заявление» once the
// agency has it) and its maternity capital register: a disposal checked
// against the applicant's available balance, reserved, completed when the
// approval is published, released when withdrawn or refused.
#include <gtest/gtest.h>

#include "capital/sandbox_capital.hpp"
#include "submission/envelope.hpp"
#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_rules.hpp"
#include "tracking_support.hpp"

using namespace cabinet;
using namespace cabinet::tracking;
using namespace cabinet::tracking::test;
using nlohmann::json;

namespace {

constexpr const char* kSnils = "112-233-445 95";

struct Fund {
  TestClock clock;
  capital::SandboxCapital register_{clock.fn()};
  SandboxAgency agency{clock.fn()};
  std::vector<Tracked> apps;
  std::string cursor;
  Fund() { agency.set_capital(&register_); }

  Ack submit(const std::string& form, json data, const std::string& number, const std::string& snils = kSnils) {
    apps.push_back(make_tracked(number, form, Status::sent, clock.now));
    submission::EnvelopeInput input{form, 1, std::move(data), "key-" + number, number, clock.now};
    input.applicant = {{"snils", snils}, {"full_name", "Иванова Мария Петровна"}};
    return agency.submit(submission::make_envelope(input, test_key()));
  }
  void advance(int64_t ms) {
    clock.now += ms;
    pull(agency, cursor, apps);
  }
  int64_t available() { return register_.available(kSnils).value(); }
};

json disposal(int64_t amount) {
  json data = valid_fixture("maternity-capital");
  data["amount"] = amount;
  return data;
}

}  // namespace

TEST(SandboxWithdraw, UndecidedApplicationsAreCancelledOnceDecidedOnesAreNot) {
  Fund run;
  ASSERT_TRUE(run.submit("appeal", valid_fixture("appeal"), "N-1").accepted);
  EXPECT_EQ(run.agency.withdraw("N-9").code, "unknown_application");
  run.advance(90 * sandbox::kMinute);  // received, in progress
  ASSERT_EQ(run.apps[0].status, Status::in_progress);
  const Ack first = run.agency.withdraw("N-1");
  ASSERT_TRUE(first.accepted) << first.code;
  EXPECT_TRUE(run.agency.withdraw("N-1").accepted);  // asked again after a lost answer: the same
  run.advance(sandbox::kMinute);
  EXPECT_EQ(run.apps[0].status, Status::cancelled);
  EXPECT_EQ(run.apps[0].history.back().actor, Actor::agency);
  // The decision planned before is never published.
  run.advance(40 * sandbox::kDay);
  EXPECT_EQ(run.apps[0].status, Status::cancelled);
  EXPECT_EQ(statuses(run.apps[0]),
            (std::vector<Status>{Status::sent, Status::received, Status::in_progress, Status::cancelled}));

  ASSERT_TRUE(run.submit("pension-amount-certificate", valid_fixture("pension-amount-certificate"), "N-2").accepted);
  run.advance(sandbox::kDay);
  ASSERT_EQ(run.apps[1].status, Status::done);
  EXPECT_EQ(run.agency.withdraw("N-2").code, "not_allowed_now");
  // Offline: a transient failure, nothing withdrawn.
  ASSERT_TRUE(run.submit("appeal", valid_fixture("appeal"), "N-3").accepted);
  run.agency.set_online(false);
  const Ack offline = run.agency.withdraw("N-3");
  EXPECT_FALSE(offline.accepted);
  EXPECT_TRUE(offline.transient);
}

TEST(SandboxWithdraw, ADisposalIsReservedApprovedAndReducesTheBalance) {
  Fund run;
  const int64_t before = run.available();
  ASSERT_TRUE(run.submit("maternity-capital", disposal(10'000'000), "N-1").accepted);
  EXPECT_EQ(run.available(), before - 10'000'000);  // held while under review
  run.advance(20 * sandbox::kDay);
  ASSERT_EQ(run.apps[0].status, Status::done);
  const capital::Account after = run.register_.account(kSnils).account.value();
  EXPECT_EQ(after.balance_kopecks, before - 10'000'000);
  EXPECT_EQ(after.reserved_kopecks, 0);
  EXPECT_EQ(after.operations.back().application_number, "N-1");
  EXPECT_EQ(after.operations.back().status, capital::OperationStatus::completed);
}

TEST(SandboxWithdraw, MoreThanIsAvailableIsRefusedAndAWithdrawnDisposalReleasesTheReserve) {
  Fund run;
  const int64_t before = run.available();
  ASSERT_TRUE(run.submit("maternity-capital", disposal(before - 1'000'000), "N-1").accepted);
  // The second one would exceed what the first leaves: refused with both figures.
  ASSERT_TRUE(run.submit("maternity-capital", disposal(2'000'000), "N-2").accepted);
  run.advance(3 * sandbox::kHour);
  ASSERT_EQ(run.apps[1].status, Status::refused);
  EXPECT_EQ(run.apps[1].refusal_reason, "balance_exceeded");
  EXPECT_EQ(run.apps[1].refusal_params["balance"], json(1'000'000));
  EXPECT_EQ(run.available(), 1'000'000);
  ASSERT_TRUE(run.agency.withdraw("N-1").accepted);
  run.advance(sandbox::kMinute);
  EXPECT_EQ(run.apps[0].status, Status::cancelled);
  EXPECT_EQ(run.available(), before);
  // No certificate for the SNILS given (none at all): nothing to dispose of.
  ASSERT_TRUE(run.submit("maternity-capital", disposal(1'000'000), "N-3", "").accepted);
  run.advance(3 * sandbox::kHour);
  EXPECT_EQ(run.apps[2].status, Status::refused);
  EXPECT_EQ(run.apps[2].refusal_params["balance"], json(0));
}

TEST(SandboxWithdraw, TheRegisterAndTheAgencySurviveARestartTogether) {
  Fund run;
  ASSERT_TRUE(run.submit("maternity-capital", disposal(10'000'000), "N-1").accepted);
  const json agency_state = run.agency.to_json();
  const json register_state = run.register_.to_json();
  capital::SandboxCapital register_again(run.clock.fn());
  SandboxAgency agency_again(run.clock.fn());
  agency_again.set_capital(&register_again);
  ASSERT_TRUE(register_again.restore(register_state));
  ASSERT_TRUE(agency_again.restore(agency_state));
  run.clock.now += 20 * sandbox::kDay;
  std::string cursor;
  std::vector<Tracked> apps{make_tracked("N-1", "maternity-capital", Status::sent, run.clock.now)};
  pull(agency_again, cursor, apps);
  ASSERT_EQ(apps[0].status, Status::done);
  EXPECT_EQ(register_again.account(kSnils).account->reserved_kopecks, 0);
  EXPECT_EQ(register_again.account(kSnils).account->operations.back().status, capital::OperationStatus::completed);
}

TEST(SandboxWithdraw, ACorrectionStopsTheReviewOfTheApplicationItCorrects) {
  Fund run;
  run.agency.set_documents_every(1);  // every application with a file is asked for a better copy
  ASSERT_TRUE(run.submit("appeal", valid_fixture("appeal"), "N-1").accepted);
  run.advance(3 * sandbox::kHour);
  ASSERT_EQ(run.apps[0].status, Status::needs_correction);
  run.agency.set_documents_every(0);

  // Signed by another key, «corrects» changes nothing: only its sender may replace an application.
  submission::SigningKey other = submission::generate_signing_key([](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>(i * 7 + 1);
  });
  submission::EnvelopeInput forged{"appeal", 1, valid_fixture("appeal"), "key-N-2", "N-2", run.clock.now};
  forged.corrects = "N-1";
  run.apps.push_back(make_tracked("N-2", "appeal", Status::sent, run.clock.now));
  ASSERT_TRUE(run.agency.submit(submission::make_envelope(forged, other)).accepted);
  run.advance(sandbox::kMinute);
  EXPECT_EQ(run.apps[0].status, Status::needs_correction);

  // The citizen's own correction: the old review stops with the new number, the new one goes on to the end.
  submission::EnvelopeInput correction{"appeal", 1, valid_fixture("appeal"), "key-N-3", "N-3", run.clock.now};
  correction.corrects = "N-1";
  run.apps.push_back(make_tracked("N-3", "appeal", Status::sent, run.clock.now));
  ASSERT_TRUE(run.agency.submit(submission::make_envelope(correction, test_key())).accepted);
  run.advance(sandbox::kMinute);
  EXPECT_EQ(run.apps[0].status, Status::cancelled);
  EXPECT_NE(run.apps[0].history.back().comment.find("N-3"), std::string::npos) << run.apps[0].history.back().comment;
  run.advance(40 * sandbox::kDay);
  EXPECT_EQ(run.apps[2].status, Status::done);
  EXPECT_EQ(run.apps[0].status, Status::cancelled);

  // A decided application is not stopped by a «correction»: its decision stands.
  submission::EnvelopeInput late{"appeal", 1, valid_fixture("appeal"), "key-N-4", "N-4", run.clock.now};
  late.corrects = "N-3";
  run.apps.push_back(make_tracked("N-4", "appeal", Status::sent, run.clock.now));
  ASSERT_TRUE(run.agency.submit(submission::make_envelope(late, test_key())).accepted);
  run.advance(sandbox::kMinute);
  EXPECT_EQ(run.apps[2].status, Status::done);
}
