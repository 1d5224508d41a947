// allOf, anyOf, oneOf, not, if/then/else.
#include "forms/evaluator.hpp"

namespace cabinet::forms::detail {
namespace {

using nlohmann::json;

bool quietly(Scope& scope, const json& schema, const json& instance, const std::string& path) {
  Scope quiet = scope.quiet();
  return evaluate(quiet, schema, instance, path);
}

bool check_if(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  const json* condition = scope.at(Kw::kIf);
  if (!condition) return true;
  const bool holds = quietly(scope, *condition, instance, path);
  const char* branch_name = holds ? "then" : "else";
  const json* branch = scope.at(holds ? Kw::kThen : Kw::kElse);
  if (!branch || evaluate(scope, *branch, instance, path)) return true;
  scope.report(path, "if", {{"failing", branch_name}});
  return false;
}

}  // namespace

bool check_combinators(Scope& scope, [[maybe_unused]] const json& schema, const json& instance,
                       const std::string& path) {
  bool ok = true;
  if (const json* all = scope.at(Kw::kAllOf); all && all->is_array()) {
    for (const json& branch : *all) {
      if (evaluate(scope, branch, instance, path)) continue;
      ok = false;
      if (!scope.collecting()) return false;
    }
  }
  if (const json* any = scope.at(Kw::kAnyOf); any && any->is_array()) {
    bool matched = false;
    for (const json& branch : *any) {
      if ((matched = quietly(scope, branch, instance, path))) break;
    }
    if (!matched) {
      scope.report(path, "anyOf");
      ok = false;
      if (!scope.collecting()) return false;
    }
  }
  if (const json* one = scope.at(Kw::kOneOf); one && one->is_array()) {
    json passing = json::array();
    for (size_t i = 0; i < one->size() && passing.size() < 2; ++i) {
      if (quietly(scope, (*one)[i], instance, path)) passing.push_back(i);
    }
    if (passing.size() != 1) {
      scope.report(path, "oneOf", {{"passing", passing}});
      ok = false;
      if (!scope.collecting()) return false;
    }
  }
  if (const json* negated = scope.at(Kw::kNot); negated && quietly(scope, *negated, instance, path)) {
    scope.report(path, "not");
    ok = false;
    if (!scope.collecting()) return false;
  }
  return check_if(scope, schema, instance, path) && ok;
}

}  // namespace cabinet::forms::detail
