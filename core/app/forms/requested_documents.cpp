// What the citizen does when an application cannot go on without them: the
// documents the agency asked for («Требуется исправление» / «Ожидание
// дополнительных документов»), chosen from the device or «Мои документы» with
// the same type and size checks as the form's field, then «Отправить
// документы»; and «Отправить повторно» after «Ошибка отправки».
#include <algorithm>

#include "app/documents/state.hpp"
#include "app/forms/handlers.hpp"
#include "forms/attachment.hpp"
#include "forms/form_registry.hpp"
#include "text/utf8.hpp"
#include "tracking/status.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

tracking::Tracked* find_tracked(AppState& s, const std::string& number) {
  auto& all = s.forms.applications.tracked;
  auto it = std::find_if(all.begin(), all.end(), [&](const tracking::Tracked& t) { return t.number == number; });
  return it == all.end() ? nullptr : &*it;
}

// The form's file field the agency asked for first: its type and size rules apply to the upload.
const forms::Field* requested_field(const tracking::Tracked& t) {
  const forms::RegisteredForm* form = forms::FormRegistry::embedded().find(t.form_id);
  if (!form) return nullptr;
  for (const std::string& name : t.documents_requested) {
    const forms::Field* field = form->definition.find_field(name);
    if (field && field->widget == "file") return field;
  }
  return nullptr;
}

// The application waiting for documents, or nullptr (and nothing to do).
tracking::Tracked* waiting_for_documents(AppState& s, const std::string& number) {
  tracking::Tracked* t = find_tracked(s, number);
  if (!t || !tracking::capabilities(t->status).upload) return nullptr;
  return t;
}

void refuse(AppState& s, std::string code, json params, const std::string& name) {
  s.forms.applications.upload_error = "journey.attach." + code;
  s.forms.applications.upload_params = std::move(params);
  s.forms.applications.upload_params["name"] = text::is_valid_utf8(name) ? name : "?";
}

// The count and the field's limits; true when one more file of `type` and `size` fits.
bool fits(AppState& s, const forms::Field& field, const json& chosen, const std::string& type, int64_t size,
          const std::string& name) {
  if (!field.accept.empty() && std::find(field.accept.begin(), field.accept.end(), type) == field.accept.end()) {
    std::string accepted;
    for (const std::string& t : field.accept) accepted += (accepted.empty() ? "" : ", ") + t;
    refuse(s, "unsupported_type", {{"accepted", accepted}}, name);
    return false;
  }
  if (size > static_cast<int64_t>(field.max_size_mb) * 1024 * 1024) {
    refuse(s, "too_large", {{"max_mb", field.max_size_mb}}, name);
    return false;
  }
  if (static_cast<int>(chosen.size()) >= field.max_files) {
    refuse(s, "too_many", {{"max", field.max_files}}, name);
    return false;
  }
  return true;
}

json& chosen_for(AppState& s, const std::string& number) {
  json& chosen = s.forms.applications.uploads[number];
  if (!chosen.is_array()) chosen = json::array();
  return chosen;
}

}  // namespace

void upload_take_file(AppState& s, const std::string& number, const CarriedFile& file, Effects& e) {
  tracking::Tracked* t = waiting_for_documents(s, number);
  const forms::Field* field = t ? requested_field(*t) : nullptr;
  if (!field) return;
  forms::AttachmentRules rules;
  if (!field->accept.empty()) rules.accept = field->accept;
  rules.max_bytes = static_cast<int64_t>(field->max_size_mb) * 1024 * 1024;
  if (file.declared_size && *file.declared_size > rules.max_bytes)
    return refuse(s, "too_large", {{"max_mb", field->max_size_mb}}, file.name);
  const forms::AttachmentCheck checked = forms::check_attachment(file.name, file.bytes, rules);
  if (!checked.ok) return refuse(s, checked.code, checked.params, file.name);
  json& chosen = chosen_for(s, number);
  if (!fits(s, *field, chosen, checked.type, static_cast<int64_t>(file.bytes.size()), file.name)) return;
  s.forms.applications.upload_error.clear();
  chosen.push_back(
      {{"name", file.name}, {"type", checked.type}, {"size", file.bytes.size()}, {"blake2b", checked.blake2b}});
  e.push_back(Save{"file-" + checked.blake2b, file.bytes});
  save_forms(s, e);
}

// «Из моих документов»: the document's file in use (its bytes are stored already); an expired one is refused.
void handle(AppState& s, const UploadDocument& a, Effects& e) {
  const std::string number = a.number.value_or("");
  tracking::Tracked* t = waiting_for_documents(s, number);
  const forms::Field* field = t ? requested_field(*t) : nullptr;
  const Document* document = find_document(s.documents, a.id.value_or(""));
  if (!field || !document) return;
  const DocumentVersion& file = document->current();
  if (validity(*document, s.now_ms) == Validity::expired)
    return refuse(s, "expired", {{"date", display_iso_date(file.valid_until)}}, file.file_name);
  json& chosen = chosen_for(s, number);
  if (!fits(s, *field, chosen, file.file_type, file.size, file.file_name)) return;
  s.forms.applications.upload_error.clear();
  chosen.push_back(
      {{"name", file.file_name}, {"type", file.file_type}, {"size", file.size}, {"blake2b", file.blake2b}});
  save_forms(s, e);
}

void handle(AppState& s, const UploadRemove& a, Effects& e) {
  auto it = s.forms.applications.uploads.find(a.number.value_or(""));
  if (it == s.forms.applications.uploads.end() || !a.index || *a.index < 0 ||
      static_cast<size_t>(*a.index) >= it->second.size())
    return;
  it->second.erase(static_cast<size_t>(*a.index));
  if (it->second.empty()) s.forms.applications.uploads.erase(it);
  save_forms(s, e);
}

void handle(AppState& s, const UploadSend& a, Effects& e) {
  const std::string number = a.number.value_or("");
  const json params = {{"number", number}};
  if (!waiting_for_documents(s, number)) return add_notice(s, "error", "tracking.upload.not_now", params);
  auto it = s.forms.applications.uploads.find(number);
  if (it == s.forms.applications.uploads.end() || it->second.empty())
    return add_notice(s, "error", "tracking.upload.empty", params);
  if (!s.online) return add_notice(s, "error", "tracking.upload.offline", params);
  e.push_back(UploadDocuments{s.epoch, number, it->second});
}

// The files stay chosen until the agency took them: offline or refused, nothing is lost.
void on_answer(AppState& s, const UploadAnswered& answer, Effects& e) {
  const json params = {{"number", answer.number}};
  if (!answer.ack.accepted) {
    add_notice(s, "error",
               answer.ack.transient
                   ? "tracking.upload.offline"
                   : (answer.ack.code == "not_expected" ? "tracking.upload.not_now" : "tracking.upload.refused"),
               params);
    return;
  }
  s.forms.applications.uploads.erase(answer.number);
  if (tracking::Tracked* t = find_tracked(s, answer.number)) t->documents_requested.clear();
  add_notice(s, "success", "tracking.upload.sent", params);
  save_forms(s, e);
  sync_agency(s, e);  // the agency's «Принято к рассмотрению» comes in its feed
}

// «Отправить повторно»: the rejected envelope goes back to the outbox, due now.
void handle(AppState& s, const ResendApplication& a, Effects& e) {
  const std::string number = a.number.value_or("");
  tracking::Tracked* t = find_tracked(s, number);
  if (!t || t->status != tracking::Status::send_failed) return;
  if (!s.forms.applications.outbox.retry(number, s.now_ms)) {
    // The entry was pruned after it was rejected: queue the signed envelope again.
    for (const Application& application : s.forms.applications.items) {
      if (application.number == number) s.forms.applications.outbox.enqueue(application.envelope, s.now_ms);
    }
  }
  if (!tracking::apply(*t, tracking::Status::queued, tracking::Actor::citizen, "Отправлено повторно.", s.now_ms).ok())
    return;
  for (Application& application : s.forms.applications.items) {
    if (application.number == number) application.status = std::string(tracking::status_id(t->status));
  }
  add_notice(s, "info", "tracking.resend.queued", {{"number", number}});
  save_forms(s, e);
  sync_agency(s, e);
}

}  // namespace cabinet::app
