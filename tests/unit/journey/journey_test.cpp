// Form journeys through update() and the Runtime: steps, visibility, errors,
// files, autosaved drafts that survive a restart, and signed submissions.
#include <gtest/gtest.h>

#include "../app/consent_steps.hpp"
#include "../vault_peek.hpp"
#include "app/forms/catalog_view.hpp"
#include "app/kernel/handlers.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "forms/form_check.hpp"
#include "submission/envelope.hpp"
#include "tracking/status.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = 1'795'424'400'000;  // 2026-11-23T09:00:00Z

struct Harness {
  storage::MemoryStorage storage;
  FakeClock clock{kStart};
  std::unique_ptr<Runtime> runtime = make();
  std::unique_ptr<Runtime> make() { return vault_peek::signed_in_runtime(storage, clock); }
  void restart() { runtime = make(); }
  std::optional<std::string> stored(const std::string& key) { return vault_peek::read(storage, key); }
  void store(const std::string& key, const std::string& bytes) { vault_peek::write(storage, key, bytes); }
  const FormsState& forms() const { return runtime->state().forms; }
  void send(const std::string& type, json args = json::object()) { ASSERT_TRUE(runtime->dispatch({type, args})); }
  void set(const std::string& path, json value) { send("set_field", {{"path", path}, {"value", value}}); }
  // Справка о размере пенсии filled in (period 01.01–30.06.2026) up to the review page.
  void certificate_to_review() {
    send("start_form", {{"form", "pension-amount-certificate"}});
    set("/period_from", "2026-01-01");
    set("/period_to", "2026-06-30");
    send("next_step");
    send("next_step");
  }
  // Маткапитал and other подтверждённая services: «Подтверждение личности» done first, as a citizen does.
  void confirmed() { ASSERT_TRUE(confirm_demo_identity(*runtime)); }
  // On the review page: the consent to process applications, given there as a citizen does.
  void consent_on_review() { ASSERT_FALSE(consent_steps::give(*runtime, "application_processing", "review").empty()); }
};

std::vector<std::string> error_paths(const Journey& journey) {
  std::vector<std::string> out;
  for (const auto& e : journey.errors) out.push_back(e.path + ":" + e.keyword);
  return out;
}

}  // namespace

TEST(Journey, ConditionalFieldsFollowTheSchemasIfThen) {
  Harness h;
  h.confirmed();
  h.send("start_form", {{"form", "maternity-capital"}});
  h.send("next_step");
  EXPECT_EQ(error_paths(h.forms().journey), std::vector<std::string>{"/purpose:required"});
  h.set("/purpose", "mortgage");
  h.send("next_step");
  // The mortgage branch asks for the loan contract; the housing branch's fields stay hidden.
  EXPECT_EQ(error_paths(h.forms().journey),
            (std::vector<std::string>{"/loan_contract_number:required", "/loan_contract_date:required"}));
  const auto* form = forms::FormRegistry::embedded().find("maternity-capital");
  EXPECT_TRUE(forms::is_visible(form->definition, "loan_contract_number", h.forms().journey.data));
  EXPECT_FALSE(forms::is_visible(form->definition, "purchase_contract_number", h.forms().journey.data));
  // A hidden answer is not submitted: it is dropped from the clean data.
  h.set("/purchase_contract_number", "ДКП-1");
  EXPECT_FALSE(forms::clean_data(form->definition, h.forms().journey.data).contains("purchase_contract_number"));
}

TEST(Journey, AmountAboveTheBalanceAndAnAccountOfAnotherBankAreRefused) {
  Harness h;
  h.confirmed();
  // The balance is the fund's (the sandbox register's), asked for when the form starts.
  h.send("start_form", {{"form", "maternity-capital"}});
  ASSERT_TRUE(h.runtime->state().capital.account);
  const int64_t balance = h.runtime->state().capital.account->available();
  h.set("/purpose", "education");
  h.send("goto_step", {{"step", 2}});
  h.set("/amount", balance + 1);
  h.send("check_step");
  ASSERT_EQ(error_paths(h.forms().journey), std::vector<std::string>{"/amount:not_above_profile"});
  EXPECT_EQ(h.forms().journey.errors[0].params["limit"], balance);
  h.set("/amount", balance);
  h.send("check_step");
  EXPECT_TRUE(h.forms().journey.errors.empty());
  h.send("goto_step", {{"step", 3}});
  h.set("/recipient_bik", "044525225");
  h.set("/recipient_account", "40702810238000001235");  // the control digit of another bank
  h.send("check_step");
  const auto paths = error_paths(h.forms().journey);
  EXPECT_NE(std::find(paths.begin(), paths.end(), "/recipient_account:format"), paths.end());
}

TEST(Journey, FilesAreCheckedByContentAndHashed) {
  Harness h;
  h.confirmed();
  h.send("start_form", {{"form", "maternity-capital"}});
  h.send("goto_step", {{"step", 4}});
  // "%PDF-1.4\n" as base64.
  h.send("attach_file", {{"field", "attachments"}, {"name", "договор.pdf"}, {"content_base64", "JVBERi0xLjQK"}});
  ASSERT_TRUE(h.forms().journey.attach_error.empty()) << h.forms().journey.attach_error;
  const json& files = h.forms().journey.data["attachments"];
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0]["type"], "pdf");
  EXPECT_EQ(files[0]["size"], 9);
  EXPECT_TRUE(h.stored("file-" + files[0]["blake2b"].get<std::string>()));
  // A JPEG called .pdf, an executable and a file over the limit are refused with reasons.
  h.send("attach_file", {{"field", "attachments"}, {"name", "photo.pdf"}, {"content_base64", "/9j/4AAQSkZJRg=="}});
  EXPECT_EQ(h.forms().journey.attach_error, "journey.attach.type_mismatch");
  h.send("attach_file", {{"field", "attachments"}, {"name", "setup.exe"}, {"content_base64", "TVqQAAMAAAAEAAAA"}});
  EXPECT_EQ(h.forms().journey.attach_error, "journey.attach.unsupported_type");
  h.send("drop_file", {{"name", "big.pdf"}, {"content_base64", "JVBERi0xLjQK"}, {"declared_size", 200'000'000}});
  EXPECT_EQ(h.forms().journey.attach_error, "journey.attach.too_large");
  h.send("attach_file", {{"field", "attachments"}, {"name", "x.pdf"}, {"content_base64", "не base64"}});
  EXPECT_EQ(h.forms().journey.attach_error, "journey.attach.empty");
  EXPECT_EQ(h.forms().journey.data["attachments"].size(), 1u);
}

TEST(Journey, DraftsAutosaveAndSurviveARestart) {
  Harness h;
  h.send("start_form", {{"form", "pension-amount-certificate"}});
  h.set("/period_from", "2026-01-01");
  // Typing alone does not write storage at once; the autosave deadline does.
  const auto saved_before = h.stored("forms.json");
  ASSERT_TRUE(h.runtime->next_deadline());
  h.clock.advance_ms(kAutosaveMs);
  h.runtime->tick();
  const auto saved_after = h.stored("forms.json");
  ASSERT_TRUE(saved_after);
  EXPECT_NE(saved_before, saved_after);
  // Nothing personal is written in clear: only the encrypted vault.
  EXPECT_FALSE(h.storage.read("forms.json"));
  ASSERT_TRUE(h.storage.read("vault.bin"));
  EXPECT_EQ(h.storage.read("vault.bin")->find("2026-01-01"), std::string::npos);
  h.restart();
  ASSERT_EQ(h.forms().drafts.items.size(), 1u);
  EXPECT_FALSE(h.forms().has_journey);
  h.send("resume_draft", {{"id", h.forms().drafts.items[0].id}});
  EXPECT_EQ(h.forms().journey.data["period_from"], "2026-01-01");
  EXPECT_EQ(h.forms().journey.page, JourneyPage::step);
}

TEST(Journey, DamagedStorageIsKeptAsideAndReported) {
  Harness h;
  h.store("forms.json", "{\"version\": 1, \"drafts\": [tru");
  h.restart();
  EXPECT_TRUE(h.forms().drafts.items.empty());
  EXPECT_EQ(h.stored("forms.damaged.json"), "{\"version\": 1, \"drafts\": [tru");
  ASSERT_FALSE(h.runtime->state().notices.empty());
  EXPECT_EQ(h.runtime->state().notices.back().message_key, "errors.corrupt_forms");
}

TEST(Journey, BadInputIsIgnoredNotStored) {
  Harness h;
  h.send("start_form", {{"form", "appeal"}});
  const json before = h.forms().journey.data;
  h.set("/description", std::string("\xFF\xFE broken"));
  h.set("not a pointer", "x");
  h.send("set_field", {{"path", "/description"}});
  EXPECT_EQ(h.forms().journey.data, before);
  h.set("/description", std::string(100'000, 'a'));
  EXPECT_LE(h.forms().journey.data["description"].get<std::string>().size(), 20'000u);
}

TEST(Journey, SubmissionIsSignedNumberedAndReplacesTheDraft) {
  Harness h;
  h.certificate_to_review();
  ASSERT_EQ(h.forms().journey.page, JourneyPage::review);
  h.consent_on_review();
  h.send("submit");
  ASSERT_EQ(h.forms().journey.page, JourneyPage::confirmation);
  ASSERT_EQ(h.forms().applications.items.size(), 1u);
  const Application& application = h.forms().applications.items[0];
  EXPECT_EQ(application.number, h.forms().journey.application_number);
  EXPECT_TRUE(application.number.starts_with("20261123-"));
  EXPECT_EQ(application.status, "sent");  // online: delivered to the sandbox agency at once
  EXPECT_EQ(submission::verify_envelope(application.envelope), submission::Verdict::valid);
  EXPECT_EQ(application.envelope["data"]["period_to"], "2026-06-30");
  EXPECT_TRUE(h.forms().drafts.items.empty());
  h.restart();
  ASSERT_EQ(h.forms().applications.items.size(), 1u);
  EXPECT_EQ(submission::verify_envelope(h.forms().applications.items[0].envelope), submission::Verdict::valid);
}

TEST(Journey, TheNumberCarriesTheMoscowDate) {
  Harness h;
  h.clock.advance_ms(13 * 3'600'000 + 30 * 60'000);  // 22:30 UTC = 01:30 on the 24th in Moscow
  h.certificate_to_review();
  h.consent_on_review();
  h.send("submit");
  ASSERT_EQ(h.forms().applications.items.size(), 1u);
  EXPECT_TRUE(h.forms().applications.items[0].number.starts_with("20261124-")) << h.forms().applications.items[0].number;
}

TEST(Journey, SubmitWithErrorsGoesToTheFirstWrongStep) {
  Harness h;
  h.certificate_to_review();
  h.send("goto_step", {{"step", 0}});
  h.set("/period_to", "31.12.2026");  // not a date the schema accepts
  h.send("check_step");
  EXPECT_EQ(error_paths(h.forms().journey), std::vector<std::string>{"/period_to:format"});
  EXPECT_EQ(h.forms().journey.page, JourneyPage::step);
}

TEST(Catalog, SearchesInRussianWithPrefixesTyposAndFilters) {
  CatalogView view;
  view.query = "справк* о пенсии";
  auto result = catalog_results(view, "ru");
  ASSERT_FALSE(result.entries.empty());
  EXPECT_EQ(result.entries[0].form->definition.id, "pension-amount-certificate");
  view.query = "МАТЕРИНСКОГО капетала";  // upper case and a typo
  result = catalog_results(view, "ru");
  ASSERT_FALSE(result.entries.empty());
  EXPECT_EQ(result.entries[0].form->definition.id, "maternity-capital");
  view.query = "";
  view.category = "certificates";
  result = catalog_results(view, "ru");
  EXPECT_EQ(result.total, result.entries.size());
  for (const auto& entry : result.entries) EXPECT_EQ(entry.form->definition.category, "certificates");
  view.category.clear();
  // Every service is nationwide today: a region narrows nothing, and no region is offered.
  view.region = "77";
  EXPECT_EQ(catalog_results(view, "ru").total, 13u);
  EXPECT_TRUE(catalog_regions().empty());
  view.region.clear();
  view.favourites_only = true;
  EXPECT_EQ(catalog_results(view, "ru").total, 0u);
}

TEST(Journey, StatusesKeepComingAfterARestart) {
  // The sandbox agency's state and the feed cursor are stored: an application
  // sent before a restart still reaches «Услуга оказана» after it, once.
  Harness h;
  h.certificate_to_review();
  h.consent_on_review();
  h.send("submit");
  ASSERT_EQ(h.forms().applications.items[0].status, "sent");
  h.restart();
  h.clock.advance_ms(3 * 3'600'000);
  h.runtime->tick();
  // Three idle hours signed the citizen out; the statuses arrive at the next sign-in.
  ASSERT_EQ(h.runtime->state().account.phase, AccountPhase::signed_out);
  ASSERT_TRUE(sign_in_demo_account(*h.runtime));
  h.clock.advance_ms(1000);
  h.runtime->tick();
  ASSERT_EQ(h.forms().applications.tracked.size(), 1u);
  EXPECT_EQ(h.forms().applications.items[0].status, "done");
  EXPECT_FALSE(h.forms().applications.tracked[0].result_document.empty());
  size_t done_entries = 0;
  for (const auto& entry : h.forms().applications.tracked[0].history) done_entries += entry.status == tracking::Status::done;
  EXPECT_EQ(done_entries, 1u);
}
