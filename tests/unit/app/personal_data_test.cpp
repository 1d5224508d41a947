// Профиль → «Личные данные» over the real Runtime and vault: the passport
// makes the account стандартная, bad input is refused per field and saves
// nothing, the phone and email change only with the code sent to the new
// contact (and then sign in), the phone at most once in 30 days.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "app/kernel/update.hpp"

using namespace cabinet;
using nlohmann::json;

namespace {

constexpr int64_t kDay = 24LL * 60 * 60 * 1000;

const json kPassport = {{"passport", "4510 123456"},
                        {"issue_date", "20.03.2005"},
                        {"issued_by", "ГУ МВД России по г. Москве"},
                        {"office_code", "770-001"}};

bool has_notice(const app::AppState& s, const std::string& key) {
  for (const app::Notice& n : s.notices) {
    if (n.message_key == key) return true;
  }
  return false;
}

std::string error_of(const app::AppState& s, const std::string& field) {
  const app::FieldError* e = app::find_error(s, field);
  return e ? e->code : "";
}

std::string profile(const app::AppState& s, const char* key) {
  return s.account.profile.text(key);
}

// Registered without a passport: a базовая account.
app::DemoPerson without_passport() {
  app::DemoPerson person;
  person.passport.clear();
  return person;
}

struct Personal : vault_peek::SignedIn {
  Personal() : SignedIn(without_passport()) {}
  void change(const std::string& channel, const std::string& value) {
    send("contact_change_request", {{"channel", channel}, {"value", value}, {"password", person.password}});
    send("contact_change_confirm", {{"code", app::sandbox_code(*runtime, "profile_" + channel)}});
  }
};

}  // namespace

TEST(PersonalData, ThePassportMakesTheAccountStandardAndStaysAfterARestart) {
  Personal p;
  EXPECT_EQ(p.state().account.identity_level, "basic");
  p.send("personal_passport_save", kPassport);
  EXPECT_TRUE(p.state().errors.empty());
  EXPECT_EQ(profile(p.state(), "passport"), "4510 123456");
  EXPECT_EQ(profile(p.state(), "passport_issue_date"), "2005-03-20");
  EXPECT_EQ(profile(p.state(), "passport_office_code"), "770-001");
  EXPECT_EQ(p.state().account.identity_level, "standard");
  EXPECT_TRUE(has_notice(p.state(), "auth.level.standard_now"));
  const auto& audit = p.state().account.audit.entries();
  ASSERT_GE(audit.size(), 2u);
  EXPECT_EQ(audit[audit.size() - 2].object, "passport");
  EXPECT_EQ(audit.back().object, "identity_level");
  p.restart();
  EXPECT_EQ(p.state().account.identity_level, "standard");
  EXPECT_EQ(profile(p.state(), "passport_issued_by"), "ГУ МВД России по г. Москве");
}

TEST(PersonalData, BadPassportDetailsAreRefusedOnTheirFieldsAndNothingIsSaved) {
  Personal p;
  p.send(
      "personal_passport_save",
      {{"passport", "4510 12345"}, {"issue_date", "01.01.2099"}, {"issued_by", "ГУ\tМВД"}, {"office_code", "77-001"}});
  EXPECT_NE(error_of(p.state(), "personal.passport"), "");
  EXPECT_NE(error_of(p.state(), "personal.passport_issue_date"), "");
  EXPECT_EQ(error_of(p.state(), "personal.passport_issued_by"), "personal.control_chars");
  EXPECT_NE(error_of(p.state(), "personal.passport_office_code"), "");
  EXPECT_EQ(profile(p.state(), "passport"), "");
  EXPECT_EQ(p.state().account.identity_level, "basic");
  // Born 14.03.1985: a passport issued before the 14th birthday cannot be.
  json early = kPassport;
  early["issue_date"] = "13.03.1999";
  p.send("personal_passport_save", early);
  EXPECT_EQ(error_of(p.state(), "personal.passport_issue_date"), "personal.issued_before_fourteen");
  early["issue_date"] = "14.03.1999";
  early["issued_by"] = std::string("\xD0\x93\xFF");  // invalid UTF-8 reads as nothing typed
  p.send("personal_passport_save", early);
  EXPECT_EQ(error_of(p.state(), "personal.passport_issue_date"), "");
  EXPECT_EQ(error_of(p.state(), "personal.passport_issued_by"), "personal.required");
  EXPECT_EQ(profile(p.state(), "passport"), "");
}

// State-level: the agency's confirmation is for a passport; another one needs it again.
TEST(PersonalData, ANewPassportNumberAsksToConfirmAgainAndAFixedIssuerDoesNot) {
  app::AppState s;
  s.account.phase = app::AccountPhase::signed_in;
  s.account.last_activity_ms = vault_peek::SignedIn::kStart;
  s.account.profile = app::Profile::from_json({{"snils", "112-233-445 95"},
                                               {"birth_date", "1985-03-14"},
                                               {"passport", "4510 123456"},
                                               {"passport_confirmed", "4510 123456"}});
  s.account.identity_level = app::identity_level(s);
  ASSERT_EQ(s.account.identity_level, "confirmed");
  json same = kPassport;
  same["issued_by"] = "ОВД района Арбат г. Москвы";
  app::update(s, {"personal_passport_save", same}, vault_peek::SignedIn::kStart + 1'000);
  EXPECT_EQ(s.account.identity_level, "confirmed");
  EXPECT_EQ(s.account.profile.text("passport_issued_by"), "ОВД района Арбат г. Москвы");
  json other = kPassport;
  other["passport"] = "4511 654321";
  app::update(s, {"personal_passport_save", other}, vault_peek::SignedIn::kStart + 2'000);
  EXPECT_EQ(s.account.identity_level, "standard");
  EXPECT_TRUE(s.account.profile.passport_confirmed.empty());
  EXPECT_TRUE(has_notice(s, "auth.level.confirm_again"));
  // Typing the confirmed number back does not confirm it again: the agency's mark went with the change.
  app::update(s, {"personal_passport_save", kPassport}, vault_peek::SignedIn::kStart + 3'000);
  EXPECT_EQ(s.account.identity_level, "standard");
}

TEST(PersonalData, ThePhoneChangesOnlyWithTheCodeSentToTheNewOneAndThenSignsIn) {
  Personal p;
  p.send("contact_change_request",
         {{"channel", "phone"}, {"value", "+7 916 000-11-22"}, {"password", app::DemoPerson{}.password}});
  ASSERT_TRUE(p.state().errors.empty());
  const std::string code = app::sandbox_code(*p.runtime, "profile_phone");
  ASSERT_EQ(code.size(), 6u);
  bool to_new = false;
  for (const app::OneTimeCode& c : p.state().account.codes) to_new = to_new || c.target == "+79160001122";
  EXPECT_TRUE(to_new) << "the code goes to the new phone, proving it is the citizen's";
  p.send("contact_change_confirm", {{"code", code == "000000" ? "111111" : "000000"}});
  EXPECT_EQ(error_of(p.state(), "personal.code"), "auth.code.wrong");
  EXPECT_EQ(profile(p.state(), "phone"), "+79123456789");
  p.send("contact_change_confirm", {{"code", code}});
  EXPECT_TRUE(p.state().errors.empty());
  EXPECT_EQ(profile(p.state(), "phone"), "+79160001122");
  EXPECT_TRUE(has_notice(p.state(), "personal.phone_changed"));
  EXPECT_EQ(p.state().account.audit.entries().back().object, "phone");
  EXPECT_EQ(p.state().notifications.entries.back().message_key, "personal.phone_changed_feed");
  // The new phone signs in; the old one no longer does.
  p.send("sign_out");
  app::DemoPerson old_phone;
  EXPECT_FALSE(app::sign_in_demo_account(*p.runtime, old_phone));
  app::DemoPerson new_phone;
  new_phone.phone = "+7 916 000-11-22";
  EXPECT_TRUE(app::sign_in_demo_account(*p.runtime, new_phone));
  // A restart keeps it (the logins are outside the vault, the phone inside).
  p.runtime = std::make_unique<app::Runtime>(p.storage, p.clock, app::test_account_crypto());
  p.runtime->start();
  EXPECT_TRUE(app::sign_in_demo_account(*p.runtime, new_phone));
  EXPECT_EQ(profile(p.state(), "phone"), "+79160001122");
}

TEST(PersonalData, ThePhoneChangesAtMostOnceIn30Days) {
  Personal p;
  p.change("phone", "+7 916 000-11-22");
  ASSERT_EQ(profile(p.state(), "phone"), "+79160001122");
  p.send("contact_change_request",
         {{"channel", "phone"}, {"value", "+7 916 000-33-44"}, {"password", app::DemoPerson{}.password}});
  EXPECT_EQ(error_of(p.state(), "personal.phone"), "personal.phone_once_a_month");
  EXPECT_EQ(app::find_error(p.state(), "personal.phone")->params.value("date", ""), "23.12.2026");
  EXPECT_FALSE(p.state().account.contact_change);
  p.clock.advance_ms(30 * kDay);
  p.runtime->tick();
  app::DemoPerson person;
  person.phone = "+7 916 000-11-22";
  ASSERT_TRUE(app::sign_in_demo_account(*p.runtime, person));
  p.change("phone", "+7 916 000-33-44");
  EXPECT_EQ(profile(p.state(), "phone"), "+79160003344");
}

TEST(PersonalData, TheEmailChangesWithItsCodeAndSignsIn) {
  Personal p;
  p.send("contact_change_request",
         {{"channel", "email"}, {"value", "не почта"}, {"password", app::DemoPerson{}.password}});
  EXPECT_NE(error_of(p.state(), "personal.email"), "");
  p.send("contact_change_request",
         {{"channel", "email"}, {"value", "maria.ivanova@example.ru"}, {"password", app::DemoPerson{}.password}});
  EXPECT_EQ(error_of(p.state(), "personal.email"), "personal.same_contact");
  p.change("email", "m.ivanova@example.org");
  EXPECT_EQ(profile(p.state(), "email"), "m.ivanova@example.org");
  p.send("sign_out");
  p.send("sign_in", {{"login", "m.ivanova@example.org"}, {"password", app::DemoPerson{}.password}});
  EXPECT_EQ(p.state().account.phase, app::AccountPhase::signed_in);
}

TEST(PersonalData, CancellingDropsTheCodeAndProfileDataCannotSetAContact) {
  Personal p;
  p.send("contact_change_request",
         {{"channel", "phone"}, {"value", "+7 916 000-11-22"}, {"password", app::DemoPerson{}.password}});
  const std::string cancelled = app::sandbox_code(*p.runtime, "profile_phone");
  p.send("contact_change_cancel");
  EXPECT_FALSE(app::has_code(p.state(), "profile_phone"));
  EXPECT_EQ(app::sandbox_code(*p.runtime, "profile_phone"), "") << "its sandbox notice went too";
  // Asked again: the cancelled code does not confirm the new request.
  p.send("contact_change_request",
         {{"channel", "phone"}, {"value", "+7 916 000-11-22"}, {"password", app::DemoPerson{}.password}});
  const std::string fresh = app::sandbox_code(*p.runtime, "profile_phone");
  if (fresh != cancelled) {
    p.send("contact_change_confirm", {{"code", cancelled}});
    EXPECT_EQ(error_of(p.state(), "personal.code"), "auth.code.wrong");
    EXPECT_EQ(profile(p.state(), "phone"), "+79123456789");
  }
  p.send("contact_change_cancel");
  p.send("set_profile_data", {{"values", {{"phone", "+79160001122"}, {"passport_confirmed", "4510 123456"}}}});
  EXPECT_EQ(profile(p.state(), "phone"), "+79123456789");
  EXPECT_TRUE(p.state().account.profile.passport_confirmed.empty());
}

TEST(PersonalData, AnExpiredCodeSaysSoOnTheNewContactsField) {
  Personal p;
  p.send("contact_change_request",
         {{"channel", "email"}, {"value", "m.ivanova@example.org"}, {"password", app::DemoPerson{}.password}});
  const std::string code = app::sandbox_code(*p.runtime, "profile_email");
  p.clock.advance_ms(6 * 60 * 1000);  // codes live 5 minutes
  p.send("contact_change_confirm", {{"code", code}});
  EXPECT_EQ(error_of(p.state(), "personal.email"), "auth.code.expired");
  EXPECT_FALSE(p.state().account.contact_change);
  EXPECT_EQ(profile(p.state(), "email"), "maria.ivanova@example.ru");
}

TEST(PersonalData, TheAddressIsSavedAndBadOnesAreRefused) {
  Personal p;
  p.send("personal_address_save", {{"address", "  "}});
  EXPECT_EQ(error_of(p.state(), "personal.address"), "personal.required");
  p.send("personal_address_save", {{"address", std::string(501, 'a')}});
  EXPECT_EQ(error_of(p.state(), "personal.address"), "personal.too_long");
  p.send("personal_address_save", {{"address", "г. Москва,\x01 ул. Тверская, д. 1"}});
  EXPECT_EQ(error_of(p.state(), "personal.address"), "personal.control_chars");
  EXPECT_EQ(profile(p.state(), "address"), "");
  p.send("personal_address_save", {{"address", "125009, г. Москва, ул. Тверская, д. 1, кв. 5"}});
  EXPECT_TRUE(p.state().errors.empty());
  EXPECT_EQ(profile(p.state(), "address"), "125009, г. Москва, ул. Тверская, д. 1, кв. 5");
  EXPECT_EQ(p.state().account.audit.entries().back().object, "address");
}

// Seed 000: Маткапитал and the other services that declare подтверждённая wait
// for the agency's «Подтверждение личности» (start, submission and booking use
// the same gate, refuse_below_level); the
// confirmation through the real application opens them; a new passport number
// closes them again until it is confirmed.
TEST(PersonalData, AConfirmedServiceWaitsForTheAgencysConfirmation) {
  vault_peek::SignedIn p;
  ASSERT_EQ(p.state().account.identity_level, "standard");
  for (const char* form :
       {"maternity-capital", "pension-assignment", "pension-recalculation", "social-benefit", "work-record-error"}) {
    p.send("start_form", {{"form", form}});
    EXPECT_FALSE(p.state().forms.has_journey) << form;
    EXPECT_TRUE(has_notice(p.state(), "journey.level_required.confirmed")) << form;
  }
  // Standard services still start.
  p.send("start_form", {{"form", "pension-amount-certificate"}});
  EXPECT_TRUE(p.state().forms.has_journey);
  p.send("close_journey");
  ASSERT_TRUE(app::confirm_demo_identity(*p.runtime));
  EXPECT_EQ(p.state().forms.applications.items.back().form_id, app::kIdentityConfirmationForm);
  p.send("start_form", {{"form", "maternity-capital"}});
  EXPECT_TRUE(p.state().forms.has_journey);
  // A new passport: back to стандартная, and the service waits again.
  p.send("close_journey");
  json other = kPassport;
  other["passport"] = "4511 654321";
  p.send("personal_passport_save", other);
  EXPECT_EQ(p.state().account.identity_level, "standard");
  for (const app::Notice& n : std::vector<app::Notice>(p.state().notices)) p.send("dismiss_notice", {{"id", n.id}});
  p.send("start_form", {{"form", "social-benefit"}});
  EXPECT_FALSE(p.state().forms.has_journey);
  EXPECT_TRUE(has_notice(p.state(), "journey.level_required.confirmed"));
}

// A contact signs in and receives codes: changing it takes the password first; a
// wrong one counts towards the lock (which signs out); the old contact hears of the change.
TEST(PersonalData, AContactChangeTakesThePasswordAndTellsTheOldContact) {
  Personal p;
  std::vector<std::string> console;
  p.runtime->set_console([&](const std::string& line) { console.push_back(line); });
  p.send("contact_change_request", {{"channel", "phone"}, {"value", "+7 916 000-11-22"}});
  EXPECT_EQ(error_of(p.state(), "personal.password"), "auth.sign_in.password_empty");
  EXPECT_EQ(app::sandbox_code(*p.runtime, "profile_phone"), "") << "no code without the password";
  p.send("contact_change_request",
         {{"channel", "phone"}, {"value", "+7 916 000-11-22"}, {"password", "Wr0ng!Passw0rd"}});
  EXPECT_EQ(error_of(p.state(), "personal.password"), "auth.password.old_wrong");
  EXPECT_EQ(p.state().account.lockout.remaining_attempts(p.clock.now_ms()), 4);
  EXPECT_EQ(app::sandbox_code(*p.runtime, "profile_phone"), "");
  p.change("phone", "+7 916 000-11-22");
  ASSERT_EQ(profile(p.state(), "phone"), "+79160001122");
  const bool told = std::any_of(console.begin(), console.end(), [](const std::string& line) {
    return line.find("sms to +79123456789") != std::string::npos && line.find("+7 *** ***-11-22") != std::string::npos;
  });
  EXPECT_TRUE(told) << "the old phone is told of the new one";
  // Five wrong passwords: locked, and signed out.
  for (int i = 0; i < 5 && p.state().account.phase == app::AccountPhase::signed_in; ++i)
    p.send("contact_change_request",
           {{"channel", "email"}, {"value", "m.ivanova@example.org"}, {"password", "Wr0ng!Passw0rd"}});
  EXPECT_EQ(p.state().account.phase, app::AccountPhase::signed_out);
  EXPECT_EQ(p.state().account.error_key, "auth.lockout.locked");
}
