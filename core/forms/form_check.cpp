#include "forms/form_check.hpp"

#include <algorithm>
#include <set>

#include "ids/ids.hpp"

namespace cabinet::forms {

namespace {

using json = nlohmann::json;

std::string string_at(const json& object, const std::string& name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool is_empty_value(const json& value) {
  return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty()) ||
         (value.is_array() && value.empty());
}

json clean_value(const json& value) {
  if (value.is_object()) {
    json out = json::object();
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (!is_empty_value(*it)) out[it.key()] = clean_value(*it);
    }
    return out;
  }
  if (value.is_array()) {
    json out = json::array();
    for (const json& item : value) out.push_back(clean_value(item));
    return out;
  }
  return value;
}

void check_account(const json& check, const json& data, std::vector<ValidationError>& out) {
  const std::string account_field = string_at(check, "account");
  const std::string account = string_at(data, account_field);
  const std::string bik = string_at(data, string_at(check, "bik"));
  if (account.empty() || bik.empty() || !ids::check_bik(bik).ok()) return;
  const bool correspondent = string_at(check, "type") == "correspondent";
  const ids::Result result = correspondent ? ids::check_corr_account(account, bik) : ids::check_account(account, bik);
  if (result.ok()) return;
  json params = result.params.is_object() ? result.params : json::object();
  params["kind"] = correspondent ? "corr_account" : "account";
  params["code"] = std::string(ids::code_name(result.code));
  params["format"] = "account";
  out.push_back({"/" + account_field, "format", params});
}

void check_date_order(const json& check, const json& data, std::vector<ValidationError>& out) {
  const std::string from = string_at(check, "from");
  const std::string to = string_at(check, "to");
  const auto compare = [&](const json& object, const std::string& prefix) {
    const std::string a = string_at(object, from);
    const std::string b = string_at(object, to);
    // ISO dates compare as text; only well-formed pairs are compared.
    if (a.size() == 10 && b.size() == 10 && b < a) out.push_back({prefix + "/" + to, "date_order", {{"from", a}}});
  };
  const std::string group = string_at(check, "group");
  if (group.empty()) {
    compare(data, "");
    return;
  }
  auto items = data.find(group);
  if (items == data.end() || !items->is_array()) return;
  for (size_t i = 0; i < items->size(); ++i) {
    if ((*items)[i].is_object()) compare((*items)[i], "/" + group + "/" + std::to_string(i));
  }
}

void check_limit(const json& check, const json& data, const json& profile, std::vector<ValidationError>& out) {
  const std::string field = string_at(check, "field");
  std::string source = string_at(check, "source");
  if (source.starts_with("profile.")) source = source.substr(8);
  auto value = data.find(field);
  auto limit = profile.is_object() ? profile.find(source) : profile.end();
  if (value == data.end() || !value->is_number_integer()) return;
  if (!profile.is_object() || limit == profile.end() || !limit->is_number_integer()) {
    out.push_back({"/" + field, "limit_unknown", {{"source", source}}});
    return;
  }
  if (value->get<int64_t>() > limit->get<int64_t>())
    out.push_back({"/" + field, "not_above_profile", {{"limit", limit->get<int64_t>()}, {"source", source}}});
}

std::vector<ValidationError> cross_field_errors(const FormDefinition& form, const json& data, const json& profile) {
  std::vector<ValidationError> out;
  for (const json& check : form.checks) {
    const std::string kind = string_at(check, "kind");
    if (kind == "account_matches_bik") check_account(check, data, out);
    if (kind == "date_order") check_date_order(check, data, out);
    if (kind == "not_above_profile") check_limit(check, data, profile, out);
  }
  return out;
}

}  // namespace

std::string top_property(const std::string& instance_path) {
  if (instance_path.size() < 2 || instance_path[0] != '/') return "";
  const size_t end = instance_path.find('/', 1);
  std::string name = instance_path.substr(1, end == std::string::npos ? std::string::npos : end - 1);
  // JSON Pointer escapes (RFC 6901).
  for (size_t at = name.find('~'); at != std::string::npos && at + 1 < name.size(); at = name.find('~', at + 1))
    name.replace(at, 2, name[at + 1] == '1' ? "/" : "~");
  return name;
}

json clean_data(const FormDefinition& form, const json& data) {
  json out = json::object();
  if (!data.is_object()) return out;
  for (auto it = data.begin(); it != data.end(); ++it) {
    if (is_empty_value(*it) || !is_visible(form, it.key(), data)) continue;
    out[it.key()] = clean_value(*it);
  }
  return out;
}

std::vector<ValidationError> check_form(const RegisteredForm& form, const json& raw, const json& profile) {
  const json data = clean_data(form.definition, raw);
  std::vector<ValidationError> found = form.validator.validate(data);
  for (ValidationError& error : cross_field_errors(form.definition, data, profile)) found.push_back(std::move(error));
  std::vector<ValidationError> out;
  std::set<std::string> seen;
  for (ValidationError& error : found) {
    if (error.keyword == "required" && error.params.contains("property") && error.params["property"].is_string())
      error.instance_path += "/" + error.params["property"].get<std::string>();
    // A failing if/then/else, allOf or anyOf at the root is already explained by
    // the errors under it; a field is what the citizen can correct.
    if (top_property(error.instance_path).empty()) continue;
    if (seen.insert(error.instance_path).second) out.push_back(std::move(error));
  }
  const auto order = [&](const ValidationError& error) { return form.definition.step_of(top_property(error.instance_path)); };
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return order(a) < order(b); });
  return out;
}

std::vector<ValidationError> check_step(const RegisteredForm& form, const json& data, size_t step, const json& profile) {
  std::vector<ValidationError> all = check_form(form, data, profile);
  std::erase_if(all, [&](const ValidationError& error) {
    return form.definition.step_of(top_property(error.instance_path)) != static_cast<int>(step);
  });
  return all;
}

json prefill(const FormDefinition& form, const json& profile) {
  json out = json::object();
  if (!profile.is_object()) return out;
  for (const Step& step : form.steps) {
    for (const Field& field : step.fields) {
      if (!field.prefill.starts_with("profile.")) continue;
      auto value = profile.find(field.prefill.substr(8));
      if (value != profile.end() && !is_empty_value(*value)) out[field.name] = *value;
    }
  }
  return out;
}

}  // namespace cabinet::forms
