#pragma once
// Услуги and Заявления's actions (typed_action.hpp): the catalog, the journey
// through a form, drafts, attachments and the applications' tracking.
#include <array>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// Leaves the open form or start page for the catalog (the draft stays).
struct CloseJourney {
  static constexpr std::string_view type = "close_journey";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

using FormsActions = std::variant<CloseJourney>;

}  // namespace cabinet::app
