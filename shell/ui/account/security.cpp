// Профиль → security: the account level, sessions and devices, two-factor
// protection with its QR code, the password change, the encrypted backup,
// and «Журнал действий» with filters and CSV export.

#include <algorithm>

#include <imgui.h>

#include "audit/actions.hpp"
#include "audit/audit_csv.hpp"
#include "audit/audit_filter.hpp"
#include "auth/base32.hpp"
#include "auth/otpauth_uri.hpp"
#include "auth/sodium.hpp"
#include "ids/ids.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/qr_code.hpp"
#include "ui/kit/widgets.hpp"
#include "vault/vault_store.hpp"

namespace cabinet::ui {

namespace {

std::string moscow(int64_t ms) {
  return time::format_display(ms, 180);
}

void draw_level(Ui& ui, const app::AppState& state) {
  heading(ui, ui.tr("auth.level.title"), 2);
  const std::string& level = state.account.identity_level;
  paragraph(ui, ui.tr("auth.level." + level));
  if (level == "basic") paragraph(ui, ui.tr("auth.level.how_up_basic"), true);
  if (level == "standard") paragraph(ui, ui.tr("auth.level.how_up_standard"), true);
}

void draw_sessions(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  heading(ui, ui.tr("auth.sessions.title"), 2);
  const auto& sessions = state.account.sessions;
  for (auto it = sessions.rbegin(); it != sessions.rend() && it - sessions.rbegin() < 10; ++it) {
    const std::string device = it->device.empty() ? ui.tr("auth.sessions.unknown_device") : it->device;
    std::string line = device + " — " + ui.tr("auth.sessions.started", {{"time", moscow(it->started_ms)}});
    if (it->id == state.account.session_id) line += " (" + ui.tr("auth.sessions.current") + ")";
    if (it->ended_ms) line += ", " + ui.tr("auth.sessions.ended_at", {{"time", moscow(it->ended_ms)}});
    paragraph(ui, line, it->ended_ms != 0);
    if (!it->ended_ms && it->id != state.account.session_id) {
      const std::string id = "sessions.end." + it->id;
      if (button(ui, id.c_str(), ui.tr("auth.sessions.end"), {.kind = ButtonKind::secondary}))
        dispatch(app::EndSession{.id = it->id});
    }
  }
  if (button(ui, "sessions.sign_out", ui.tr("auth.sessions.sign_out"), {.kind = ButtonKind::secondary}))
    dispatch(app::SignOut{});
}

void draw_two_factor(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  const app::TwoFactor& tf = state.account.two_factor;
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.two_factor.title"), 2);
  if (!state.account.error_key.empty()) banner(ui, "two_factor.error", ui.tr(state.account.error_key), true);
  if (!tf.fresh_recovery_codes.empty()) {
    heading(ui, ui.tr("auth.two_factor.recovery_title"), 3);
    paragraph(ui, ui.tr("auth.two_factor.recovery_text"));
    for (const std::string& code : tf.fresh_recovery_codes) paragraph(ui, code.substr(0, 5) + "-" + code.substr(5));
    if (button(ui, "two_factor.recovery_done", ui.tr("auth.two_factor.recovery_done")))
      dispatch(app::RecoveryCodesSeen{});
    return;
  }
  paragraph(ui, ui.tr(tf.enabled ? "auth.two_factor.on" : "auth.two_factor.off"), true);
  if (tf.enabled) {
    text_field(ui, "two_factor.disable_code", ui.tr("auth.two_factor.disable_code"), v.totp_code, {.input = "numeric"});
    if (button(ui, "two_factor.disable", ui.tr("auth.two_factor.disable"), {.kind = ButtonKind::secondary})) {
      dispatch(app::TwoFactorDisable{.code = v.totp_code});
      v.totp_code.clear();
    }
    return;
  }
  if (tf.pending_secret_hex.empty()) {
    if (button(ui, "two_factor.enable", ui.tr("auth.two_factor.enable"), {.kind = ButtonKind::secondary}))
      dispatch(app::TwoFactorStart{});
    return;
  }
  const auto secret = auth::from_hex(tf.pending_secret_hex).value_or("");
  paragraph(ui, ui.tr("auth.two_factor.scan"));
  qr_code(ui, "two_factor.qr", auth::totp_uri(secret, state.account.login), ui.tr("auth.two_factor.scan"), 200.0f);
  paragraph(ui, auth::base32_encode(secret, false));
  text_field(ui, "two_factor.code", ui.tr("auth.two_factor.code"), v.totp_code,
             {.input = "numeric", .autocomplete = "one-time-code"});
  if (button(ui, "two_factor.confirm", ui.tr("auth.two_factor.confirm"))) {
    dispatch(app::TwoFactorConfirm{.code = v.totp_code});
    v.totp_code.clear();
  }
}

void draw_password_change(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.password.change_title"), 2);
  auto secret_field = [&](const char* id, const char* label, std::string& value, const char* autocomplete) {
    text_field(ui, id, ui.tr(label), value,
               {.error = field_error_text(ui, state, id), .input = "password", .autocomplete = autocomplete});
  };
  secret_field("password_change.old", "auth.password.old", v.old_password, "current-password");
  secret_field("password_change.new", "auth.password.new", v.change_password, "new-password");
  secret_field("password_change.repeat", "auth.password.repeat", v.change_repeat, "new-password");
  if (button(ui, "password_change.submit", ui.tr("auth.password.change"), {.kind = ButtonKind::secondary})) {
    dispatch(app::ChangePassword{
        .old_password = v.old_password, .new_password = v.change_password, .repeat = v.change_repeat});
    for (std::string* secret : {&v.old_password, &v.change_password, &v.change_repeat}) auth::wipe(*secret);
  }
}

void draw_backup(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  heading(ui, ui.tr("auth.backup.title"), 2);
  paragraph(ui, ui.tr("auth.backup.text"), true);
  if (hooks.download && button(ui, "backup.export", ui.tr("auth.backup.export"), {.kind = ButtonKind::secondary})) {
    dispatch(app::ExportBackup{});
    if (auto bytes = dispatch.vault_backup())
      hooks.download(vault::backup_key_for(state.now_ms), "application/octet-stream", *bytes);
  }
}

}  // namespace

void draw_security(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                   const PlatformHooks& hooks) {
  if (state.account.phase != app::AccountPhase::signed_in) return;
  draw_level(ui, state);
  ImGui::Spacing();
  draw_personal_data(ui, view, state, dispatch);
  ImGui::Spacing();
  draw_two_factor(ui, view, state, dispatch);
  ImGui::Spacing();
  draw_password_change(ui, view, state, dispatch);
  ImGui::Spacing();
  draw_code_access_switch(ui, view, state, dispatch);
  ImGui::Spacing();
  draw_sessions(ui, state, dispatch);
  ImGui::Spacing();
  draw_backup(ui, state, dispatch, hooks);
}

namespace {

std::optional<int64_t> period_bound(const Ui& ui, const std::string& text, int days, std::string& error) {
  if (text::trim(text).empty()) return std::nullopt;
  const ids::DateResult date = ids::check_date(text::trim(text));
  if (!date.ok()) {
    error = ui.tr(date.message_key(), date.params.is_object() ? date.params : nlohmann::json::object());
    return std::nullopt;
  }
  const int64_t day = time::days_from_civil(date.date.year, date.date.month, date.date.day) + days;
  return day * 86'400'000 - 3LL * 3'600'000;
}

}  // namespace

TypedPeriod typed_period(const Ui& ui, const std::string& from, const std::string& to) {
  TypedPeriod p;
  p.from_ms = period_bound(ui, from, 0, p.from_error);
  p.until_ms = period_bound(ui, to, 1, p.to_error);
  if (p.from_ms && p.until_ms && *p.until_ms <= *p.from_ms) {
    p.to_error = ui.tr("auth.journal.period_order");
    p.until_ms.reset();
  }
  return p;
}

void period_fields(Ui& ui, const std::string& prefix, std::string& from, std::string& to, const TypedPeriod& period) {
  paragraph(ui, ui.tr("auth.journal.period"), true);
  text_field(
      ui, (prefix + ".from").c_str(), ui.tr("auth.journal.from"), from,
      {.hint = ui.tr("auth.journal.date_hint"), .error = period.from_error, .input = "numeric", .max_bytes = 40});
  text_field(ui, (prefix + ".to").c_str(), ui.tr("auth.journal.to"), to,
             {.hint = ui.tr("auth.journal.date_hint"), .error = period.to_error, .input = "numeric", .max_bytes = 40});
}

void draw_journal(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  AccountView& v = view.account;
  heading(ui, ui.tr("auth.journal.title"), 2);
  audit::AuditFilter filter;
  if (!v.journal_action.empty()) filter.action = v.journal_action;
  const TypedPeriod period = typed_period(ui, v.journal_from, v.journal_to);
  filter.from_ms = period.from_ms;
  filter.until_ms = period.until_ms;
  period_fields(ui, "journal", v.journal_from, v.journal_to, period);
  std::vector<audit::AuditEntry> entries = audit::filter_entries(state.account.audit.entries(), filter);
  paragraph(ui, ui.tr("auth.journal.filter_action"), true);
  if (radio(ui, "journal.action.all", ui.tr("auth.journal.all"), v.journal_action.empty())) v.journal_action.clear();
  for (std::string_view action : audit::actions::kAll) {
    const std::string id = "journal.action." + std::string(action);
    same_line_if_fits(ui.tr("auth.audit.actions." + std::string(action)));
    if (radio(ui, id.c_str(), ui.tr("auth.audit.actions." + std::string(action)), v.journal_action == action))
      v.journal_action = std::string(action);
  }
  ImGui::NewLine();
  paragraph(ui, ui.tr("auth.journal.count", {{"count", entries.size()}}), true);
  if (hooks.download && !entries.empty() &&
      button(ui, "journal.export", ui.tr("auth.journal.export"), {.kind = ButtonKind::secondary})) {
    dispatch(app::RecordExport{.what = "audit_csv"});
    hooks.download("journal.csv", "text/csv;charset=utf-8", audit::to_csv(entries, ui.catalog));
  }
  if (entries.empty()) paragraph(ui, ui.tr("auth.journal.empty"), true);
  // Newest first; the table is long, so only the latest 200 are drawn.
  const size_t shown = std::min<size_t>(entries.size(), 200);
  if (shown && ImGui::BeginTable("##journal", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    for (size_t i = 0; i < shown; ++i) {
      const audit::AuditEntry& e = entries[entries.size() - 1 - i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const auto at = time::parse_iso(e.time);
      ImGui::TextUnformatted(at ? moscow(*at).c_str() : e.time.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", ui.tr("auth.audit.actions." + e.action).c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", e.object.c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace cabinet::ui
