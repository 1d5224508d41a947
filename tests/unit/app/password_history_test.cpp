// The last five passwords stay refused across a re-seal. When the vault's
// Argon2id parameters were raised, the sign-in re-seals it and rehashes the
// current password; that hash must replace the newest entry of the history
// (newest first), not the oldest, or an old password becomes usable again.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/account/account.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"

using namespace cabinet;
using namespace cabinet::app;

namespace {

constexpr const char* kSecond = "Hq8#wRt5!mZv";
constexpr const char* kThird = "Pn4$kXe7@wQy";

std::string error_of(const Runtime& runtime, const std::string& field) {
  const FieldError* e = find_error(runtime.state(), field);
  return e ? e->code : "";
}

}  // namespace

TEST(PasswordHistory, ARehashAtSignInKeepsTheOldestPasswordRefused) {
  vault_peek::SignedIn device;
  const std::string first = DemoPerson{}.password;
  device.send("change_password", {{"old", first}, {"new", kSecond}, {"repeat", kSecond}});
  device.send("change_password", {{"old", kSecond}, {"new", kThird}, {"repeat", kThird}});
  ASSERT_EQ(device.state().account.password_hashes.size(), 3u);
  device.send("sign_out");

  // The same device after an update that raised the parameters: the sign-in re-seals and rehashes.
  AccountCrypto stronger = test_account_crypto();
  stronger.vault.opslimit += 1;
  Runtime updated(device.storage, device.clock, stronger);
  updated.start();
  ASSERT_TRUE(updated.dispatch({"sign_in", {{"login", DemoPerson{}.phone}, {"password", kThird}}}));
  ASSERT_EQ(updated.state().account.phase, AccountPhase::signed_in);
  EXPECT_EQ(updated.state().account.password_hashes.size(), 3u);

  // The first password is still one of the recent ones, and so is the current one.
  updated.dispatch({"change_password", {{"old", kThird}, {"new", first}, {"repeat", first}}});
  EXPECT_EQ(error_of(updated, "password_change.new"), "auth.password.recently_used");
  updated.dispatch({"change_password", {{"old", kThird}, {"new", kThird}, {"repeat", kThird}}});
  EXPECT_EQ(error_of(updated, "password_change.new"), "auth.password.recently_used");
}
