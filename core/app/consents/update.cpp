// Consents in the app: give (read the text, tick, confirm with a one-time
// code), change, renew, withdraw (with a confirmation step), refuse; expiry
// and reminders on every tick; consents.json; and the checks before autofill
// and submission. Every operation is appended to the audit log.
#include <algorithm>
#include <array>
#include <span>

#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "app/account/store.hpp"
#include "app/consents/handlers.hpp"
#include "consents/reminders.hpp"
#include "forms/form_check.hpp"
#include "forms/form_registry.hpp"
#include "ids/ids.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr const char* kCodePurpose = "consent";
constexpr int kMoscowOffsetMinutes = 180;
constexpr size_t kSubjectFieldMax = 500;  // bytes of one typed subject value
const char* const kSubjectFields[] = {"full_name",          "address", "passport", "passport_issue_date",
                                      "passport_issued_by", "phone"};
const char* const kRepresentativeFields[] = {"full_name",          "address",  "passport", "passport_issue_date",
                                             "passport_issued_by", "authority"};

std::string display_date(int64_t ms) {
  return time::format_display(ms, kMoscowOffsetMinutes).substr(0, 10);
}

std::string purpose_key(std::string_view purpose) {
  return "consents.purposes." + std::string(purpose);
}

void save_consents(AppState& s, Effects& e) {
  e.push_back(Save{kConsentsKey, consents_document(s.consents).dump(-1, ' ', false, json::error_handler_t::replace)});
}

void record(AppState& s, Effects& e, const consents::AuditEvent& event) {
  record_audit(s, e, event.action, event.object, event.details, event.time_ms);
}

void add_error(PendingConsent& p, std::string field, std::string key, json params = json::object()) {
  p.errors.push_back({std::move(field), std::move(key), std::move(params)});
}

std::string subject_text(const PendingConsent& p, const char* name) {
  return text::trim(jsonread::string_of(p.subject, name).value_or(""));
}

// The person's name, address and passport as the law asks of a consent; the
// errors' fields are `prefix` + the field ("", or "representative.").
void check_person(const AppState& s, PendingConsent& p, const json& person, const std::string& prefix) {
  const auto text = [&](const char* name) { return text::trim(jsonread::string_of(person, name).value_or("")); };
  for (const char* name : {"full_name", "address", "passport_issued_by"}) {
    if (text(name).empty()) add_error(p, prefix + name, "consents.form.required");
  }
  if (const ids::Result passport = ids::check_passport(text("passport")); !passport.ok())
    add_error(p, prefix + "passport", passport.message_key(),
              passport.params.is_object() ? passport.params : json::object());
  ids::DateRules rules;
  int year = 0;
  unsigned month = 0, day = 0;
  time::civil_from_days((s.now_ms + kMoscowOffsetMinutes * 60'000LL) / 86'400'000, year, month, day);
  rules.today = ids::Date{year, month, day};
  rules.not_in_future = true;
  if (const ids::DateResult date = ids::check_date(text("passport_issue_date"), rules); !date.ok())
    add_error(p, prefix + "passport_issue_date", date.message_key(),
              date.params.is_object() ? date.params : json::object());
}

// Copies the allowed text fields of `from` into `to`, clearing their errors.
void set_person_fields(PendingConsent& p, json& to, const json& from, const std::string& prefix,
                       std::span<const char* const> names) {
  for (const char* name : names) {
    const auto value = jsonread::string_of(from, name);
    if (!value || !text::is_valid_utf8(*value) || value->size() > kSubjectFieldMax || text::has_control_chars(*value))
      continue;
    to[name] = *value;
    std::erase_if(p.errors, [&](const ConsentFormError& e) { return e.field == prefix + name; });
  }
}

// The checks before a code is sent and again before confirming; false with the errors set.
bool check_pending(const AppState& s, PendingConsent& p) {
  p.errors.clear();
  if (p.op == ConsentOp::give) {
    check_person(s, p, p.subject, "");
    if (p.by_representative) {
      check_person(s, p, p.representative, "representative.");
      if (text::trim(jsonread::string_of(p.representative, "authority").value_or("")).empty())
        add_error(p, "representative.authority", "consents.form.required");
    }
  }
  if (const ids::Result phone = ids::check_phone(subject_text(p, "phone")); !phone.ok())
    add_error(p, "phone", phone.message_key(), phone.params.is_object() ? phone.params : json::object());
  if (!p.acknowledged) add_error(p, "acknowledged", "consents.form.not_acknowledged");
  return p.errors.empty();
}

void go_back(AppState& s, const PendingConsent& p) {
  if (p.return_to == "journey" && s.forms.has_journey) {
    s.section = Section::services;
  } else if (p.return_to == "service" && forms::FormRegistry::embedded().find(p.return_form)) {
    s.forms.has_journey = false;
    s.forms.open_service = p.return_form;
    s.section = Section::services;
  } else if (p.return_to == "appointments") {
    s.section = Section::appointments;  // the booking panel kept what was chosen
  }
}

// Copies the consented profile values into the empty fields of the open form.
bool fill_journey_from_profile(AppState& s, Effects&) {
  if (!s.forms.has_journey) return false;
  const auto* form = forms::FormRegistry::embedded().find(s.forms.journey.form_id);
  if (!form) return false;
  const json values = consented_prefill(s, form->definition, s.forms.journey.draft_id);
  if (values.empty()) return false;
  json& data = s.forms.journey.data;
  for (const auto& [name, value] : values.items()) {
    const json* current = jsonread::member(data, name.c_str());
    if (!current || current->is_null() || (current->is_string() && current->get_ref<const std::string&>().empty()))
      data[name] = value;
  }
  for (Draft& draft : s.forms.drafts.items) {
    if (draft.id != s.forms.journey.draft_id) continue;
    draft.data = data;
    draft.updated_ms = s.now_ms;
  }
  if (s.forms.drafts.dirty_since < 0) s.forms.drafts.dirty_since = s.now_ms;
  return true;
}

// A refused submission is checked again when the citizen presses «Отправить»;
// until then the review page shows the consent's live status.
void settle_gate(AppState& s) {
  if (s.consents.gate && s.consents.gate->use == "submission") s.consents.gate.reset();
}

void start(AppState& s, const ConsentStart& a) {
  const ConsentTemplates& templates = consent_templates();
  const std::string op = a.op.value_or("give");
  PendingConsent p;
  p.subject = subject_from_profile(s.account.profile.to_json());
  if (op == "give") {
    const std::string id = a.template_id.value_or("");
    const ConsentTemplate* t = templates.find(id);
    if (!t) t = templates.for_purpose(id);
    if (!t) return;
    p.op = ConsentOp::give;
    p.template_id = t->id;
    p.level = t->level;
    p.term_months = t->term_months;
  } else if (op == "change" || op == "renew") {
    const consents::ConsentRecord* r = s.consents.book.find(a.id.value_or(""));
    if (!r || !consents::is_active_at(*r, s.now_ms)) return;
    p.op = op == "change" ? ConsentOp::change : ConsentOp::renew;
    p.consent_id = r->id;
    p.purpose = r->purpose;
    p.level = r->level;
    const ConsentTemplate* t = templates.for_purpose(r->purpose);
    p.term_months = op == "change" ? 0 : (t ? t->term_months : 12);
    p.subject = {{"phone", jsonread::string_of(p.subject, "phone").value_or("")}};
  } else {
    return;
  }
  const std::string return_to = a.return_to.value_or("");
  if (return_to == "journey" || return_to == "review") {
    p.return_to = s.forms.has_journey ? return_to : "";
  } else if (return_to == "service") {
    p.return_to = return_to;
    p.return_form = a.form.value_or(s.forms.open_service);
  } else if (return_to == "appointments") {
    p.return_to = return_to;
  }
  withdraw_code(s, kCodePurpose);  // a code sent for another consent's form confirms nothing here
  s.consents.pending = std::move(p);
  s.consents.view.confirm_withdraw.clear();
  if (s.consents.pending->return_to != "review") s.section = Section::consents;
}

void set(AppState& s, const ConsentSet& a) {
  if (!s.consents.pending) return;
  PendingConsent& p = *s.consents.pending;
  const ConsentTemplate* t = consent_templates().find(p.template_id);
  if (auto level = consents::parse_level(a.level.value_or(""))) {
    // Giving offers the template's levels; a change may set any of the three.
    const bool offered =
        p.op != ConsentOp::give || (t && std::find(t->levels.begin(), t->levels.end(), *level) != t->levels.end());
    if (offered) p.level = *level;
  }
  if (const auto& months = a.term_months) {
    const auto& options = consent_templates().term_options_months;
    const bool keep = *months == 0 && p.op == ConsentOp::change;
    if (keep || std::find(options.begin(), options.end(), *months) != options.end())
      p.term_months = static_cast<int>(*months);
  }
  if (const auto& purpose = a.purpose; purpose && p.op == ConsentOp::change) {
    if (std::find(consents::kPurposes.begin(), consents::kPurposes.end(), *purpose) != consents::kPurposes.end())
      p.purpose = *purpose;
  }
  if (const auto& acknowledged = a.acknowledged) {
    p.acknowledged = *acknowledged;
    std::erase_if(p.errors, [](const ConsentFormError& e) { return e.field == "acknowledged"; });
  }
  if (a.subject.is_object()) set_person_fields(p, p.subject, a.subject, "", kSubjectFields);
  if (const auto& by_representative = a.by_representative; by_representative && p.op == ConsentOp::give) {
    p.by_representative = *by_representative;
    if (!p.by_representative)
      std::erase_if(p.errors, [](const ConsentFormError& e) { return e.field.starts_with("representative."); });
  }
  if (a.representative.is_object())
    set_person_fields(p, p.representative, a.representative, "representative.", kRepresentativeFields);
}

void request_code(AppState& s, Effects& e) {
  if (!s.consents.pending) return;
  PendingConsent& p = *s.consents.pending;
  if (!check_pending(s, p)) return;
  // On the code field once one was sent, else (all its tries used) above the button.
  if (const int64_t wait = resend_wait_seconds(s, kCodePurpose); wait > 0)
    return add_error(p, p.code_sent_to.empty() ? "" : "code", "auth.code.wait", {{"seconds", wait}});
  const std::string phone = ids::check_phone(subject_text(p, "phone")).normalized;
  issue_code(s, e, kCodePurpose, "phone", phone);
  p.code_sent_to = mask_target("phone", phone);
}

std::string code_key(CodeCheck check) {
  switch (check) {
    case CodeCheck::ok:
      return "";
    case CodeCheck::wrong:
      return "consents.code.wrong";
    case CodeCheck::expired:
      return "consents.code.expired";
    case CodeCheck::no_code:
      return "consents.code.none";
    case CodeCheck::no_attempts_left:
      return "consents.code.no_attempts";
  }
  return "consents.code.wrong";
}

// Keeps what the profile lacked from the typed subject, so the next consent and
// the forms find it. What the profile holds stays: the name and passport are
// changed in Профиль (a confirmed passport would need confirming again), the
// phone only with a code to it (account/personal.cpp).
void remember_subject(AppState& s, const consents::ConsentRecord& r) {
  Profile& profile = s.account.profile;
  const auto fill = [&](const char* key, const std::string& value) {
    if (!value.empty() && profile.text(key).empty()) profile.set_text(key, value);
  };
  fill("full_name", r.subject.full_name);
  fill("address", r.subject.address);
  if (profile.passport.empty()) {
    fill("passport", r.subject.document.number);
    fill("passport_issue_date", r.subject.document.issued_on);
    fill("passport_issued_by", r.subject.document.issuer);
  }
}

void confirm(AppState& s, const ConsentConfirm& a, Effects& e) {
  if (!s.consents.pending) return;
  PendingConsent& p = *s.consents.pending;
  if (!check_pending(s, p)) return;
  if (p.code_sent_to.empty()) {
    add_error(p, "code", "consents.code.none");
    return;
  }
  const CodeCheck check = check_code(s, kCodePurpose, a.code);
  if (check != CodeCheck::ok) {
    add_error(p, "code", code_key(check));
    if (check != CodeCheck::wrong) p.code_sent_to.clear();  // a new code is needed
    return;
  }
  const json key_before = s.forms.signing_key;
  const submission::SigningKey key = signing_key(s);
  // The consent's own history names the role ("citizen", shown «Гражданин» on
  // the receipt); the audit log (record) names the signed-in login.
  const std::string actor = "citizen";
  consents::OpResult result;
  consents::ConsentRecord draft = pending_record(s, p);
  if (p.op == ConsentOp::give) {
    result = s.consents.book.give(draft, true, key, s.now_ms, actor);
  } else if (p.op == ConsentOp::renew) {
    result = s.consents.book.renew(p.consent_id, draft.valid_until_ms, true, key, s.now_ms, actor);
  } else {
    const consents::ConsentRecord* current = s.consents.book.find(p.consent_id);
    consents::ChangeRequest change;
    if (current && p.purpose != current->purpose) change.purpose = p.purpose;
    if (p.term_months > 0) change.valid_until_ms = draft.valid_until_ms;
    if (current && p.level != current->level) change.level = p.level;
    result = s.consents.book.change(p.consent_id, change, true, key, s.now_ms, actor);
  }
  if (!result.ok()) {
    add_error(p, "", "consents.error." + std::string(consents::error_id(result.error)));
    if (s.forms.signing_key != key_before) save_forms(s, e);
    return;
  }
  record(s, e, result.event);
  if (p.op == ConsentOp::give) {
    remember_subject(s, draft);
    refresh_identity_level(s, e);
  }
  save_forms(s, e);    // the signing key, when it was made now
  save_account(s, e);  // the profile
  save_consents(s, e);
  const consents::ConsentRecord* done = s.consents.book.find(result.consent_id);
  add_notice(s, "success", "consents.notice." + std::string(consent_op_id(p.op)),
             {{"id", result.consent_id},
              {"purpose_key", purpose_key(done ? done->purpose : "")},
              {"date", done ? display_date(done->valid_until_ms) : ""}});
  const PendingConsent finished = p;
  s.consents.pending.reset();
  s.consents.view.selected = result.consent_id;
  s.consents.view.tab = "active";
  settle_gate(s);
  go_back(s, finished);
  // The open form's autofill was refused: try again now (a fill if this consent covers it).
  if (s.consents.gate && s.consents.gate->use == "autofill" && s.forms.has_journey &&
      s.consents.gate->draft_id == s.forms.journey.draft_id)
    fill_journey_from_profile(s, e);
}

void refuse(AppState& s, Effects& e) {
  if (!s.consents.pending || s.consents.pending->op != ConsentOp::give) return;
  const PendingConsent p = *s.consents.pending;
  const consents::OpResult result = s.consents.book.refuse(pending_record(s, p), s.now_ms, "citizen");
  if (!result.ok()) return;
  record(s, e, result.event);
  save_consents(s, e);
  const consents::ConsentRecord* r = s.consents.book.find(result.consent_id);
  add_notice(s, "info", "consents.notice.refused",
             {{"id", result.consent_id}, {"purpose_key", purpose_key(r ? r->purpose : "")}});
  s.consents.pending.reset();
  go_back(s, p);
}

}  // namespace

void handle(AppState& s, const ConsentCancel&, Effects&) {
  s.consents.view.confirm_withdraw.clear();
  if (!s.consents.pending) return;
  const PendingConsent p = *s.consents.pending;
  s.consents.pending.reset();
  withdraw_code(s, kCodePurpose);
  go_back(s, p);
}

namespace {

void withdraw(AppState& s, const ConsentWithdraw& a) {
  const std::string& id = a.id;
  const consents::ConsentRecord* r = s.consents.book.find(id);
  if (!r || !consents::is_active_at(*r, s.now_ms)) return;
  s.consents.pending.reset();
  s.consents.view.confirm_withdraw = id;
  s.consents.view.selected = id;
  s.section = Section::consents;
}

void withdraw_confirm(AppState& s, const ConsentWithdrawConfirm& a, Effects& e) {
  const std::string id = a.id;
  if (id.empty() || id != s.consents.view.confirm_withdraw) return;  // only after «Отозвать» asked
  s.consents.view.confirm_withdraw.clear();
  const consents::OpResult result = s.consents.book.withdraw(id, s.now_ms, "citizen");
  if (!result.ok()) return;
  record(s, e, result.event);
  save_consents(s, e);
  const consents::ConsentRecord* r = s.consents.book.find(id);
  add_notice(s, "success", "consents.notice.withdrawn",
             {{"id", id},
              {"purpose_key", purpose_key(r ? r->purpose : "")},
              {"date", r && r->destroy_by_ms ? display_date(*r->destroy_by_ms) : ""}});
  s.consents.view.tab = "past";
  s.consents.view.selected = id;
}

template <size_t N>
bool one_of(const std::string& value, const std::array<std::string_view, N>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

void show(AppState& s, const ConsentsShow& a) {
  ConsentsView& v = s.consents.view;
  static constexpr std::array<std::string_view, 3> kTabs = {"active", "past", "journal"};
  static constexpr std::array<std::string_view, 3> kSorts = {"date", "recipient", "status"};
  static constexpr std::array<std::string_view, 4> kJournalSorts = {"time_desc", "time_asc", "consent", "operation"};
  if (const auto& tab = a.tab; tab && one_of(*tab, kTabs)) {
    v.tab = *tab;
    v.status.clear();  // the statuses of one tab are not those of the other
  }
  if (const auto& sort = a.sort; sort && one_of(*sort, kSorts)) v.sort = *sort;
  if (const auto& sort = a.journal_sort; sort && one_of(*sort, kJournalSorts)) v.journal_sort = *sort;
  if (const auto& status = a.status; status && (status->empty() || consents::parse_status(*status))) v.status = *status;
  if (const auto& purpose = a.purpose; purpose && (purpose->empty() || one_of(*purpose, consents::kPurposes)))
    v.purpose = *purpose;
  if (const auto& selected = a.selected; selected && (selected->empty() || s.consents.book.find(*selected))) {
    v.selected = *selected;
    if (v.confirm_withdraw != v.selected) v.confirm_withdraw.clear();
  }
}

void prefill(AppState& s, Effects& e) {
  if (!s.forms.has_journey || s.forms.journey.page != JourneyPage::step) return;
  if (fill_journey_from_profile(s, e)) return;
  const ConsentGate* gate = s.consents.gate ? &*s.consents.gate : nullptr;
  const bool refused = gate && gate->use == "autofill" && gate->draft_id == s.forms.journey.draft_id;
  if (!refused) add_notice(s, "info", "consents.autofill.nothing");
}

}  // namespace

bool load_consents(AppState& s, const std::string& text, Effects& e) {
  const json document = json::parse(text, nullptr, false);
  if (!document.is_object() || jsonread::int_of(document, "version").value_or(0) != 1) return false;
  const json* book = jsonread::member(document, "book");
  auto loaded = book ? consents::ConsentBook::from_json(*book) : std::nullopt;
  if (!loaded) return false;
  s.consents.book = std::move(*loaded);
  s.consents.reminders_sent.clear();
  if (const json* sent = jsonread::member(document, "reminders_sent"); sent && sent->is_array()) {
    for (const json& key : *sent) {
      if (key.is_string()) s.consents.reminders_sent.push_back(key.get<std::string>());
    }
  }
  consents_tick(s, e);
  return true;
}

void consents_tick(AppState& s, Effects& e) {
  bool changed = false;
  const std::vector<consents::AuditEvent> expired = s.consents.book.expire_due(s.now_ms);
  for (const consents::AuditEvent& event : expired) {
    consents::append_to(s.account.audit, event);  // by "system", not by the citizen
    const std::string purpose = jsonread::string_of(event.details, "purpose").value_or("");
    const std::string id = event.object.substr(event.object.find(':') + 1);
    const json params = {{"id", id}, {"purpose_key", purpose_key(purpose)}};
    add_notice(s, "info", "consents.notice.expired", params);
    notify(s, {.category = "consents",
               .message_key = "consents.notice.expired",
               .params = params,
               .object = "consent:" + id});
    changed = true;
  }
  if (!expired.empty()) save_audit(s, e);
  for (const consents::Reminder& reminder : consents::expiry_reminders(s.consents.book, s.now_ms)) {
    auto& sent = s.consents.reminders_sent;
    if (std::find(sent.begin(), sent.end(), reminder.key) != sent.end()) continue;
    const consents::ConsentRecord* r = s.consents.book.find(reminder.consent_id);
    const char* key = reminder.threshold_days == 7 ? "consents.reminder.days_7" : "consents.reminder.days_30";
    const json params = {{"id", reminder.consent_id},
                         {"purpose_key", purpose_key(r ? r->purpose : "")},
                         {"date", display_date(reminder.valid_until_ms)},
                         {"days", reminder.days_left}};
    add_notice(s, "info", key, params);
    notify(s,
           {.category = "consents", .message_key = key, .params = params, .object = "consent:" + reminder.consent_id});
    sent.push_back(reminder.key);
    changed = true;
  }
  if (changed) save_consents(s, e);
}

json consented_prefill(AppState& s, const forms::FormDefinition& form, const std::string& draft_id) {
  const json values = forms::prefill(form, s.account.profile.to_json());
  if (values.empty()) return values;  // nothing to copy, nothing to ask
  // Ask for exactly the data that would be copied.
  std::vector<std::string> categories;
  for (const forms::Step& step : form.steps) {
    for (const forms::Field& field : step.fields) {
      if (!values.contains(field.name) || !field.prefill.starts_with("profile.")) continue;
      const std::string category = data_category(field.prefill.substr(8));
      if (std::find(categories.begin(), categories.end(), category) == categories.end()) categories.push_back(category);
    }
  }
  const consents::Decision decision = consent_decision(s, "registry_autofill", categories);
  if (decision.allowed) {
    if (s.consents.gate && s.consents.gate->use == "autofill") s.consents.gate.reset();
    return values;
  }
  s.consents.gate = ConsentGate{"autofill", draft_id, "registry_autofill", decision};
  return json::object();
}

bool consent_allows_submission(AppState& s, const forms::FormDefinition& form, const json& data,
                               const std::string& draft_id) {
  const consents::Decision decision = consent_decision(s, "application_processing", submission_categories(form, data));
  if (decision.allowed) {
    if (s.consents.gate && s.consents.gate->use == "submission") s.consents.gate.reset();
    return true;
  }
  s.consents.gate = ConsentGate{"submission", draft_id, "application_processing", decision};
  return false;
}

void handle(AppState& s, const ConsentStart& a, Effects&) {
  start(s, a);
}
void handle(AppState& s, const ConsentSet& a, Effects&) {
  set(s, a);
}
void handle(AppState& s, const ConsentRequestCode&, Effects& e) {
  request_code(s, e);
}
void handle(AppState& s, const ConsentConfirm& a, Effects& e) {
  confirm(s, a, e);
}
void handle(AppState& s, const ConsentRefuse&, Effects& e) {
  refuse(s, e);
}
void handle(AppState& s, const ConsentWithdraw& a, Effects&) {
  withdraw(s, a);
}
void handle(AppState& s, const ConsentWithdrawConfirm& a, Effects& e) {
  withdraw_confirm(s, a, e);
}
void handle(AppState& s, const ConsentsShow& a, Effects&) {
  show(s, a);
}
void handle(AppState& s, const PrefillFromProfile&, Effects& e) {
  prefill(s, e);
}

nlohmann::json consents_document(const ConsentsState& consents) {
  return {{"version", 1}, {"book", consents.book.to_json()}, {"reminders_sent", consents.reminders_sent}};
}

}  // namespace cabinet::app
