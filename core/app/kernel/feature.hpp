#pragma once
// One list of features (features.cpp): what each keeps in the vault and the
// hooks the kernel calls, so central code loops instead of naming features.
// Adding a feature = its files, and one line in that list (core/app/README.md).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/kernel/effect.hpp"
#include "app/kernel/state.hpp"

namespace cabinet::app {

// What a feature forgets at sign-out. It has no default, so a feature listed
// without one does not compile: forgetting it would show one citizen's data
// to the next person who signs in on a shared device.
struct Forget {
  using Fn = void (*)(AppState&);
  // Implicit from a function or a captureless lambda, for the list's designated initializers.
  template <typename F>
  constexpr Forget(F forget) : fn(forget) {}
  Fn fn;
};

struct Feature {
  std::string_view name;  // its key in summary()
  Forget forget;
  // The vault documents it owns, read in the list's order after the vault opens.
  std::vector<std::string_view> keys = {};
  // Reads one of them; false when damaged: the kernel keeps the bytes aside as
  // "<stem>.damaged.json" and shows `damaged_notice`.
  bool (*load)(AppState&, std::string_view key, const std::string& text, Effects&) = nullptr;
  std::string_view damaged_notice = {};
  void (*on_section)(AppState&, Section, Effects&) = nullptr;  // the citizen opened a section
  void (*on_online)(AppState&, Effects&) = nullptr;            // the connection came back
  void (*on_tick)(AppState&, Effects&) = nullptr;              // time passed (a deadline)
  std::optional<int64_t> (*next_deadline)(const AppState&) = nullptr;
  nlohmann::json (*summary)(const AppState&) = nullptr;
};

const std::vector<Feature>& features();

// Every vault document of the features, in the list's order.
std::vector<std::string_view> feature_keys();

}  // namespace cabinet::app
