// The citizen's profile is a struct the account owns (account.json), read
// through one function; a forms.json written before the move still gives its
// profile once, and nothing outside the app can claim the agency's confirmation.
#include <gtest/gtest.h>

#include "app/account/profile.hpp"
#include "app/account/store.hpp"
#include "app/kernel/update.hpp"

using namespace cabinet::app;
using nlohmann::json;

TEST(Profile, FieldsAndFactsAreReadThroughOneFunctionAndRoundTrip) {
  Profile p = Profile::from_json({{"snils", "112-233-445 95"},
                                  {"first_name", "Анна"},
                                  {"passport_office_code", "770-001"},
                                  {"maternity_capital_balance", 693144},
                                  {"phone_changed_ms", 5},
                                  {"broken", json::array()}});
  EXPECT_EQ(p.snils, "112-233-445 95");
  EXPECT_EQ(p.text("first_name"), "Анна");
  EXPECT_EQ(p.text("passport_office_code"), "770-001");
  EXPECT_EQ(p.text("unknown"), "");
  EXPECT_EQ(p.phone_changed_ms, 5);
  EXPECT_FALSE(p.to_json().contains("broken"));  // only texts, numbers and flags are facts
  EXPECT_EQ(p.to_json()["maternity_capital_balance"], 693144);
  EXPECT_EQ(Profile::from_json(p.to_json()).to_json(), p.to_json());
  EXPECT_FALSE(p.set_text("passport_confirmed", "4510 123456"));
  EXPECT_TRUE(p.passport_confirmed.empty());
  EXPECT_TRUE(p.set_text("address", "г. Москва"));
  EXPECT_EQ(p.address, "г. Москва");
  EXPECT_TRUE(Profile{}.empty());
  EXPECT_FALSE(p.empty());
}

TEST(Profile, AnOldFormsJsonGivesItsProfileToTheAccountOnceAndAccountJsonKeepsIt) {
  AppState s;
  s.account.phase = AccountPhase::signed_in;
  const json old_forms = {{"version", 1}, {"profile", {{"snils", "112-233-445 95"}, {"last_name", "Иванова"}}}};
  update(s, {"loaded", {{"key", "forms.json"}, {"data", old_forms.dump()}}}, 1);
  EXPECT_EQ(s.account.profile.snils, "112-233-445 95");
  // An account.json from before the move has no profile: the one taken over stays.
  update(s, {"loaded", {{"key", "account.json"}, {"data", json{{"version", 1}, {"login", "+79123456789"}}.dump()}}}, 2);
  EXPECT_EQ(s.account.profile.last_name, "Иванова");
  // Written back into account.json, and no longer into forms.json.
  EXPECT_EQ(account_document(s.account)["profile"]["snils"], "112-233-445 95");
  EXPECT_FALSE(forms_document(s.forms).contains("profile"));
  // A later forms.json never overwrites the account's profile.
  const json other = {{"version", 1}, {"profile", {{"snils", "000-000-000 00"}}}};
  update(s, {"loaded", {{"key", "forms.json"}, {"data", other.dump()}}}, 3);
  EXPECT_EQ(s.account.profile.snils, "112-233-445 95");
}
