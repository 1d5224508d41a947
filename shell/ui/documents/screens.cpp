// Мои документы: «Загрузить файл» with the type, folder and «Действителен до»;
// the list with folders, filters and search; each document with its status,
// a red mark from 30 days before expiry, «Открыть», «Заменить файл»,
// «Продлить», «Изменить», «Удалить» (confirmed) and its versions.
#include <imgui.h>

#include <algorithm>

#include "app/documents/state.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

constexpr int kMoscowOffsetMinutes = 180;
constexpr const char* kAccept = "pdf,jpg,png";

std::string document_name(const Ui& ui, const app::Document& d) {
  return d.title.empty() ? ui.tr("documents.type." + d.type) : d.title;
}

std::string kilobytes(int64_t size) {
  return std::to_string((size + 1023) / 1024);
}

std::string mime_of(const std::string& type) {
  if (type == "pdf") return "application/pdf";
  if (type == "png") return "image/png";
  if (type == "jpg") return "image/jpeg";
  return "application/octet-stream";
}

std::string validity_text(const Ui& ui, const app::Document& d, int64_t now_ms) {
  const app::Validity v = app::validity(d, now_ms);
  return ui.tr(
      "documents.validity." + std::string(app::validity_id(v)),
      {{"date", app::display_iso_date(d.current().valid_until)}, {"days", app::days_left(d, now_ms).value_or(0)}});
}

std::string error_of(const Ui& ui, const app::AppState& state, const std::string& field) {
  return field_error_text(ui, state, "documents." + field);
}

// A text field of the panel: the core keeps the draft, every change goes there.
void draft_field(Ui& ui, const app::AppState& state, Dispatch& dispatch, const char* name,
                 std::optional<std::string> app::DocumentsDraft::*member, std::string value, FieldOptions options) {
  options.error = error_of(ui, state, name);
  const std::string id = std::string("documents.field.") + name;
  if (!text_field(ui, id.c_str(), ui.tr(id), value, options)) return;
  app::DocumentsDraft typed;
  typed.*member = value;
  dispatch(typed);
}

void draw_panel(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const app::DocumentDraft& d = state.documents.draft;
  heading(ui, ui.tr("documents.panel." + d.mode, {{"id", d.target}}), 2);
  paragraph(ui, ui.tr("documents.panel_text." + d.mode), true);
  paragraph(ui, ui.tr("documents.field.type"), true);
  for (const char* type : app::kDocumentTypes) {
    const std::string id = std::string("documents.field.type.") + type;
    if (radio(ui, id.c_str(), ui.tr(std::string("documents.type.") + type), d.type == type))
      dispatch(app::DocumentsDraft{.type_id = type});
  }
  if (const std::string error = error_of(ui, state, "type"); !error.empty())
    banner(ui, "documents.field.type.error", error, true);
  draft_field(ui, state, dispatch, "title", &app::DocumentsDraft::title, d.title,
              {.max_bytes = 4 * app::kDocumentTitleMax});
  draft_field(ui, state, dispatch, "folder", &app::DocumentsDraft::folder, d.folder,
              {.max_bytes = 4 * app::kFolderNameMax});
  if (!state.documents.folders.empty()) {
    paragraph(ui, ui.tr("documents.folder_suggestions"), true);
    std::vector<std::pair<std::string, std::string>> folders;
    for (const std::string& folder : state.documents.folders) folders.emplace_back(folder, folder);
    choice_buttons(ui, "documents.field.folder_choice", d.folder, folders,
                   [&dispatch](const std::string& folder) { dispatch(app::DocumentsDraft{.folder = folder}); });
  }
  if (d.mode != "edit") {
    const bool required = d.mode == "renew" || app::validity_required(d.type);
    draft_field(
        ui, state, dispatch, "valid_until", &app::DocumentsDraft::valid_until, d.valid_until,
        {.hint = ui.tr(required ? "documents.field.valid_until_required_hint" : "documents.field.valid_until_hint"),
         .max_bytes = 40});
    paragraph(ui, ui.tr("documents.file_rules", {{"mb", app::kDocumentMaxBytes / (1024 * 1024)}}), true);
    if (hooks.pick_file) {
      if (button(ui, "documents.choose_file", ui.tr("documents.choose_file")))
        hooks.pick_file(app::kDocumentFileField, kAccept);
    } else {
      paragraph(ui, ui.tr("documents.no_file_picker"), true);
    }
    if (const std::string error = error_of(ui, state, "file"); !error.empty())
      banner(ui, "documents.file.error", error, true);
  } else if (button(ui, "documents.save", ui.tr("documents.save"))) {
    dispatch(app::DocumentEditSave{});
  }
  same_line_if_fits(ui.tr("documents.cancel"));
  if (button(ui, "documents.cancel", ui.tr("documents.cancel"), {.kind = ButtonKind::secondary}))
    dispatch(app::DocumentsPanelClose{});
}

void draw_folders(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  const app::DocumentsState& docs = state.documents;
  paragraph(ui, ui.tr("documents.filter.folder"), true);
  std::vector<std::pair<std::string, std::string>> folders = {{"*", ui.tr("documents.filter.folder_all")},
                                                              {"", ui.tr("documents.filter.folder_none")}};
  for (const std::string& folder : docs.folders) folders.emplace_back(folder, folder);
  choice_buttons(ui, "documents.folder", docs.view.folder, folders,
                 [&dispatch](const std::string& folder) { dispatch(app::DocumentsShow{.folder = folder}); });
  const std::string& current = docs.view.folder;
  if (current != "*" && !current.empty()) {
    if (button(ui, "documents.delete_folder", ui.tr("documents.delete_folder", {{"name", current}}),
               {.kind = ButtonKind::link}))
      dispatch(app::FolderDelete{current});
  }
  // «Создать папку» opens the name field, so the list stays near the top of the page.
  if (button(ui, "documents.create_folder", ui.tr("documents.create_folder"),
             {.kind = ButtonKind::link, .expanded = view.folder_form_open ? 1 : 0}))
    view.folder_form_open = !view.folder_form_open;
  if (!view.folder_form_open) return;
  FieldOptions options{.error = field_error_text(ui, state, "documents.new_folder"),
                       .max_bytes = 4 * app::kFolderNameMax};
  text_field(ui, "documents.new_folder", ui.tr("documents.new_folder"), view.new_folder, options);
  if (button(ui, "documents.create_folder_confirm", ui.tr("documents.create"), {.kind = ButtonKind::secondary})) {
    dispatch(app::FolderCreate{view.new_folder}, [&view](const app::AppState& s) {
      if (app::find_error(s, "documents.new_folder") != nullptr) return;
      view.new_folder.clear();
      view.folder_form_open = false;
    });
  }
}

void draw_filters(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  const app::DocumentsView& v = state.documents.view;
  if (button(ui, "documents.filters",
             ui.tr(view.documents_filters_open ? "documents.filters_hide" : "documents.filters"),
             {.kind = ButtonKind::secondary, .expanded = view.documents_filters_open ? 1 : 0}))
    view.documents_filters_open = !view.documents_filters_open;
  if (!view.documents_filters_open) return;
  const auto set = [&dispatch](std::optional<std::string> app::DocumentsShow::*member) {
    return [&dispatch, member](const std::string& value) {
      app::DocumentsShow show;
      show.*member = value;
      dispatch(show);
    };
  };
  paragraph(ui, ui.tr("documents.filter.validity"), true);
  choice_buttons(ui, "documents.validity", v.validity,
                 {{"", ui.tr("documents.filter.validity_all")},
                  {"valid", ui.tr("documents.filter.validity_valid")},
                  {"expiring", ui.tr("documents.filter.validity_expiring")},
                  {"expired", ui.tr("documents.filter.validity_expired")}},
                 set(&app::DocumentsShow::validity));
  paragraph(ui, ui.tr("documents.filter.review"), true);
  std::vector<std::pair<std::string, std::string>> reviews = {{"", ui.tr("documents.filter.review_all")}};
  for (const char* review : {"checking", "approved", "needs_clarification"})
    reviews.emplace_back(review, ui.tr(std::string("documents.review.") + review));
  choice_buttons(ui, "documents.review", v.review, reviews, set(&app::DocumentsShow::review));
  paragraph(ui, ui.tr("documents.filter.period"), true);
  choice_buttons(ui, "documents.period", v.period,
                 {{"all", ui.tr("documents.filter.period_all")},
                  {"30d", ui.tr("documents.filter.period_30d")},
                  {"12m", ui.tr("documents.filter.period_12m")}},
                 set(&app::DocumentsShow::period));
  paragraph(ui, ui.tr("documents.filter.type"), true);
  // Radio buttons: type names are long and must wrap on a phone.
  if (radio(ui, "documents.type_filter.all", ui.tr("documents.filter.type_all"), v.type.empty()))
    set (&app::DocumentsShow::type_id)("");
  for (const char* type : app::kDocumentTypes) {
    const std::string id = std::string("documents.type_filter.") + type;
    if (radio(ui, id.c_str(), ui.tr(std::string("documents.type.") + type), v.type == type))
      set (&app::DocumentsShow::type_id)(type);
  }
}

void draw_versions(Ui& ui, const app::Document& d) {
  for (auto it = d.versions.rbegin(); it != d.versions.rend(); ++it) {
    const std::string until =
        it->valid_until.empty() ? ui.tr("documents.validity.unlimited") : app::display_iso_date(it->valid_until);
    paragraph(
        ui,
        "• " + ui.tr("documents.version_line", {{"date", time::format_display(it->uploaded_ms, kMoscowOffsetMinutes)},
                                                {"file", it->file_name},
                                                {"kb", kilobytes(it->size)},
                                                {"until", until}}),
        true);
  }
}

void draw_document(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                   const app::Document& d) {
  const app::DocumentVersion& file = d.current();
  const std::string prefix = "documents." + d.id;
  ImGui::Separator();
  heading(ui, d.id + " · " + document_name(ui, d), 3);
  std::string meta = ui.tr("documents.meta", {{"file", file.file_name},
                                              {"kb", kilobytes(file.size)},
                                              {"date", time::format_display(file.uploaded_ms, kMoscowOffsetMinutes)}});
  if (!d.title.empty()) meta = ui.tr("documents.type." + d.type) + " · " + meta;
  if (!d.folder.empty()) meta += " · " + d.folder;
  paragraph(ui, meta, true);
  const app::Validity validity = app::validity(d, state.now_ms);
  // The red mark from 30 days before the end (seed: «помечает файл красным индикатором»).
  if (validity == app::Validity::expiring || validity == app::Validity::expired)
    banner(ui, (prefix + ".validity").c_str(), validity_text(ui, d, state.now_ms), true);
  else
    paragraph(ui, validity_text(ui, d, state.now_ms));
  std::string status = ui.tr("documents.review." + d.review);
  if (d.review == "checking" && !state.online) status = ui.tr("documents.review_offline");
  paragraph(ui, ui.tr("documents.status_line", {{"status", status}}), d.review == "approved");
  if (!d.review_reason.empty()) banner(ui, (prefix + ".reason").c_str(), ui.tr(d.review_reason), true);
  if (state.documents.view.confirm_delete == d.id) {
    const Answer answer =
        confirm_question(ui, prefix + ".confirm_delete", ui.tr("documents.confirm_delete", {{"id", d.id}}),
                         "documents.confirm_delete", ui.tr("documents.confirm_delete_yes"), ui.tr("documents.cancel"));
    if (answer == Answer::yes) dispatch(app::DocumentDeleteConfirm{d.id});
    if (answer == Answer::no) dispatch(app::DocumentDeleteCancel{});
    return;
  }
  // «Открыть» also offers the entry's other actions on a long press.
  std::string chosen;
  if (hooks.download) {
    const bool open = button(ui, (prefix + ".open").c_str(), ui.tr("documents.open"), {.kind = ButtonKind::secondary});
    chosen = context_menu(ui, prefix + ".context",
                          {{"open", ui.tr("documents.open")},
                           {"replace", ui.tr("documents.replace")},
                           {"edit", ui.tr("documents.edit")},
                           {"delete", ui.tr("documents.delete")}});
    if (open || chosen == "open") {
      if (auto bytes = dispatch.stored_file(file.blake2b))
        hooks.download(file.file_name, mime_of(file.file_type), *bytes);
      else
        dispatch(app::ShowNotice{.kind = "error", .message = "documents.open_failed"});
    }
  }
  const auto action = [&](const char* name, const char* mode, bool first) {
    const std::string label = ui.tr(std::string("documents.") + name);
    if (!first) same_line_if_fits(label);
    if (button(ui, (prefix + "." + name).c_str(), label, {.kind = ButtonKind::secondary}) || chosen == name)
      dispatch(app::DocumentsPanel{.mode = mode, .id = d.id});
  };
  action("replace", "replace", !hooks.download);
  if (!file.valid_until.empty()) action("renew", "renew", false);
  action("edit", "edit", false);
  const std::string remove = ui.tr("documents.delete");
  same_line_if_fits(remove);
  if (button(ui, (prefix + ".delete").c_str(), remove, {.kind = ButtonKind::secondary}) || chosen == "delete")
    dispatch(app::DocumentDelete{d.id});
  if (d.versions.size() > 1) {
    const bool open = state.documents.view.opened == d.id;
    if (button(ui, (prefix + ".versions").c_str(), ui.tr("documents.versions", {{"count", d.versions.size()}}),
               {.kind = ButtonKind::link, .expanded = open ? 1 : 0}))
      dispatch(app::DocumentsShow{.opened = d.id});
    if (open) draw_versions(ui, d);
  }
}

}  // namespace

void draw_documents(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                    const PlatformHooks& hooks) {
  const app::DocumentsState& docs = state.documents;
  heading(ui, ui.tr("documents.title"));
  if (view.documents_panel_drawn != docs.panel_open) view.reset_scroll = true;  // a new page starts at its top
  view.documents_panel_drawn = docs.panel_open;
  if (docs.panel_open) {
    draw_panel(ui, state, dispatch, hooks);
    return;
  }
  paragraph(ui, ui.tr("documents.intro"), true);
  if (button(ui, "documents.upload", ui.tr("documents.upload"))) dispatch(app::DocumentsPanel{.mode = "new"});
  if (docs.documents.empty() && docs.folders.empty()) {
    paragraph(ui, ui.tr("documents.empty"));
    return;
  }
  draw_folders(ui, view, state, dispatch);
  draw_filters(ui, view, state, dispatch);
  std::string query = docs.view.query;
  if (text_field(ui, "documents.search", ui.tr("documents.search"), query, {.max_bytes = 400}))
    dispatch(app::DocumentsShow{.query = query});
  const std::vector<const app::Document*> listed = app::listed_documents(docs, state.now_ms);
  const size_t shown = std::min(listed.size(), view.documents_shown);
  banner(ui, "documents.count", ui.tr("documents.count", {{"shown", shown}, {"total", listed.size()}}), false);
  if (listed.empty())
    paragraph(ui, ui.tr(docs.documents.empty() ? "documents.empty" : "documents.empty_filtered"), true);
  for (size_t i = 0; i < shown; ++i) draw_document(ui, state, dispatch, hooks, *listed[i]);
  if (shown < listed.size()) {
    ImGui::Spacing();
    if (button(ui, "documents.more", ui.tr("notifications.more"), {.kind = ButtonKind::secondary}))
      view.documents_shown += kDocumentsPage;
  }
}

}  // namespace cabinet::ui
