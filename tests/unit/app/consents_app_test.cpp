// Consents in the app, through the Runtime: give with a one-time code, change,
// renew, withdraw with a confirmation step, refuse; autofill and submission
// refused without a covering consent; history, audit log, consents.json,
// reminders and expiry on the clock; the journal's CSV and the receipts.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "../vault_peek.hpp"
#include "app/kernel/runtime.hpp"
#include "audit/actions.hpp"
#include "consent_steps.hpp"
#include "consents/completeness.hpp"
#include "consents/receipt.hpp"
#include "forms/form_registry.hpp"
#include "i18n/catalog.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = 1'795'424'400'000;  // 2026-11-23T09:00:00Z
constexpr int64_t kDay = 86'400'000;

struct Harness {
  storage::MemoryStorage storage;
  FakeClock clock{kStart};
  std::unique_ptr<Runtime> runtime = make();
  std::unique_ptr<Runtime> make() { return vault_peek::signed_in_runtime(storage, clock); }
  void restart() { runtime = make(); }
  // Days pass: the idle sign-out closes the account, so the citizen signs in again.
  void at(int64_t ms) {
    clock.advance_ms(ms - clock.now_ms());
    runtime->tick();
    if (runtime->state().account.phase != AccountPhase::signed_in) {
      EXPECT_TRUE(sign_in_demo_account(*runtime));
    }
  }
  const AppState& state() const { return runtime->state(); }
  const ConsentsState& consents() const { return runtime->state().consents; }
  void send(const std::string& type, json args = json::object()) { ASSERT_TRUE(runtime->dispatch({type, args})); }
  std::string give(const std::string& template_id, const std::string& return_to = "", json extra = json::object()) {
    return consent_steps::give(*runtime, template_id, return_to, extra);
  }
  void withdraw(const std::string& id) {
    send("consent_withdraw", {{"id", id}});
    send("consent_withdraw_confirm", {{"id", id}});
  }
  // Справка о размере пенсии filled in up to the review page.
  void certificate_to_review() {
    send("start_form", {{"form", "pension-amount-certificate"}});
    send("set_field", {{"path", "/period_from"}, {"value", "2026-01-01"}});
    send("set_field", {{"path", "/period_to"}, {"value", "2026-06-30"}});
    send("next_step");
    send("next_step");
  }
  std::vector<std::string> error_keys() const {
    std::vector<std::string> out;
    if (consents().pending)
      for (const auto& e : consents().pending->errors) out.push_back(e.field + ":" + e.key);
    return out;
  }
  size_t audit_consent_entries() const {
    size_t n = 0;
    for (const auto& e : state().account.audit.entries()) n += e.action == audit::actions::kConsentChange;
    return n;
  }
};

}  // namespace

TEST(ConsentsApp, GivingTakesTheTextTheTickAndTheOneTimeCode) {
  Harness h;
  h.send("consent_start", {{"op", "give"}, {"template", "registry_autofill"}});
  EXPECT_EQ(h.state().section, Section::consents);
  ASSERT_TRUE(h.consents().pending);
  // No code without the tick and a complete subject.
  h.send("consent_request_code");
  const auto errors = h.error_keys();
  EXPECT_NE(std::find(errors.begin(), errors.end(), "acknowledged:consents.form.not_acknowledged"), errors.end());
  EXPECT_NE(std::find(errors.begin(), errors.end(), "address:consents.form.required"), errors.end());
  // The name and the phone come from the account.
  EXPECT_EQ(h.consents().pending->subject.value("full_name", ""), DemoPerson{}.full_name);
  EXPECT_TRUE(consent_steps::sandbox_code(h.state()).empty());
  h.send("consent_set", {{"acknowledged", true}, {"subject", consent_steps::subject()}});
  h.send("consent_request_code");
  EXPECT_TRUE(h.error_keys().empty());
  const std::string code = consent_steps::sandbox_code(h.state());
  ASSERT_EQ(code.size(), 6u);
  EXPECT_EQ(h.consents().pending->code_sent_to, "+7 *** ***-67-89");
  // «Получить код ещё раз» within the minute: said on the code field; the code sent stays good.
  h.send("consent_request_code");
  EXPECT_EQ(h.error_keys(), std::vector<std::string>{"code:auth.code.wait"});
  EXPECT_EQ(h.consents().pending->errors.at(0).params.value("seconds", 0), 60);
  EXPECT_EQ(consent_steps::sandbox_code(h.state()), code);
  // A wrong code is refused and changes nothing.
  h.send("consent_confirm", {{"code", code == "000000" ? "111111" : "000000"}});
  EXPECT_EQ(h.error_keys(), std::vector<std::string>{"code:consents.code.wrong"});
  EXPECT_TRUE(h.consents().book.records().empty());
  h.send("consent_confirm", {{"code", code}});
  ASSERT_EQ(h.consents().book.records().size(), 1u);
  const consents::ConsentRecord& r = h.consents().book.records()[0];
  EXPECT_EQ(r.status, consents::Status::given);
  EXPECT_EQ(r.purpose, "registry_autofill");
  EXPECT_EQ(r.recipient, "Социальный фонд России");
  EXPECT_EQ(r.operator_party.address, "119991, г. Москва, ул. Шаболовка, д. 4");
  EXPECT_EQ(r.level, consents::AccessLevel::partial);
  EXPECT_EQ(r.subject.document.issued_on, "2015-03-12");
  EXPECT_EQ(r.valid_until_ms, kStart + 365 * kDay);  // 1 year, 2027 is not a leap year
  EXPECT_TRUE(consents::is_active_at(r, h.state().now_ms));
  EXPECT_FALSE(h.consents().pending);
  // Every art. 9 item is there and the signature holds.
  EXPECT_TRUE(consents::missing_items(r).empty());
  // History and audit log, each one entry; consents.json and the profile saved.
  ASSERT_EQ(h.consents().book.history().size(), 1u);
  EXPECT_EQ(h.consents().book.history()[0].operation, consents::Operation::give);
  ASSERT_EQ(h.audit_consent_entries(), 1u);
  EXPECT_EQ(h.state().account.audit.entries().back().object, "consent:" + r.id);
  EXPECT_EQ(h.state().account.audit.entries().back().details["operation"], "give");
  EXPECT_TRUE(vault_peek::read(h.storage, "consents.json"));
  EXPECT_TRUE(vault_peek::read(h.storage, "audit.jsonl"));
  EXPECT_EQ(h.state().account.profile.text("passport"), "4510 123456");
  EXPECT_EQ(h.state().notices.back().message_key, "consents.notice.give");
  // A used code does not confirm twice.
  h.send("consent_start", {{"op", "give"}, {"template", "personal_suggestions"}});
  h.send("consent_set", {{"acknowledged", true}});
  h.send("consent_confirm", {{"code", code}});
  EXPECT_EQ(h.error_keys(), std::vector<std::string>{"code:consents.code.none"});
}

TEST(ConsentsApp, ACancelledFormTakesItsCodeAlongAndTheNextGetsOneAtOnce) {
  Harness h;
  const json filled = {{"acknowledged", true}, {"subject", consent_steps::subject()}};
  h.send("consent_start", {{"op", "give"}, {"template", "registry_autofill"}});
  h.send("consent_set", filled);
  h.send("consent_request_code");
  const std::string first = consent_steps::sandbox_code(h.state());
  ASSERT_EQ(first.size(), 6u);
  h.send("consent_cancel");
  EXPECT_TRUE(consent_steps::sandbox_code(h.state()).empty()) << "the cancelled form's code is gone";
  h.send("consent_start", {{"op", "give"}, {"template", "registry_autofill"}});
  h.send("consent_set", filled);
  h.send("consent_request_code");
  EXPECT_TRUE(h.error_keys().empty()) << "no wait for a code that was withdrawn";
  // Three wrong codes use it up: asking again within the minute says so above the button.
  for (const char* wrong : {"000000", "111111", "222222"})
    h.send("consent_confirm", {{"code", consent_steps::sandbox_code(h.state()) == wrong ? "333333" : wrong}});
  EXPECT_TRUE(h.consents().pending->code_sent_to.empty());
  h.send("consent_request_code");
  EXPECT_EQ(h.error_keys(), std::vector<std::string>{":auth.code.wait"});
  h.clock.advance_ms(60'000);
  h.send("consent_request_code");
  EXPECT_TRUE(h.error_keys().empty());
  EXPECT_FALSE(h.consents().pending->code_sent_to.empty());
}

TEST(ConsentsApp, AutofillNeedsTheConsentAndWithdrawalStopsItAtOnce) {
  Harness h;
  h.send("set_profile_data", {{"values", {{"passport", "4510 123456"}}}});
  // Without a consent: the form starts, its fields stay empty, and the step says why.
  h.send("start_form", {{"form", "identity-confirmation"}});
  ASSERT_TRUE(h.state().forms.has_journey);
  EXPECT_EQ(h.state().forms.journey.page, JourneyPage::step);
  EXPECT_FALSE(h.state().forms.journey.data.contains("passport"));
  ASSERT_TRUE(h.consents().gate);
  EXPECT_EQ(h.consents().gate->use, "autofill");
  EXPECT_EQ(h.consents().gate->decision.reason, consents::Refusal::no_consent);
  EXPECT_EQ(h.consents().gate->template_id, "registry_autofill");
  // «Дать согласие» from the step, and back to the form, now filled.
  const std::string id = h.give("registry_autofill", "journey");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(h.state().section, Section::services);
  EXPECT_EQ(h.state().forms.journey.data["passport"], "4510 123456");
  EXPECT_FALSE(h.consents().gate);
  // A new draft is filled at once.
  h.send("close_journey");
  h.send("start_form", {{"form", "identity-confirmation"}});
  EXPECT_EQ(h.state().forms.journey.data["passport"], "4510 123456");
  // Withdraw: a confirmation step first, then at once, with the 30-day deadline.
  h.send("consent_withdraw_confirm", {{"id", id}});  // not asked: nothing happens
  EXPECT_EQ(h.consents().book.find(id)->status, consents::Status::given);
  h.send("consent_withdraw", {{"id", id}});
  EXPECT_EQ(h.consents().view.confirm_withdraw, id);
  EXPECT_EQ(h.consents().book.find(id)->status, consents::Status::given);
  h.send("consent_withdraw_confirm", {{"id", id}});
  const consents::ConsentRecord* r = h.consents().book.find(id);
  EXPECT_EQ(r->status, consents::Status::withdrawn);
  ASSERT_TRUE(r->destroy_by_ms);
  EXPECT_EQ(*r->destroy_by_ms, h.state().now_ms + 30 * kDay);
  EXPECT_EQ(h.consents().book.history().size(), 2u);
  EXPECT_EQ(h.audit_consent_entries(), 2u);
  EXPECT_EQ(h.state().account.audit.entries().back().details["operation"], "withdraw");
  // Autofill is refused with the reason; the journey still starts.
  h.send("start_form", {{"form", "identity-confirmation"}});
  EXPECT_EQ(h.state().forms.journey.page, JourneyPage::step);
  EXPECT_FALSE(h.state().forms.journey.data.contains("passport"));
  ASSERT_TRUE(h.consents().gate);
  EXPECT_EQ(h.consents().gate->decision.reason, consents::Refusal::withdrawn);
  EXPECT_EQ(h.consents().gate->decision.consent_id, id);
  // «Заполнить из профиля» asks again and is refused the same way.
  h.send("prefill_from_profile");
  EXPECT_FALSE(h.state().forms.journey.data.contains("passport"));
}

TEST(ConsentsApp, SubmissionIsRefusedWithoutTheConsentAndGoesWithIt) {
  Harness h;
  h.certificate_to_review();
  h.send("submit");
  EXPECT_EQ(h.state().forms.journey.page, JourneyPage::review);
  EXPECT_TRUE(h.state().forms.applications.items.empty());
  ASSERT_TRUE(h.consents().gate);
  EXPECT_EQ(h.consents().gate->use, "submission");
  EXPECT_EQ(h.consents().gate->decision.reason, consents::Refusal::no_consent);
  // Given on the review page (it stays there), then the submission goes.
  ASSERT_FALSE(h.give("application_processing", "review").empty());
  EXPECT_EQ(h.state().section, Section::services);
  EXPECT_EQ(h.state().forms.journey.page, JourneyPage::review);
  EXPECT_FALSE(h.consents().gate);
  h.send("submit");
  EXPECT_EQ(h.state().forms.journey.page, JourneyPage::confirmation);
  EXPECT_EQ(h.state().forms.applications.items.size(), 1u);
  // A narrower consent does not cover a form with bank details.
  h.send("consent_start", {{"op", "change"}, {"id", h.consents().book.records()[0].id}});
  h.send("consent_set", {{"level", "partial"}, {"acknowledged", true}});
  h.send("consent_request_code");
  h.send("consent_confirm", {{"code", consent_steps::sandbox_code(h.state())}});
  EXPECT_EQ(h.consents().book.records()[0].status, consents::Status::changed);
  const auto* social = forms::FormRegistry::embedded().find("social-benefit");
  const json data = {
      {"snils", "112-233-445 95"}, {"bank_name", "Банк"}, {"bik", "044525225"}, {"account", "40817810000000000001"}};
  AppState copy = h.state();
  const consents::Decision d =
      consent_decision(copy, "application_processing", submission_categories(social->definition, data));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.reason, consents::Refusal::access_level);
  EXPECT_EQ(d.uncovered, std::vector<std::string>{"bank_details"});
}

TEST(ConsentsApp, ChangeRenewAndRefuseAreRecordedAndSigned) {
  Harness h;
  const std::string id = h.give("registry_autofill");
  const int64_t until = h.consents().book.find(id)->valid_until_ms;
  // Change to the limited level: the passport is no longer covered.
  h.send("consent_start", {{"op", "change"}, {"id", id}});
  h.send("consent_set", {{"level", "limited"}, {"acknowledged", true}});
  h.send("consent_request_code");
  h.send("consent_confirm", {{"code", consent_steps::sandbox_code(h.state())}});
  EXPECT_EQ(h.consents().book.find(id)->level, consents::AccessLevel::limited);
  EXPECT_EQ(h.consents().book.find(id)->status, consents::Status::changed);
  h.send("set_profile_data", {{"values", {{"snils", "112-233-445 95"}}}});
  h.send("start_form", {{"form", "identity-confirmation"}});
  EXPECT_EQ(h.consents().gate->decision.reason, consents::Refusal::access_level);
  EXPECT_EQ(h.consents().gate->decision.uncovered, std::vector<std::string>{"passport"});
  // SNILS is within the limited level: Сведения о назначенных выплатах is filled.
  h.send("start_form", {{"form", "payments-information"}});
  EXPECT_EQ(h.state().forms.journey.data["snils"], "112-233-445 95");
  // Renew by 3 years from the current end.
  h.send("consent_start", {{"op", "renew"}, {"id", id}});
  h.send("consent_set", {{"term_months", 36}, {"acknowledged", true}});
  h.send("consent_request_code");
  h.send("consent_confirm", {{"code", consent_steps::sandbox_code(h.state())}});
  EXPECT_EQ(h.consents().book.find(id)->status, consents::Status::renewed);
  EXPECT_GT(h.consents().book.find(id)->valid_until_ms, until + 3 * 365 * kDay - kDay);
  EXPECT_EQ(consents::verify_record(*h.consents().book.find(id)), submission::Verdict::valid);
  // Refuse a template: a refused record, nothing active.
  h.send("consent_start", {{"op", "give"}, {"template", "personal_suggestions"}});
  h.send("consent_refuse");
  ASSERT_EQ(h.consents().book.records().size(), 2u);
  EXPECT_EQ(h.consents().book.records()[1].status, consents::Status::refused);
  EXPECT_FALSE(consent_decision(h.state(), "personal_suggestions", {}).allowed);
  EXPECT_EQ(h.consents().book.history().size(), 4u);
  EXPECT_EQ(h.audit_consent_entries(), 4u);
  std::vector<std::string> operations;
  for (const auto& e : h.state().account.audit.entries()) {
    if (e.action == audit::actions::kConsentChange) operations.push_back(e.details.value("operation", ""));
  }
  EXPECT_EQ(operations, (std::vector<std::string>{"give", "change", "renew", "refuse"}));
}

TEST(ConsentsApp, ARepresentativeGivesTheConsentWithTheDocumentOfAuthority) {
  Harness h;
  h.send("consent_start", {{"op", "give"}, {"template", "application_processing"}});
  h.send("consent_set", {{"acknowledged", true}, {"subject", consent_steps::subject()}, {"by_representative", true}});
  h.send("consent_request_code");
  auto errors = h.error_keys();
  for (const char* field : {"full_name", "address", "passport", "passport_issue_date", "passport_issued_by", "authority"}) {
    const std::string wanted = std::string("representative.") + field;
    EXPECT_TRUE(std::any_of(errors.begin(), errors.end(), [&](const std::string& e) { return e.starts_with(wanted + ":"); }))
        << wanted;
  }
  EXPECT_TRUE(consent_steps::sandbox_code(h.state()).empty()) << "no code while the representative is incomplete";
  json representative = consent_steps::subject();
  representative.erase("phone");
  representative["full_name"] = "Иванов Пётр Сергеевич";
  representative["passport_issue_date"] = "01.01.2099";  // in the future
  representative["authority"] = "доверенность 77 АА 1234567 от 01.02.2026";
  h.send("consent_set", {{"representative", representative}});
  h.send("consent_request_code");
  errors = h.error_keys();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("representative.passport_issue_date:")) << errors[0];
  representative["passport_issue_date"] = "01.02.2020";
  h.send("consent_set", {{"representative", representative}});
  h.send("consent_request_code");
  EXPECT_TRUE(h.error_keys().empty());
  h.send("consent_confirm", {{"code", consent_steps::sandbox_code(h.state())}});
  ASSERT_EQ(h.consents().book.records().size(), 1u);
  const consents::ConsentRecord& r = h.consents().book.records()[0];
  ASSERT_TRUE(r.representative);
  EXPECT_EQ(r.representative->person.full_name, "Иванов Пётр Сергеевич");
  EXPECT_EQ(r.representative->person.document.issued_on, "2020-02-01");
  EXPECT_EQ(r.representative->authority_document, "доверенность 77 АА 1234567 от 01.02.2026");
  EXPECT_TRUE(consents::missing_items(r).empty());
  EXPECT_EQ(consents::verify_record(r), submission::Verdict::valid);
  // The citizen's profile keeps the citizen's own details: neither the representative's
  // nor a name typed into the consent overwrite the registered one (changed only in Профиль).
  EXPECT_EQ(h.state().account.profile.text("full_name"), DemoPerson{}.full_name);
  // Unticking drops the representative and their errors from a new form.
  h.send("consent_start", {{"op", "give"}, {"template", "registry_autofill"}});
  h.send("consent_set", {{"by_representative", true}});
  h.send("consent_request_code");
  h.send("consent_set", {{"by_representative", false}});
  errors = h.error_keys();
  EXPECT_TRUE(std::none_of(errors.begin(), errors.end(), [](const std::string& e) { return e.starts_with("representative."); }));
}

TEST(ConsentsApp, ConsentsSurviveARestartAndADamagedFileIsKeptAside) {
  Harness h;
  const std::string id = h.give("application_processing");
  h.restart();
  ASSERT_NE(h.consents().book.find(id), nullptr);
  EXPECT_TRUE(consent_decision(h.state(), "application_processing", {"snils"}).allowed);
  vault_peek::write(h.storage, "consents.json", "{\"version\": 1, \"book\": {\"records\": [tru");
  h.restart();
  EXPECT_TRUE(h.consents().book.records().empty());
  EXPECT_EQ(vault_peek::read(h.storage, "consents.damaged.json"), "{\"version\": 1, \"book\": {\"records\": [tru");
  ASSERT_FALSE(h.state().notices.empty());
  EXPECT_EQ(h.state().notices.back().message_key, "errors.corrupt_consents");
  EXPECT_EQ(i18n::Catalog::load("ru").tr("errors.corrupt_consents").rfind("Файл с согласиями повреждён", 0), 0u);
}

TEST(ConsentsApp, RemindersComeOnceAt30And7DaysAndTheConsentExpires) {
  Harness h;
  const std::string id = h.give("registry_autofill", "", {{"term_months", 3}});
  const int64_t until = h.consents().book.find(id)->valid_until_ms;
  const auto reminders = [&](const std::string& key) {
    size_t n = 0;
    for (const Notice& notice : h.state().notices) n += notice.message_key == key;
    return n;
  };
  ASSERT_TRUE(h.runtime->next_deadline());
  h.at(until - 30 * kDay);
  h.runtime->tick();
  EXPECT_EQ(reminders("consents.reminder.days_30"), 1u);
  h.runtime->tick();
  h.send("tick");
  EXPECT_EQ(reminders("consents.reminder.days_30"), 1u);
  h.restart();  // remembered in consents.json: not shown again after a restart
  EXPECT_EQ(reminders("consents.reminder.days_30"), 0u);
  h.at(until - 7 * kDay);
  h.runtime->tick();
  EXPECT_EQ(reminders("consents.reminder.days_7"), 1u);
  h.at(until);
  h.runtime->tick();
  EXPECT_EQ(h.consents().book.find(id)->status, consents::Status::expired);
  EXPECT_EQ(reminders("consents.notice.expired"), 1u);
  const auto& entries = h.state().account.audit.entries();
  const auto last_consent = std::find_if(entries.rbegin(), entries.rend(),
                                         [](const auto& e) { return e.action == audit::actions::kConsentChange; });
  ASSERT_NE(last_consent, entries.rend());
  EXPECT_EQ(last_consent->actor, "system");
  h.send("set_profile_data", {{"values", {{"passport", "4510 123456"}}}});
  h.send("start_form", {{"form", "identity-confirmation"}});
  EXPECT_EQ(h.consents().gate->decision.reason, consents::Refusal::expired);
}

TEST(ConsentsApp, TheListFiltersAndSortsAndTheJournalExportsAsCsv) {
  Harness h;
  const std::string a = h.give("registry_autofill");
  h.clock.advance_ms(60'000);
  const std::string b = h.give("application_processing");
  h.clock.advance_ms(60'000);
  h.withdraw(a);
  h.send("consents_view", {{"tab", "active"}});
  auto listed = listed_consents(h.state());
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]->id, b);
  h.send("consents_view", {{"tab", "past"}, {"status", "withdrawn"}});
  listed = listed_consents(h.state());
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]->id, a);
  h.send("consents_view", {{"tab", "past"}, {"purpose", "application_processing"}});
  EXPECT_TRUE(listed_consents(h.state()).empty());
  h.send("consents_view", {{"tab", "bogus"}, {"sort", "nonsense"}});
  EXPECT_EQ(h.consents().view.tab, "past");
  EXPECT_EQ(h.consents().view.sort, "date");
  // The journal, newest first by default, oldest first on request.
  h.send("consents_view", {{"tab", "journal"}, {"journal_sort", "time_asc"}});
  auto entries = journal_entries(h.consents());
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].operation, consents::Operation::give);
  EXPECT_EQ(entries[2].operation, consents::Operation::withdraw);
  h.send("consents_view", {{"journal_sort", "time_desc"}});
  entries = journal_entries(h.consents());
  EXPECT_EQ(entries[0].operation, consents::Operation::withdraw);
  // CSV: RFC 4180 rows, CRLF, formulas neutralized.
  entries[0].actor = "=HYPERLINK(\"x\")";
  const std::string csv = journal_csv(entries, i18n::Catalog::load("ru"));
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                      "Дата и время,Согласие,Действие,Статус,Цель,Получатель,Кто\r\n",
                      0),
            0u);
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",Согласие отозвано,Отозвано,"), std::string::npos) << csv;
  size_t rows = 0;
  for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  EXPECT_EQ(rows, 4u);
}

TEST(ConsentsApp, TheReceiptIsAVerifiableKantaraReceipt) {
  Harness h;
  const std::string id = h.give("application_processing");
  json receipt = consent_receipt(h.state(), id);
  ASSERT_TRUE(receipt.is_object());
  EXPECT_EQ(receipt["version"], "KI-CR-v1.1.0");
  EXPECT_EQ(consents::verify_receipt(receipt), submission::Verdict::valid);
  receipt["jurisdiction"] = "US";
  EXPECT_EQ(consents::verify_receipt(receipt), submission::Verdict::bad_signature);
  EXPECT_TRUE(consent_receipt(h.state(), "C-999999").is_null());
}

TEST(ConsentsApp, SuggestionsAndTheStartPageAskTheSameBook) {
  Harness h;
  const auto* form = forms::FormRegistry::embedded().find("pension-assignment");
  ASSERT_NE(form, nullptr);
  EXPECT_EQ(prefill_categories(form->definition), (std::vector<std::string>{"snils", "birth_date"}));
  const auto categories = submission_categories(form->definition);
  EXPECT_NE(std::find(categories.begin(), categories.end(), "bank_details"), categories.end());
  EXPECT_NE(std::find(categories.begin(), categories.end(), "full_name"), categories.end());
  const ConsentTemplate* t = consent_templates().find("personal_suggestions");
  ASSERT_NE(t, nullptr);
  EXPECT_FALSE(consent_decision(h.state(), t->purpose, t->categories).allowed);
  h.give("personal_suggestions");
  EXPECT_TRUE(consent_decision(h.state(), t->purpose, t->categories).allowed);
  // Every form's consents name a purpose the app offers a template for.
  for (const auto& registered : forms::FormRegistry::embedded().forms())
    for (const std::string& purpose : registered->definition.consents)
      EXPECT_NE(consent_templates().for_purpose(purpose), nullptr) << registered->definition.id << " " << purpose;
}
