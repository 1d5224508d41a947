// The account's level (seed 000): базовый after registration, стандартный
// with SNILS and passport format-checked in the profile, подтверждённый only
// when the agency has done «Подтверждение личности» — never by typing.
#include <gtest/gtest.h>

#include "../tracking/tracking_support.hpp"
#include "app/account/account.hpp"
#include "app/kernel/update.hpp"
#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_rules.hpp"

using namespace cabinet;
using namespace cabinet::app;
using namespace cabinet::tracking::test;
using nlohmann::json;

namespace {

constexpr const char* kNumber = "20261123-000001";

struct Citizen {
  TestClock clock;
  tracking::SandboxAgency agency{clock.fn()};
  AppState s;
  explicit Citizen(json profile) {
    s.account.phase = AccountPhase::signed_in;
    s.account.last_activity_ms = kStart;
    s.account.profile = Profile::from_json(profile);
    s.account.identity_level = identity_level(s);
    const json envelope =
        signed_envelope(kIdentityConfirmationForm, valid_fixture(kIdentityConfirmationForm), kNumber, kStart);
    EXPECT_TRUE(agency.submit(envelope).accepted);
    s.forms.applications.items.push_back({kNumber, kIdentityConfirmationForm, 1, kStart, "registered", envelope});
    s.forms.applications.tracked.push_back(
        tracking::make_tracked(kNumber, kIdentityConfirmationForm, tracking::Status::sent, kStart));
  }
  // Syncs hour by hour until the application is final (at most ten days). The
  // test plays the Runtime: it performs update()'s SyncAgency on the sandbox agency.
  void until_final() {
    for (int hour = 1; hour <= 240 && !tracking::is_final(s.forms.applications.tracked[0].status); ++hour) {
      clock.now = kStart + hour * tracking::sandbox::kHour;
      s.account.last_activity_ms = clock.now;
      const UpdateResult asked = update(s, {"sync_agency", {}}, clock.now);
      for (const Effect& effect : asked.effects) {
        const auto* sync = std::get_if<SyncAgency>(&effect);
        if (!sync) continue;
        update(s, Answer{AgencySynced{sync->epoch, {}, agency.feed(sync->cursor)}}, Inputs{clock.now, {}});
      }
    }
  }
};

}  // namespace

// The application's passport (the first valid fixture, Kazan) is the one the agency checks.
constexpr const char* kAppliedPassport = "9210 654321";

TEST(IdentityLevel, TheAgencysConfirmationMakesAStandardAccountConfirmed) {
  Citizen c(json{{"snils", "112-233-445 95"}, {"passport", kAppliedPassport}});
  EXPECT_EQ(c.s.account.identity_level, "standard");
  c.until_final();
  ASSERT_EQ(c.s.forms.applications.tracked[0].status, tracking::Status::done);
  EXPECT_EQ(c.s.account.identity_level, "confirmed");
  EXPECT_EQ(c.s.account.audit.entries().back().object, "identity_level");
  bool told = false;
  for (const Notice& n : c.s.notices) told = told || n.message_key == "auth.level.confirmed_now";
  EXPECT_TRUE(told);
}

TEST(IdentityLevel, WithoutPassportDataTheConfirmationWaitsAndTypingNeverConfirms) {
  Citizen c(json{{"snils", "112-233-445 95"}});
  EXPECT_EQ(c.s.account.identity_level, "basic");
  c.until_final();
  ASSERT_EQ(c.s.forms.applications.tracked[0].status, tracking::Status::done);
  EXPECT_EQ(c.s.account.identity_level, "basic");  // the stricter rule: SNILS and passport first
  // The profile's own data cannot claim a confirmation.
  AppState typed;
  typed.account.profile = app::Profile::from_json(
      {{"snils", "112-233-445 95"}, {"passport", "4510 123456"}, {"passport_confirmed", "true"}});
  EXPECT_EQ(identity_level(typed), "standard");
}

// The agency confirms the passport in the application: one typed into the profile
// since then, or typed after the confirmation, is not confirmed by it.
TEST(IdentityLevel, OnlyThePassportInTheApplicationIsConfirmed) {
  Citizen c(json{{"snils", "112-233-445 95"}, {"passport", "4510 123456"}});
  c.until_final();
  ASSERT_EQ(c.s.forms.applications.tracked[0].status, tracking::Status::done);
  EXPECT_EQ(c.s.account.identity_level, "standard");
  c.s.account.profile.passport = kAppliedPassport;  // the checked one again: confirmed
  EXPECT_EQ(identity_level(c.s), "confirmed");
}
