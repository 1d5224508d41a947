// The account through the Runtime with real libsodium (the smallest Argon2id
// parameters, for speed): registration, the lockout, the idle sign-out, the
// second factor, the password change, the vault and the audit log.
#include <gtest/gtest.h>

#include "app/account/account.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "audit/audit_verify.hpp"
#include "auth/totp.hpp"
#include "vault/vault_storage.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = 1'795'424'400'000;  // 2026-11-23T09:00:00Z
constexpr int64_t kMinute = 60'000;

struct Device {
  storage::MemoryStorage storage;
  FakeClock clock{kStart};
  std::unique_ptr<Runtime> runtime = boot();
  std::unique_ptr<Runtime> boot() {
    auto r = std::make_unique<Runtime>(storage, clock, test_account_crypto());
    r->start();
    return r;
  }
  const AppState& state() const { return runtime->state(); }
  AccountPhase phase() const { return state().account.phase; }
  void send(const std::string& type, json args = json::object()) { ASSERT_TRUE(runtime->dispatch({type, args})); }
  void sign_in(const std::string& password, const std::string& login = DemoPerson{}.phone) {
    send("sign_in", {{"login", login}, {"password", password}});
  }
  std::vector<std::string> field_errors() const {
    std::vector<std::string> out;
    for (const auto& e : state().errors) out.push_back(e.field + ":" + e.code);
    return out;
  }
  std::string stored_audit() {
    auto opened = vault::VaultSession::open(storage, DemoPerson{}.password);
    if (!opened.ok()) return "";
    auto values = vault::VaultStorage::parse(opened.plaintext);
    return values.ok() && values.values->count(kAuditKey) ? values.values->at(kAuditKey) : "";
  }
};

json valid_registration() {
  const DemoPerson p;
  return {{"full_name", p.full_name}, {"birth_date", p.birth_date}, {"phone", p.phone}, {"email", p.email},
          {"snils", p.snils},         {"password", p.password},     {"password_repeat", p.password}, {"agree", true}};
}

}  // namespace

TEST(Account, RegistrationChecksEveryFieldAndThePasswordRules) {
  Device d;
  EXPECT_EQ(d.phase(), AccountPhase::none);
  json bad = valid_registration();
  bad["snils"] = "112-233-445 96";
  bad["birth_date"] = "31.02.1985";
  bad["password"] = "Qwerty1234!";
  bad["password_repeat"] = "other";
  bad["agree"] = false;
  d.send("register_submit", bad);
  const auto errors = d.field_errors();
  for (const char* expected : {"register.snils:ids.snils.checksum", "register.birth_date:ids.date.calendar",
                               "register.password:auth.password.sequence",
                               "register.password_repeat:auth.register.repeat_differs",
                               "register.agree:auth.register.agree_required"})
    EXPECT_NE(std::find(errors.begin(), errors.end(), expected), errors.end()) << expected;
  EXPECT_TRUE(d.state().account.codes.empty());
  // The citizen's own birth date inside the password is refused too.
  json own = valid_registration();
  own["password"] = own["password_repeat"] = "Mar!14031985x";
  d.send("register_submit", own);
  EXPECT_EQ(d.field_errors(), std::vector<std::string>{"register.password:auth.password.contains_birth_date"});
}

TEST(Account, CodesConfirmThePhoneAndEmailAndTheVaultHoldsEverything) {
  Device d;
  d.send("register_submit", valid_registration());
  ASSERT_EQ(d.state().account.step, "confirm");
  // «Отправить код повторно» waits a minute: no second SMS, the first code stays good.
  const std::string first_phone_code = sandbox_code(*d.runtime, "register_phone");
  d.clock.advance_ms(59'000);
  d.send("register_resend", {{"channel", "phone"}});
  EXPECT_EQ(d.state().account.error_key, "auth.code.wait");
  EXPECT_EQ(d.state().account.error_params.value("seconds", 0), 1);
  EXPECT_EQ(sandbox_code(*d.runtime, "register_phone"), first_phone_code);
  d.clock.advance_ms(1'000);
  d.send("register_resend", {{"channel", "phone"}});
  EXPECT_EQ(d.state().account.error_key, "");
  const std::string phone_code = sandbox_code(*d.runtime, "register_phone");
  const std::string email_code = sandbox_code(*d.runtime, "register_email");
  ASSERT_EQ(phone_code.size(), 6u);
  // A wrong code is refused and nothing is created.
  d.send("register_confirm", {{"phone_code", phone_code}, {"email_code", "000000"}});
  EXPECT_EQ(d.phase(), AccountPhase::none);
  EXPECT_FALSE(d.storage.read("vault.bin"));
  d.send("register_confirm", {{"phone_code", sandbox_code(*d.runtime, "register_phone")}, {"email_code", email_code}});
  ASSERT_EQ(d.phase(), AccountPhase::signed_in);
  EXPECT_EQ(d.state().account.profile.text("snils"), "112-233-445 95");
  EXPECT_EQ(d.state().account.profile.text("last_name"), "Иванова");
  // On the device: the encrypted vault and the public part (hashes and the lock), nothing else.
  std::vector<std::string> keys = d.storage.keys();
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"account-public.json", "vault.bin"}));
  for (const std::string& key : keys) {
    const std::string bytes = *d.storage.read(key);
    for (const char* secret : {"Иванова", "112-233-445 95", "maria.ivanova", "79123456789"})
      EXPECT_EQ(bytes.find(secret), std::string::npos) << key << " holds " << secret;
  }
  const std::string audit = d.stored_audit();
  EXPECT_TRUE(audit::verify_jsonl(audit).ok());
  EXPECT_NE(audit.find("\"registration\""), std::string::npos);
}

TEST(Account, FiveWrongPasswordsLockForThirtyMinutesAcrossARestart) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  d.send("sign_out");
  ASSERT_EQ(d.phase(), AccountPhase::signed_out);
  for (int i = 1; i <= 4; ++i) {
    d.sign_in("Wrong#pass" + std::to_string(i));
    EXPECT_EQ(d.state().account.error_key, "auth.lockout.wrong_password");
    EXPECT_EQ(d.state().account.error_params["count"], 5 - i);
  }
  d.runtime = d.boot();  // the counter survives a reload
  d.sign_in("Wrong#pass5");
  EXPECT_EQ(d.state().account.error_key, "auth.lockout.locked");
  EXPECT_EQ(d.state().account.error_params["time"], "23.11.2026 12:30");  // 09:00 UTC + 30 min, Moscow time
  // While locked even the right password is not checked.
  d.sign_in(DemoPerson{}.password);
  EXPECT_EQ(d.phase(), AccountPhase::signed_out);
  EXPECT_EQ(d.state().account.error_key, "auth.lockout.locked");
  d.clock.advance_ms(30 * kMinute);
  d.sign_in(DemoPerson{}.password);
  ASSERT_EQ(d.phase(), AccountPhase::signed_in);
  // The failed attempts made while the vault was closed are now in the audit log.
  const std::string audit = d.stored_audit();
  size_t failed = 0;
  for (size_t at = audit.find("sign_in_failed"); at != std::string::npos; at = audit.find("sign_in_failed", at + 1)) ++failed;
  EXPECT_EQ(failed, 5u);
  EXPECT_TRUE(audit::verify_jsonl(audit).ok());
}

TEST(Account, AnUnknownLoginCountsLikeAWrongPassword) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  d.send("sign_out");
  d.sign_in(DemoPerson{}.password, "someone@else.ru");
  EXPECT_EQ(d.state().account.error_key, "auth.lockout.wrong_password");
  EXPECT_EQ(d.state().account.error_params["count"], 4);
  // The email works as a login as well as the phone.
  d.sign_in(DemoPerson{}.password, "Maria.Ivanova@example.ru");
  EXPECT_EQ(d.phase(), AccountPhase::signed_in);
}

TEST(Account, IdleForFifteenMinutesSignsOutWithAWarningAMinuteBefore) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  d.send("start_form", {{"form", "pension-amount-certificate"}});
  d.clock.advance_ms(14 * kMinute - 1);
  d.runtime->tick();
  EXPECT_FALSE(d.state().account.idle_warning);
  d.clock.advance_ms(1);
  d.runtime->tick();
  EXPECT_TRUE(d.state().account.idle_warning);
  d.send("stay_signed_in");  // «Продолжить работу» restarts the timer
  EXPECT_FALSE(d.state().account.idle_warning);
  d.clock.advance_ms(15 * kMinute);
  d.runtime->tick();
  d.runtime->tick();
  EXPECT_EQ(d.phase(), AccountPhase::signed_out);
  EXPECT_TRUE(d.state().forms.drafts.items.empty());  // nothing personal stays in memory
  EXPECT_EQ(d.state().notices.back().message_key, "auth.idle.signed_out");
  // Signed out, personal actions are refused.
  d.send("start_form", {{"form", "pension-amount-certificate"}});
  EXPECT_FALSE(d.state().forms.has_journey);
  EXPECT_EQ(d.state().notices.back().message_key, "auth.sign_in_required");
  // The draft was saved before the sign-out and is back after signing in.
  ASSERT_TRUE(sign_in_demo_account(*d.runtime));
  EXPECT_EQ(d.state().forms.drafts.items.size(), 1u);
}

TEST(Account, TheAuthenticatorIsAskedAfterThePasswordAndRecoveryCodesWorkOnce) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  d.send("two_factor_start");
  const std::string secret = *auth::from_hex(d.state().account.two_factor.pending_secret_hex);
  d.send("two_factor_confirm", {{"code", "000000"}});
  EXPECT_FALSE(d.state().account.two_factor.enabled);
  d.send("two_factor_confirm", {{"code", *auth::totp(secret, d.clock.now_ms())}});
  ASSERT_TRUE(d.state().account.two_factor.enabled);
  const std::vector<std::string> recovery = d.state().account.two_factor.fresh_recovery_codes;
  ASSERT_EQ(recovery.size(), 10u);
  d.send("recovery_codes_seen");
  d.send("sign_out");
  d.clock.advance_ms(kMinute);
  d.sign_in(DemoPerson{}.password);
  ASSERT_EQ(d.phase(), AccountPhase::second_factor);
  d.send("second_factor", {{"code", "123456"}});
  EXPECT_EQ(d.phase(), AccountPhase::second_factor);
  EXPECT_EQ(d.state().account.error_key, "auth.lockout.wrong_password");
  d.send("second_factor", {{"code", *auth::totp(secret, d.clock.now_ms())}});
  ASSERT_EQ(d.phase(), AccountPhase::signed_in);
  // A recovery code instead of the app, once.
  d.send("sign_out");
  d.sign_in(DemoPerson{}.password);
  d.send("second_factor", {{"code", recovery[0]}});
  ASSERT_EQ(d.phase(), AccountPhase::signed_in);
  d.send("sign_out");
  d.sign_in(DemoPerson{}.password);
  d.send("second_factor", {{"code", recovery[0]}});
  EXPECT_EQ(d.phase(), AccountPhase::second_factor);
}

TEST(Account, PasswordChangeFollowsTheRulesAndReencryptsTheVault) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  const std::string old_password = DemoPerson{}.password;
  d.send("change_password", {{"old", old_password}, {"new", old_password}, {"repeat", old_password}});
  EXPECT_EQ(d.field_errors(), std::vector<std::string>{"password_change.new:auth.password.recently_used"});
  d.send("change_password", {{"old", "Wrong#pass1"}, {"new", "Hq$8vNw!tK3z"}, {"repeat", "Hq$8vNw!tK3z"}});
  EXPECT_EQ(d.field_errors(), std::vector<std::string>{"password_change.old:auth.password.old_wrong"});
  d.send("change_password", {{"old", old_password}, {"new", "Hq$8vNw!tK3z"}, {"repeat", "Hq$8vNw!tK3z"}});
  EXPECT_TRUE(d.field_errors().empty());
  d.send("sign_out");
  d.sign_in(old_password);
  EXPECT_EQ(d.phase(), AccountPhase::signed_out);
  d.sign_in("Hq$8vNw!tK3z");
  EXPECT_EQ(d.phase(), AccountPhase::signed_in);
}

TEST(Account, ATamperedVaultIsRefusedAndKeptAsItWas) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  d.send("sign_out");
  std::string bytes = *d.storage.read("vault.bin");
  bytes[bytes.size() / 2] ^= 0x01;
  ASSERT_TRUE(d.storage.write_atomic("vault.bin", bytes).ok);
  d.sign_in(DemoPerson{}.password);
  EXPECT_EQ(d.phase(), AccountPhase::signed_out);
  EXPECT_EQ(d.state().account.error_key, "auth.lockout.wrong_password");
  EXPECT_EQ(*d.storage.read("vault.bin"), bytes);  // never overwritten
  ASSERT_TRUE(d.storage.write_atomic("vault.bin", bytes.substr(0, 40)).ok);
  d.sign_in(DemoPerson{}.password);
  EXPECT_EQ(d.state().account.error_key, "auth.vault.truncated");
}

TEST(Account, SessionsAreListedAndANewDeviceIsReported) {
  Device d;
  d.runtime->set_device_label("Chrome · Android");
  ASSERT_TRUE(register_demo_account(*d.runtime));
  ASSERT_EQ(d.state().account.sessions.size(), 1u);
  EXPECT_EQ(d.state().account.sessions[0].device, "Chrome · Android");
  // The same vault on another device (a backup restored elsewhere).
  storage::MemoryStorage other;
  for (const std::string& key : {std::string("vault.bin"), std::string("account-public.json")}) {
    auto bytes = d.storage.read(key);
    if (key == "account-public.json") {
      json pub = json::parse(*bytes);
      pub["device_id"] = "";
      bytes = pub.dump();
    }
    other.write_atomic(key, *bytes);
  }
  Runtime elsewhere(other, d.clock, test_account_crypto());
  elsewhere.set_device_label("Firefox · Windows");
  elsewhere.start();
  ASSERT_TRUE(sign_in_demo_account(elsewhere));
  bool reported = false;
  for (const Notice& n : elsewhere.state().notices) reported |= n.message_key == "auth.sessions.new_device";
  EXPECT_TRUE(reported);
  EXPECT_EQ(elsewhere.state().account.sessions.size(), 2u);
  // «Завершить» the first device's session from the second.
  const std::string first = elsewhere.state().account.sessions[0].id;
  elsewhere.dispatch({"end_session", {{"id", first}}});
  EXPECT_NE(elsewhere.state().account.sessions[0].ended_ms, 0);
}

TEST(Account, RegisteringAgainNeverOverwritesAnExistingVault) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  d.send("sign_out");
  const std::string old_vault = *d.storage.read("vault.bin");
  // The public part is lost: the device looks new, and the citizen registers again.
  d.storage.remove("account-public.json");
  d.runtime = d.boot();
  ASSERT_EQ(d.phase(), AccountPhase::none);
  ASSERT_TRUE(register_demo_account(*d.runtime));
  EXPECT_EQ(d.storage.read("cabinet-backup-2026-11-23.cabv"), old_vault);
  EXPECT_NE(d.storage.read("vault.bin"), old_vault);
}

TEST(Account, ThePasswordsAgeComesToTheFeedAWeekBeforeAndWhenItIsOver) {
  Device d;
  ASSERT_TRUE(register_demo_account(*d.runtime));
  const auto entries = [&](const std::string& key) {
    size_t n = 0;
    for (const FeedEntry& f : d.state().notifications.entries) n += f.message_key == key;
    return n;
  };
  const auto again_after = [&](int64_t days) {
    d.send("sign_out");
    d.clock.advance_ms(days * 24 * 60 * kMinute);
    ASSERT_TRUE(sign_in_demo_account(*d.runtime));
  };
  again_after(82);  // 8 days left: nothing yet
  EXPECT_EQ(entries("auth.password.expiring_feed"), 0u);
  again_after(1);  // 7 days left
  EXPECT_EQ(entries("auth.password.expiring_feed"), 1u);
  again_after(1);
  EXPECT_EQ(entries("auth.password.expiring_feed"), 1u) << "once per password";
  again_after(7);  // 91 days
  EXPECT_EQ(entries("auth.password.expired_feed"), 1u);
  EXPECT_EQ(d.state().notifications.entries.back().object, "security");
  again_after(1);
  EXPECT_EQ(entries("auth.password.expired_feed"), 1u);
}
