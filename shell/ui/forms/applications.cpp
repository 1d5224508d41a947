// Заявления: drafts (resume, delete) and submitted applications with their
// status, and Помощь: the knowledge base with search and «Задать вопрос».
#include <imgui.h>

#include <algorithm>

#include "app/documents/state.hpp"
#include "app/forms/applications_list.hpp"
#include "app/forms/handlers.hpp"
#include "forms/form_registry.hpp"
#include "help/articles.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"
#include "tracking/status.hpp"
#include "ui/app_view.hpp"
#include "ui/forms/result_figures.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

constexpr int kMoscowOffsetMinutes = 180;

void draw_drafts(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  const auto& drafts = state.forms.drafts.items;
  if (drafts.empty()) paragraph(ui, ui.tr("applications.no_drafts"), true);
  // Newest first.
  for (auto it = drafts.rbegin(); it != drafts.rend(); ++it) {
    const app::Draft& draft = *it;
    ImGui::Separator();
    const std::string title = form_title(ui, draft.form_id);
    heading(ui, title, 3);
    paragraph(ui,
              ui.tr("applications.draft_line",
                    {{"number", draft.id}, {"time", time::format_display(draft.updated_ms, kMoscowOffsetMinutes)}}),
              true);
    if (!draft.corrects.empty()) paragraph(ui, ui.tr("tracking.correct.of", {{"number", draft.corrects}}), true);
    const std::string resume = "applications.resume." + draft.id;
    const bool resume_pressed =
        button(ui, resume.c_str(), ui.tr("applications.resume", {{"title", title}}), {.kind = ButtonKind::link});
    const std::string chosen = context_menu(
        ui, "applications.context." + draft.id,
        {{"resume", ui.tr("applications.context.resume")}, {"delete", ui.tr("applications.context.delete")}});
    if (resume_pressed || chosen == "resume") dispatch(app::ResumeDraft{.id = draft.id});
    same_line_if_fits(ui.tr("applications.delete_draft", {{"number", draft.id}}));
    const std::string remove = "applications.delete." + draft.id;
    if (button(ui, remove.c_str(), ui.tr("applications.delete_draft", {{"number", draft.id}}),
               {.kind = ButtonKind::link}) ||
        chosen == "delete")
      ImGui::OpenPopup(("confirm_delete_" + draft.id).c_str());
    if (ImGui::BeginPopupModal(("confirm_delete_" + draft.id).c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
      paragraph(ui, ui.tr("applications.confirm_delete", {{"number", draft.id}}));
      if (button(ui, "applications.confirm_delete_yes", ui.tr("applications.confirm_delete_yes"))) {
        dispatch(app::DeleteDraft{.id = draft.id});
        ImGui::CloseCurrentPopup();
      }
      ImGui::SameLine();
      if (button(ui, "applications.confirm_delete_no", ui.tr("applications.confirm_delete_no"),
                 {.kind = ButtonKind::secondary}))
        ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
  }
}

const tracking::Tracked* tracked_of(const app::FormsState& forms, const std::string& number) {
  for (const tracking::Tracked& t : forms.applications.tracked) {
    if (t.number == number) return &t;
  }
  return nullptr;
}

void draw_history(Ui& ui, const tracking::Tracked& tracked) {
  paragraph(ui, ui.tr("applications.history"), true);
  for (const tracking::HistoryEntry& entry : tracked.history) {
    std::string line = time::format_display(entry.time_ms, kMoscowOffsetMinutes) + " — " +
                       ui.tr(tracking::status_label_key(entry.status));
    if (!entry.comment.empty()) line += ". " + entry.comment;
    paragraph(ui, line);
  }
}

size_t count_in(const app::FormsState& forms, bool archive) {
  return static_cast<size_t>(std::count_if(forms.applications.items.begin(), forms.applications.items.end(),
                                           [&](const app::Application& a) { return app::is_archived(a) == archive; }));
}

std::string status_label(const Ui& ui, const std::string& id) {
  const auto status = tracking::parse_status(id);
  return status ? ui.tr(tracking::status_label_key(*status)) : ui.tr("applications.status." + id);
}

void draw_filters(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, bool archive) {
  const app::FormsState& forms = state.forms;
  const app::ApplicationsView& v = forms.applications.view;
  if (button(ui, "applications.filters", ui.tr("applications.filters"),
             {.kind = ButtonKind::secondary, .expanded = view.applications_filters_open ? 1 : 0}))
    view.applications_filters_open = !view.applications_filters_open;
  if (!view.applications_filters_open) return;
  const auto set = [&dispatch](std::optional<std::string> app::ApplicationsShow::*filter) {
    return [&dispatch, filter](const std::string& value) {
      app::ApplicationsShow show;
      show.*filter = value;
      dispatch(show);
    };
  };
  paragraph(ui, ui.tr("applications.filter.period"), true);
  choice_buttons(ui, "applications.period", v.period,
                 {{"all", ui.tr("applications.period.all")},
                  {"30d", ui.tr("applications.period.30d")},
                  {"12m", ui.tr("applications.period.12m")}},
                 set(&app::ApplicationsShow::period));
  paragraph(ui, ui.tr("applications.filter.status"), true);
  std::vector<std::pair<std::string, std::string>> statuses = {{"", ui.tr("applications.filter.any")}};
  for (const std::string& id : app::statuses_in(forms, archive)) statuses.emplace_back(id, status_label(ui, id));
  choice_buttons(ui, "applications.status", v.status, statuses, set(&app::ApplicationsShow::status));
  paragraph(ui, ui.tr("applications.filter.service"), true);
  service_radios(ui, "applications.service", ui.tr("applications.filter.any"), v.service,
                 app::services_in(forms, archive), set(&app::ApplicationsShow::service));
}

// The citizen's messages and «Написать сообщение» while the status allows it.
void draw_messages(Ui& ui, ViewState& view, Dispatch& dispatch, const tracking::Tracked& tracked) {
  if (!tracked.messages.empty()) {
    paragraph(ui, ui.tr("applications.messages"), true);
    // The specialist's answers are signed with the body now handling the application.
    std::string body = ui.tr("applications.agency");
    for (const tracking::HistoryEntry& h : tracked.history) {
      if (!h.body.empty()) body = h.body;
    }
    for (const tracking::Message& m : tracked.messages) {
      const std::string time = time::format_display(m.time_ms, kMoscowOffsetMinutes);
      paragraph(ui, m.from == "agency"
                        ? ui.tr("applications.reply_line", {{"time", time}, {"body", body}, {"text", m.text}})
                        : ui.tr("applications.message_line", {{"time", time}, {"text", m.text}}));
    }
  }
  if (!tracking::capabilities(tracked.status).message) return;
  std::string& draft = view.message_drafts[tracked.number];
  const std::string field = "applications.message." + tracked.number;
  text_field(ui, field.c_str(), ui.tr("applications.message_field"), draft,
             {.hint = ui.tr("applications.message_hint"), .max_bytes = 8000});
  const std::string send = "applications.message_send." + tracked.number;
  if (button(ui, send.c_str(), ui.tr("applications.message_send"), {.kind = ButtonKind::secondary})) {
    const std::string number = tracked.number;
    const size_t before = tracked.messages.size();
    // Cleared only once the agency took it; otherwise the text stays to send again.
    dispatch(app::SendApplicationMessage{.number = number, .text = draft},
             [&draft, number, before](const app::AppState& s) {
               const tracking::Tracked* now = tracked_of(s.forms, number);
               if (now && now->messages.size() > before) draft.clear();
             });
  }
}

std::string document_title(const Ui& ui, const app::Document& d) {
  return d.title.empty() ? ui.tr("documents.type." + d.type) : d.title;
}

// «Загрузить документы»: the files the agency asked for, from the device or Мои
// документы, checked like the form's field, then «Отправить документы».
void draw_requested_documents(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                              const tracking::Tracked& tracked) {
  const auto* form = forms::FormRegistry::embedded().find(tracked.form_id);
  if (!form) return;
  const std::string& language = ui.catalog.language();
  std::string labels;
  const forms::Field* field = nullptr;
  for (const std::string& name : tracked.documents_requested) {
    const forms::Field* f = form->definition.find_field(name);
    if (!f || f->widget != "file") continue;
    if (!field) field = f;
    labels += (labels.empty() ? "«" : ", «") + f->label.in(language) + "»";
  }
  if (!field) return;
  std::string accepted;
  for (const std::string& type : field->accept) accepted += (accepted.empty() ? "" : ", ") + type;
  const std::string& number = tracked.number;
  heading(ui, ui.tr("tracking.upload.title"), 3);
  paragraph(ui, ui.tr("tracking.upload.intro",
                      {{"documents", labels}, {"accepted", accepted}, {"max_mb", field->max_size_mb}}));
  const app::Applications& apps = state.forms.applications;
  if (!apps.upload_error.empty())
    banner(ui, ("applications.upload_error." + number).c_str(), ui.tr(apps.upload_error, apps.upload_params), true);
  const auto chosen = apps.uploads.find(number);
  if (chosen != apps.uploads.end()) {
    for (size_t i = 0; i < chosen->second.size(); ++i) {
      const nlohmann::json& file = chosen->second[i];
      const std::string name = file.value("name", std::string());
      paragraph(ui, ui.tr("tracking.upload.chosen",
                          {{"name", name}, {"size", (file.value("size", int64_t{0}) + 1023) / 1024}}));
      const std::string id = "applications.upload_remove." + number + "." + std::to_string(i);
      if (button(ui, id.c_str(), ui.tr("tracking.upload.remove", {{"name", name}}), {.kind = ButtonKind::link}))
        dispatch(app::UploadRemove{.number = number, .index = static_cast<int64_t>(i)});
    }
  }
  if (hooks.pick_file) {
    const std::string accept = accepted.empty() ? "jpg, png, pdf" : accepted;  // as the form's field asks
    const std::string id = "applications.upload_pick." + number;
    if (button(ui, id.c_str(), ui.tr("tracking.upload.pick"), {.kind = ButtonKind::secondary}))
      hooks.pick_file(std::string(app::kUploadFieldPrefix) + number, accept);
  }
  // Мои документы of an accepted type (the newest few).
  size_t offered = 0;
  for (auto it = state.documents.documents.rbegin(); it != state.documents.documents.rend() && offered < 3; ++it) {
    const app::DocumentVersion& file = it->current();
    if (!field->accept.empty() &&
        std::find(field->accept.begin(), field->accept.end(), file.file_type) == field->accept.end())
      continue;
    ++offered;
    const std::string id = "applications.upload_document." + number + "." + it->id;
    if (button(ui, id.c_str(), ui.tr("tracking.upload.from_documents", {{"title", document_title(ui, *it)}}),
               {.kind = ButtonKind::link}))
      dispatch(app::UploadDocument{.number = number, .id = it->id});
  }
  if (chosen != apps.uploads.end() && !chosen->second.empty()) {
    const std::string id = "applications.upload_send." + number;
    if (button(ui, id.c_str(), ui.tr("tracking.upload.send"))) dispatch(app::UploadSend{.number = number});
  }
}

// The links between an application and its correction, both ways.
void draw_correction_links(Ui& ui, const app::Applications& forms, const app::Application& a) {
  const std::string corrects = jsonread::text_of(a.envelope, "corrects");
  if (!corrects.empty()) paragraph(ui, ui.tr("tracking.correct.of", {{"number", corrects}}), true);
  for (const app::Application& other : forms.items) {
    if (jsonread::text_of(other.envelope, "corrects") == a.number)
      paragraph(ui, ui.tr("tracking.correct.by", {{"number", other.number}}), true);
  }
}

// «Исправить и отправить повторно» where the agency asked for a correction or refused.
void draw_correct_button(Ui& ui, const app::Applications& forms, Dispatch& dispatch, const app::Application& a,
                         tracking::Status status) {
  if (status != tracking::Status::needs_correction && status != tracking::Status::refused) return;
  for (const app::Application& other : forms.items) {
    if (jsonread::text_of(other.envelope, "corrects") == a.number) return;  // corrected already
  }
  const std::string id = "applications.correct." + a.number;
  if (button(ui, id.c_str(), ui.tr("tracking.correct.button"), {.kind = ButtonKind::secondary}))
    dispatch(app::CorrectApplication{.number = a.number});
}

void draw_application(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                      const PlatformHooks& hooks, const app::Application& a) {
  const app::FormsState& forms = state.forms;
  ImGui::Separator();
  heading(ui, form_title(ui, a.form_id), 3);
  paragraph(ui, ui.tr("applications.line", {{"number", a.number},
                                            {"time", time::format_display(a.submitted_ms, kMoscowOffsetMinutes)},
                                            {"status", status_label(ui, a.status)}}));
  draw_correction_links(ui, forms.applications, a);
  const tracking::Tracked* tracked = tracked_of(forms, a.number);
  if (!tracked) return;
  paragraph(ui, ui.tr(tracking::status_hint_key(tracked->status)), true);
  draw_history(ui, *tracked);
  const bool result = tracking::capabilities(tracked->status).result && !tracked->result_document.empty();
  // The payout services: the figures as a table with PDF and CSV; other results: the document.
  if (result && !draw_result_figures(ui, hooks, *tracked) && hooks.download) {
    const std::string id = "applications.result." + a.number;
    if (button(ui, id.c_str(), ui.tr("applications.download_result"), {.kind = ButtonKind::secondary}))
      download_result_pdf(ui, hooks, a.number, tracked->result_document);
  }
  draw_result_copy(ui, view, a, *tracked);
  const tracking::Capabilities caps = tracking::capabilities(tracked->status);
  if (caps.upload) draw_requested_documents(ui, state, dispatch, hooks, *tracked);
  if (tracked->status == tracking::Status::send_failed) {
    const std::string id = "applications.resend." + a.number;
    if (button(ui, id.c_str(), ui.tr("tracking.resend.button"))) dispatch(app::ResendApplication{.number = a.number});
  }
  draw_correct_button(ui, forms.applications, dispatch, a, tracked->status);
  if (caps.cancel || caps.withdraw) draw_cancel_application(ui, view, dispatch, a.number);
  draw_messages(ui, view, dispatch, *tracked);  // last: it may dispatch
}

void draw_submitted(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                    bool archive) {
  const app::FormsState& forms = state.forms;
  if (!forms.applications.opened.empty()) {
    banner(ui, "applications.opened", ui.tr("applications.opened", {{"number", forms.applications.opened}}), false);
    if (button(ui, "applications.show_all", ui.tr("applications.show_all"), {.kind = ButtonKind::secondary}))
      dispatch(app::SetApplicationsTab{.tab = forms.applications.tab});
  } else {
    text_field(ui, "applications.search", ui.tr("applications.search"), view.applications_query,
               {.hint = ui.tr("applications.search_hint"), .input = "numeric", .max_bytes = 40});
    draw_filters(ui, view, state, dispatch, archive);
  }
  const std::vector<const app::Application*> listed =
      app::listed_applications(forms, archive, view.applications_query, state.now_ms);
  // A page at a time: thousands of applications stay quick to draw.
  const size_t shown = std::min(listed.size(), view.applications_shown);
  if (listed.size() > 1)
    banner(ui, "applications.count", ui.tr("applications.count", {{"shown", shown}, {"total", listed.size()}}), false);
  for (size_t i = 0; i < shown; ++i) draw_application(ui, view, state, dispatch, hooks, *listed[i]);
  if (shown < listed.size() &&
      button(ui, "applications.more", ui.tr("applications.more"), {.kind = ButtonKind::secondary}))
    view.applications_shown += kApplicationsPage;
  if (listed.empty()) paragraph(ui, ui.tr(archive ? "applications.archive_empty" : "applications.none"), true);
  if (archive || listed.empty()) return;
  if (button(ui, "applications.check_again", ui.tr("applications.check_again"), {.kind = ButtonKind::secondary}))
    dispatch(app::SyncAgencyNow{});
  // This build's agency is the embedded sandbox: its decisions can come sooner.
  ImGui::Spacing();
  paragraph(ui, ui.tr("applications.sandbox_note"), true);
  if (button(ui, "applications.sandbox_day", ui.tr("applications.sandbox_day"), {.kind = ButtonKind::secondary}))
    dispatch(app::FastForwardSandbox{.hours = 24});
}

}  // namespace

void draw_cancel_application(Ui& ui, ViewState& view, Dispatch& dispatch, const std::string& number) {
  const std::string id = "applications.cancel." + number;
  if (view.cancel_asked != number) {
    if (button(ui, id.c_str(), ui.tr("tracking.cancel.button"), {.kind = ButtonKind::secondary}))
      view.cancel_asked = number;
    return;
  }
  const Answer answer =
      confirm_question(ui, (id + ".confirm").c_str(), ui.tr("tracking.cancel.confirm", {{"number", number}}), id,
                       ui.tr("tracking.cancel.confirm_yes"), ui.tr("tracking.cancel.confirm_no"));
  if (answer == Answer::none) return;
  view.cancel_asked.clear();
  if (answer == Answer::yes) dispatch(app::CancelApplication{.number = number});
}

void draw_applications(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                       const PlatformHooks& hooks) {
  const app::FormsState& forms = state.forms;
  heading(ui, ui.tr("applications.title"));
  const auto count_of = [&](const std::string& tab) {
    return tab == "drafts" ? forms.drafts.items.size() : count_in(forms, tab == "archive");
  };
  const char* tabs[] = {"drafts", "submitted", "archive"};
  for (size_t i = 0; i < std::size(tabs); ++i) {
    const std::string tab = tabs[i];
    const std::string id = "applications.tab." + tab;
    if (button(ui, id.c_str(), ui.tr(id, {{"count", count_of(tab)}}),
               {.kind = ButtonKind::secondary, .selected = forms.applications.tab == tab}))
      dispatch(app::SetApplicationsTab{.tab = tab});
    if (i + 1 < std::size(tabs))
      same_line_if_fits(ui.tr("applications.tab." + std::string(tabs[i + 1]), {{"count", count_of(tabs[i + 1])}}));
  }
  if (forms.applications.tab == "drafts") {
    draw_drafts(ui, state, dispatch);
  } else {
    draw_submitted(ui, view, state, dispatch, hooks, forms.applications.tab == "archive");
  }
}

void draw_help(Ui& ui, ViewState& view, Dispatch& dispatch) {
  const std::string& language = ui.catalog.language();
  heading(ui, ui.tr("help.title"));
  text_field(ui, "help.search", ui.tr("help.search"), view.help_query,
             {.hint = ui.tr("services.search_hint"), .max_bytes = 400});
  const auto hits = help::find_articles(view.help_query, language);
  banner(ui, "help.count", ui.tr("services.count", {{"count", hits.size()}}), false);
  for (const help::ArticleHit& hit : hits) {
    ImGui::Separator();
    const std::string& title = hit.article->title.in(language);
    const std::string id = "help.article." + hit.article->id;
    if (button(ui, id.c_str(), title, {.kind = ButtonKind::link, .selected = view.open_article == hit.article->id}))
      view.open_article = view.open_article == hit.article->id ? "" : hit.article->id;
    if (view.open_article == hit.article->id) paragraph(ui, hit.article->body.in(language));
  }
  ImGui::Spacing();
  heading(ui, ui.tr("help.ask_title"), 2);
  paragraph(ui, ui.tr("help.ask_text"), true);
  if (button(ui, "help.ask", ui.tr("help.ask"))) dispatch(app::OpenService{.form = "appeal"});
  ImGui::Spacing();
  paragraph(ui, ui.tr("about.help_text"), true);
  about_link(ui, view, "help.about", dispatch);
}

}  // namespace cabinet::ui
