#pragma once
// AppState: everything the screens draw. Changed only by update() (update.hpp).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/account/state.hpp"
#include "app/appointments/state.hpp"
#include "app/capital/state.hpp"
#include "app/consents/state.hpp"
#include "app/documents/state.hpp"
#include "app/forms/state.hpp"
#include "app/kernel/random.hpp"
#include "app/notifications/state.hpp"
#include "app/payments/state.hpp"
#include "app/records/state.hpp"

namespace cabinet::app {

enum class Section {
  home,
  services,
  applications,
  notifications,
  documents,
  appointments,
  consents,
  payments,
  records,
  capital,
  profile,
  help,
  about  // «О сервисе»: what this build is; a link under the navigation, not one of its sections
};

inline constexpr std::array<Section, 13> kAllSections = {
    Section::home,      Section::services,     Section::applications, Section::notifications,
    Section::documents, Section::appointments, Section::consents,     Section::payments,
    Section::records,   Section::capital,      Section::profile,      Section::help,
    Section::about};

std::string_view section_id(Section section);  // "home", "services", ...
std::optional<Section> section_from_id(std::string_view id);
// Sections whose screens exist; the others honestly say «Раздел в разработке».
bool section_is_built(Section section);

enum class SaveState { idle, saving, saved, failed };
std::string_view save_state_id(SaveState state);

// A short message shown at the top of the screen; it goes at the citizen's
// first action after `expires_ms` (never on a timer: the page must not move
// under a finger, and a slow reader still finds it).
struct Notice {
  uint64_t id = 0;
  std::string kind;         // "info", "success", "error"
  std::string message_key;  // catalog key
  nlohmann::json params = nlohmann::json::object();
  int64_t expires_ms = 0;
};

// A validation error of a field: messages come from the catalog ("errors.<code>").
struct FieldError {
  std::string field;
  std::string code;
  nlohmann::json params = nlohmann::json::object();
};

struct AppState {
  int64_t now_ms = 0;
  uint64_t revision = 0;  // bumped by every action that changed something
  Section section = Section::home;
  std::string language = "ru";
  std::string display_name;
  int text_size_percent = 100;  // 100, 125, 150 or 200
  bool high_contrast = false;
  SaveState save_state = SaveState::idle;
  std::string save_error_key;
  std::vector<FieldError> errors;
  std::vector<Notice> notices;
  uint64_t next_notice_id = 1;
  bool online = true;
  bool update_available = false;
  AccountState account;
  FormsState forms;
  ConsentsState consents;
  NotificationsState notifications;
  DocumentsState documents;
  AppointmentsState appointments;
  PaymentsState payments;
  RecordsState records;
  CapitalState capital;
  // Bumped when the citizen's data is forgotten (sign-out): answers of the
  // fund's gateways asked for before carry an older epoch and are dropped.
  uint64_t epoch = 0;
  // This action's entropy (random.hpp); not part of the summary, wiped after each action.
  Entropy entropy;
};

inline constexpr int kTextSizes[] = {100, 125, 150, 200};

const FieldError* find_error(const AppState& state, std::string_view field);

// The account part of summary(): phase, lock, identity level (never secrets).
nlohmann::json account_summary(const AppState& state);
// The state as JSON, for scenarios, the CLI and tests.
nlohmann::json summary(const AppState& state);

}  // namespace cabinet::app
