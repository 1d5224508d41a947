// Профиль → «Личные данные»: what the account knows about the citizen, the
// phone and email changed with a code to the new contact, the passport (with
// SNILS it makes the account стандартная) and the registration address.
#include <imgui.h>

#include "app/account/codes.hpp"
#include "app/kernel/field_errors.hpp"
#include "auth/sodium.hpp"
#include "ids/ids.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

using nlohmann::json;

std::string profile_text(const app::AppState& state, const char* key) {
  return state.account.profile.text(key);
}

// "1985-03-14" -> "14.03.1985"; anything else as it is.
std::string display_date(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

void fact(Ui& ui, const char* label_key, const std::string& value) {
  paragraph(ui, ui.tr(label_key) + ": " + (value.empty() ? ui.tr("personal.not_set") : value));
}

FieldOptions with_error(const Ui& ui, const app::AppState& state, const char* field, FieldOptions options = {}) {
  options.error = field_error_text(ui, state, field);
  return options;
}

void draw_contact(Ui& ui, AccountView& v, const app::AppState& state, Dispatch& dispatch, const std::string& channel) {
  const bool phone = channel == "phone";
  const std::string current = profile_text(state, channel.c_str());
  fact(ui, phone ? "personal.phone" : "personal.email", phone ? ids::display_phone(current) : current);
  const auto& pending = state.account.contact_change;
  const std::string prefix = "personal." + channel;
  if (pending && pending->channel == channel) {
    paragraph(ui, ui.tr("personal.code_sent", {{"target", app::mask_target(channel, pending->value)},
                                               {"channel", ui.tr("personal.code_channel_" + channel)}}));
    text_field(ui, "personal.code", ui.tr("personal.code"), v.contact_code,
               with_error(ui, state, "personal.code", {.input = "numeric", .autocomplete = "one-time-code"}));
    if (button(ui, (prefix + ".confirm").c_str(), ui.tr("personal.confirm"))) {
      dispatch(app::ContactChangeConfirm{.code = v.contact_code}, [&v](const app::AppState& s) {
        if (!s.account.contact_change && !app::has_field_errors(s, "personal.")) v.personal_editing.clear();
      });
      auth::wipe(v.contact_code);
    }
    same_line_if_fits(ui.tr("personal.cancel"));
    if (button(ui, (prefix + ".cancel").c_str(), ui.tr("personal.cancel"), {.kind = ButtonKind::secondary})) {
      dispatch(app::ContactChangeCancel{});
      v.personal_editing.clear();
    }
    return;
  }
  if (v.personal_editing != channel) {
    if (button(ui, (prefix + ".change").c_str(), ui.tr(phone ? "personal.change_phone" : "personal.change_email"),
               {.kind = ButtonKind::link})) {
      if (state.account.contact_change) dispatch(app::ContactChangeCancel{});
      v.personal_editing = channel;
      v.new_contact.clear();
    }
    return;
  }
  text_field(ui, prefix.c_str(), ui.tr(phone ? "personal.new_phone" : "personal.new_email"), v.new_contact,
             with_error(ui, state, prefix.c_str(),
                        {.input = phone ? "tel" : "email", .autocomplete = phone ? "tel" : "email", .max_bytes = 320}));
  text_field(
      ui, "personal.password", ui.tr("personal.password"), v.contact_password,
      with_error(ui, state, "personal.password",
                 {.hint = ui.tr("personal.password_hint"), .input = "password", .autocomplete = "current-password"}));
  if (button(ui, (prefix + ".send_code").c_str(), ui.tr("personal.send_code"))) {
    dispatch(app::ContactChangeRequest{.channel = channel, .value = v.new_contact, .password = v.contact_password});
    auth::wipe(v.contact_password);
  }
  same_line_if_fits(ui.tr("personal.cancel"));
  if (button(ui, (prefix + ".cancel").c_str(), ui.tr("personal.cancel"), {.kind = ButtonKind::secondary}))
    v.personal_editing.clear();
}

void draw_passport(Ui& ui, AccountView& v, const app::AppState& state, Dispatch& dispatch) {
  heading(ui, ui.tr("personal.passport_title"), 3);
  const std::string number = profile_text(state, "passport");
  if (!number.empty() && v.personal_editing != "passport") {
    paragraph(ui, ui.tr("personal.passport_line", {{"number", number},
                                                   {"date", display_date(profile_text(state, "passport_issue_date"))},
                                                   {"issuer", profile_text(state, "passport_issued_by")},
                                                   {"code", profile_text(state, "passport_office_code")}}));
    if (button(ui, "personal.passport_edit", ui.tr("personal.passport_edit"), {.kind = ButtonKind::link})) {
      v.personal_editing = "passport";
      v.passport = number;
      v.passport_issue_date = display_date(profile_text(state, "passport_issue_date"));
      v.passport_issued_by = profile_text(state, "passport_issued_by");
      v.passport_office_code = profile_text(state, "passport_office_code");
    }
    return;
  }
  paragraph(ui, ui.tr("personal.passport_why"), true);
  if (state.account.identity_level == "confirmed")
    banner(ui, "personal.passport_confirmed", ui.tr("personal.passport_confirmed_warning"), true);
  text_field(ui, "personal.passport", ui.tr("personal.passport"), v.passport,
             with_error(ui, state, "personal.passport", {.hint = ui.tr("personal.passport_hint"), .input = "numeric"}));
  text_field(ui, "personal.passport_issue_date", ui.tr("personal.passport_issue_date"), v.passport_issue_date,
             with_error(ui, state, "personal.passport_issue_date",
                        {.hint = ui.tr("auth.register.birth_date_hint"), .input = "numeric"}));
  text_field(ui, "personal.passport_issued_by", ui.tr("personal.passport_issued_by"), v.passport_issued_by,
             with_error(ui, state, "personal.passport_issued_by", {.max_bytes = 400}));
  text_field(ui, "personal.passport_office_code", ui.tr("personal.passport_office_code"), v.passport_office_code,
             with_error(ui, state, "personal.passport_office_code", {.input = "numeric"}));
  // «Сохранить» fits a phone at 200 % text; its name says what is saved.
  if (button(ui, "personal.passport_save", ui.tr("personal.save"),
             {.accessible_name = ui.tr("personal.passport_save")})) {
    dispatch(app::PersonalPassportSave{.passport = v.passport,
                                       .issue_date = v.passport_issue_date,
                                       .issued_by = v.passport_issued_by,
                                       .office_code = v.passport_office_code},
             [&v](const app::AppState& s) {
               if (!app::has_field_errors(s, "personal.passport")) v.personal_editing.clear();
             });
  }
  if (!number.empty()) {
    same_line_if_fits(ui.tr("personal.cancel"));
    if (button(ui, "personal.passport_cancel", ui.tr("personal.cancel"), {.kind = ButtonKind::secondary}))
      v.personal_editing.clear();
  }
}

void draw_address(Ui& ui, AccountView& v, const app::AppState& state, Dispatch& dispatch) {
  heading(ui, ui.tr("personal.address_title"), 3);
  const std::string address = profile_text(state, "address");
  if (!address.empty() && v.personal_editing != "address") {
    paragraph(ui, address);
    if (button(ui, "personal.address_edit", ui.tr("personal.address_edit"), {.kind = ButtonKind::link})) {
      v.personal_editing = "address";
      v.address = address;
    }
    return;
  }
  text_field(ui, "personal.address", ui.tr("personal.address"), v.address,
             with_error(ui, state, "personal.address", {.autocomplete = "street-address", .max_bytes = 600}));
  if (button(ui, "personal.address_save", ui.tr("personal.save"),
             {.accessible_name = ui.tr("personal.address_save")})) {
    dispatch(app::PersonalAddressSave{.address = v.address}, [&v](const app::AppState& s) {
      if (!app::find_error(s, "personal.address")) v.personal_editing.clear();
    });
  }
  if (!address.empty()) {
    same_line_if_fits(ui.tr("personal.cancel"));
    if (button(ui, "personal.address_cancel", ui.tr("personal.cancel"), {.kind = ButtonKind::secondary}))
      v.personal_editing.clear();
  }
}

}  // namespace

void draw_personal_data(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  if (state.account.phase != app::AccountPhase::signed_in) return;
  AccountView& v = view.account;
  heading(ui, ui.tr("personal.title"), 2);
  fact(ui, "personal.full_name", profile_text(state, "full_name"));
  fact(ui, "personal.birth_date", display_date(profile_text(state, "birth_date")));
  fact(ui, "personal.snils", profile_text(state, "snils"));
  fact(ui, "personal.inn", profile_text(state, "inn"));
  paragraph(ui, ui.tr("personal.fixed_hint"), true);
  heading(ui, ui.tr("personal.contacts"), 3);
  draw_contact(ui, v, state, dispatch, "phone");
  draw_contact(ui, v, state, dispatch, "email");
  paragraph(ui, ui.tr("personal.phone_hint"), true);
  draw_passport(ui, v, state, dispatch);
  draw_address(ui, v, state, dispatch);
}

}  // namespace cabinet::ui
