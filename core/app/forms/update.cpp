// Journeys: start a form, type, go through the steps, check, review, submit;
// drafts are autosaved and resumable; submissions are signed envelopes.
#include <algorithm>
#include <charconv>
#include <set>

#include <sodium.h>

#include "app/account/account.hpp"
#include "app/account/store.hpp"
#include "app/appointments/handlers.hpp"
#include "app/capital/handlers.hpp"
#include "app/consents/handlers.hpp"
#include "app/documents/handlers.hpp"
#include "app/forms/handlers.hpp"
#include "app/kernel/json_pointer.hpp"
#include "app/kernel/random.hpp"
#include "forms/attachment.hpp"
#include "forms/form_check.hpp"
#include "json/read.hpp"
#include "submission/envelope.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"
#include "tracking/status.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr size_t kFieldMaxBytes = 20000;  // far above every maxLength; more is not typing

const forms::RegisteredForm* find_form(const std::string& id) {
  return forms::FormRegistry::embedded().find(id);
}

Draft* find_draft(AppState& s, const std::string& id) {
  auto it = std::find_if(s.forms.drafts.items.begin(), s.forms.drafts.items.end(), [&](const Draft& d) { return d.id == id; });
  return it == s.forms.drafts.items.end() ? nullptr : &*it;
}

std::string sequence_text(uint64_t n, int width) {
  std::string digits = std::to_string(n);
  return std::string(digits.size() < static_cast<size_t>(width) ? width - digits.size() : 0, '0') + digits;
}

// Copies the journey into its draft, to be saved by the autosave or at once.
void sync_draft(AppState& s) {
  if (!s.forms.has_journey || s.forms.journey.draft_id.empty()) return;
  if (Draft* draft = find_draft(s, s.forms.journey.draft_id)) {
    draft->data = s.forms.journey.data;
    draft->step = s.forms.journey.step;
    draft->updated_ms = s.now_ms;
  }
}

void set_errors(Journey& journey, const std::vector<forms::ValidationError>& errors) {
  journey.errors.clear();
  for (const auto& e : errors) journey.errors.push_back({e.instance_path, e.keyword, e.params});
}

void open_journey(AppState& s, const Draft& draft) {
  s.forms.has_journey = true;
  s.forms.open_service.clear();
  s.forms.journey = Journey{};
  s.forms.journey.form_id = draft.form_id;
  s.forms.journey.draft_id = draft.id;
  s.forms.journey.page = JourneyPage::step;
  s.forms.journey.data = draft.data;
  const auto* form = find_form(draft.form_id);
  const size_t steps = form ? form->definition.steps.size() : 1;
  s.forms.journey.step = std::min(draft.step, steps - 1);
  s.section = Section::services;
}

// The file of `attach_file` or `drop_file` (`a`) into the form's file field
// `field_name` on the step shown: checked, then stored as file-<blake2b>.
void attach_to_field(AppState& s, const std::string& field_name, const CarriedFile& a, Effects& e) {
  const auto* form = s.forms.has_journey ? find_form(s.forms.journey.form_id) : nullptr;
  Journey& j = s.forms.journey;
  if (!form || j.page != JourneyPage::step) return;
  const forms::Field* field = form->definition.find_field(field_name);
  if (!field || field->widget != "file") return;
  const std::string& content = a.bytes;
  const std::string& name = a.name;
  forms::AttachmentRules rules;
  if (!field->accept.empty()) rules.accept = field->accept;
  rules.max_bytes = static_cast<int64_t>(field->max_size_mb) * 1024 * 1024;
  forms::AttachmentCheck checked = forms::check_attachment(name, content, rules);
  // The browser does not copy a file far above every limit: it declares its size only.
  if (a.declared_size && *a.declared_size > rules.max_bytes) {
    checked = {};
    checked.code = "too_large";
    checked.params = {{"max_mb", field->max_size_mb}};
  }
  json& files = j.data[field_name];
  if (!files.is_array()) files = json::array();
  if (checked.ok && static_cast<int>(files.size()) >= field->max_files) {
    checked.ok = false;
    checked.code = "too_many";
    checked.params = {{"max", field->max_files}};
  }
  if (!checked.ok) {
    j.attach_error = "journey.attach." + checked.code;
    j.attach_params = checked.params;
    j.attach_params["name"] = text::is_valid_utf8(name) ? name : "?";
    return;
  }
  j.attach_error.clear();
  files.push_back({{"name", name}, {"type", checked.type}, {"size", content.size()}, {"blake2b", checked.blake2b}});
  std::erase_if(j.errors, [&](const JourneyError& err) { return forms::top_property(err.path) == field_name; });
  e.push_back(Save{"file-" + checked.blake2b, content});
  sync_draft(s);
  save_forms(s, e);
}

}  // namespace

void handle(AppState& s, const StartForm& a, Effects& e) {
  const std::string id = a.form.value_or("");
  const auto* form = find_form(id);
  if (!form || refuse_below_level(s, form->definition.identity_level)) return;
  // A visit is booked on Запись на приём's own screen: free times come from the agency, not typed.
  if (id == kAppointmentForm) return open_booking(s, a.service.value_or(""));
  Draft draft;
  draft.id = "D-" + sequence_text(s.forms.next_sequence++, 6);
  draft.form_id = id;
  draft.form_version = form->definition.version;
  draft.data = consented_prefill(s, form->definition, draft.id);  // only with a consent to autofill
  draft.created_ms = draft.updated_ms = s.now_ms;
  s.forms.drafts.items.push_back(draft);
  open_journey(s, draft);
  save_forms(s, e);
  // The amount is checked against the balance the fund reports now.
  if (id == kMaternityCapitalForm) capital_refresh(s, e);
}

void handle(AppState& s, const ResumeDraft& a, Effects&) {
  if (const Draft* draft = find_draft(s, a.id.value_or(""))) {
    if (find_form(draft->form_id)) open_journey(s, *draft);
  }
}

// «Исправить и отправить повторно»: the data the agency asked to correct (or
// refused) as a new draft linked to the old number, opened at its first step;
// a correction already started is resumed. The old application stays as it is
// until the correction is sent: then the agency stops reviewing it.
void handle(AppState& s, const CorrectApplication& a, Effects& e) {
  const std::string number = a.number.value_or("");
  const json params = {{"number", number}};
  auto app = std::find_if(s.forms.applications.items.begin(), s.forms.applications.items.end(),
                          [&](const Application& x) { return x.number == number; });
  auto tracked = std::find_if(s.forms.applications.tracked.begin(), s.forms.applications.tracked.end(),
                              [&](const tracking::Tracked& t) { return t.number == number; });
  if (app == s.forms.applications.items.end() || tracked == s.forms.applications.tracked.end()) return;
  if (tracked->status != tracking::Status::needs_correction && tracked->status != tracking::Status::refused)
    return add_notice(s, "error", "tracking.correct.not_now", params);
  for (const Application& other : s.forms.applications.items) {
    if (jsonread::text_of(other.envelope, "corrects") == number)
      return add_notice(s, "info", "tracking.correct.sent_already", {{"number", number}, {"by", other.number}});
  }
  for (const Draft& draft : s.forms.drafts.items) {
    if (draft.corrects == number) return open_journey(s, draft);
  }
  const auto* form = find_form(app->form_id);
  if (!form || refuse_below_level(s, form->definition.identity_level)) return;
  Draft draft;
  draft.id = "D-" + sequence_text(s.forms.next_sequence++, 6);
  draft.form_id = app->form_id;
  draft.form_version = form->definition.version;
  if (const json* data = jsonread::member(app->envelope, "data"); data && data->is_object()) draft.data = *data;
  draft.corrects = number;
  draft.created_ms = draft.updated_ms = s.now_ms;
  s.forms.drafts.items.push_back(draft);
  open_journey(s, draft);
  save_forms(s, e);
  if (draft.form_id == kMaternityCapitalForm) capital_refresh(s, e);
}

void handle(AppState& s, const DeleteDraft& a, Effects& e) {
  const std::string id = a.id.value_or("");
  if (!find_draft(s, id)) return;
  std::erase_if(s.forms.drafts.items, [&](const Draft& d) { return d.id == id; });
  if (s.forms.has_journey && s.forms.journey.draft_id == id) s.forms.has_journey = false;
  add_notice(s, "info", "journey.draft_deleted");
  save_forms(s, e);
}

void handle(AppState& s, const SetField& a, Effects&) {
  if (!s.forms.has_journey || s.forms.journey.page != JourneyPage::step) return;
  if (!a.value) return;
  const std::string path = a.path.value_or("");
  json stored = *a.value;
  if (stored.is_string()) {
    const std::string& text = stored.get_ref<const std::string&>();
    // Text from a paste or the phone keyboard: never store invalid UTF-8 or a book.
    if (!text::is_valid_utf8(text)) return;
    if (text.size() > kFieldMaxBytes) stored = text::truncate_code_points(text, kFieldMaxBytes / 4);
  }
  if (!set_at_pointer(s.forms.journey.data, path, stored)) return;
  // The error of a field the citizen is correcting goes away as they type.
  std::erase_if(s.forms.journey.errors, [&](const JourneyError& err) { return err.path == path; });
  sync_draft(s);
  if (s.forms.drafts.dirty_since < 0) s.forms.drafts.dirty_since = s.now_ms;
}

void handle(AppState& s, const AddGroupItem& a, Effects&) {
  if (!s.forms.has_journey) return;
  const std::string group = a.group.value_or("");
  json& data = s.forms.journey.data;
  if (group.empty() || group.find('/') != std::string::npos) return;
  if (!data.contains(group) || !data[group].is_array()) data[group] = json::array();
  if (data[group].size() >= 50) return;
  data[group].push_back(json::object());
  sync_draft(s);
  if (s.forms.drafts.dirty_since < 0) s.forms.drafts.dirty_since = s.now_ms;
}

void handle(AppState& s, const RemoveGroupItem& a, Effects&) {
  if (!s.forms.has_journey) return;
  const std::string group = a.group.value_or("");
  const auto index = a.index;
  json& data = s.forms.journey.data;
  if (!index || *index < 0 || !data.contains(group) || !data[group].is_array()) return;
  if (static_cast<size_t>(*index) >= data[group].size()) return;
  data[group].erase(static_cast<size_t>(*index));
  s.forms.journey.errors.clear();
  sync_draft(s);
  if (s.forms.drafts.dirty_since < 0) s.forms.drafts.dirty_since = s.now_ms;
}

void handle(AppState& s, const CheckStep&, Effects&) {
  const auto* form = s.forms.has_journey ? find_form(s.forms.journey.form_id) : nullptr;
  if (!form || s.forms.journey.page != JourneyPage::step) return;
  set_errors(s.forms.journey,
             forms::check_step(*form, s.forms.journey.data, s.forms.journey.step, forms_check_profile(s)));
  if (s.forms.journey.errors.empty()) add_notice(s, "success", "journey.step_ok");
}

void handle(AppState& s, const NextStep&, Effects& e) {
  const auto* form = s.forms.has_journey ? find_form(s.forms.journey.form_id) : nullptr;
  if (!form) return;
  Journey& j = s.forms.journey;
  if (j.page == JourneyPage::start) {
    j.page = JourneyPage::step;
    return;
  }
  if (j.page != JourneyPage::step) return;
  set_errors(j, forms::check_step(*form, j.data, j.step, forms_check_profile(s)));
  if (!j.errors.empty()) return;
  if (j.back_to_review || j.step + 1 >= form->definition.steps.size()) {
    j.page = JourneyPage::review;
    j.back_to_review = false;
  } else {
    ++j.step;
  }
  sync_draft(s);
  save_forms(s, e);
}

void handle(AppState& s, const PreviousStep&, Effects&) {
  if (!s.forms.has_journey) return;
  Journey& j = s.forms.journey;
  j.errors.clear();
  if (j.page == JourneyPage::review) {
    j.page = JourneyPage::step;
  } else if (j.page == JourneyPage::step && j.step > 0) {
    --j.step;
  } else if (j.page == JourneyPage::step) {
    s.forms.open_service = j.form_id;
    s.forms.has_journey = false;
  }
  sync_draft(s);
}

void handle(AppState& s, const GotoStep& a, Effects&) {
  const auto* form = s.forms.has_journey ? find_form(s.forms.journey.form_id) : nullptr;
  const auto step = a.step;
  if (!form || !step || *step < 0 || static_cast<size_t>(*step) >= form->definition.steps.size()) return;
  if (s.forms.journey.page != JourneyPage::review && s.forms.journey.page != JourneyPage::step) return;
  s.forms.journey.back_to_review = s.forms.journey.page == JourneyPage::review;
  s.forms.journey.page = JourneyPage::step;
  s.forms.journey.step = static_cast<size_t>(*step);
  s.forms.journey.errors.clear();
}

void handle(AppState& s, const SubmitForm&, Effects& e) {
  const auto* form = s.forms.has_journey ? find_form(s.forms.journey.form_id) : nullptr;
  Journey& j = s.forms.journey;
  if (!form || j.page != JourneyPage::review || refuse_below_level(s, form->definition.identity_level)) return;
  const auto errors = forms::check_form(*form, j.data, forms_check_profile(s));
  if (!errors.empty()) {
    set_errors(j, errors);
    j.page = JourneyPage::step;
    j.step =
        static_cast<size_t>(std::max(0, form->definition.step_of(forms::top_property(errors.front().instance_path))));
    j.back_to_review = true;
    return;
  }
  if (!consent_allows_submission(s, form->definition, forms::clean_data(form->definition, j.data), j.draft_id)) return;
  int year = 0;
  unsigned month = 0, day = 0;
  // The number carries the date the citizen sees on the confirmation (Moscow time).
  constexpr int64_t kMoscowOffsetMs = 3 * 3'600'000;
  time::civil_from_days((s.now_ms + kMoscowOffsetMs) / 86'400'000, year, month, day);
  Application application;
  application.number = std::to_string(year) + sequence_text(month, 2) + sequence_text(day, 2) + "-" +
                       sequence_text(s.forms.next_sequence++, 6);
  application.form_id = j.form_id;
  application.form_version = form->definition.version;
  application.submitted_ms = s.now_ms;
  submission::EnvelopeInput input{j.form_id, form->definition.version, forms::clean_data(form->definition, j.data),
                                  "",        application.number,       s.now_ms};
  const submission::SigningKey key = signing_key(s);
  // One key per draft and device: a repeated delivery of this submission is recognisably the same.
  input.idempotency_key = forms::blake2b_hex(key.public_key + "|" + j.draft_id).substr(0, 32);
  input.applicant = {{"snils", s.account.profile.snils}, {"full_name", s.account.profile.full_name}};
  if (const Draft* draft = find_draft(s, j.draft_id)) input.corrects = draft->corrects;
  application.envelope = submission::make_envelope(input, key);
  s.forms.applications.items.push_back(application);
  // Offline it waits in the outbox as «Ожидает отправки»; online it goes at once.
  const tracking::Status first = s.online ? tracking::Status::registered : tracking::Status::queued;
  s.forms.applications.tracked.push_back(tracking::make_tracked(application.number, application.form_id, first, s.now_ms));
  s.forms.applications.items.back().status = std::string(tracking::status_id(first));
  s.forms.applications.outbox.enqueue(application.envelope, s.now_ms);
  const std::string draft_id = j.draft_id;
  std::erase_if(s.forms.drafts.items, [&](const Draft& d) { return d.id == draft_id; });
  j.page = JourneyPage::confirmation;
  j.application_number = application.number;
  j.errors.clear();
  save_forms(s, e);
  sync_agency(s, e);
}

void handle(AppState& s, const AttachFile& a, Effects& e) {
  const std::string field = a.field.value_or("");
  // «Восстановить из резервной копии» picks its file before anyone is signed in.
  if (field == kBackupFileField) return choose_backup(s, carried_file(a));
  if (s.account.phase != AccountPhase::signed_in) return;
  // The file picker of Мои документы answers with this field.
  if (field == kDocumentFileField) {
    documents_take_drop(s, carried_file(a), e);
    return;
  }
  if (field.starts_with(kUploadFieldPrefix))
    return upload_take_file(s, field.substr(kUploadFieldPrefix.size()), carried_file(a), e);
  attach_to_field(s, field, carried_file(a), e);
}

// «Из моих документов»: the document's file in use goes into the field (its
// bytes are stored already). An expired document cannot be attached (seed:
// «система блокирует его использование»).
void handle(AppState& s, const AttachDocument& a, Effects& e) {
  const auto* form = s.forms.has_journey ? find_form(s.forms.journey.form_id) : nullptr;
  Journey& j = s.forms.journey;
  if (!form || j.page != JourneyPage::step) return;
  const std::string field_name = a.field.value_or("");
  const forms::Field* field = form->definition.find_field(field_name);
  const Document* document = find_document(s.documents, a.id.value_or(""));
  if (!field || field->widget != "file" || !document) return;
  const DocumentVersion& file = document->current();
  json& files = j.data[field_name];
  if (!files.is_array()) files = json::array();
  std::string code;
  json params = json::object();
  if (validity(*document, s.now_ms) == Validity::expired) {
    code = "expired";
    params["date"] = display_iso_date(file.valid_until);
  } else if (!field->accept.empty() &&
             std::find(field->accept.begin(), field->accept.end(), file.file_type) == field->accept.end()) {
    code = "unsupported_type";
    std::string accepted;
    for (const std::string& type : field->accept) accepted += (accepted.empty() ? "" : ", ") + type;
    params["accepted"] = accepted;
  } else if (file.size > static_cast<int64_t>(field->max_size_mb) * 1024 * 1024) {
    code = "too_large";
    params["max_mb"] = field->max_size_mb;
  } else if (static_cast<int>(files.size()) >= field->max_files) {
    code = "too_many";
    params["max"] = field->max_files;
  }
  if (!code.empty()) {
    j.attach_error = "journey.attach." + code;
    j.attach_params = params;
    j.attach_params["name"] = file.file_name;
    return;
  }
  j.attach_error.clear();
  files.push_back({{"name", file.file_name}, {"type", file.file_type}, {"size", file.size}, {"blake2b", file.blake2b}});
  std::erase_if(j.errors, [&](const JourneyError& err) { return forms::top_property(err.path) == field_name; });
  sync_draft(s);
  save_forms(s, e);
}

// A file dropped onto the window goes to the first file field of the step shown.
void handle(AppState& s, const DropFile& a, Effects& e) {
  const CarriedFile file = carried_file(a);
  if (documents_take_drop(s, file, e)) return;
  const auto* form = s.forms.has_journey ? find_form(s.forms.journey.form_id) : nullptr;
  const Journey& j = s.forms.journey;
  if (!form || j.page != JourneyPage::step || j.step >= form->definition.steps.size()) return;
  for (const forms::Field& field : form->definition.steps[j.step].fields) {
    if (field.widget != "file" || !forms::is_visible(form->definition, field.name, j.data)) continue;
    return attach_to_field(s, field.name, file, e);
  }
  add_notice(s, "error", "journey.attach.no_target");
}

void handle(AppState& s, const RemoveAttachment& a, Effects& e) {
  if (!s.forms.has_journey) return;
  const std::string field = a.field.value_or("");
  const auto index = a.index;
  json& data = s.forms.journey.data;
  if (!index || *index < 0 || !data.contains(field) || !data[field].is_array()) return;
  if (static_cast<size_t>(*index) >= data[field].size()) return;
  data[field].erase(static_cast<size_t>(*index));
  sync_draft(s);
  save_forms(s, e);
}

void handle(AppState& s, const SetProfileData& a, Effects& e) {
  const json& values = a.values;
  if (!values.is_object()) return;
  // The contacts (they sign in), the confirmation and its clock change only
  // through their own actions (account/personal.cpp, confirm_identity); the
  // maternity capital balance only comes from the fund (capital/update.cpp).
  static const std::set<std::string> kOwnActions = {"phone", "email", "passport_confirmed", "phone_changed_ms",
                                                    "maternity_capital_balance"};
  for (auto it = values.begin(); it != values.end(); ++it) {
    if (kOwnActions.contains(it.key())) continue;
    if (it->is_string() && text::is_valid_utf8(it->get_ref<const std::string&>()) &&
        it->get_ref<const std::string&>().size() < 1000)
      s.account.profile.set_text(it.key(), it->get<std::string>());
    if (it->is_number_integer()) s.account.profile.facts[it.key()] = *it;
  }
  save_account(s, e);
}

submission::SigningKey signing_key(AppState& s) {
  if (auto key = submission::signing_key_from_json(s.forms.signing_key)) return *key;
  const submission::SigningKey key = submission::generate_signing_key(random_source(s));
  s.forms.signing_key = submission::signing_key_to_json(key);
  return key;
}

void leave_journey(AppState& s, Effects& e) {
  if (!s.forms.has_journey && s.forms.open_service.empty()) return;
  sync_draft(s);
  s.forms.has_journey = false;
  s.forms.open_service.clear();
  if (s.forms.drafts.dirty_since >= 0) save_forms(s, e);
}

void handle(AppState& s, const CloseJourney&, Effects& e) {
  leave_journey(s, e);
}

}  // namespace cabinet::app
