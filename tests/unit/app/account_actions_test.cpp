// The account's typed actions at the edge: a wrongly typed argument is refused
// with a message saying which and changes nothing; the JSON the screens, the
// scenarios and the Runtime send still decodes and works through update(),
// also with arguments left out (they read as "" and false, as before).
#include <gtest/gtest.h>

#include "app/account/store.hpp"
#include "app/kernel/command.hpp"
#include "app/kernel/update.hpp"

using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;  // 2026-11-23T09:00:00Z
constexpr const char* kPhone = "+7 912 345-67-89";

std::string decode_error(std::string_view type, const json& args) {
  std::string error;
  const auto command = decode_command(type, args, error);
  EXPECT_EQ(command.has_value(), error.empty()) << type << " " << args.dump();
  return error;
}

// A citizen whose account is on this device, signed out.
AppState signed_out() {
  AppState state;
  state.account.phase = AccountPhase::signed_out;
  state.account.login_hashes = {login_hash(kPhone)};
  return state;
}

}  // namespace

TEST(AccountActions, WronglyTypedOrUnknownArgumentsAreRefusedSayingWhich) {
  EXPECT_EQ(decode_error("sign_in", {{"login", kPhone}, {"password", 12345678}}), "sign_in: \"password\" must be text");
  EXPECT_EQ(decode_error("sign_in", {{"login", kPhone}, {"password", "x"}, {"remember", "yes"}}),
            "sign_in: \"remember\" must be true or false");
  EXPECT_EQ(decode_error("set_code_access", {{"on", 1}, {"password", "x"}}),
            "set_code_access: \"on\" must be true or false");
  EXPECT_EQ(decode_error("register_submit", {{"agree", "true"}}), "register_submit: \"agree\" must be true or false");
  // The JSON names stay "old" and "new", whatever the members are called.
  EXPECT_EQ(decode_error("change_password", {{"old_password", "x"}}), "change_password: no argument \"old_password\"");
  EXPECT_EQ(decode_error("register_back", {{"step", "details"}}), "register_back: no argument \"step\"");
  EXPECT_EQ(decode_error("change_password", {{"old", "a"}, {"new", "b"}, {"repeat", "b"}}), "");
  // What the Runtime sends after a reset, `reset` included.
  EXPECT_EQ(decode_error("password_changed", {{"reset", true}, {"code_access", false}, {"password_hash", "h"}}), "");
}

TEST(AccountActions, ARefusedSignInChangesNothingAndARightOneOpensTheVault) {
  AppState state = signed_out();
  const uint64_t revision = state.revision;
  const int remaining = state.account.lockout.remaining_attempts(kNow);
  const UpdateResult refused = update(state, {"sign_in", {{"login", kPhone}, {"password", 12345678}}}, kNow);
  EXPECT_TRUE(refused.known);
  EXPECT_EQ(refused.error, "sign_in: \"password\" must be text");
  EXPECT_TRUE(refused.effects.empty());
  EXPECT_EQ(state.revision, revision);
  EXPECT_EQ(state.account.step, "");
  EXPECT_TRUE(state.account.failed_sign_ins.empty());
  EXPECT_EQ(state.account.lockout.remaining_attempts(kNow), remaining) << "a refused action is no wrong password";

  const UpdateResult applied =
      update(state, {"sign_in", {{"login", kPhone}, {"password", "Zv$7qLm!pR2x"}, {"remember", true}}}, kNow);
  EXPECT_EQ(applied.error, "");
  ASSERT_EQ(applied.effects.size(), 1u);
  const auto* open = std::get_if<VaultOpen>(&applied.effects[0]);
  ASSERT_NE(open, nullptr);
  EXPECT_EQ(open->password, "Zv$7qLm!pR2x");
  EXPECT_TRUE(open->remember);
  EXPECT_EQ(state.account.step, "opening");

  // The screens' struct does the same as the JSON.
  AppState typed = signed_out();
  const UpdateResult sent =
      update(typed, Command{SignIn{.login = kPhone, .password = "Zv$7qLm!pR2x", .remember = true}}, Inputs{kNow, {}});
  ASSERT_EQ(sent.effects.size(), 1u);
  ASSERT_NE(std::get_if<VaultOpen>(&sent.effects[0]), nullptr);
  EXPECT_EQ(std::get<VaultOpen>(sent.effects[0]).password, "Zv$7qLm!pR2x");
  EXPECT_EQ(typed.account.step, "opening");
}

TEST(AccountActions, LeftOutArgumentsReadAsBeforeTheyWereTyped) {
  AppState state = signed_out();
  const UpdateResult result = update(state, {"sign_in", {{"login", kPhone}}}, kNow);
  EXPECT_EQ(result.error, "");
  EXPECT_TRUE(result.effects.empty());
  const FieldError* error = find_error(state, "sign_in.password");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->code, "auth.sign_in.password_empty");
  // Signed in, set_code_access without `on` does nothing, as before; with a wrongly typed one it is refused.
  AppState in;
  in.account.phase = AccountPhase::signed_in;
  in.account.code_access_offered = true;
  EXPECT_TRUE(update(in, {"set_code_access", {{"password", "x"}}}, kNow).effects.empty());
  EXPECT_EQ(update(in, {"set_code_access", {{"on", "true"}, {"password", "x"}}}, kNow).error,
            "set_code_access: \"on\" must be true or false");
  const UpdateResult on = update(in, {"set_code_access", {{"on", true}, {"password", "x"}}}, kNow);
  ASSERT_EQ(on.effects.size(), 1u);
  EXPECT_TRUE(std::get<EscrowRekey>(on.effects[0]).on);
}
