#pragma once
// The kernel's own actions (typed_action.hpp): navigation, the display
// settings, notices, and what the platform reports (storage, connectivity,
// time, a new version). Handled in kernel/update.cpp.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// Shows a section (section_id in state.hpp).
struct Navigate {
  static constexpr std::string_view type = "navigate";
  std::string section;
  static constexpr auto args() { return std::array{arg<&Navigate::section>("section")}; }
};

struct SetLanguage {
  static constexpr std::string_view type = "set_language";
  std::string language;
  static constexpr auto args() { return std::array{arg<&SetLanguage::language>("language")}; }
};

struct SetTextSize {
  static constexpr std::string_view type = "set_text_size";
  int64_t percent = 100;
  static constexpr auto args() { return std::array{arg<&SetTextSize::percent>("percent")}; }
};

struct SetHighContrast {
  static constexpr std::string_view type = "set_high_contrast";
  bool on = false;
  static constexpr auto args() { return std::array{arg<&SetHighContrast::on>("on")}; }
};

// Профиль: the name the app greets the citizen with (kept on the device).
struct SaveDisplayName {
  static constexpr std::string_view type = "save_profile";
  std::string display_name;
  static constexpr auto args() { return std::array{arg<&SaveDisplayName::display_name>("display_name")}; }
};

// Platform: `key` is safely stored.
struct StorageSaved {
  static constexpr std::string_view type = "saved";
  std::optional<std::string> key;
  static constexpr auto args() { return std::array{arg<&StorageSaved::key>("key")}; }
};

// Platform: storing `key` failed; `reason_key` (errors.*) says why to the citizen, `detail` to support.
struct StorageSaveFailed {
  static constexpr std::string_view type = "save_failed";
  std::optional<std::string> key, reason_key, detail;
  static constexpr auto args() {
    return std::array{arg<&StorageSaveFailed::key>("key"), arg<&StorageSaveFailed::reason_key>("reason_key"),
                      arg<&StorageSaveFailed::detail>("detail")};
  }
};

// Platform: a stored document read at start (or when the vault opened).
struct StorageLoaded {
  static constexpr std::string_view type = "loaded";
  std::string key, data;
  static constexpr auto args() {
    return std::array{arg<&StorageLoaded::key>("key"), arg<&StorageLoaded::data>("data")};
  }
};

struct DismissNotice {
  static constexpr std::string_view type = "dismiss_notice";
  int64_t id = 0;
  static constexpr auto args() { return std::array{arg<&DismissNotice::id>("id")}; }
};

// Platform: connectivity changed.
struct SetOnline {
  static constexpr std::string_view type = "set_online";
  bool online = true;
  static constexpr auto args() { return std::array{arg<&SetOnline::online>("online")}; }
};

// Platform: a new version is installed and waits.
struct UpdateAvailable {
  static constexpr std::string_view type = "update_available";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// A notice: `kind` info | success | error, `message` a catalog key filled from `params`
// (an object); `ttl_ms` keeps it up to a one-time code's lifetime.
struct ShowNotice {
  static constexpr std::string_view type = "show_notice";
  std::string kind, message;
  nlohmann::json params;
  std::optional<int64_t> ttl_ms;
  static constexpr auto args() {
    return std::array{arg<&ShowNotice::kind>("kind"), arg<&ShowNotice::message>("message"),
                      arg<&ShowNotice::params>("params"), arg<&ShowNotice::ttl_ms>("ttl_ms")};
  }
};

// Time passed (a deadline of the state was reached).
struct Tick {
  static constexpr std::string_view type = "tick";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

using KernelActions =
    std::variant<Navigate, SetLanguage, SetTextSize, SetHighContrast, SaveDisplayName, StorageSaved, StorageSaveFailed,
                 StorageLoaded, DismissNotice, SetOnline, UpdateAvailable, ShowNotice, Tick>;

}  // namespace cabinet::app
