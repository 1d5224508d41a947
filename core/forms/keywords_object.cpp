// maxProperties, minProperties, required, properties, patternProperties,
// additionalProperties, dependencies, propertyNames.
#include "forms/ecma_regex.hpp"
#include "forms/evaluator.hpp"
#include "forms/uri.hpp"

namespace cabinet::forms::detail {
namespace {

using nlohmann::json;

bool check_counts(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  bool ok = true;
  const auto size = static_cast<long long>(instance.size());
  if (const long long limit = count_limit(scope.at(Kw::kMaxProperties)); limit >= 0 && size > limit) {
    scope.report(path, "maxProperties", {{"limit", limit}, {"actual", size}});
    ok = false;
  }
  if (const long long limit = count_limit(scope.at(Kw::kMinProperties)); limit >= 0 && size < limit) {
    scope.report(path, "minProperties", {{"limit", limit}, {"actual", size}});
    ok = false;
  }
  if (const json* required = scope.at(Kw::kRequired); required && required->is_array()) {
    for (const json& name : *required) {
      if (!name.is_string() || instance.contains(name.get_ref<const std::string&>())) continue;
      if (!scope.collecting()) return false;
      scope.report(path, "required", {{"property", name}});
      ok = false;
    }
  }
  return ok;
}

// properties, patternProperties, additionalProperties: each member once.
bool check_members(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  const json* properties = scope.at(Kw::kProperties);
  const json* patterns = scope.at(Kw::kPatternProperties);
  const json* additional = scope.at(Kw::kAdditionalProperties);
  if (properties && !properties->is_object()) properties = nullptr;
  if (patterns && !patterns->is_object()) patterns = nullptr;
  if (!properties && !patterns && !additional) return true;
  bool ok = true;
  for (auto it = instance.begin(); it != instance.end(); ++it) {
    const std::string& name = it.key();
    const std::string child = scope.child(path, name);
    bool matched = false;
    if (properties) {
      if (auto found = properties->find(name); found != properties->end()) {
        matched = true;
        ok = evaluate(scope, *found, it.value(), child) && ok;
      }
    }
    if (patterns) {
      for (auto pattern = patterns->begin(); pattern != patterns->end(); ++pattern) {
        const std::wregex* regex = scope.index->regexes().get(pattern.key());
        if (!regex || regex_search_utf8(*regex, name) != RegexMatch::kMatch) continue;
        matched = true;
        ok = evaluate(scope, pattern.value(), it.value(), child) && ok;
      }
    }
    if (!matched && additional) {
      if (additional->is_boolean() && !additional->get<bool>()) {
        scope.report(path, "additionalProperties", {{"property", name}});
        ok = false;
      } else {
        ok = evaluate(scope, *additional, it.value(), child) && ok;
      }
    }
    if (!ok && !scope.collecting()) return false;
  }
  return ok;
}

bool check_dependencies(Scope& scope, [[maybe_unused]] const json& schema, const json& instance,
                        const std::string& path) {
  const json* dependencies = scope.at(Kw::kDependencies);
  if (!dependencies || !dependencies->is_object()) return true;
  bool ok = true;
  for (auto it = dependencies->begin(); it != dependencies->end(); ++it) {
    if (!instance.contains(it.key())) continue;
    if (it.value().is_array()) {
      for (const json& name : it.value()) {
        if (!name.is_string() || instance.contains(name.get_ref<const std::string&>())) continue;
        scope.report(path, "dependencies", {{"property", it.key()}, {"missing", name}});
        ok = false;
      }
    } else {
      ok = evaluate(scope, it.value(), instance, path) && ok;
    }
    if (!ok && !scope.collecting()) return false;
  }
  return ok;
}

bool check_names(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  const json* names = scope.at(Kw::kPropertyNames);
  if (!names) return true;
  Scope quiet = scope.quiet();
  bool ok = true;
  for (auto it = instance.begin(); it != instance.end(); ++it) {
    if (evaluate(quiet, *names, json(it.key()), path)) continue;
    scope.report(path, "propertyNames", {{"property", it.key()}});
    ok = false;
    if (!scope.collecting()) return false;
  }
  return ok;
}

}  // namespace

bool check_object(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  if (!instance.is_object()) return true;
  bool ok = true;
  using Group = bool (*)(Scope&, const json&, const json&, const std::string&);
  static constexpr Group kGroups[] = {check_counts, check_members, check_dependencies, check_names};
  for (Group group : kGroups) {
    if (group(scope, schema, instance, path)) continue;
    ok = false;
    if (!scope.collecting()) return false;
  }
  return ok;
}

}  // namespace cabinet::forms::detail
