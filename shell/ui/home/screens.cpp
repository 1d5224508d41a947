// The screens of the foundation: home, profile (display name, language) and
// the honest placeholder of sections that are not built yet.
#include <imgui.h>

#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

void draw_home(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  // The name the citizen chose, else the given name from the account.
  std::string name = state.display_name;
  if (name.empty() && state.account.phase == app::AccountPhase::signed_in) name = state.account.profile.first_name;
  heading(ui, name.empty() ? ui.tr("home.greeting") : ui.tr("home.greeting_named", {{"name", name}}));
  paragraph(ui, ui.tr("home.intro"));
  ImGui::Spacing();
  if (state.account.phase != app::AccountPhase::signed_in) {
    draw_account_gate(ui, view, state, dispatch);
    return;
  }
  heading(ui, ui.tr("home.quick_links"), 2);
  for (app::Section section : {app::Section::services, app::Section::applications, app::Section::profile}) {
    const std::string id = "home.link." + std::string(app::section_id(section));
    if (button(ui, id.c_str(), section_label(ui, section), {.kind = ButtonKind::link})) {
      dispatch(app::Navigate{.section = std::string(app::section_id(section))});
      view.menu_open = false;
    }
  }
  // Мои предложения use the profile for a purpose of their own: only with the citizen's consent.
  ImGui::Spacing();
  draw_suggestions(ui, view, state, dispatch);
}

void draw_profile(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  if (view.drawn_section != app::Section::profile || view.profile_draft_fresh) {
    view.profile_draft = state.display_name;
    view.profile_draft_fresh = true;
  }
  heading(ui, ui.tr("profile.title"));
  FieldOptions options;
  options.hint = ui.tr("profile.display_name_hint");
  options.max_bytes = 1024;
  options.autocomplete = "nickname";
  if (const app::FieldError* error = app::find_error(state, "profile.display_name"))
    options.error = ui.tr("errors." + error->code, error->params);
  if (text_field(ui, "profile.display_name", ui.tr("profile.display_name"), view.profile_draft, options))
    view.profile_draft_fresh = false;
  ImGui::Spacing();
  if (button(ui, "profile.save", ui.tr("profile.save"))) {
    dispatch(app::SaveDisplayName{.display_name = view.profile_draft}, [&view](const app::AppState& s) {
      if (!app::find_error(s, "profile.display_name")) view.profile_draft_fresh = true;
    });
  }
  ImGui::Spacing();
  heading(ui, ui.tr("app.language"), 2);
  paragraph(ui, ui.tr("profile.language_hint"), true);
  draw_display_settings(ui, state, dispatch);
}

void draw_display_settings(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  ImGui::Spacing();
  heading(ui, ui.tr("profile.display"), 2);
  paragraph(ui, ui.tr("profile.text_size"));
  for (int percent : app::kTextSizes) {
    const std::string id = "profile.text_size." + std::to_string(percent);
    const std::string label = std::to_string(percent) + " %";
    const bool current = state.text_size_percent == percent;
    if (button(ui, id.c_str(), label, {.kind = ButtonKind::secondary, .selected = current}))
      dispatch(app::SetTextSize{.percent = percent});
    // Wrap the row when the next button would not fit (phones, large text).
    const float next_width = ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x;
    if (percent != app::kTextSizes[std::size(app::kTextSizes) - 1] &&
        ImGui::GetItemRectMax().x + next_width < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
      ImGui::SameLine();
  }
  bool contrast = state.high_contrast;
  if (checkbox(ui, "profile.high_contrast", ui.tr("profile.high_contrast"), contrast))
    dispatch(app::SetHighContrast{.on = contrast});
}

void draw_under_construction(Ui& ui, app::Section section) {
  heading(ui, section_label(ui, section));
  banner(ui, "under_construction", ui.tr("app.under_construction"), false);
  paragraph(ui, ui.tr("app.under_construction_hint"), true);
}

}  // namespace cabinet::ui
