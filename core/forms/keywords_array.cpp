// items, additionalItems, maxItems, minItems, uniqueItems, contains.
#include "forms/evaluator.hpp"
#include "forms/uri.hpp"

namespace cabinet::forms::detail {
namespace {

using nlohmann::json;

bool check_items(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  const json* items = scope.at(Kw::kItems);
  if (!items) return true;
  bool ok = true;
  if (!items->is_array()) {
    for (size_t i = 0; i < instance.size(); ++i) {
      if (evaluate(scope, *items, instance[i], scope.child(path, i))) continue;
      ok = false;
      if (!scope.collecting()) return false;
    }
    return ok;
  }
  for (size_t i = 0; i < instance.size() && i < items->size(); ++i) {
    if (evaluate(scope, (*items)[i], instance[i], scope.child(path, i))) continue;
    ok = false;
    if (!scope.collecting()) return false;
  }
  const json* additional = scope.at(Kw::kAdditionalItems);
  if (!additional || instance.size() <= items->size()) return ok;
  if (additional->is_boolean() && !additional->get<bool>()) {
    scope.report(path, "additionalItems", {{"limit", items->size()}});
    return false;
  }
  for (size_t i = items->size(); i < instance.size(); ++i) {
    if (evaluate(scope, *additional, instance[i], scope.child(path, i))) continue;
    ok = false;
    if (!scope.collecting()) return false;
  }
  return ok;
}

bool check_unique(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  const json* unique = scope.at(Kw::kUniqueItems);
  if (!unique || !unique->is_boolean() || !unique->get<bool>()) return true;
  for (size_t i = 0; i < instance.size(); ++i) {
    for (size_t j = i + 1; j < instance.size(); ++j) {
      if (!(instance[i] == instance[j])) continue;  // numbers compare by value: 1 == 1.0
      scope.report(path, "uniqueItems", {{"first", i}, {"second", j}});
      return false;
    }
  }
  return true;
}

}  // namespace

bool check_array(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  if (!instance.is_array()) return true;
  bool ok = check_items(scope, schema, instance, path);
  if (!ok && !scope.collecting()) return false;
  const auto size = static_cast<long long>(instance.size());
  if (const long long limit = count_limit(scope.at(Kw::kMaxItems)); limit >= 0 && size > limit) {
    scope.report(path, "maxItems", {{"limit", limit}, {"actual", size}});
    ok = false;
  }
  if (const long long limit = count_limit(scope.at(Kw::kMinItems)); limit >= 0 && size < limit) {
    scope.report(path, "minItems", {{"limit", limit}, {"actual", size}});
    ok = false;
  }
  if (!ok && !scope.collecting()) return false;
  if (!check_unique(scope, schema, instance, path)) {
    ok = false;
    if (!scope.collecting()) return false;
  }
  if (const json* contains = scope.at(Kw::kContains)) {
    Scope quiet = scope.quiet();
    bool found = false;
    for (size_t i = 0; i < instance.size() && !found; ++i) found = evaluate(quiet, *contains, instance[i], path);
    if (!found) {
      scope.report(path, "contains");
      ok = false;
    }
  }
  return ok;
}

}  // namespace cabinet::forms::detail
