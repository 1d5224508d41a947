// Услуги: the catalog with search, filters, favourites and saved filters, and
// the start page of a service (who can apply, documents, time limits).
#include <imgui.h>

#include "app/account/account.hpp"
#include "app/forms/catalog_view.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

std::vector<TextSpan> spans_of(const std::string& text, const std::vector<search::Highlight>& highlights,
                               size_t field) {
  std::vector<TextSpan> out;
  for (const search::Segment& s : search::segments(text, highlights, field))
    out.push_back({s.begin, s.end, s.highlighted});
  if (out.empty() && !text.empty()) out.push_back({0, text.size(), false});
  return out;
}

// A row of toggle buttons; wraps when the next one would not fit.
void choice_row(Ui& ui, Dispatch& dispatch, const char* prefix, const std::string& current,
                const std::vector<std::string>& values, const char* catalog_prefix,
                std::optional<std::string> app::CatalogFilter::*filter) {
  const std::vector<std::string> all = [&] {
    std::vector<std::string> v{""};
    v.insert(v.end(), values.begin(), values.end());
    return v;
  }();
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (size_t i = 0; i < all.size(); ++i) {
    const std::string id = std::string(prefix) + "." + (all[i].empty() ? "all" : all[i]);
    const std::string label = all[i].empty()            ? ui.tr("services.all")
                              : *catalog_prefix == '\0' ? ui.tr("services.region_code", {{"code", all[i]}})
                                                        : ui.tr(std::string(catalog_prefix) + all[i]);
    if (i > 0) {
      const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    if (button(ui, id.c_str(), label, {.kind = ButtonKind::secondary, .selected = current == all[i]})) {
      app::CatalogFilter chosen;
      chosen.*filter = all[i];
      dispatch(chosen);
    }
  }
}

void draw_saved_filters(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  const app::CatalogView& catalog = state.forms.catalog;
  for (const app::SavedFilter& filter : catalog.saved_filters) {
    const std::string id = "services.saved." + filter.name;
    if (button(ui, id.c_str(), ui.tr("services.apply_filter", {{"name", filter.name}}), {.kind = ButtonKind::link}))
      dispatch(app::ApplyFilter{.name = filter.name});
    same_line_if_fits(ui.tr("services.delete_filter", {{"name", filter.name}}));
    const std::string remove = "services.saved_delete." + filter.name;
    if (button(ui, remove.c_str(), ui.tr("services.delete_filter", {{"name", filter.name}}),
               {.kind = ButtonKind::link}))
      dispatch(app::DeleteFilter{.name = filter.name});
  }
  text_field(ui, "services.filter_name", ui.tr("services.filter_name"), view.filter_name, {.max_bytes = 200});
  if (button(ui, "services.save_filter", ui.tr("services.save_filter"), {.kind = ButtonKind::secondary})) {
    dispatch(app::SaveFilter{.name = view.filter_name});
    view.filter_name.clear();
  }
}

void draw_catalog(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  const app::CatalogView& catalog = state.forms.catalog;
  heading(ui, ui.tr("services.title"));
  std::string query = catalog.query;
  if (text_field(ui, "services.search", ui.tr("services.search"), query,
                 {.hint = ui.tr("services.search_hint"), .max_bytes = 400}))
    dispatch(app::CatalogSearch{.query = query});
  // Filters fold away so that on a phone the results follow the search box.
  const int active =
      !catalog.category.empty() + !catalog.document.empty() + !catalog.region.empty() + catalog.favourites_only;
  const std::string toggle =
      active > 0 ? ui.tr("services.filters_active", {{"count", active}}) : ui.tr("services.filters");
  if (button(ui, "services.filters", toggle,
             {.kind = ButtonKind::secondary, .selected = view.filters_open, .expanded = view.filters_open}))
    view.filters_open = !view.filters_open;
  if (view.filters_open) {
    heading(ui, ui.tr("services.category"), 3);
    choice_row(ui, dispatch, "services.category", catalog.category, app::catalog_categories(), "services.categories.",
               &app::CatalogFilter::category);
    heading(ui, ui.tr("services.document"), 3);
    choice_row(ui, dispatch, "services.document", catalog.document, app::catalog_documents(), "services.documents.",
               &app::CatalogFilter::document);
    heading(ui, ui.tr("services.region"), 3);
    // Region codes as labels (an empty catalog prefix): names come with the offices data of appointments.
    if (const std::vector<std::string> regions = app::catalog_regions(); regions.empty()) {
      paragraph(ui, ui.tr("services.all_regions"), true);
    } else {
      choice_row(ui, dispatch, "services.region", catalog.region, regions, "", &app::CatalogFilter::region);
    }
    bool favourites_only = catalog.favourites_only;
    if (checkbox(ui, "services.favourites_only", ui.tr("services.favourites_only"), favourites_only))
      dispatch(app::CatalogFilter{.favourites_only = favourites_only});
    draw_saved_filters(ui, view, state, dispatch);
  }

  const app::CatalogResult result = app::catalog_results(catalog, state.language);
  ImGui::Spacing();
  banner(ui, "services.count", ui.tr("services.count", {{"count", result.total}}), false);
  if (result.entries.empty()) paragraph(ui, ui.tr("services.nothing_found"), true);
  for (const app::CatalogEntry& entry : result.entries) {
    const forms::FormDefinition& form = entry.form->definition;
    ImGui::Separator();
    const std::string& title = form.title.in(state.language);
    highlighted_text(ui, title, spans_of(title, entry.highlights, app::kCatalogTitle), true);
    const std::string& summary = form.summary.in(state.language);
    if (!summary.empty()) highlighted_text(ui, summary, spans_of(summary, entry.highlights, app::kCatalogSummary));
    const std::string open_id = "services.open." + form.id;
    if (button(ui, open_id.c_str(), ui.tr("services.open", {{"title", title}}), {.kind = ButtonKind::link}))
      dispatch(app::OpenService{.form = form.id});
    same_line_if_fits(ui.tr(entry.favourite ? "services.unfavourite" : "services.favourite"));
    const std::string star_id = "services.favourite." + form.id;
    if (button(ui, star_id.c_str(), ui.tr(entry.favourite ? "services.unfavourite" : "services.favourite"),
               {.kind = ButtonKind::link,
                .selected = entry.favourite,
                .accessible_name = ui.tr(entry.favourite ? "services.unfavourite_named" : "services.favourite_named",
                                         {{"title", title}})}))
      dispatch(app::ToggleFavourite{.form = form.id});
  }
}

void bullet_list(Ui& ui, const std::vector<forms::LocalText>& items, const std::string& language) {
  for (const forms::LocalText& item : items) paragraph(ui, "• " + item.in(language));
}

void draw_start_page(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                     const forms::FormDefinition& form) {
  const std::string& language = state.language;
  if (button(ui, "journey.back_to_catalog", ui.tr("journey.back_to_catalog"), {.kind = ButtonKind::link}))
    dispatch(app::CloseJourney{});
  heading(ui, form.title.in(language));
  if (!form.summary.empty()) paragraph(ui, form.summary.in(language));
  if (!form.who_can_apply.empty()) {
    heading(ui, ui.tr("journey.who_can_apply"), 2);
    paragraph(ui, form.who_can_apply.in(language));
  }
  if (!form.documents.empty()) {
    heading(ui, ui.tr("journey.documents"), 2);
    bullet_list(ui, form.documents, language);
  }
  if (!form.time_limit.empty()) {
    heading(ui, ui.tr("journey.time_limit"), 2);
    paragraph(ui, form.time_limit.in(language));
  }
  draw_form_consents(ui, state, dispatch, form);  // each with its status and «Дать согласие»
  heading(ui, ui.tr("journey.steps_title", {{"count", form.steps.size()}}), 2);
  for (size_t i = 0; i < form.steps.size(); ++i)
    paragraph(ui, std::to_string(i + 1) + ". " + form.steps[i].title.in(language));
  ImGui::Spacing();
  for (const app::Draft& draft : state.forms.drafts.items) {
    if (draft.form_id != form.id) continue;
    const std::string id = "journey.resume." + draft.id;
    if (button(ui, id.c_str(), ui.tr("journey.resume_draft", {{"number", draft.id}}), {.kind = ButtonKind::secondary}))
      dispatch(app::ResumeDraft{.id = draft.id});
  }
  // Applying needs the account: the start page offers the sign-in right here.
  if (state.account.phase != app::AccountPhase::signed_in) {
    banner(ui, "journey.sign_in_needed", ui.tr("auth.sign_in_required"), false);
    draw_account_gate(ui, view, state, dispatch);
    return;
  }
  // A service above the account's level is shown with «Начать» disabled, the reason and the way up (seed 000).
  if (!app::level_allows(state, form.identity_level)) {
    const std::string needed = app::enforced_level(form.identity_level);
    banner(ui, "journey.level_required", ui.tr("journey.level_required." + needed), false);
    // The way up is one rung at a time: the passport in Профиль first, then the agency's confirmation.
    if (needed == "confirmed" && state.account.identity_level != "basic") {
      if (button(ui, "journey.level_up", ui.tr("journey.level_up.confirm"), {.kind = ButtonKind::secondary}))
        dispatch(app::OpenService{.form = app::kIdentityConfirmationForm});
    } else if (button(ui, "journey.level_up", ui.tr("journey.level_up.profile"), {.kind = ButtonKind::secondary})) {
      dispatch(app::Navigate{.section = "profile"});
      view.focus_when_shown = "personal.passport";
      view.focus_frames_left = 5;
    }
    button(ui, "journey.start", ui.tr("journey.start"), {.disabled = true});
    return;
  }
  if (button(ui, "journey.start", ui.tr("journey.start"))) dispatch(app::StartForm{.form = form.id});
}

}  // namespace

void draw_services(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                   const PlatformHooks& hooks) {
  const app::FormsState& forms = state.forms;
  if (forms.has_journey) return draw_journey(ui, view, state, dispatch, hooks);
  if (!forms.open_service.empty()) {
    if (const auto* form = forms::FormRegistry::embedded().find(forms.open_service))
      return draw_start_page(ui, view, state, dispatch, form->definition);
  }
  draw_catalog(ui, view, state, dispatch);
}

}  // namespace cabinet::ui
