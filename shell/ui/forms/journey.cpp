// A form journey: one step per page with an error summary that links to each
// field, «Проверить» and «Продолжить»; check your answers with «Изменить»;
// the confirmation page with the application number and a receipt.
#include <imgui.h>

#include "app/kernel/json_pointer.hpp"
#include "forms/form_check.hpp"
#include "forms/form_registry.hpp"
#include "submission/envelope.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/form_fields.hpp"
#include "ui/kit/qr_code.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

constexpr int kMoscowOffsetMinutes = 180;  // times are shown in Moscow time, as the agency's documents are

void error_summary(Ui& ui, const forms::FormDefinition& form, const app::Journey& journey) {
  if (journey.errors.empty()) return;
  banner(ui, "journey.error_summary", ui.tr("journey.error_summary", {{"count", journey.errors.size()}}), true);
  for (size_t i = 0; i < journey.errors.size(); ++i) {
    const app::JourneyError& error = journey.errors[i];
    std::vector<std::string> tokens;
    app::split_pointer(error.path, tokens);
    const forms::Field* field = tokens.empty() ? nullptr : form.find_field(tokens[0]);
    if (field && tokens.size() >= 3) {
      for (const forms::Field& child : field->fields) {
        if (child.name == tokens[2]) field = &child;
      }
    }
    const std::string id = "journey.error_link." + std::to_string(i);
    const std::string label = field_label(ui, form, error.path) + ": " + journey_error_text(ui, field, error);
    if (button(ui, id.c_str(), label, {.kind = ButtonKind::link})) {
      // The summary links to the field: focus it (a choice: its first option).
      ui.focus_request = field_widget_id(error.path);
      if (field && !field->options.empty()) ui.focus_request += "." + field->options.front().value;
    }
  }
  ImGui::Spacing();
}

void draw_step(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
               const forms::FormDefinition& form) {
  const app::Journey& journey = state.forms.journey;
  const std::string& language = ui.catalog.language();
  const forms::Step& step = form.steps[std::min(journey.step, form.steps.size() - 1)];
  if (button(ui, "journey.back", ui.tr("journey.back"), {.kind = ButtonKind::link})) {
    dispatch(app::PreviousStep{});
    view.reset_scroll = true;
  }
  paragraph(ui, form.title.in(language), true);
  paragraph(ui, ui.tr("journey.step_of", {{"n", journey.step + 1}, {"count", form.steps.size()}}), true);
  heading(ui, step.title.in(language));
  if (!step.hint.empty()) paragraph(ui, step.hint.in(language), true);
  error_summary(ui, form, journey);
  draw_step_consents(ui, state, dispatch, form, journey.step);  // autofill: refused, or «Заполнить из профиля»
  for (const forms::Field& field : step.fields) {
    if (!forms::is_visible(form, field.name, journey.data)) continue;
    draw_field(ui, view, state, dispatch, hooks, field, "/" + field.name);
  }
  ImGui::Spacing();
  ImGui::Separator();
  if (button(ui, "journey.continue", ui.tr(journey.back_to_review ? "journey.save_and_review" : "journey.continue"))) {
    dispatch(app::NextStep{});
    view.reset_scroll = true;
  }
  same_line_if_fits(ui.tr("journey.check"));
  if (button(ui, "journey.check", ui.tr("journey.check"), {.kind = ButtonKind::secondary})) dispatch(app::CheckStep{});
  paragraph(ui, ui.tr("journey.autosaved", {{"number", journey.draft_id}}), true);
  if (button(ui, "journey.save_and_close", ui.tr("journey.save_and_close"), {.kind = ButtonKind::link}))
    dispatch(app::CloseJourney{});
}

void draw_review(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                 const forms::FormDefinition& form) {
  const app::Journey& journey = state.forms.journey;
  const std::string& language = ui.catalog.language();
  const nlohmann::json data = forms::clean_data(form, journey.data);
  if (button(ui, "journey.back", ui.tr("journey.back"), {.kind = ButtonKind::link})) dispatch(app::PreviousStep{});
  paragraph(ui, form.title.in(language), true);
  heading(ui, ui.tr("journey.review_title"));
  error_summary(ui, form, journey);
  for (size_t s = 0; s < form.steps.size(); ++s) {
    const forms::Step& step = form.steps[s];
    heading(ui, step.title.in(language), 2);
    for (const forms::Field& field : step.fields) {
      if (!data.contains(field.name)) continue;
      const nlohmann::json& value = data[field.name];
      if (field.widget == "group" && value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i) {
          paragraph(ui, field.label.in(language) + " " + std::to_string(i + 1), true);
          for (const forms::Field& child : field.fields) {
            if (value[i].contains(child.name))
              paragraph(ui, child.label.in(language) + ": " + display_value(ui, child, value[i][child.name]));
          }
        }
        continue;
      }
      paragraph(ui, field.label.in(language), true);
      paragraph(ui, display_value(ui, field, value));
    }
    const std::string id = "journey.change." + std::to_string(s);
    if (button(ui, id.c_str(), ui.tr("journey.change", {{"step", step.title.in(language)}}),
               {.kind = ButtonKind::link})) {
      dispatch(app::GotoStep{.step = static_cast<int64_t>(s)});
      view.reset_scroll = true;
    }
    ImGui::Separator();
  }
  draw_review_consent(ui, view, state, dispatch, form);  // the consent the submission relies on
  paragraph(ui, ui.tr("journey.declaration"));
  if (!state.online) paragraph(ui, ui.tr("journey.offline_submit"), true);
  if (button(ui, "journey.submit", ui.tr("journey.submit"))) {
    dispatch(app::SubmitForm{});
    view.reset_scroll = true;
  }
}

std::string receipt_text(const Ui& ui, const forms::FormDefinition& form, const app::Application& application) {
  std::string text = ui.tr("journey.receipt.title") + "\n\n";
  text += ui.tr("journey.receipt.service") + ": " + form.title.in(ui.catalog.language()) + "\n";
  text += ui.tr("journey.receipt.number") + ": " + application.number + "\n";
  text += ui.tr("journey.receipt.submitted") + ": " +
          time::format_display(application.submitted_ms, kMoscowOffsetMinutes) + " " + ui.tr("journey.moscow_time") +
          "\n";
  text += ui.tr("journey.receipt.status") + ": " + ui.tr("tracking.status." + application.status) + "\n";
  const nlohmann::json attachments =
      submission::collect_attachments(application.envelope.value("data", nlohmann::json()));
  if (!attachments.empty()) {
    text += ui.tr("journey.receipt.attachments") + ":\n";
    for (const auto& file : attachments)
      text += "  " + file.value("name", std::string()) + "  BLAKE2b " + file.value("blake2b", std::string()) + "\n";
  }
  text +=
      "\n" + ui.tr("journey.receipt.signature") + ": " + application.envelope.value("signature", std::string()) + "\n";
  text += ui.tr("journey.receipt.key") + ": " +
          application.envelope.value("signer", nlohmann::json::object()).value("public_key", std::string()) + "\n";
  return text;
}

void draw_confirmation(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                       const forms::FormDefinition& form) {
  const app::Journey& journey = state.forms.journey;
  const app::Application* application = nullptr;
  for (const app::Application& a : state.forms.applications.items) {
    if (a.number == journey.application_number) application = &a;
  }
  if (!application) return;
  heading(ui, ui.tr("journey.confirmation_title"));
  banner(ui, "journey.application_number", ui.tr("journey.application_number", {{"number", application->number}}),
         false);
  qr_code(ui, "journey.qr", application->number, ui.tr("journey.qr_label", {{"number", application->number}}));
  paragraph(ui, form.title.in(ui.catalog.language()));
  paragraph(ui, ui.tr("journey.submitted_at",
                      {{"time", time::format_display(application->submitted_ms, kMoscowOffsetMinutes)}}));
  paragraph(ui, ui.tr("journey.status_now", {{"status", ui.tr("tracking.status." + application->status)}}));
  if (const std::string corrects = application->envelope.value("corrects", std::string()); !corrects.empty())
    paragraph(ui, ui.tr("tracking.correct.confirmation", {{"number", corrects}}));
  const nlohmann::json attachments =
      submission::collect_attachments(application->envelope.value("data", nlohmann::json()));
  if (!attachments.empty()) {
    heading(ui, ui.tr("journey.attachments"), 2);
    for (const auto& file : attachments) paragraph(ui, "• " + file.value("name", std::string()));
  }
  heading(ui, ui.tr("journey.what_next"), 2);
  paragraph(ui, ui.tr("journey.what_next_text"));
  if (hooks.download &&
      button(ui, "journey.download_receipt", ui.tr("journey.download_receipt"), {.kind = ButtonKind::secondary}))
    hooks.download("receipt-" + application->number + ".txt", "text/plain;charset=utf-8",
                   receipt_text(ui, form, *application));
  if (button(ui, "journey.to_applications", ui.tr("journey.to_applications"))) {
    dispatch(app::CloseJourney{});
    dispatch(app::SetApplicationsTab{.tab = "submitted"});
    dispatch(app::Navigate{.section = "applications"});
  }
}

}  // namespace

void draw_journey(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const app::Journey& journey = state.forms.journey;
  const auto* registered = forms::FormRegistry::embedded().find(journey.form_id);
  if (!registered || registered->definition.steps.empty()) return;
  const forms::FormDefinition& form = registered->definition;
  // A correction says what it corrects on every page before it is sent.
  for (const app::Draft& draft : state.forms.drafts.items) {
    if (draft.id == journey.draft_id && !draft.corrects.empty() && journey.page != app::JourneyPage::confirmation)
      banner(ui, "journey.corrects", ui.tr("tracking.correct.banner", {{"number", draft.corrects}}), false);
  }
  switch (journey.page) {
    case app::JourneyPage::start:
    case app::JourneyPage::step:
      draw_step(ui, view, state, dispatch, hooks, form);
      break;
    case app::JourneyPage::review:
      draw_review(ui, view, state, dispatch, form);
      break;
    case app::JourneyPage::confirmation:
      draw_confirmation(ui, state, dispatch, hooks, form);
      break;
  }
}

}  // namespace cabinet::ui
