#pragma once
// The part of AppState about consents to personal-data processing: the
// citizen's ConsentBook (core/consents), the terms the app offers
// (assets/data/consent-templates.json), the operation being confirmed, the
// last refused use, and the Согласия screen's tab, sort, filters and selection.
// Operations are actions (consents/update.cpp); enforcement asks
// consents::may_process before every use of personal data.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "consents/consent_book.hpp"
#include "consents/enforcement.hpp"
#include "forms/form_definition.hpp"
#include "i18n/catalog.hpp"

namespace cabinet::app {

struct AppState;

inline constexpr const char* kConsentsKey = "consents.json";

// One consent the app offers (its terms; the UI's texts come from the catalogs).
struct ConsentTemplate {
  std::string id;
  std::string purpose;
  std::vector<std::string> categories;
  std::vector<std::string> actions;
  consents::ProcessingMethod method = consents::ProcessingMethod::automated;
  consents::AccessLevel level = consents::AccessLevel::partial;  // offered first
  std::vector<consents::AccessLevel> levels;                     // the citizen may choose among these
  int term_months = 12;
};

struct ConsentTemplates {
  consents::Party operator_party;
  std::string recipient;
  std::string withdrawal_method;
  std::vector<int> term_options_months;
  std::vector<ConsentTemplate> templates;
  std::map<std::string, std::string> field_categories;  // form field or profile key -> data category
  std::vector<std::string> submission_baseline;         // every application carries these
  const ConsentTemplate* find(std::string_view id) const;
  const ConsentTemplate* for_purpose(std::string_view purpose) const;
};

// The embedded assets/data/consent-templates.json (empty when it is malformed).
const ConsentTemplates& consent_templates();
ConsentTemplates parse_consent_templates(std::string_view text);

enum class ConsentOp { give, change, renew };
std::string_view consent_op_id(ConsentOp op);

// An error of the operation form: a catalog key and its params, per field ("" for the form).
struct ConsentFormError {
  std::string field;
  std::string key;
  nlohmann::json params = nlohmann::json::object();
};

// The operation the citizen is confirming: read the text, tick, enter the one-time code.
struct PendingConsent {
  ConsentOp op = ConsentOp::give;
  std::string template_id;  // give
  std::string consent_id;   // change, renew
  std::string purpose;      // change: the new purpose
  consents::AccessLevel level = consents::AccessLevel::partial;
  int term_months = 12;  // give: from now; renew: added to the current end; change: 0 keeps the term
  // give: the subject as typed, prefilled from the profile: full_name, address,
  // passport, passport_issue_date (ДД.ММ.ГГГГ), passport_issued_by, phone.
  nlohmann::json subject = nlohmann::json::object();
  // give through a representative (art. 9 part 4 item 2): their full_name,
  // address, passport, passport_issue_date, passport_issued_by and the
  // document of authority ("authority", e.g. "77 АА 1234567 от 01.02.2026").
  bool by_representative = false;
  nlohmann::json representative = nlohmann::json::object();
  bool acknowledged = false;  // «Я ознакомлен(а) с текстом согласия»
  std::string code_sent_to;   // masked phone, once a code went out
  std::vector<ConsentFormError> errors;
  // Where to go after confirming: "" (stay on Согласия), "journey" (back to
  // the open form), "service" (the start page of return_form), "review"
  // (drawn inline on the review page; nothing moves).
  std::string return_to;
  std::string return_form;
};

// The last use of personal data that was refused, shown where it happened.
struct ConsentGate {
  std::string use;       // "autofill" | "submission"
  std::string draft_id;  // the journey's draft
  std::string template_id;
  consents::Decision decision;
};

struct ConsentsView {
  std::string tab = "active";              // active | past | journal
  std::string sort = "date";               // date | recipient | status
  std::string status;                      // "" (all) or a status id
  std::string purpose;                     // "" (all) or a purpose id
  std::string journal_sort = "time_desc";  // time_desc | time_asc | consent | operation
  std::string selected;                    // the consent in the detail card
  std::string confirm_withdraw;            // the consent waiting for «Да, отозвать»
};

struct ConsentsState {
  consents::ConsentBook book;
  std::vector<std::string> reminders_sent;  // consents::Reminder::key of each reminder shown
  std::optional<PendingConsent> pending;
  std::optional<ConsentGate> gate;
  ConsentsView view;
};

// The same day and time `months` calendar months later (31.01 + 1 -> 28/29.02), in UTC.
int64_t add_months(int64_t unix_ms, int months);

// Enforcement for the recipient of the templates (the social fund).
consents::Decision consent_decision(const AppState& state, std::string_view purpose,
                                    const std::vector<std::string>& categories);
// The data category of a form field or profile key ("last_name" -> "full_name");
// unknown data is its own category (it then needs the full access level).
std::string data_category(std::string_view field_or_profile_key);
// The data categories a form's profile autofill copies, and those its data
// carries to the fund (the baseline plus every field of `data`, or of the
// whole form when `data` is null).
std::vector<std::string> prefill_categories(const forms::FormDefinition& form);
std::vector<std::string> submission_categories(const forms::FormDefinition& form, const nlohmann::json& data = nullptr);

// The record a pending give would sign (its text, for the screen); the
// change or renewal preview of an existing one.
consents::ConsentRecord pending_record(const AppState& state, const PendingConsent& pending);
// The citizen's address, passport, ... from the profile, as the give form shows them.
nlohmann::json subject_from_profile(const nlohmann::json& profile);

// Consents of the Согласия tab ("active" or "past"), filtered and sorted as the view says.
std::vector<const consents::ConsentRecord*> listed_consents(const AppState& state);
// Active: may be relied on now; past: withdrawn, expired, refused or past their term.
bool is_current_consent(const consents::ConsentRecord& record, int64_t now_ms);
// The journal (every history entry) in the view's order.
std::vector<consents::HistoryEntry> journal_entries(const ConsentsState& consents);
// Who did it, as the journal shows it: «система», «гражданин» or the login.
std::string actor_label(const i18n::Catalog& catalog, const std::string& actor);
// The journal as CSV (RFC 4180, formulas neutralized), headers and names from `catalog`.
std::string journal_csv(const std::vector<consents::HistoryEntry>& entries, const i18n::Catalog& catalog);
// The Kantara receipt of a consent, signed with the device key; null when there is none.
nlohmann::json consent_receipt(const AppState& state, std::string_view id);

// The next time a consent expires or a reminder falls due.
std::optional<int64_t> consents_deadline(const AppState& state);

nlohmann::json consents_summary(const ConsentsState& consents);

}  // namespace cabinet::app
