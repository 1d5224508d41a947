#pragma once
// Сведения's actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// The tab (work, statement); `refresh` asks the fund for the records again.
struct RecordsView {
  static constexpr std::string_view type = "records_view";
  std::optional<std::string> tab;
  std::optional<bool> refresh;
  static constexpr auto args() {
    return std::array{arg<&RecordsView::tab>("tab"), arg<&RecordsView::refresh>("refresh")};
  }
};

// The ИЛС statement for a period typed as ДД.ММ.ГГГГ or YYYY-MM-DD.
struct RecordsStatement {
  static constexpr std::string_view type = "records_statement";
  std::string from, to;
  static constexpr auto args() {
    return std::array{arg<&RecordsStatement::from>("from"), arg<&RecordsStatement::to>("to")};
  }
};

using RecordsActions = std::variant<RecordsView, RecordsStatement>;

}  // namespace cabinet::app
