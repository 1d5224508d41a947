// Мои документы in the app: upload with a type, replace the file, «Продлить»
// with a new version, edit the type, title and folder, delete with
// confirmation, folders, filters; reminders before and at expiry; the sandbox
// agency's check of each upload.
#include <algorithm>
#include <cstdio>

#include "app/documents/handlers.hpp"
#include "audit/actions.hpp"
#include "forms/attachment.hpp"
#include "ids/ids.hpp"
#include "app/kernel/field_errors.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr const char* kFieldPrefix = "documents.";
constexpr FeatureErrors kErrors{kFieldPrefix};

Document* find_mutable(AppState& s, std::string_view id) {
  for (Document& d : s.documents.documents) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

void save_documents(AppState& s, Effects& e) {
  e.push_back(Save{kDocumentsKey, documents_to_json(s.documents).dump(-1, ' ', false, json::error_handler_t::replace)});
}

ids::Date today(int64_t now_ms) {
  int year = 0;
  unsigned month = 0, day = 0;
  time::civil_from_days((now_ms + 3LL * 3600 * 1000) / 86400000, year, month, day);
  return {year, month, day};
}

std::string iso(const ids::Date& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", d.year, d.month, d.day);
  return text;
}

std::string today_display(int64_t now_ms) {
  return display_iso_date(iso(today(now_ms)));
}

// A text field of the panel: valid UTF-8, no control characters, trimmed, at most `max` characters.
bool check_text(AppState& s, const char* field, const std::string& raw, size_t max, std::string& out) {
  if (!text::is_valid_utf8(raw)) {
    kErrors.add(s, field, "errors.invalid_utf8");
    return false;
  }
  out = text::trim(raw);
  if (text::has_control_chars(out)) {
    kErrors.add(s, field, "errors.control_chars");
    return false;
  }
  if (text::code_point_count(out) > max) {
    kErrors.add(s, field, "errors.too_long", {{"max", max}});
    return false;
  }
  return true;
}

struct CheckedDraft {
  std::string type, title, folder, valid_until;  // valid_until as an ISO date or ""
};

// The panel's fields; errors go to s.errors. `needs_date`: «Продлить» asks for the new end date.
std::optional<CheckedDraft> check_draft(AppState& s, bool needs_date) {
  const DocumentDraft& d = s.documents.draft;
  CheckedDraft out;
  bool ok = true;
  if (!is_document_type(d.type)) {
    kErrors.add(s, "type", "documents.error.type_required");
    ok = false;
  }
  out.type = d.type;
  ok = check_text(s, "title", d.title, kDocumentTitleMax, out.title) && ok;
  ok = check_text(s, "folder", d.folder, kFolderNameMax, out.folder) && ok;
  if (ok && !out.folder.empty() &&
      std::find(s.documents.folders.begin(), s.documents.folders.end(), out.folder) == s.documents.folders.end() &&
      s.documents.folders.size() >= kFoldersLimit) {
    kErrors.add(s, "folder", "documents.error.too_many_folders", {{"max", kFoldersLimit}});
    ok = false;
  }
  const std::string date_text = text::is_valid_utf8(d.valid_until) ? text::trim(d.valid_until) : d.valid_until;
  if (date_text.empty()) {
    if (needs_date || validity_required(d.type)) {
      kErrors.add(s, "valid_until",
                  needs_date ? "documents.error.renew_date_required" : "documents.error.date_required");
      ok = false;
    }
  } else {
    const ids::DateResult date = ids::check_date(date_text);
    if (!date.ok()) {
      kErrors.add(s, "valid_until", date.message_key(), date.params.is_object() ? date.params : json::object());
      ok = false;
    } else {
      out.valid_until = iso(date.date);
      if (out.valid_until < iso(today(s.now_ms))) {
        // An expired document cannot be used: upload the one in force.
        kErrors.add(s, "valid_until", "documents.error.date_past", {{"today", today_display(s.now_ms)}});
        ok = false;
      }
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

void remember_folder(AppState& s, const std::string& folder) {
  auto& folders = s.documents.folders;
  if (!folder.empty() && std::find(folders.begin(), folders.end(), folder) == folders.end()) folders.push_back(folder);
}

// The sandbox agency checks a version as soon as it can reach it (online).
bool review(AppState& s, Document& d) {
  if (!s.online || d.review != "checking") return false;
  const std::string verdict = sandbox_review(d.current());
  d.review = verdict == "approved" ? "approved" : "needs_clarification";
  d.review_reason = verdict == "approved" ? "" : verdict;
  const std::string title = d.title;
  const json params = {{"id", d.id},
                       {"type_key", "documents.type." + d.type},
                       {"title", title},
                       {"status_key", "documents.review." + d.review}};
  notify(s, {.category = "documents",
             .message_key = "documents.notice.reviewed",
             .params = params,
             .object = "document:" + d.id,
             .service = ""});
  return true;
}

// Whether anything besides document `except` refers to the stored file (another
// document, a draft, the open form, an application).
bool file_in_use(const AppState& s, const std::string& hash, const Document* except, size_t except_version) {
  for (const Document& d : s.documents.documents) {
    for (size_t i = 0; i < d.versions.size(); ++i) {
      if (&d == except && i == except_version) continue;
      if (d.versions[i].blake2b == hash) return true;
    }
  }
  const auto mentions = [&](const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace).find(hash) != std::string::npos;
  };
  if (s.forms.has_journey && mentions(s.forms.journey.data)) return true;
  for (const Draft& draft : s.forms.drafts.items) {
    if (mentions(draft.data)) return true;
  }
  for (const Application& a : s.forms.applications.items) {
    if (mentions(a.envelope)) return true;
  }
  return false;
}

void forget_file(AppState& s, Effects& e, const std::string& hash, const Document* except, size_t version) {
  if (!file_in_use(s, hash, except, version)) e.push_back(Remove{"file-" + hash});
}

}  // namespace

void handle(AppState& s, const DocumentsPanel& a, Effects&) {
  const std::string mode = a.mode.value_or("new");
  DocumentDraft draft;
  draft.mode = mode;
  if (mode == "new") {
    if (s.documents.view.folder != "*") draft.folder = s.documents.view.folder;
  } else if (mode == "replace" || mode == "renew" || mode == "edit") {
    const Document* d = find_document(s.documents, a.id.value_or(""));
    if (!d) return;
    draft.target = d->id;
    draft.type = d->type;
    draft.title = d->title;
    draft.folder = d->folder;
    if (mode != "renew" && !d->current().valid_until.empty())
      draft.valid_until = display_iso_date(d->current().valid_until);
  } else {
    return;
  }
  kErrors.clear(s);
  s.documents.draft = std::move(draft);
  s.documents.panel_open = true;
}

void handle(AppState& s, const DocumentsDraft& a, Effects&) {
  if (!s.documents.panel_open) return;
  DocumentDraft& d = s.documents.draft;
  for (const auto& [name, value, kept] :
       {std::tuple{"type", &a.type_id, &d.type}, std::tuple{"title", &a.title, &d.title},
        std::tuple{"folder", &a.folder, &d.folder}, std::tuple{"valid_until", &a.valid_until, &d.valid_until}}) {
    if (*value && (*value)->size() <= 4 * kDocumentTitleMax) {
      *kept = **value;
      const std::string error_field = std::string(kFieldPrefix) + name;
      std::erase_if(s.errors, [&error_field](const FieldError& f) { return f.field == error_field; });
    }
  }
}

void handle(AppState& s, const DocumentsPanelClose&, Effects&) {
  s.documents.panel_open = false;
  s.documents.draft = {};
  kErrors.clear(s);
}

namespace {

// The file chosen in the panel: a new document, a replaced file or a new version («Продлить»).
void take_file(AppState& s, const CarriedFile& file, Effects& e) {
  const std::string& name = file.name;
  const std::string& content = file.bytes;
  const std::optional<int64_t>& declared_size = file.declared_size;
  DocumentsState& docs = s.documents;
  if (!docs.panel_open || docs.draft.mode == "edit") return;
  kErrors.clear(s);
  const std::string mode = docs.draft.mode;
  Document* target = mode == "new" ? nullptr : find_mutable(s, docs.draft.target);
  if (mode != "new" && !target) return;
  if (mode == "new" && docs.documents.size() >= kDocumentsLimit) {
    kErrors.add(s, "file", "documents.error.too_many", {{"max", kDocumentsLimit}});
    return;
  }
  const auto draft = check_draft(s, mode == "renew");
  forms::AttachmentRules rules;
  rules.max_bytes = kDocumentMaxBytes;
  forms::AttachmentCheck checked = forms::check_attachment(name, content, rules);
  if (declared_size && *declared_size > rules.max_bytes) {
    checked = {};
    checked.code = "too_large";
  }
  if (!checked.ok) {
    json params = checked.params;
    params["max_mb"] = kDocumentMaxBytes / (1024 * 1024);
    params["name"] = text::is_valid_utf8(name) ? name : "?";
    kErrors.add(s, "file", "journey.attach." + checked.code, params);
  }
  if (!draft || !checked.ok) return;
  if (mode == "renew" && draft->valid_until <= target->current().valid_until) {
    kErrors.add(s, "valid_until", "documents.error.renew_not_later",
                {{"date", display_iso_date(target->current().valid_until)}});
    return;
  }
  DocumentVersion version{name,     checked.type,      static_cast<int64_t>(content.size()), checked.blake2b,
                          s.now_ms, draft->valid_until};
  e.push_back(Save{"file-" + checked.blake2b, content});
  if (mode == "new") {
    char id[16];
    std::snprintf(id, sizeof id, "D-%06llu", static_cast<unsigned long long>(docs.next_number++));
    Document d;
    d.id = id;
    d.created_ms = s.now_ms;
    d.versions.push_back(std::move(version));
    docs.documents.push_back(std::move(d));
    target = &docs.documents.back();
  } else if (mode == "replace") {
    const std::string old = target->current().blake2b;
    target->versions.back() = std::move(version);
    if (old != checked.blake2b) forget_file(s, e, old, nullptr, 0);
  } else {
    target->versions.push_back(std::move(version));
  }
  target->type = draft->type;
  target->title = draft->title;
  target->folder = draft->folder;
  target->review = "checking";
  target->review_reason.clear();
  target->reminded_soon = target->reminded_expired = false;
  remember_folder(s, draft->folder);
  review(s, *target);
  record_audit(s, e, audit::actions::kDocumentChange, "document:" + target->id,
               {{"operation", mode == "new" ? "upload" : mode}, {"type", target->type}});
  save_documents(s, e);
  add_notice(s, "success", "documents.notice." + mode, {{"id", target->id}});
  docs.panel_open = false;
  docs.draft = {};
}

}  // namespace

// «Изменить» without a new file: the type, title and folder.
void handle(AppState& s, const DocumentEditSave&, Effects& e) {
  DocumentsState& docs = s.documents;
  if (!docs.panel_open || docs.draft.mode != "edit") return;
  Document* target = find_mutable(s, docs.draft.target);
  if (!target) return;
  kErrors.clear(s);
  // The end date belongs to the file: it changes with «Заменить файл» or «Продлить».
  docs.draft.valid_until.clear();
  const bool keeps_date = !target->current().valid_until.empty();
  if (keeps_date) docs.draft.valid_until = display_iso_date(target->current().valid_until);
  const auto draft = check_draft(s, false);
  if (!draft) return;
  target->type = draft->type;
  target->title = draft->title;
  target->folder = draft->folder;
  remember_folder(s, draft->folder);
  record_audit(s, e, audit::actions::kDocumentChange, "document:" + target->id,
               {{"operation", "edit"}, {"type", target->type}});
  save_documents(s, e);
  add_notice(s, "success", "documents.notice.edit", {{"id", target->id}});
  docs.panel_open = false;
  docs.draft = {};
}

void handle(AppState& s, const DocumentDelete& a, Effects&) {
  if (const Document* d = find_document(s.documents, a.id)) s.documents.view.confirm_delete = d->id;
}

void handle(AppState& s, const DocumentDeleteCancel&, Effects&) {
  s.documents.view.confirm_delete.clear();
}

void handle(AppState& s, const DocumentDeleteConfirm& a, Effects& e) {
  const std::string& id = a.id;
  const auto it = std::find_if(s.documents.documents.begin(), s.documents.documents.end(),
                               [&](const Document& d) { return d.id == id; });
  if (it == s.documents.documents.end() || s.documents.view.confirm_delete != id) return;
  const Document removed = *it;
  s.documents.documents.erase(it);
  for (const DocumentVersion& v : removed.versions) forget_file(s, e, v.blake2b, nullptr, 0);
  s.documents.view.confirm_delete.clear();
  if (s.documents.view.opened == id) s.documents.view.opened.clear();
  record_audit(s, e, audit::actions::kDocumentChange, "document:" + id,
               {{"operation", "delete"}, {"type", removed.type}});
  save_documents(s, e);
  add_notice(s, "success", "documents.notice.deleted", {{"id", id}});
}

void handle(AppState& s, const FolderCreate& a, Effects& e) {
  std::erase_if(s.errors, [](const FieldError& f) { return f.field == "documents.new_folder"; });
  std::string name;
  if (!check_text(s, "new_folder", a.name, kFolderNameMax, name)) return;
  auto& folders = s.documents.folders;
  if (name.empty()) return kErrors.add(s, "new_folder", "documents.error.folder_empty");
  if (std::find(folders.begin(), folders.end(), name) != folders.end())
    return kErrors.add(s, "new_folder", "documents.error.folder_exists", {{"name", name}});
  if (folders.size() >= kFoldersLimit)
    return kErrors.add(s, "new_folder", "documents.error.too_many_folders", {{"max", kFoldersLimit}});
  folders.push_back(name);
  s.documents.view.folder = name;
  save_documents(s, e);
  add_notice(s, "success", "documents.notice.folder_created", {{"name", name}});
}

// Only an empty folder goes: its documents are never deleted along with it.
void handle(AppState& s, const FolderDelete& a, Effects& e) {
  const std::string& name = a.name;
  auto& folders = s.documents.folders;
  const auto it = std::find(folders.begin(), folders.end(), name);
  if (it == folders.end()) return;
  if (std::any_of(s.documents.documents.begin(), s.documents.documents.end(),
                  [&](const Document& d) { return d.folder == name; })) {
    add_notice(s, "error", "documents.notice.folder_not_empty", {{"name", name}});
    return;
  }
  folders.erase(it);
  if (s.documents.view.folder == name) s.documents.view.folder = "*";
  save_documents(s, e);
  add_notice(s, "success", "documents.notice.folder_deleted", {{"name", name}});
}

void handle(AppState& s, const DocumentsShow& a, Effects&) {
  DocumentsView& v = s.documents.view;
  if (const auto& folder = a.folder; folder && folder->size() <= 4 * kFolderNameMax) v.folder = *folder;
  if (const auto& type = a.type_id; type && (type->empty() || is_document_type(*type))) v.type = *type;
  if (const auto& value = a.validity; value && (value->empty() || *value == "valid" || *value == "expiring" ||
                                                *value == "expired" || *value == "unlimited"))
    v.validity = *value;
  if (const auto& value = a.review;
      value && (value->empty() || *value == "checking" || *value == "approved" || *value == "needs_clarification"))
    v.review = *value;
  if (const auto& period = a.period; period && (*period == "all" || *period == "30d" || *period == "12m"))
    v.period = *period;
  if (const auto& query = a.query; query && query->size() <= 400) v.query = *query;
  if (const auto& opened = a.opened; opened && opened->size() <= 20) v.opened = v.opened == *opened ? "" : *opened;
}

void documents_tick(AppState& s, Effects& e) {
  bool changed = false;
  for (Document& d : s.documents.documents) {
    changed = review(s, d) || changed;
    const Validity v = validity(d, s.now_ms);
    const json params = {{"id", d.id},
                         {"type_key", "documents.type." + d.type},
                         {"title", d.title},
                         {"date", display_iso_date(d.current().valid_until)}};
    // The notice at the top and the feed's entry, which opens the document.
    const auto remind = [&](const char* key, const json& with) {
      add_notice(s, "info", key, with);
      notify(
          s,
          {.category = "documents", .message_key = key, .params = with, .object = "document:" + d.id, .service = ""});
      changed = true;
    };
    if (v == Validity::expired && !d.reminded_expired) {
      d.reminded_expired = d.reminded_soon = true;
      remind("documents.notice.expired", params);
    } else if (v == Validity::expiring && !d.reminded_soon) {
      d.reminded_soon = true;
      json soon = params;
      soon["days"] = days_left(d, s.now_ms).value_or(0);
      remind("documents.notice.expiring", soon);
    }
  }
  if (changed) save_documents(s, e);
}

std::optional<int64_t> documents_deadline(const AppState& s) {
  std::optional<int64_t> next;
  if (s.account.phase != AccountPhase::signed_in) return next;  // the tick sends reminders only then
  for (const Document& d : s.documents.documents) {
    const std::string& until = d.current().valid_until;
    if (until.empty()) continue;
    // A reminder not sent yet is due at its day's start (at once when that has passed).
    const auto consider = [&next](std::optional<int64_t> at) {
      if (at && (!next || *at < *next)) next = at;
    };
    if (!d.reminded_soon) consider(day_start_ms(until, -kExpiryWarningDays));
    if (!d.reminded_expired) consider(day_start_ms(until, 1));
  }
  return next;
}

bool documents_take_drop(AppState& s, const CarriedFile& file, Effects& e) {
  if (s.section != Section::documents || !s.documents.panel_open || s.documents.draft.mode == "edit") return false;
  take_file(s, file, e);
  return true;
}

bool load_documents(AppState& s, const std::string& text, Effects& e) {
  if (!documents_from_json(s.documents, text)) return false;
  documents_tick(s, e);
  return true;
}

void handle(AppState& s, const DocumentFile& a, Effects& e) {
  take_file(s, carried_file(a), e);
}

}  // namespace cabinet::app
