#pragma once
// «Материнский капитал»'s actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// The journal's filters (only those given change; "" shows all) and `refresh`:
// «Получить сведения» again from the fund.
struct CapitalView {
  static constexpr std::string_view type = "capital_view";
  std::optional<std::string> kind, status, year;
  std::optional<bool> refresh;
  static constexpr auto args() {
    return std::array{arg<&CapitalView::kind>("kind"), arg<&CapitalView::status>("status"),
                      arg<&CapitalView::year>("year"), arg<&CapitalView::refresh>("refresh")};
  }
};

using CapitalActions = std::variant<CapitalView>;

}  // namespace cabinet::app
