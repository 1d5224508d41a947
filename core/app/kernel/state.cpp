#include "app/kernel/state.hpp"

#include "app/kernel/feature.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

std::string_view section_id(Section section) {
  switch (section) {
    case Section::home:
      return "home";
    case Section::services:
      return "services";
    case Section::applications:
      return "applications";
    case Section::notifications:
      return "notifications";
    case Section::documents:
      return "documents";
    case Section::appointments:
      return "appointments";
    case Section::consents:
      return "consents";
    case Section::payments:
      return "payments";
    case Section::records:
      return "records";
    case Section::capital:
      return "capital";
    case Section::profile:
      return "profile";
    case Section::help:
      return "help";
    case Section::about:
      return "about";
  }
  return "home";
}

std::optional<Section> section_from_id(std::string_view id) {
  for (Section s : kAllSections) {
    if (section_id(s) == id) return s;
  }
  return std::nullopt;
}

bool section_is_built(Section section) {
  return section == Section::home || section == Section::profile || section == Section::services ||
         section == Section::applications || section == Section::help || section == Section::consents ||
         section == Section::notifications || section == Section::documents || section == Section::appointments ||
         section == Section::payments || section == Section::records || section == Section::capital ||
         section == Section::about;
}

std::string_view account_phase_id(AccountPhase phase) {
  switch (phase) {
    case AccountPhase::none:
      return "none";
    case AccountPhase::signed_out:
      return "signed_out";
    case AccountPhase::second_factor:
      return "second_factor";
    case AccountPhase::new_password:
      return "new_password";
    case AccountPhase::signed_in:
      return "signed_in";
  }
  return "none";
}

std::string_view save_state_id(SaveState state) {
  switch (state) {
    case SaveState::idle:
      return "idle";
    case SaveState::saving:
      return "saving";
    case SaveState::saved:
      return "saved";
    case SaveState::failed:
      return "failed";
  }
  return "idle";
}

const FieldError* find_error(const AppState& state, std::string_view field) {
  for (const FieldError& e : state.errors) {
    if (e.field == field) return &e;
  }
  return nullptr;
}

nlohmann::json account_summary(const AppState& state) {
  const AccountState& a = state.account;
  const auto unlock = a.lockout.unlock_at(state.now_ms);
  return {{"phase", account_phase_id(a.phase)},
          {"step", a.step},
          {"error", a.error_key},
          {"locked_until", unlock ? time::format_iso_utc(*unlock) : std::string()},
          {"identity_level", a.identity_level},
          {"two_factor", a.two_factor.enabled},
          {"idle_warning", a.idle_warning},
          {"sessions", a.sessions.size()},
          {"audit_entries", a.audit.size()},
          {"profile", a.profile.to_json()}};  // what the results of services change, for scenarios
}

nlohmann::json summary(const AppState& state) {
  nlohmann::json notices = nlohmann::json::array();
  for (const Notice& n : state.notices) {
    notices.push_back({{"id", n.id},
                       {"kind", n.kind},
                       {"message", n.message_key},
                       {"params", n.params},
                       {"expires", time::format_iso_utc(n.expires_ms)}});
  }
  nlohmann::json errors = nlohmann::json::array();
  for (const FieldError& e : state.errors)
    errors.push_back({{"field", e.field}, {"code", e.code}, {"params", e.params}});
  nlohmann::json out = {{"now", time::format_iso_utc(state.now_ms)},
                        {"section", section_id(state.section)},
                        {"language", state.language},
                        {"display_name", state.display_name},
                        {"text_size", state.text_size_percent},
                        {"high_contrast", state.high_contrast},
                        {"save_state", save_state_id(state.save_state)},
                        {"errors", errors},
                        {"notices", notices},
                        {"online", state.online},
                        {"update_available", state.update_available}};
  for (const Feature& feature : features()) {
    if (feature.summary) out[std::string(feature.name)] = feature.summary(state);
  }
  return out;
}

}  // namespace cabinet::app
