#include "app/kernel/update.hpp"

#include <sodium.h>

#include <algorithm>
#include <set>

#include "app/account/account.hpp"
#include "app/account/handlers.hpp"
#include "app/account/store.hpp"
#include "app/appointments/handlers.hpp"
#include "app/capital/handlers.hpp"
#include "app/consents/handlers.hpp"
#include "app/documents/handlers.hpp"
#include "app/forms/handlers.hpp"
#include "app/kernel/actions.hpp"
#include "app/kernel/feature.hpp"
#include "app/kernel/handlers.hpp"
#include "app/kernel/settings.hpp"
#include "app/notifications/handlers.hpp"
#include "app/payments/handlers.hpp"
#include "app/records/handlers.hpp"
#include "i18n/catalog.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"

namespace cabinet::app {

namespace {

// "forms.json" -> "forms.damaged.json": where a damaged document is kept for support.
std::string damaged_key(std::string_view key) {
  const size_t dot = key.rfind('.');
  if (dot == std::string_view::npos) return std::string(key) + ".damaged";
  return std::string(key.substr(0, dot)) + ".damaged" + std::string(key.substr(dot));
}

void save_settings(AppState& s, Effects& effects) {
  s.save_state = SaveState::saving;
  s.save_error_key.clear();
  effects.push_back(Save{kSettingsKey, settings_to_json(s).dump()});
}

std::optional<FieldError> check_display_name(const std::string& value) {
  if (!text::is_valid_utf8(value)) return FieldError{"profile.display_name", "invalid_utf8"};
  if (text::has_control_chars(value)) return FieldError{"profile.display_name", "control_chars"};
  if (value.empty()) return FieldError{"profile.display_name", "empty"};
  if (text::code_point_count(value) > kDisplayNameMax)
    return FieldError{"profile.display_name", "too_long", {{"max", kDisplayNameMax}}};
  return std::nullopt;
}

}  // namespace

void handle(AppState& s, const Navigate& a, Effects& e) {
  auto section = section_from_id(a.section);
  if (!section) return;
  for (const Feature& feature : features()) {
    if (feature.on_section) feature.on_section(s, *section, e);
  }
  s.section = *section;
}

void handle(AppState& s, const SetLanguage& a, Effects& e) {
  const auto available = i18n::available_languages();
  if (std::find(available.begin(), available.end(), a.language) == available.end()) return;
  if (a.language == s.language) return;
  s.language = a.language;
  save_settings(s, e);
}

void handle(AppState& s, const SetTextSize& a, Effects& e) {
  if (a.percent > 1000 || a.percent < 0 || !is_text_size(static_cast<int>(a.percent))) return;
  if (a.percent == s.text_size_percent) return;
  s.text_size_percent = static_cast<int>(a.percent);
  save_settings(s, e);
}

void handle(AppState& s, const SetHighContrast& a, Effects& e) {
  if (a.on == s.high_contrast) return;
  s.high_contrast = a.on;
  save_settings(s, e);
}

void handle(AppState& s, const SaveDisplayName& a, Effects& e) {
  const std::string value = text::is_valid_utf8(a.display_name) ? text::trim(a.display_name) : a.display_name;
  std::erase_if(s.errors, [](const FieldError& f) { return f.field == "profile.display_name"; });
  if (auto error = check_display_name(value)) {
    s.errors.push_back(*error);
    return;
  }
  s.display_name = value;
  save_settings(s, e);
}

void handle(AppState& s, const StorageSaved&, Effects&) {
  s.save_state = SaveState::saved;
  add_notice(s, "success", "app.saved");
}

void handle(AppState& s, const StorageSaveFailed& a, Effects&) {
  std::string reason = a.reason_key.value_or("");
  if (!reason.starts_with("errors.")) reason = "errors.storage";
  s.save_state = SaveState::failed;
  s.save_error_key = reason;
  add_notice(s, "error", "app.save_failed", {{"reason_key", reason}});
}

void handle(AppState& s, const StorageLoaded& a, Effects& e) {
  if (a.key == kAccountPublicKey) load_account_public(s, a.data);
  if (a.key == kSettingsKey && !apply_settings(s, a.data)) {
    // Keep the damaged bytes for support instead of losing them.
    e.push_back(Save{"settings.damaged.json", a.data});
    add_notice(s, "error", "errors.corrupt_settings");
  }
  for (const Feature& feature : features()) {
    for (std::string_view owned : feature.keys) {
      if (owned != a.key || feature.load(s, a.key, a.data, e)) continue;
      e.push_back(Save{damaged_key(a.key), a.data});
      add_notice(s, "error", std::string(feature.damaged_notice));
    }
  }
}

void handle(AppState& s, const DismissNotice& a, Effects&) {
  std::erase_if(s.notices, [&](const Notice& n) { return static_cast<int64_t>(n.id) == a.id; });
}

void handle(AppState& s, const SetOnline& a, Effects& e) {
  const bool back_online = a.online && !s.online;
  s.online = a.online;
  if (!back_online) return;
  for (const Feature& feature : features()) {
    if (feature.on_online) feature.on_online(s, e);
  }
}

void handle(AppState& s, const UpdateAvailable&, Effects&) {
  s.update_available = true;
}

void handle(AppState& s, const ShowNotice& a, Effects&) {
  if (a.message.empty() || (a.kind != "info" && a.kind != "success" && a.kind != "error")) return;
  add_notice(s, a.kind, a.message, a.params.is_object() ? a.params : nlohmann::json::object());
  // A one-time code stays as long as it is valid, not the few seconds of a notice.
  if (a.ttl_ms && *a.ttl_ms > 0 && *a.ttl_ms <= kCodeLifetimeMs) s.notices.back().expires_ms = s.now_ms + *a.ttl_ms;
}

void handle(AppState& s, const Tick&, Effects& e) {
  for (const Feature& feature : features()) {
    if (feature.on_tick) feature.on_tick(s, e);
  }
}

namespace {

// What works without signing in: reading the catalog and help, the display
// settings, and the sign-in itself. Everything else touches personal data.
bool allowed_signed_out(std::string_view type) {
  static const std::set<std::string, std::less<>> open = {"navigate",
                                                          "set_language",
                                                          "set_text_size",
                                                          "set_high_contrast",
                                                          "save_profile",
                                                          "saved",
                                                          "save_failed",
                                                          "loaded",
                                                          "dismiss_notice",
                                                          "set_online",
                                                          "update_available",
                                                          "show_notice",
                                                          "tick",
                                                          "catalog_search",
                                                          "catalog_filter",
                                                          "open_service",
                                                          "close_journey",
                                                          "apply_filter",
                                                          "register_submit",
                                                          "access_recovery_request",
                                                          "register_confirm",
                                                          "register_resend",
                                                          "register_back",
                                                          "sign_in",
                                                          "second_factor",
                                                          "second_factor_send_code",
                                                          "code_sign_in_request",
                                                          "code_sign_in_confirm",
                                                          "password_reset_request",
                                                          "password_reset_confirm",
                                                          "password_reset_set",
                                                          "code_access_back",
                                                          "code_access_resend",
                                                          "code_access_state",
                                                          "password_changed",
                                                          "password_change_failed",
                                                          "vault_opened",
                                                          "vault_failed",
                                                          "sign_out",
                                                          "stay_signed_in",
                                                          "set_applications_tab",
                                                          "restore_backup",
                                                          "attach_file"};
  return open.contains(type);
}

}  // namespace

void add_notice(AppState& s, std::string kind, std::string key, nlohmann::json params) {
  s.notices.push_back({s.next_notice_id++, std::move(kind), std::move(key), std::move(params), s.now_ms + kNoticeMs});
}

namespace {

// The action's inputs enter the state for its handlers and leave with it.
struct InputsInState {
  AppState& state;
  InputsInState(AppState& s, const Inputs& inputs) : state(s) {
    state.now_ms = inputs.now_ms;
    state.entropy = {inputs.seed, 0};
  }
  ~InputsInState() { sodium_memzero(state.entropy.seed.data(), state.entropy.seed.size()); }
};

}  // namespace

namespace {

// The handler `handle` of an action named `type`, behind the kernel's gate.
template <typename Handle>
UpdateResult gated(AppState& state, std::string_view type, const Inputs& inputs, Handle handle) {
  const int64_t now_ms = inputs.now_ms;
  const InputsInState in(state, inputs);
  if (state.account.phase != AccountPhase::signed_in && !allowed_signed_out(type)) {
    std::erase_if(state.notices, [](const Notice& n) { return n.message_key == "auth.sign_in_required"; });
    add_notice(state, "error", "auth.sign_in_required");
    ++state.revision;
    return {};
  }
  if (is_citizen_action(type)) {
    state.account.last_activity_ms = now_ms;
    state.account.idle_warning = false;
    // A notice goes at the citizen's first action after its time, never on a
    // timer: the page does not move under a finger about to tap, and a slow
    // reader (or one who stepped away) still finds it (WCAG 2.2.1).
    std::erase_if(state.notices, [&](const Notice& n) { return n.expires_ms <= now_ms; });
  }
  UpdateResult result;
  handle(result.effects);
  flush_notifications(state, result.effects);
  // Every handled action may have changed what is drawn: the screens redraw on a new revision.
  ++state.revision;
  return result;
}

}  // namespace

UpdateResult update(AppState& state, const Command& command, const Inputs& inputs) {
  return gated(state, command_type(command), inputs, [&](Effects& effects) {
    std::visit([&](const auto& typed) { handle(state, typed, effects); }, command);
  });
}

UpdateResult update(AppState& state, const Action& action, const Inputs& inputs) {
  std::string error;
  const nlohmann::json args = action.args.is_null() ? nlohmann::json::object() : action.args;
  if (auto command = decode_command(action.type, args, error)) return update(state, *command, inputs);
  if (!error.empty()) return {.known = true, .effects = {}, .error = error};  // refused at the edge, loudly
  return {.known = false, .effects = {}, .error = "unknown action type \"" + action.type + "\""};
}

UpdateResult update(AppState& state, const Answer& answer, const Inputs& inputs) {
  const InputsInState in(state, inputs);
  UpdateResult result;
  const uint64_t epoch = std::visit([](const auto& a) { return a.epoch; }, answer);
  if (epoch != state.epoch) return result;  // asked for by a citizen since signed out
  std::visit([&](const auto& a) { on_answer(state, a, result.effects); }, answer);
  flush_notifications(state, result.effects);
  ++state.revision;
  return result;
}

std::optional<int64_t> next_deadline(const AppState& state) {
  std::optional<int64_t> next;
  for (const Feature& feature : features()) {
    if (!feature.next_deadline) continue;
    const std::optional<int64_t> due = feature.next_deadline(state);
    if (due && (!next || *due < *next)) next = due;
  }
  return next;
}

bool action_known(std::string_view type) {
  const std::vector<std::string_view>& typed = command_types();
  return std::find(typed.begin(), typed.end(), type) != typed.end();
}

std::vector<std::string> action_types() {
  std::vector<std::string> types;
  for (std::string_view type : command_types()) types.emplace_back(type);
  std::sort(types.begin(), types.end());
  return types;
}

}  // namespace cabinet::app
