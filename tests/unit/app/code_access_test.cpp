// «Войти по СНИЛС и коду» and «Забыли пароль?» through the Runtime over real
// vaults and real libsodium, with a stand-in for the fund's escrow server (never
// the device's storage); not offered at all without one; off until the citizen turns it
// on with the password (which re-keys the vault); then a right code opens the
// vault without the password; a wrong login, SNILS or code counts towards the
// lock; the new password is held to every rule and the old one stops working;
// the authenticator is asked even on a remembered device; turning it off, a
// damaged escrow file or a password change leave only the password.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/account/account.hpp"
#include "app/kernel/key_escrow.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "audit/actions.hpp"
#include "auth/sodium.hpp"
#include "auth/totp.hpp"
#include "i18n/catalog.hpp"
#include "json/read.hpp"
#include "support/remote_escrow_stand_in.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr const char* kNewPassword = "Hq8#wRt5!mZv";

std::string error_of(const Runtime& runtime, const std::string& field) {
  const FieldError* e = find_error(runtime.state(), field);
  return e ? e->code : "";
}

// The demo citizen registered on this device with the fund's escrow reachable, optionally with code
// access turned on, then signed out.
struct SignedOut : vault_peek::SignedIn {
  explicit SignedOut(bool code_access = true) {
    runtime->set_escrow(&escrow);
    if (code_access) turn_code_access(true);
    send("sign_out");
  }
  test::RemoteEscrowStandIn escrow;
  std::string escrow_id() const {
    return wrapped_key_from_json(storage.read(std::string(kEscrowWrapKey)).value_or(""))->escrow_id;
  }
  void turn_code_access(bool on, const std::string& password = DemoPerson{}.password) {
    send("set_code_access", {{"on", on}, {"password", password}});
  }
  void sign_in() { send("sign_in", {{"login", DemoPerson{}.phone}, {"password", DemoPerson{}.password}}); }
  void sign_in_by_code(const std::string& snils, const std::string& phone) {
    send("code_sign_in_request", {{"snils", snils}, {"phone", phone}});
    send("code_sign_in_confirm", {{"code", sandbox_code(*runtime, "sign_in")}});
  }
  void forgot(const std::string& login) {
    send("password_reset_request", {{"login", login}});
    send("password_reset_confirm", {{"code", sandbox_code(*runtime, "password_reset")}});
  }
  bool has_audit(std::string_view action) const {
    const auto& entries = state().account.audit.entries();
    return std::any_of(entries.begin(), entries.end(), [&](const audit::AuditEntry& e) { return e.action == action; });
  }
  std::string vault_salt() const { return storage.read("vault.bin").value_or("").substr(20, 16); }
  int attempts_left() const { return state().account.lockout.remaining_attempts(clock.now_ms()); }
};

}  // namespace

TEST(CodeAccess, OffUntilTurnedOnWithThePasswordWhichReKeysTheVault) {
  SignedOut device(false);
  EXPECT_FALSE(device.state().account.code_access);
  EXPECT_FALSE(device.storage.read(std::string(kEscrowWrapKey)));
  EXPECT_EQ(device.escrow.size(), 0u);
  device.send("code_sign_in_request", {{"snils", DemoPerson{}.snils}, {"phone", DemoPerson{}.phone}});
  EXPECT_EQ(device.state().account.error_key, "auth.code_access.unavailable");
  EXPECT_EQ(sandbox_code(*device.runtime, "sign_in"), "") << "no code while it is off";
  device.send("password_reset_request", {{"login", DemoPerson{}.email}});
  EXPECT_EQ(device.state().account.error_key, "auth.code_access.unavailable");
  // On, with the password: a wrong or empty one changes nothing.
  device.sign_in();
  const std::string salt = device.vault_salt();
  device.turn_code_access(true, "");
  EXPECT_EQ(error_of(*device.runtime, "code_access.password"), "auth.sign_in.password_empty");
  device.turn_code_access(true, "Wr0ng!Passw0rd");
  EXPECT_EQ(error_of(*device.runtime, "code_access.password"), "auth.password.old_wrong");
  EXPECT_EQ(device.attempts_left(), 4) << "a wrong password here counts towards the lock too";
  EXPECT_FALSE(device.state().account.code_access);
  EXPECT_FALSE(device.state().account.code_access_wanted);
  EXPECT_EQ(device.vault_salt(), salt);
  device.turn_code_access(true);
  EXPECT_TRUE(device.state().account.code_access);
  EXPECT_NE(device.vault_salt(), salt) << "re-keyed";
  EXPECT_TRUE(device.storage.read(std::string(kEscrowWrapKey)));
  EXPECT_TRUE(device.has_audit(audit::actions::kCodeAccessChange));
  // The choice is the account's (in the vault): still on after a restart and a password sign-in.
  device.restart(&device.escrow);
  EXPECT_TRUE(device.state().account.code_access_wanted);
  EXPECT_TRUE(device.state().account.code_access);
}

// The key that opens the vault by a code is never kept on the device: with no escrow of the
// fund's (this build), code access is not offered, and the switch refuses with the reason.
TEST(CodeAccess, NotOfferedWithoutTheFundsEscrow) {
  vault_peek::SignedIn device;
  EXPECT_FALSE(device.state().account.code_access_offered);
  const std::string salt = device.storage.read("vault.bin").value_or("").substr(20, 16);
  device.send("set_code_access", {{"on", true}, {"password", DemoPerson{}.password}});
  EXPECT_EQ(error_of(*device.runtime, "code_access.password"), "auth.code_access.no_remote_escrow");
  EXPECT_FALSE(device.state().account.code_access);
  EXPECT_FALSE(device.storage.read(std::string(kEscrowWrapKey)));
  EXPECT_EQ(device.storage.read("vault.bin").value_or("").substr(20, 16), salt) << "nothing re-keyed";
  device.send("sign_out");
  device.send("code_sign_in_request", {{"snils", DemoPerson{}.snils}, {"phone", DemoPerson{}.phone}});
  EXPECT_EQ(device.state().account.error_key, "auth.code_access.no_remote_escrow");
  EXPECT_EQ(sandbox_code(*device.runtime, "sign_in"), "");
  device.send("password_reset_request", {{"login", DemoPerson{}.email}});
  EXPECT_EQ(device.state().account.error_key, "auth.code_access.no_remote_escrow");
  EXPECT_EQ(sandbox_code(*device.runtime, "password_reset"), "");
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  EXPECT_NE(ru.tr("auth.code_access.no_remote_escrow").find("серверу фонда"), std::string::npos);
}

// An earlier build kept the escrow's half on the device too (escrow-sandbox.json beside
// vault-escrow.json). The next password sign-in re-keys the vault and removes both, so the
// copied halves open nothing.
TEST(CodeAccess, HalvesAnEarlierBuildLeftOnTheDeviceGoAtTheNextSignInWhichReKeys) {
  SignedOut device;
  const std::string wrapped = *device.storage.read(std::string(kEscrowWrapKey));
  const std::string id = device.escrow_id();
  const std::string key = device.escrow.held(id).value_or("");
  ASSERT_EQ(key.size(), 32u);
  const json legacy = {{"version", 1}, {"entries", {{id, auth::to_hex(key)}}}};
  ASSERT_TRUE(device.storage.write_atomic(std::string(kLegacyDeviceEscrowKey), legacy.dump()).ok);
  const std::string salt = device.vault_salt();
  device.restart();  // this build: no escrow of the fund's
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in);
  EXPECT_FALSE(device.storage.read(std::string(kLegacyDeviceEscrowKey))) << "the on-device half is gone";
  EXPECT_FALSE(device.storage.read(std::string(kEscrowWrapKey))) << "so is the wrapped key";
  EXPECT_FALSE(device.state().account.code_access);
  EXPECT_NE(device.vault_salt(), salt) << "re-keyed with the password";
  vault::SecretKey wrapping;
  std::copy(key.begin(), key.end(), wrapping.data());
  EXPECT_EQ(vault::VaultSession::open_wrapped(device.storage, wrapped_key_from_json(wrapped)->wrapped, wrapping).error,
            vault::VaultError::wrong_password_or_tampered)
      << "the copied halves open nothing";
  // The password still opens it, after a restart too.
  device.restart();
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_in);
}

TEST(CodeAccess, SnilsAndPhoneWithTheCodeOpenTheAccountWithoutThePassword) {
  SignedOut device;
  device.send("code_sign_in_request", {{"snils", "11223344595"}, {"phone", "8 (912) 345-67-89"}});
  EXPECT_EQ(device.state().account.step, "code_sign_in");
  const std::string code = sandbox_code(*device.runtime, "sign_in");
  ASSERT_EQ(code.size(), 6u);
  device.send("code_sign_in_confirm", {{"code", code}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in);
  EXPECT_EQ(device.state().account.profile.text("passport"), "4510 123456") << "the vault's data";
  const auto& entries = device.state().account.audit.entries();
  const auto last_sign_in = std::find_if(
      entries.rbegin(), entries.rend(), [](const audit::AuditEntry& e) { return e.action == audit::actions::kSignIn; });
  ASSERT_NE(last_sign_in, entries.rend());
  EXPECT_EQ(last_sign_in->details.value("method", ""), "code");
  // The used code does not open it again, not even against a new request.
  device.send("sign_out");
  device.send("code_sign_in_request", {{"snils", "112-233-445 95"}, {"phone", "+79123456789"}});
  ASSERT_NE(sandbox_code(*device.runtime, "sign_in"), code);
  device.send("code_sign_in_confirm", {{"code", code}});
  EXPECT_EQ(error_of(*device.runtime, "code_sign_in.code"), "auth.code.wrong");
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_out);
  // «Отправить код повторно» waits a minute.
  device.send("code_access_resend");
  EXPECT_EQ(device.state().account.error_key, "auth.code.wait");
  device.clock.advance_ms(61'000);
  device.send("code_access_resend");
  EXPECT_EQ(device.state().account.error_key, "");
}

TEST(CodeAccess, AWrongLoginSnilsOrCodeCountsTowardsTheLock) {
  SignedOut device;
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  device.send("code_sign_in_request", {{"snils", "112-233-445 95"}, {"phone", "+7 999 000-00-00"}});
  EXPECT_EQ(device.state().account.error_key, "auth.code_sign_in.no_match");
  EXPECT_EQ(sandbox_code(*device.runtime, "sign_in"), "") << "no code to a stranger's phone";
  EXPECT_NE(ru.tr("auth.code_sign_in.no_match", {{"count", 4}}).find("Осталось попыток: 4"), std::string::npos);
  device.send("code_sign_in_request", {{"snils", "112-233-445 96"}, {"phone", "+7 912 345-67-89"}});
  EXPECT_FALSE(error_of(*device.runtime, "code_sign_in.snils").empty()) << "a bad check digit stays on its field";
  EXPECT_EQ(device.attempts_left(), 4);
  // The account's phone with another citizen's SNILS: the code opens the vault, the SNILS is
  // compared with its own, and it closes again with nothing of the account left in memory.
  device.sign_in_by_code("123-456-789 64", DemoPerson{}.phone);
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_out);
  EXPECT_EQ(device.state().account.error_key, "auth.code_sign_in.no_match");
  EXPECT_TRUE(device.state().account.profile.empty());
  EXPECT_TRUE(device.state().account.audit.entries().empty());
  EXPECT_EQ(device.attempts_left(), 3);
  device.send("password_reset_request", {{"login", "someone@example.ru"}});
  EXPECT_EQ(device.state().account.error_key, "auth.reset.unknown_login");
  device.send("code_sign_in_request", {{"snils", DemoPerson{}.snils}, {"phone", DemoPerson{}.phone}});
  device.send("code_sign_in_confirm", {{"code", "not-it"}});
  EXPECT_EQ(error_of(*device.runtime, "code_sign_in.code"), "auth.code.wrong");
  EXPECT_EQ(device.attempts_left(), 1);
  device.send("code_sign_in_confirm", {{"code", "still-not"}});
  EXPECT_EQ(device.state().account.error_key, "auth.lockout.locked") << "five wrong tries: locked";
  // Locked: no new code, and the lock survives a reload.
  const std::string last = sandbox_code(*device.runtime, "sign_in");
  device.send("code_sign_in_request", {{"snils", DemoPerson{}.snils}, {"phone", DemoPerson{}.phone}});
  EXPECT_EQ(device.state().account.error_key, "auth.lockout.locked");
  EXPECT_EQ(sandbox_code(*device.runtime, "sign_in"), last);
  device.runtime = std::make_unique<Runtime>(device.storage, device.clock, test_account_crypto());
  device.runtime->start();
  device.send("password_reset_request", {{"login", DemoPerson{}.email}});
  EXPECT_EQ(device.state().account.error_key, "auth.lockout.locked");
}

TEST(CodeAccess, AForgottenPasswordIsReplacedByCodeAndTheOldOneStopsWorking) {
  SignedOut device;
  device.forgot("MARIA.IVANOVA@example.ru");
  ASSERT_EQ(device.state().account.phase, AccountPhase::new_password);
  // Nothing but the new password is allowed before it is set, and no forged answer completes it.
  device.send("export_backup");
  ASSERT_FALSE(device.state().notices.empty());
  EXPECT_EQ(device.state().notices.back().message_key, "auth.sign_in_required");
  device.send("password_changed", {{"password_hash", "forged"}});
  EXPECT_EQ(device.state().account.phase, AccountPhase::new_password);
  // Every rule holds: one of the last five, and one built from the name, are refused.
  device.send("password_reset_set", {{"new", DemoPerson{}.password}, {"repeat", DemoPerson{}.password}});
  EXPECT_EQ(error_of(*device.runtime, "password_reset.new"), "auth.password.recently_used");
  device.send("password_reset_set", {{"new", "Ivanova#2024!"}, {"repeat", "Ivanova#2024!"}});
  EXPECT_FALSE(error_of(*device.runtime, "password_reset.new").empty());
  device.send("password_reset_set", {{"new", kNewPassword}, {"repeat", "Hq8#wRt5!mZ"}});
  EXPECT_EQ(error_of(*device.runtime, "password_reset.repeat"), "auth.register.repeat_differs");
  device.send("password_reset_set", {{"new", kNewPassword}, {"repeat", kNewPassword}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in);
  EXPECT_TRUE(device.has_audit(audit::actions::kPasswordReset));
  EXPECT_EQ(device.state().notifications.entries.back().message_key, "auth.reset.done_feed");
  device.send("sign_out");
  // The old password opens nothing now; the new one opens the same data.
  device.sign_in();
  EXPECT_EQ(device.state().account.error_key, "auth.lockout.wrong_password");
  device.send("sign_in", {{"login", DemoPerson{}.phone}, {"password", kNewPassword}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in);
  EXPECT_EQ(device.state().account.profile.text("passport"), "4510 123456");
  // The escrow follows the new key: the code still opens it.
  device.send("sign_out");
  device.sign_in_by_code(DemoPerson{}.snils, DemoPerson{}.phone);
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_in);
}

TEST(CodeAccess, TheAuthenticatorIsAskedEvenOnARememberedDeviceAndItsStepStaysUsed) {
  SignedOut device;
  device.sign_in();
  device.send("two_factor_start");
  const std::string secret = *auth::from_hex(device.state().account.two_factor.pending_secret_hex);
  device.send("two_factor_confirm", {{"code", auth::totp(secret, device.clock.now_ms()).value_or("")}});
  ASSERT_TRUE(device.state().account.two_factor.enabled);
  device.send("recovery_codes_seen");
  device.send("sign_out");
  // «Запомнить меня» with the password and the authenticator.
  device.clock.advance_ms(60'000);
  device.send("sign_in", {{"login", DemoPerson{}.phone}, {"password", DemoPerson{}.password}, {"remember", true}});
  device.send("second_factor", {{"code", auth::totp(secret, device.clock.now_ms()).value_or("")}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in);
  device.send("sign_out");
  device.sign_in();
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in) << "the password alone, on this remembered device";
  device.send("sign_out");
  // A code alone does not inherit that trust.
  device.clock.advance_ms(60'000);
  device.forgot(DemoPerson{}.phone);
  ASSERT_EQ(device.state().account.phase, AccountPhase::second_factor);
  const std::string step_code = auth::totp(secret, device.clock.now_ms()).value_or("");
  device.send("second_factor", {{"code", step_code}});
  EXPECT_EQ(device.state().account.phase, AccountPhase::new_password);
  device.send("sign_out");  // «Отмена»: the vault closes, the password is unchanged
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_out);
  device.sign_in_by_code(DemoPerson{}.snils, DemoPerson{}.phone);
  ASSERT_EQ(device.state().account.phase, AccountPhase::second_factor);
  device.send("second_factor", {{"code", step_code}});
  EXPECT_EQ(device.state().account.error_key, "auth.totp.reused") << "the step used before the cancel was saved";
}

TEST(CodeAccess, TheNewPasswordStepSignsOutWhenIdle) {
  SignedOut device;
  device.forgot(DemoPerson{}.phone);
  ASSERT_EQ(device.state().account.phase, AccountPhase::new_password);
  device.clock.advance_ms(kIdleSignOutMs);
  device.runtime->tick();
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_out);
  EXPECT_TRUE(device.state().account.profile.empty());
}

TEST(CodeAccess, TurnedOffHalvesCopiedBeforeOpenNothing) {
  SignedOut device;
  device.sign_in();  // a password sign-in makes a new pair: copy that one
  const std::string wrapped = *device.storage.read(std::string(kEscrowWrapKey));
  const std::string id = device.escrow_id();
  const std::string escrow = device.escrow.held(id).value_or("");
  ASSERT_EQ(escrow.size(), 32u);
  device.turn_code_access(false);
  EXPECT_FALSE(device.state().account.code_access);
  EXPECT_FALSE(device.storage.read(std::string(kEscrowWrapKey))) << "the wrapped key is gone";
  EXPECT_FALSE(device.escrow.held(id)) << "and so is the escrow's half";
  device.send("sign_out");
  device.send("code_sign_in_request", {{"snils", DemoPerson{}.snils}, {"phone", DemoPerson{}.phone}});
  EXPECT_EQ(device.state().account.error_key, "auth.code_access.unavailable");
  // Both halves as they were while it was on: the vault was re-keyed, so they open nothing.
  ASSERT_TRUE(device.storage.write_atomic(std::string(kEscrowWrapKey), wrapped).ok);
  device.escrow.put_back(id, escrow);
  auto key = device.escrow.release(id, "");
  ASSERT_TRUE(key);
  vault::SecretKey wrapping;
  std::copy(key->begin(), key->end(), wrapping.data());
  EXPECT_EQ(vault::VaultSession::open_wrapped(device.storage, wrapped_key_from_json(wrapped)->wrapped, wrapping).error,
            vault::VaultError::wrong_password_or_tampered);
  // Off stays off after a password sign-in (the choice is in the vault), and those stale halves go.
  device.sign_in();
  EXPECT_FALSE(device.state().account.code_access);
  EXPECT_FALSE(device.storage.read(std::string(kEscrowWrapKey)));
}

TEST(CodeAccess, ADamagedOrForeignEscrowFileRefusesClearlyAndThePasswordMendsIt) {
  SignedOut device;
  const std::string good = *device.storage.read(std::string(kEscrowWrapKey));
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  auto wrapped = wrapped_key_from_json(good);
  ASSERT_TRUE(wrapped);
  const std::string cases[] = {
      "{not json",
      "",
      [&] {
        WrappedVaultKey flipped = *wrapped;
        flipped.wrapped[30] ^= 0x01;  // one bit of the wrapped key
        return wrapped_key_json(flipped);
      }(),
      [&] {
        WrappedVaultKey other = *wrapped;
        other.escrow_id = "someone-else";  // an entry the escrow does not hold
        return wrapped_key_json(other);
      }(),
  };
  for (const std::string& bytes : cases) {
    ASSERT_TRUE(device.storage.write_atomic(std::string(kEscrowWrapKey), bytes).ok);
    device.sign_in_by_code(DemoPerson{}.snils, DemoPerson{}.phone);
    EXPECT_EQ(device.state().account.phase, AccountPhase::signed_out) << bytes;
    EXPECT_EQ(device.state().account.error_key, "auth.code_access.broken") << bytes;
    EXPECT_EQ(ru.tr("auth.code_access.broken").find("auth."), std::string::npos);
    EXPECT_EQ(device.attempts_left(), 5) << "a right code is not a failure";
  }
  // The password still opens the vault, and a new pair of halves is made.
  device.send("sign_in", {{"login", DemoPerson{}.email}, {"password", DemoPerson{}.password}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in);
  EXPECT_TRUE(device.state().account.code_access);
  device.send("sign_out");
  device.sign_in_by_code(DemoPerson{}.snils, DemoPerson{}.phone);
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_in);
}

TEST(CodeAccess, AnOldWrappedKeyOpensNothingAfterAPasswordChange) {
  SignedOut device;
  const std::string before = *device.storage.read(std::string(kEscrowWrapKey));
  const std::string id_before = device.escrow_id();
  const std::string escrow_before = device.escrow.held(id_before).value_or("");
  device.sign_in();
  device.send("change_password", {{"old", DemoPerson{}.password}, {"new", kNewPassword}, {"repeat", kNewPassword}});
  ASSERT_NE(*device.storage.read(std::string(kEscrowWrapKey)), before) << "rewrapped for the new key";
  device.send("sign_out");
  // Both halves as they were before the change: the vault's salt differs, nothing opens.
  ASSERT_TRUE(device.storage.write_atomic(std::string(kEscrowWrapKey), before).ok);
  device.escrow.put_back(id_before, escrow_before);
  device.sign_in_by_code(DemoPerson{}.snils, DemoPerson{}.phone);
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_out);
  EXPECT_EQ(device.state().account.error_key, "auth.code_access.broken");
}

// Item 5's code channel as the second factor, through a real gateway only (the sandbox shows codes
// in the app, so there it would prove nothing the password did not), and never after a sign-in by a code.
TEST(CodeAccess, AnSmsCodeIsASecondFactorOnlyThroughAGatewayAndAfterThePassword) {
  struct Gateway : Delivery {
    std::vector<CodeMessage> sent;
    bool deliver(const CodeMessage& message) override {
      sent.push_back(message);
      return true;
    }
  } gateway;
  SignedOut device;
  device.sign_in();
  device.send("two_factor_start");
  const std::string secret = *auth::from_hex(device.state().account.two_factor.pending_secret_hex);
  device.send("two_factor_confirm", {{"code", auth::totp(secret, device.clock.now_ms()).value_or("")}});
  device.send("recovery_codes_seen");
  device.send("sign_out");
  device.sign_in();
  ASSERT_EQ(device.state().account.phase, AccountPhase::second_factor);
  device.send("second_factor_send_code");
  EXPECT_EQ(sandbox_code(*device.runtime, "second_factor"), "") << "the sandbox channel is no second factor";
  device.send("sign_out");
  device.runtime->set_delivery(&gateway);
  device.send("sign_in", {{"login", DemoPerson{}.phone}, {"password", DemoPerson{}.password}, {"remember", true}});
  device.send("second_factor_send_code");
  ASSERT_EQ(gateway.sent.size(), 1u);
  EXPECT_EQ(gateway.sent[0].purpose, "second_factor");
  EXPECT_EQ(gateway.sent[0].target, "+79123456789");
  device.send("second_factor_send_code");
  EXPECT_EQ(device.state().account.error_key, "auth.code.wait") << "a new one after a minute";
  device.send("second_factor", {{"code", gateway.sent[0].code == "000000" ? "111111" : "000000"}});
  EXPECT_EQ(device.attempts_left(), 4) << "a wrong code counts";
  device.send("second_factor", {{"code", gateway.sent[0].code}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in);
  device.send("sign_out");
  device.sign_in();
  EXPECT_EQ(device.state().account.phase, AccountPhase::second_factor) << "an SMS code earns no «Запомнить меня»";
  device.send("sign_out");
  // After a sign-in by an SMS code the same channel is not a second factor, whatever else happens.
  device.send("code_sign_in_request", {{"snils", DemoPerson{}.snils}, {"phone", DemoPerson{}.phone}});
  device.send("code_sign_in_confirm", {{"code", gateway.sent.back().code}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::second_factor);
  device.send("vault_failed", {{"error", "wrong_password_or_tampered"}});  // a stray report changes nothing
  device.send("second_factor_send_code");
  EXPECT_EQ(device.state().account.error_key, "auth.sign_in.second_factor_sms_same_channel");
  EXPECT_EQ(gateway.sent.back().purpose, "sign_in");
}
