#include "forms/evaluator.hpp"

#include <cmath>

#include "forms/uri.hpp"

namespace cabinet::forms::detail {
namespace {

using nlohmann::json;

const char* type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "boolean";
    case json::value_t::object:
      return "object";
    case json::value_t::array:
      return "array";
    case json::value_t::string:
      return "string";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "integer";
    case json::value_t::number_float: {
      const double number = value.get<double>();
      return std::isfinite(number) && std::floor(number) == number ? "integer" : "number";
    }
    default:
      return "unknown";
  }
}

bool has_type(const json& value, const std::string& type) {
  return type == type_name(value) || (type == "number" && value.is_number());
}

bool check_ref(Scope& scope, const json& ref, const json& instance, const std::string& path) {
  if (!ref.is_string()) return true;
  const std::string text = ref.get<std::string>();
  const auto target = scope.index->resolve(scope.base, text);
  if (!target) {
    scope.report(path, "$ref", {{"ref", text}, {"reason", "unresolved"}});
    return false;
  }
  const std::string saved = scope.base;
  scope.base = target->base;
  const bool ok = evaluate(scope, *target->schema, instance, path);
  scope.base = saved;
  return ok;
}

}  // namespace

std::string Scope::child(const std::string& path, std::string_view token) const {
  return collecting() ? append_pointer(path, token) : std::string();
}

std::string Scope::child(const std::string& path, size_t index) const {
  return collecting() ? path + "/" + std::to_string(index) : std::string();
}

long long count_limit(const json* value) {
  if (!value || !value->is_number()) return -1;
  if (value->is_number_unsigned())
    return static_cast<long long>(std::min<uint64_t>(value->get<uint64_t>(), 1ULL << 62));
  if (value->is_number_integer()) return std::max<long long>(value->get<int64_t>(), -1);
  const double number = value->get<double>();
  if (!(number >= 0) || std::floor(number) != number) return -1;
  return number > 4e18 ? (1LL << 62) : static_cast<long long>(number);
}

bool check_any_type(Scope& scope, [[maybe_unused]] const json& schema, const json& instance, const std::string& path) {
  bool ok = true;
  if (const json* type = scope.at(Kw::kType)) {
    bool matches = false;
    if (type->is_string()) {
      matches = has_type(instance, type->get_ref<const std::string&>());
    } else if (type->is_array()) {
      for (const json& item : *type)
        matches = matches || (item.is_string() && has_type(instance, item.get_ref<const std::string&>()));
    } else {
      matches = true;
    }
    if (!matches) {
      if (!scope.collecting()) return false;
      json expected = json::array();
      if (type->is_string()) expected.push_back(*type);
      if (type->is_array()) {
        for (const json& item : *type) {
          if (item.is_string()) expected.push_back(item);
        }
      }
      scope.report(path, "type", {{"expected", expected}, {"actual", type_name(instance)}});
      ok = false;
    }
  }
  if (const json* allowed = scope.at(Kw::kEnum); allowed && allowed->is_array()) {
    bool found = false;
    for (const json& item : *allowed) found = found || item == instance;
    if (!found) {
      if (!scope.collecting()) return false;
      scope.report(path, "enum", {{"allowed", *allowed}});
      ok = false;
    }
  }
  if (const json* constant = scope.at(Kw::kConst); constant && !(*constant == instance)) {
    if (scope.collecting()) scope.report(path, "const", {{"expected", *constant}});
    ok = false;
  }
  return ok;
}

bool evaluate(Scope& scope, const json& schema, const json& instance, const std::string& path) {
  if (schema.is_boolean()) {
    if (schema.get<bool>()) return true;
    scope.report(path, "false");
    return false;
  }
  if (!schema.is_object()) return true;
  const Keywords& keywords = scope.index->keywords(schema);
  if (scope.depth >= scope.options->max_depth) {
    const json* ref = keywords[Kw::kRef];
    scope.report(path, "$ref", {{"ref", ref && ref->is_string() ? *ref : json()}, {"reason", "depth"}});
    return false;
  }
  // The caller's keywords come back on every way out (children replace them).
  struct Restore {
    Scope& scope;
    const Keywords* keywords;
    ~Restore() {
      scope.kw = keywords;
      --scope.depth;
    }
  } restore{scope, scope.kw};
  scope.kw = &keywords;
  ++scope.depth;
  // draft-07: "$ref" overrides every sibling keyword.
  if (const json* ref = keywords[Kw::kRef]) return check_ref(scope, *ref, instance, path);
  // Only a "$id" changes the base URI; most schemas keep it (no copy then).
  std::string saved;
  const json* id = keywords[Kw::kId];
  const bool rebased = id && id->is_string();
  if (rebased) {
    saved = scope.base;
    scope.base = scope.index->base_of(&schema, saved);
  }
  using Group = bool (*)(Scope&, const json&, const json&, const std::string&);
  static constexpr Group kGroups[] = {check_any_type, check_number, check_string,
                                      check_array,    check_object, check_combinators};
  bool ok = true;
  for (Group group : kGroups) {
    if (!group(scope, schema, instance, path)) {
      ok = false;
      if (!scope.collecting()) break;
    }
  }
  if (rebased) scope.base = std::move(saved);
  return ok;
}

}  // namespace cabinet::forms::detail
