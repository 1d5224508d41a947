#pragma once
// Согласия's actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// «Отмена» on a consent's form or its withdrawal: nothing is signed.
struct ConsentCancel {
  static constexpr std::string_view type = "consent_cancel";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

using ConsentsActions = std::variant<ConsentCancel>;

}  // namespace cabinet::app
