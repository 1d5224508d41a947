#include "ui/app_view.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "forms/form_registry.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

constexpr ImGuiWindowFlags kPlainWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

void navigate(Dispatch& dispatch, ViewState& view, app::Section section) {
  dispatch(app::Navigate{.section = std::string(app::section_id(section))});
  view.menu_open = false;
}

void draw_navigation(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, bool wide) {
  for (app::Section section : app::kAllSections) {
    if (section == app::Section::about) continue;  // a link below the sections
    const std::string id = "nav." + std::string(app::section_id(section));
    ButtonOptions options{.kind = ButtonKind::navigation, .selected = state.section == section, .width = -1};
    const std::string label = section_label(ui, section, unread_entries(view, state));
    if (button(ui, id.c_str(), label, options)) navigate(dispatch, view, section);
  }
  ImGui::Spacing();
  about_link(ui, view, "nav.about", dispatch);
  if (!wide && state.account.phase == app::AccountPhase::signed_in &&
      button(ui, "sign_out", ui.tr("auth.sessions.sign_out"), {.kind = ButtonKind::secondary, .width = -1})) {
    dispatch(app::SignOut{});
    view.account.wipe_secrets();
    view.menu_open = false;
  }
}

void draw_language_switch(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  const std::string& current = state.language;
  for (const char* language : {"ru", "en"}) {
    const std::string id = std::string("language.") + language;
    const bool ru = language == std::string("ru");
    ButtonOptions options{.kind = ButtonKind::secondary,
                          .selected = current == language,
                          .width = 56,
                          .accessible_name = ui.tr(ru ? "app.language_ru" : "app.language_en")};
    if (button(ui, id.c_str(), ru ? "RU" : "EN", options)) dispatch(app::SetLanguage{.language = language});
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void draw_header(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, bool wide) {
  const float switch_width = ui.px(56) * 2 + ImGui::GetStyle().ItemSpacing.x;
  ImGui::PushFont(fonts().title);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(primary_color()));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(ui.tr("app.title").c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (wide) ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(muted_color()));
  if (wide) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
  ImGui::TextUnformatted(ui.tr("app.subtitle").c_str());
  ImGui::PopStyleColor();
  // Wide: the language switch at the right of the title. Narrow: a row with
  // the menu button at the left and the switch at the right.
  if (wide) {
    ImGui::SameLine();
  } else if (button(ui, "menu", view.menu_open ? ui.tr("app.close_menu") : ui.tr("app.menu"),
                    {.kind = ButtonKind::secondary, .selected = view.menu_open, .expanded = view.menu_open})) {
    view.menu_open = !view.menu_open;
  }
  const float right = ImGui::GetWindowContentRegionMax().x;
  // Below the menu button when both do not fit in one row (large text on a phone).
  if (!wide && ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetStyle().ItemSpacing.x + switch_width <= right)
    ImGui::SameLine();
  // «Выйти» sits left of the language switch whenever the account is open.
  // On a phone it is the last item of the menu instead (the header row has no room at large text).
  const bool signed_in = wide && state.account.phase == app::AccountPhase::signed_in;
  const std::string sign_out = ui.tr("auth.sessions.sign_out");
  const float sign_out_width = signed_in ? ImGui::CalcTextSize(sign_out.c_str()).x +
                                               ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x
                                         : 0.0f;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - switch_width - sign_out_width));
  if (wide) ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y);
  if (signed_in) {
    if (button(ui, "sign_out", sign_out, {.kind = ButtonKind::secondary})) {
      dispatch(app::SignOut{});
      view.account.wipe_secrets();
      view.menu_open = false;
    }
    ImGui::SameLine();
  }
  draw_language_switch(ui, state, dispatch);
}

void draw_banners(Ui& ui, const app::AppState& state, const PlatformHooks& hooks) {
  if (!state.online) banner(ui, "banner.offline", ui.tr("app.offline"), false);
  if (state.update_available) {
    if (button(ui, "update", ui.tr("app.update_available"), {.width = -1}) &&
        hooks.apply_update)
      hooks.apply_update();
  }
  for (const app::Notice& notice : state.notices) {
    const std::string id = "notice." + std::to_string(notice.id);
    banner(ui, id.c_str(), message_text(ui, notice.message_key, notice.params), notice.kind == "error");
  }
}

// Sections open to everyone: home, the services catalog, help, «О сервисе»
// and the profile's display settings (text size and contrast must be reachable
// before signing in; they are the device's, kept outside the vault).
bool is_public(app::Section section) {
  return section == app::Section::home || section == app::Section::services || section == app::Section::help ||
         section == app::Section::about || section == app::Section::profile;
}

void draw_content(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const bool gated = state.account.phase != app::AccountPhase::signed_in &&
                     ((!is_public(state.section) && app::section_is_built(state.section)) ||
                      state.account.phase == app::AccountPhase::second_factor ||
                      state.account.phase == app::AccountPhase::new_password);
  if (gated) {
    draw_account_gate(ui, view, state, dispatch);
    return;
  }
  if (state.section == app::Section::profile) {
    draw_profile(ui, view, state, dispatch);
    ImGui::Spacing();
    if (state.account.phase != app::AccountPhase::signed_in) {
      draw_account_gate(ui, view, state, dispatch);
      return;
    }
    draw_security(ui, view, state, dispatch, hooks);
    ImGui::Spacing();
    draw_journal(ui, view, state, dispatch, hooks);
    return;
  }
  switch (state.section) {
    case app::Section::home:
      draw_home(ui, view, state, dispatch);
      break;
    case app::Section::profile:
      draw_profile(ui, view, state, dispatch);
      break;
    case app::Section::services:
      draw_services(ui, view, state, dispatch, hooks);
      break;
    case app::Section::applications:
      draw_applications(ui, view, state, dispatch, hooks);
      break;
    case app::Section::help:
      draw_help(ui, view, dispatch);
      break;
    case app::Section::about:
      draw_about(ui, view, state, dispatch);
      break;
    case app::Section::consents:
      draw_consents(ui, view, state, dispatch, hooks);
      break;
    case app::Section::notifications:
      draw_notifications(ui, view, state, dispatch);
      break;
    case app::Section::documents:
      draw_documents(ui, view, state, dispatch, hooks);
      break;
    case app::Section::appointments:
      draw_appointments(ui, view, state, dispatch, hooks);
      break;
    case app::Section::payments:
      draw_payments(ui, view, state, dispatch, hooks);
      break;
    case app::Section::records:
      draw_records(ui, view, state, dispatch, hooks);
      break;
    case app::Section::capital:
      draw_capital(ui, view, state, dispatch, hooks);
      break;
    default:
      draw_under_construction(ui, state.section);
      break;
  }
}

}  // namespace

std::string form_title(const Ui& ui, const std::string& form_id) {
  const auto* form = forms::FormRegistry::embedded().find(form_id);
  return form ? form->definition.title.in(ui.catalog.language()) : form_id;
}

void service_radios(Ui& ui, const std::string& prefix, const std::string& any_label, const std::string& current,
                    const std::vector<std::string>& form_ids, const std::function<void(const std::string&)>& on_choose) {
  if (radio(ui, (prefix + ".all").c_str(), any_label, current.empty())) on_choose("");
  for (const std::string& id : form_ids) {
    if (radio(ui, (prefix + "." + id).c_str(), form_title(ui, id), current == id)) on_choose(id);
  }
}

std::string message_text(const Ui& ui, const std::string& key, const nlohmann::json& params) {
  return ui.catalog.message(key, params);
}

size_t unread_entries(ViewState& view, const app::AppState& state) {
  if (view.unread_revision != state.revision) {
    view.unread = app::unread_count(state.notifications);
    view.unread_revision = state.revision;
  }
  return view.unread;
}

std::string section_label(const Ui& ui, app::Section section, size_t unread) {
  if (section == app::Section::notifications && unread > 0)
    return ui.tr("nav.notifications_unread", {{"count", unread}});
  return ui.tr("nav." + std::string(app::section_id(section)));
}

void draw_app(Ui& ui, ViewState& view, app::Runtime& runtime, const PlatformHooks& hooks) {
  // What the screens dispatch is applied when the frame is drawn, never in the middle of it.
  struct Held {
    app::Runtime& runtime;
    explicit Held(app::Runtime& r) : runtime(r) { runtime.hold(); }
    ~Held() { runtime.release(); }
  } held(runtime);
  Dispatch dispatch(runtime);
  const app::AppState& state = runtime.state();
  view.hooks = &hooks;
  // Signed out by any road (the button, the idle timeout): what was typed goes.
  const app::AccountPhase phase = state.account.phase;
  const auto vault_open = [](app::AccountPhase p) {
    return p == app::AccountPhase::signed_in || p == app::AccountPhase::second_factor ||
           p == app::AccountPhase::new_password;
  };
  if (vault_open(view.last_phase) && !vault_open(phase)) view.account.wipe_secrets();
  // In by any road (password, code, backup): the next sign-out starts at the password form.
  if (view.last_phase != app::AccountPhase::signed_in && phase == app::AccountPhase::signed_in)
    view.account.mode = "sign_in";
  view.last_phase = phase;
  if (!view.focus_when_shown.empty()) {
    const auto& drawn = ui.last_focusables;
    const bool shown = std::any_of(drawn.begin(), drawn.end(),
                                   [&](const Focusable& item) { return item.id == view.focus_when_shown; });
    if (shown) ui.focus_request = view.focus_when_shown;
    if (shown || --view.focus_frames_left <= 0) view.focus_when_shown.clear();
  }
  if (ui.catalog.language() != state.language) ui.catalog = i18n::Catalog::load(state.language);
  if (ui.escape_pressed) view.menu_open = false;

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("##cabinet", nullptr, kPlainWindow);
  const bool wide = viewport->Size.x >= ui.px(kWideLayoutMin);
  draw_header(ui, view, state, dispatch, wide);
  ImGui::Spacing();

  if (wide) {
    ImGui::BeginChild("##navigation", ImVec2(ui.px(240), 0), false, ImGuiWindowFlags_NoSavedSettings);
    apply_touch_scroll(ui);
    draw_navigation(ui, view, state, dispatch, true);
    ImGui::EndChild();
    ImGui::SameLine();
  } else if (view.menu_open) {
    draw_navigation(ui, view, state, dispatch, false);
    ImGui::End();
    view.drawn_section = state.section;
    return;
  }
  const float margin = wide ? ui.px(24.0f) : 12.0f;  // narrow screens keep their width for text
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin));
  if (view.reset_scroll) {
    // Applied by this Begin: the new page is never drawn at the old place (a
    // tap aimed while it moved would miss).
    ImGui::SetNextWindowScroll(ImVec2(-1.0f, 0.0f));
    view.reset_scroll = false;
  }
  ImGui::BeginChild("##main", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  apply_touch_scroll(ui);
  draw_banners(ui, state, hooks);
  draw_idle_warning(ui, state, dispatch);
  draw_content(ui, view, state, dispatch, hooks);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::End();
  view.drawn_section = state.section;
}

}  // namespace cabinet::ui
