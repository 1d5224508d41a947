// Sign-in, registration with confirmation codes, the second factor and the
// idle warning. Shown in place of a personal section while signed out.

#include <imgui.h>

#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "auth/password_policy.hpp"
#include "auth/sodium.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

using auth::wipe;

void refusal(Ui& ui, const app::AppState& state) {
  if (state.account.error_key.empty()) return;
  banner(ui, "account.error", ui.tr(state.account.error_key, state.account.error_params), true);
}

bool field(Ui& ui, const app::AppState& state, const char* id, const std::string& label, std::string& value,
           FieldOptions options = {}) {
  options.error = field_error_text(ui, state, id);
  return text_field(ui, id, label, value, options);
}

// The registration's draft, as typed, for the rules.
app::AccountDraft typed_draft(const AccountView& v) {
  app::AccountDraft draft{v.phone, v.email, v.full_name, std::nullopt};
  int day = 0, month = 0, year = 0;
  if (std::sscanf(v.birth_date.c_str(), "%2d.%2d.%4d", &day, &month, &year) == 3)
    draft.birth_date = ids::Date{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
  return draft;
}

// What this build is, before anything is typed: sandboxes, no ЕСИА, not a КЭП; «О сервисе» tells more.
void what_this_build_is(Ui& ui, ViewState& view, Dispatch& dispatch) {
  paragraph(ui, ui.tr("about.sign_in_line"), true);
  about_link(ui, view, "sign_in.about", dispatch);
}

void draw_sign_in(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.sign_in.title"));
  paragraph(ui, ui.tr("auth.sign_in.intro"), true);
  what_this_build_is(ui, view, dispatch);
  refusal(ui, state);
  field(ui, state, "sign_in.login", ui.tr("auth.sign_in.login"), v.login,
        {.input = "email", .autocomplete = "username"});
  field(ui, state, "sign_in.password", ui.tr("auth.sign_in.password"), v.password,
        {.input = "password", .autocomplete = "current-password"});
  checkbox(ui, "sign_in.remember", ui.tr("auth.sign_in.remember"), v.remember);
  ImGui::Spacing();
  if (button(ui, "sign_in.submit", ui.tr("auth.sign_in.submit"))) {
    dispatch(app::SignIn{.login = v.login, .password = v.password, .remember = v.remember});
    wipe(v.password);
  }
  same_line_if_fits(ui.tr("auth.sign_in.forgot"));
  if (button(ui, "sign_in.forgot", ui.tr("auth.sign_in.forgot"), {.kind = ButtonKind::link})) v.mode = "forgot";
  if (state.account.code_access_offered &&
      button(ui, "sign_in.by_code", ui.tr("auth.sign_in.by_code"), {.kind = ButtonKind::link}))
    v.mode = "code_sign_in";
  if (button(ui, "restore.open", ui.tr("auth.restore.link"), {.kind = ButtonKind::link})) v.mode = "restore";
  if (button(ui, "recovery.open", ui.tr("auth.recovery.link"), {.kind = ButtonKind::link})) v.mode = "recovery";
}

// «Восстановление доступа»: who asks, then the fund's answer and what it lets the citizen do here.
void draw_recovery(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.recovery.title"));
  paragraph(ui, ui.tr("auth.recovery.intro"), true);
  if (const auto& answer = state.account.recovery) {
    banner(ui, "recovery.answer", ui.tr("auth.recovery.answer_title", {{"number", answer->number}}), false);
    paragraph(ui, answer->message);
    if (!answer->restores_access) paragraph(ui, ui.tr("auth.recovery.sandbox"), true);
    if (button(ui, "recovery.to_sign_in", ui.tr("auth.recovery.to_sign_in"))) v.mode = "sign_in";
    if (button(ui, "recovery.to_restore", ui.tr("auth.restore.link"), {.kind = ButtonKind::secondary}))
      v.mode = "restore";
    return;
  }
  field(ui, state, "recovery.full_name", ui.tr("auth.register.full_name"), v.recovery_name,
        {.hint = ui.tr("auth.register.full_name_hint"), .autocomplete = "name"});
  field(ui, state, "recovery.birth_date", ui.tr("auth.register.birth_date"), v.recovery_birth,
        {.hint = ui.tr("auth.register.birth_date_hint"), .input = "numeric", .autocomplete = "bday"});
  field(ui, state, "recovery.snils", ui.tr("auth.register.snils"), v.recovery_snils,
        {.hint = ui.tr("auth.register.snils_hint"), .input = "numeric"});
  field(ui, state, "recovery.contact", ui.tr("auth.recovery.contact"), v.recovery_contact,
        {.hint = ui.tr("auth.recovery.contact_hint"), .input = "email"});
  ImGui::Spacing();
  if (state.account.recovery_waiting) {
    paragraph(ui, ui.tr("auth.recovery.waiting"), true);
  } else if (button(ui, "recovery.submit", ui.tr("auth.recovery.submit"))) {
    dispatch(app::AccessRecoveryRequest{.snils = v.recovery_snils,
                                        .full_name = v.recovery_name,
                                        .birth_date = v.recovery_birth,
                                        .contact = v.recovery_contact});
  }
  same_line_if_fits(ui.tr("auth.restore.cancel"));
  if (button(ui, "recovery.cancel", ui.tr("auth.restore.cancel"), {.kind = ButtonKind::secondary})) v.mode = "sign_in";
}

// «Восстановить из резервной копии»: the .cabv file and its password; an account already here is kept aside.
void draw_restore(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.restore.title"));
  paragraph(ui, ui.tr("auth.restore.intro"), true);
  refusal(ui, state);
  if (!state.account.restore_name.empty())
    paragraph(ui, ui.tr("auth.restore.file", {{"name", state.account.restore_name}}));
  if (view.hooks && view.hooks->pick_file) {
    if (button(ui, "restore.choose", ui.tr("auth.restore.choose"), {.kind = ButtonKind::secondary}))
      view.hooks->pick_file(app::kBackupFileField, ".cabv");
  } else {
    paragraph(ui, ui.tr("auth.restore.no_picker"), true);
  }
  if (const std::string error = field_error_text(ui, state, "restore.file"); !error.empty())
    banner(ui, "restore.file.error", error, true);
  field(ui, state, "restore.password", ui.tr("auth.restore.password"), v.restore_password,
        {.input = "password", .autocomplete = "current-password"});
  if (state.account.phase == app::AccountPhase::signed_out) {
    checkbox(ui, "restore.replace", ui.tr("auth.restore.replace"), v.restore_replace);
    if (const std::string error = field_error_text(ui, state, "restore.replace"); !error.empty())
      banner(ui, "restore.replace.error", error, true);
  }
  ImGui::Spacing();
  if (button(ui, "restore.submit", ui.tr("auth.restore.submit"))) {
    dispatch(app::RestoreBackup{.password = v.restore_password, .replace = v.restore_replace},
             [&v](const app::AppState& s) {
               if (s.account.phase == app::AccountPhase::signed_in) v.mode = "sign_in";
             });
    wipe(v.restore_password);
  }
  same_line_if_fits(ui.tr("auth.restore.cancel"));
  if (button(ui, "restore.cancel", ui.tr("auth.restore.cancel"), {.kind = ButtonKind::secondary})) v.mode = "sign_in";
}

void draw_register_details(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.register.title"));
  paragraph(ui, ui.tr("auth.register.intro"), true);
  refusal(ui, state);
  field(ui, state, "register.full_name", ui.tr("auth.register.full_name"), v.full_name,
        {.hint = ui.tr("auth.register.full_name_hint"), .autocomplete = "name"});
  field(ui, state, "register.birth_date", ui.tr("auth.register.birth_date"), v.birth_date,
        {.hint = ui.tr("auth.register.birth_date_hint"), .input = "numeric", .autocomplete = "bday"});
  field(ui, state, "register.phone", ui.tr("auth.register.phone"), v.phone,
        {.hint = ui.tr("auth.register.phone_hint"), .input = "tel", .autocomplete = "tel"});
  field(ui, state, "register.email", ui.tr("auth.register.email"), v.email,
        {.input = "email", .autocomplete = "email"});
  field(ui, state, "register.snils", ui.tr("auth.register.snils"), v.snils,
        {.hint = ui.tr("auth.register.snils_hint"), .input = "numeric"});
  field(ui, state, "register.inn", ui.tr("auth.register.inn"), v.inn, {.input = "numeric"});
  field(ui, state, "register.password", ui.tr("auth.register.password"), v.new_password,
        {.input = "password", .autocomplete = "new-password"});
  password_checklist(ui, v.new_password, typed_draft(v));
  field(ui, state, "register.password_repeat", ui.tr("auth.register.password_repeat"), v.password_repeat,
        {.input = "password", .autocomplete = "new-password"});
  checkbox(ui, "register.agree", ui.tr("auth.register.agree"), v.agree);
  if (const std::string error = field_error_text(ui, state, "register.agree"); !error.empty())
    banner(ui, "register.agree_error", error, true);
  ImGui::Spacing();
  if (button(ui, "register.submit", ui.tr("auth.register.submit"))) {
    dispatch(app::RegisterSubmit{.full_name = v.full_name,
                                 .birth_date = v.birth_date,
                                 .phone = v.phone,
                                 .email = v.email,
                                 .snils = v.snils,
                                 .inn = v.inn,
                                 .password = v.new_password,
                                 .password_repeat = v.password_repeat,
                                 .agree = v.agree});
    view.reset_scroll = true;
  }
}

void draw_register_confirm(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.register.confirm_title"));
  const nlohmann::json& form = state.account.form;
  paragraph(ui, ui.tr("auth.register.confirm_intro", {{"phone", app::mask_target("phone", form.value("phone", ""))},
                                                      {"email", app::mask_target("email", form.value("email", ""))}}));
  refusal(ui, state);
  field(ui, state, "register.phone_code", ui.tr("auth.register.phone_code"), v.phone_code,
        {.input = "numeric", .autocomplete = "one-time-code"});
  if (button(ui, "register.resend_phone", ui.tr("auth.code.resend"), {.kind = ButtonKind::link}))
    dispatch(app::RegisterResend{.channel = "phone"});
  field(ui, state, "register.email_code", ui.tr("auth.register.email_code"), v.email_code, {.input = "numeric"});
  if (button(ui, "register.resend_email", ui.tr("auth.code.resend"), {.kind = ButtonKind::link}))
    dispatch(app::RegisterResend{.channel = "email"});
  ImGui::Spacing();
  if (button(ui, "register.confirm", ui.tr("auth.register.confirm"))) {
    dispatch(app::RegisterConfirm{.phone_code = v.phone_code, .email_code = v.email_code},
             [&v](const app::AppState& s) {
               if (s.account.phase == app::AccountPhase::signed_in) v.wipe_secrets();
             });
  }
  same_line_if_fits(ui.tr("auth.register.back"));
  if (button(ui, "register.back", ui.tr("auth.register.back"), {.kind = ButtonKind::secondary}))
    dispatch(app::RegisterBack{});
}

void draw_second_factor(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.sign_in.second_factor_title"));
  paragraph(ui, ui.tr("auth.sign_in.second_factor_intro"));
  refusal(ui, state);
  text_field(ui, "sign_in.second_code", ui.tr("auth.sign_in.second_factor_code"), v.second_code,
             {.input = "numeric", .autocomplete = "one-time-code"});
  // An SMS code as the second factor: only through a real gateway, never after a sign-in by a code.
  if (app::sms_second_factor_allowed(state)) {
    paragraph(ui, ui.tr("auth.sign_in.second_factor_sms_hint"), true);
    if (button(ui, "sign_in.second_sms", ui.tr("auth.sign_in.second_factor_sms"), {.kind = ButtonKind::link}))
      dispatch(app::SecondFactorSendCode{});
  }
  if (button(ui, "sign_in.second_submit", ui.tr("auth.sign_in.second_factor_submit"))) {
    dispatch(app::SecondFactor{.code = v.second_code});
    wipe(v.second_code);
  }
  same_line_if_fits(ui.tr("auth.sign_in.cancel"));
  if (button(ui, "sign_in.cancel", ui.tr("auth.sign_in.cancel"), {.kind = ButtonKind::secondary}))
    dispatch(app::SignOut{});
}

}  // namespace

void password_checklist(Ui& ui, const std::string& password, const app::AccountDraft& draft) {
  const auto checks = auth::check_password(password, app::personal_data(draft));
  paragraph(ui, ui.tr("auth.register.rules"), true);
  for (const auto& check : checks) {
    const std::string label = (check.passed ? "✓ " : "• ") + ui.tr(auth::rule_label_key(check.rule));
    ImGui::PushStyleColor(ImGuiCol_Text,
                          ImGui::ColorConvertU32ToFloat4(check.passed ? primary_color() : muted_color()));
    paragraph(ui, label);
    ImGui::PopStyleColor();
  }
}

void AccountView::wipe_secrets() {
  for (std::string* secret : {&password,
                              &new_password,
                              &password_repeat,
                              &phone_code,
                              &email_code,
                              &second_code,
                              &access_code,
                              &old_password,
                              &change_password,
                              &change_repeat,
                              &totp_code,
                              &restore_password,
                              &new_contact,
                              &contact_code,
                              &passport,
                              &passport_issue_date,
                              &passport_issued_by,
                              &passport_office_code,
                              &address,
                              &code_snils,
                              &code_phone,
                              &reset_login,
                              &code_access_password,
                              &contact_password})
    wipe(*secret);
  personal_editing.clear();
}

std::string field_error_text(const Ui& ui, const app::AppState& state, std::string_view field) {
  const app::FieldError* error = app::find_error(state, field);
  if (!error) return {};
  return error->code.find('.') != std::string::npos ? ui.tr(error->code, error->params)
                                                    : ui.tr("errors." + error->code, error->params);
}

void draw_account_gate(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  if (v.mode == "restore" &&
      (state.account.phase == app::AccountPhase::none || state.account.phase == app::AccountPhase::signed_out) &&
      state.account.step != "confirm" && state.account.step != "creating")
    return draw_restore(ui, view, state, dispatch);
  switch (state.account.phase) {
    case app::AccountPhase::second_factor:
      draw_second_factor(ui, view, state, dispatch);
      return;
    case app::AccountPhase::new_password:
      draw_new_password(ui, view, state, dispatch);
      return;
    case app::AccountPhase::none:
      if (state.account.step == "confirm" || state.account.step == "creating") {
        draw_register_confirm(ui, view, state, dispatch);
        return;
      }
      if (v.mode != "register") {
        heading(ui, ui.tr("auth.sign_in.required_title"));
        paragraph(ui, ui.tr("auth.sign_in.no_account"));
        what_this_build_is(ui, view, dispatch);
        if (button(ui, "sign_in.register", ui.tr("auth.sign_in.register"))) v.mode = "register";
        if (button(ui, "restore.open", ui.tr("auth.restore.link"), {.kind = ButtonKind::link})) v.mode = "restore";
        return;
      }
      draw_register_details(ui, view, state, dispatch);
      return;
    case app::AccountPhase::signed_out:
      if (v.mode == "code_sign_in") return draw_code_sign_in(ui, view, state, dispatch);
      if (v.mode == "forgot") return draw_password_reset(ui, view, state, dispatch);
      if (v.mode == "recovery") return draw_recovery(ui, view, state, dispatch);
      draw_sign_in(ui, view, state, dispatch);
      return;
    case app::AccountPhase::signed_in:
      return;
  }
}

void draw_idle_warning(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  if (!state.account.idle_warning) return;
  banner(ui, "idle.warning", ui.tr("auth.idle.warning"), true);
  if (button(ui, "idle.stay", ui.tr("auth.idle.stay"))) dispatch(app::StaySignedIn{});
}

}  // namespace cabinet::ui
