#pragma once
// The account's actions (typed_action.hpp): registration, sign-in, the code
// access, Безопасность, Личные данные; handled in the account folder's files.
#include <array>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// «Выйти»: closes the vault and forgets everything personal.
struct SignOut {
  static constexpr std::string_view type = "sign_out";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Продолжить работу» in the idle warning.
struct StaySignedIn {
  static constexpr std::string_view type = "stay_signed_in";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

using AccountActions = std::variant<SignOut, StaySignedIn>;

}  // namespace cabinet::app
