#include "forms/messages.hpp"

namespace cabinet::forms {
namespace {

using nlohmann::json;

std::string plain(const i18n::Catalog& catalog, const std::string& keyword, const json& value) {
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    if (keyword == "type" && catalog.has("forms.types." + text)) return catalog.tr("forms.types." + text);
    return text;
  }
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Params with arrays joined, so "{expected}" reads "строка или пустое значение".
json message_params(const i18n::Catalog& catalog, const ValidationError& error) {
  json params = json::object();
  if (!error.params.is_object()) return params;
  const std::string separator = error.keyword == "type" ? catalog.tr("forms.words.or") : ", ";
  for (auto it = error.params.begin(); it != error.params.end(); ++it) {
    const json& value = it.value();
    if (value.is_array()) {
      std::string joined;
      for (size_t i = 0; i < value.size(); ++i) joined += (i ? separator : "") + plain(catalog, error.keyword, value[i]);
      params[it.key()] = joined;
    } else if (value.is_string() || value.is_number()) {
      params[it.key()] = error.keyword == "type" ? json(plain(catalog, error.keyword, value)) : value;
    } else {
      params[it.key()] = value.dump(-1, ' ', false, json::error_handler_t::replace);
    }
  }
  return params;
}

std::string param_text(const json& params, const char* name) {
  auto it = params.is_object() ? params.find(name) : params.end();
  return it != params.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string message_key(const i18n::Catalog& catalog, const ValidationError& error) {
  std::string keyword = error.keyword;
  if (!keyword.empty() && keyword.front() == '$') keyword.erase(0, 1);
  const std::string kind = param_text(error.params, "kind");
  const std::string code = param_text(error.params, "code");
  if (error.keyword == "format" && !kind.empty() && !code.empty()) {
    if (catalog.has("ids." + kind + "." + code)) return "ids." + kind + "." + code;
    if (catalog.has("ids.common." + code)) return "ids.common." + code;
  }
  if (error.keyword == "format") {
    const std::string key = "forms.errors.format_" + param_text(error.params, "format");
    if (catalog.has(key)) return key;
  }
  if (const std::string reason = param_text(error.params, "reason"); !reason.empty()) {
    const std::string key = "forms.errors." + keyword + "_" + reason;
    if (catalog.has(key)) return key;
  }
  return "forms.errors." + keyword;
}

std::string message(const i18n::Catalog& catalog, const ValidationError& error) {
  return catalog.tr(message_key(catalog, error), message_params(catalog, error));
}

}  // namespace cabinet::forms
