// «Войти по СНИЛС и коду», «Забыли пароль?» with a code and the new password
// after it, and Безопасность's switch for both (core/app/account/code_access.cpp).

#include <imgui.h>

#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "auth/sodium.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

using auth::wipe;

bool field(Ui& ui, const app::AppState& state, const char* id, const std::string& label, std::string& value,
           FieldOptions options = {}) {
  options.error = field_error_text(ui, state, id);
  return text_field(ui, id, label, value, options);
}

void back_to_sign_in(ViewState& view, Dispatch& dispatch) {
  dispatch(app::CodeAccessBack{});
  wipe(view.account.access_code);
  view.account.mode = "sign_in";
}

// The code step shared by both: where it went, the code, «Отправить код повторно».
// `prefix`: the fields' ids; `texts`: the catalog's section.
void code_step(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const std::string& prefix,
               const std::string& texts) {
  AccountView& v = view.account;
  const nlohmann::json& form = state.account.form;
  paragraph(ui, ui.tr("auth." + texts + ".code_intro",
                      {{"masked", app::mask_target(form.value("channel", ""), form.value("target", ""))}}));
  const std::string id = prefix + ".code";
  field(ui, state, id.c_str(), ui.tr("auth." + texts + ".code"), v.access_code,
        {.input = "numeric", .autocomplete = "one-time-code"});
  const std::string resend = prefix + ".resend";
  if (button(ui, resend.c_str(), ui.tr("auth.code.resend"), {.kind = ButtonKind::link}))
    dispatch(app::CodeAccessResend{});
}

}  // namespace

void draw_code_sign_in(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.code_sign_in.title"));
  if (!state.account.error_key.empty())
    banner(ui, "account.error", ui.tr(state.account.error_key, state.account.error_params), true);
  if (state.account.step == "code_sign_in" || state.account.step == "opening_code") {
    code_step(ui, view, state, dispatch, "code_sign_in", "code_sign_in");
    checkbox(ui, "code_sign_in.remember", ui.tr("auth.sign_in.remember"), v.remember);
    ImGui::Spacing();
    if (button(ui, "code_sign_in.submit", ui.tr("auth.code_sign_in.submit"))) {
      dispatch(app::CodeSignInConfirm{.code = v.access_code, .remember = v.remember});
      wipe(v.access_code);
    }
  } else {
    paragraph(ui, ui.tr("auth.code_sign_in.intro"), true);
    field(ui, state, "code_sign_in.snils", ui.tr("auth.code_sign_in.snils"), v.code_snils,
          {.hint = ui.tr("auth.register.snils_hint"), .input = "numeric"});
    field(ui, state, "code_sign_in.phone", ui.tr("auth.code_sign_in.phone"), v.code_phone,
          {.hint = ui.tr("auth.register.phone_hint"), .input = "tel", .autocomplete = "tel"});
    ImGui::Spacing();
    if (button(ui, "code_sign_in.get_code", ui.tr("auth.code_sign_in.get_code")))
      dispatch(app::CodeSignInRequest{.snils = v.code_snils, .phone = v.code_phone});
  }
  same_line_if_fits(ui.tr("auth.code_sign_in.back"));
  if (button(ui, "code_sign_in.back", ui.tr("auth.code_sign_in.back"), {.kind = ButtonKind::secondary}))
    back_to_sign_in(view, dispatch);
}

void draw_password_reset(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.reset.title"));
  if (!state.account.error_key.empty())
    banner(ui, "account.error", ui.tr(state.account.error_key, state.account.error_params), true);
  if (state.account.step == "password_reset" || state.account.step == "opening_reset") {
    code_step(ui, view, state, dispatch, "password_reset", "reset");
    ImGui::Spacing();
    if (button(ui, "password_reset.continue", ui.tr("auth.reset.continue"))) {
      dispatch(app::PasswordResetConfirm{.code = v.access_code});
      wipe(v.access_code);
    }
  } else {
    if (state.account.code_access_offered) {
      paragraph(ui, ui.tr("auth.reset.intro"), true);
      field(ui, state, "password_reset.login", ui.tr("auth.reset.login"), v.reset_login,
            {.input = "email", .autocomplete = "username"});
      ImGui::Spacing();
      if (button(ui, "password_reset.get_code", ui.tr("auth.reset.get_code")))
        dispatch(app::PasswordResetRequest{.login = v.reset_login});
    } else {
      paragraph(ui, ui.tr("auth.code_access.no_remote_escrow"), true);
    }
    paragraph(ui, ui.tr("auth.sign_in.forgot_text"), true);
    if (button(ui, "restore.open", ui.tr("auth.restore.link"), {.kind = ButtonKind::link})) {
      dispatch(app::CodeAccessBack{});
      v.mode = "restore";
    }
  }
  same_line_if_fits(ui.tr("auth.code_sign_in.back"));
  if (button(ui, "password_reset.back", ui.tr("auth.code_sign_in.back"), {.kind = ButtonKind::secondary}))
    back_to_sign_in(view, dispatch);
}

void draw_new_password(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.reset.new_title"));
  paragraph(ui, ui.tr("auth.reset.new_intro"), true);
  field(ui, state, "password_reset.new", ui.tr("auth.reset.new_password"), v.new_password,
        {.input = "password", .autocomplete = "new-password"});
  password_checklist(ui, v.new_password, app::account_draft(state));
  field(ui, state, "password_reset.repeat", ui.tr("auth.reset.repeat"), v.password_repeat,
        {.input = "password", .autocomplete = "new-password"});
  ImGui::Spacing();
  if (button(ui, "password_reset.save", ui.tr("auth.reset.save"))) {
    dispatch(app::PasswordResetSet{.new_password = v.new_password, .repeat = v.password_repeat},
             [&v](const app::AppState& s) {
               if (s.account.phase != app::AccountPhase::signed_in) return;
               v.wipe_secrets();
               v.mode = "sign_in";
             });
  }
  same_line_if_fits(ui.tr("auth.sign_in.cancel"));
  if (button(ui, "password_reset.cancel", ui.tr("auth.sign_in.cancel"), {.kind = ButtonKind::secondary})) {
    dispatch(app::SignOut{});
    v.wipe_secrets();
    v.mode = "sign_in";
  }
}

void draw_code_access_switch(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.code_access.title"), 2);
  const bool on = state.account.code_access;
  paragraph(ui, ui.tr(on ? "auth.code_access.state_on" : "auth.code_access.state_off"));
  // No switch without the fund's escrow: the key must not wait beside the vault (kernel/key_escrow.hpp).
  if (!state.account.code_access_offered) {
    paragraph(ui, ui.tr("auth.code_access.no_remote_escrow"), true);
    return;
  }
  field(ui, state, "code_access.password", ui.tr("auth.code_access.password"), v.code_access_password,
        {.hint = ui.tr("auth.code_access.password_hint"), .input = "password", .autocomplete = "current-password"});
  // Short labels fit a phone at 200 % text; the names say which switch for a screen reader.
  const char* id = on ? "code_access.off" : "code_access.on";
  const std::string label = ui.tr(on ? "auth.code_access.turn_off" : "auth.code_access.turn_on");
  const std::string name = ui.tr(on ? "auth.code_access.turn_off_name" : "auth.code_access.turn_on_name");
  if (button(ui, id, label, {.kind = ButtonKind::secondary, .accessible_name = name})) {
    dispatch(app::SetCodeAccess{.on = !on, .password = v.code_access_password});
    wipe(v.code_access_password);
  }
}

}  // namespace cabinet::ui
