// «Восстановление доступа» from the sign-in screen, signed out: the request is
// checked like registration, goes to the fund (the sandbox agency, through the
// Runtime), and its answer says plainly what the citizen can do here.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/kernel/field_errors.hpp"
#include "app/kernel/runtime.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

struct SignedOut : vault_peek::SignedIn {
  SignedOut() { send("sign_out"); }
  std::string error(const std::string& field) const {
    const FieldError* e = find_error(state(), "recovery." + field);
    return e ? e->code : "";
  }
  json request() const {
    return {{"full_name", person.full_name},
            {"birth_date", person.birth_date},
            {"snils", person.snils},
            {"contact", "+7 912 345-67-89"}};
  }
  std::string last_notice() const { return state().notices.empty() ? "" : state().notices.back().message_key; }
};

}  // namespace

TEST(AccessRecovery, TheFundAnswersPlainlyWhatCanBeDone) {
  SignedOut h;
  ASSERT_EQ(h.state().account.phase, AccountPhase::signed_out);
  h.send("access_recovery_request", h.request());
  ASSERT_TRUE(h.state().account.recovery.has_value());
  const tracking::RecoveryAnswer& answer = *h.state().account.recovery;
  EXPECT_TRUE(answer.ack.accepted);
  EXPECT_TRUE(answer.number.starts_with("ВД-")) << answer.number;
  EXPECT_FALSE(answer.restores_access);  // this build's fund has no key to give back, and says so
  EXPECT_NE(answer.message.find("резервной копии"), std::string::npos);
  EXPECT_NE(answer.message.find("не может вернуть"), std::string::npos);
  EXPECT_EQ(h.last_notice(), "auth.recovery.registered");
  EXPECT_FALSE(h.state().account.recovery_waiting);
  EXPECT_EQ(h.state().account.phase, AccountPhase::signed_out);  // nothing opened
}

TEST(AccessRecovery, EveryFieldIsCheckedAndNothingGoesOutUntilAllAre) {
  SignedOut h;
  h.send("access_recovery_request",
         {{"full_name", ""}, {"birth_date", "31.02.1980"}, {"snils", "112-233-445 96"}, {"contact", "\xff\xfe"}});
  EXPECT_NE(h.error("full_name"), "");
  EXPECT_NE(h.error("birth_date"), "");
  EXPECT_NE(h.error("snils"), "");
  EXPECT_EQ(h.error("contact"), "auth.recovery.contact_invalid");
  EXPECT_FALSE(h.state().account.recovery.has_value());
  json wrong_type = h.request();
  wrong_type["snils"] = 11223344595;
  EXPECT_FALSE(h.runtime->dispatch({"access_recovery_request", wrong_type}));  // refused at the edge
  // Offline: a message, the fields stay the citizen's, nothing asked.
  h.send("set_online", {{"online", false}});
  h.send("access_recovery_request", h.request());
  EXPECT_EQ(h.last_notice(), "auth.recovery.offline");
  EXPECT_FALSE(h.state().account.recovery.has_value());
  h.send("set_online", {{"online", true}});
  h.send("access_recovery_request", h.request());
  EXPECT_TRUE(h.state().account.recovery.has_value());
}

TEST(AccessRecovery, SignedInThereIsNothingToRecover) {
  vault_peek::SignedIn h;
  json request = {{"full_name", h.person.full_name},
                  {"birth_date", h.person.birth_date},
                  {"snils", h.person.snils},
                  {"contact", "+79123456789"}};
  h.send("access_recovery_request", request);
  EXPECT_FALSE(h.state().account.recovery.has_value());
}
