#include "ids/messages.hpp"

namespace cabinet::ids {

std::string message_key(const i18n::Catalog& catalog, const Result& result) {
  std::string key = result.message_key();
  if (catalog.has(key)) return key;
  return "ids.common." + std::string(code_name(result.code));
}

std::string message(const i18n::Catalog& catalog, const Result& result) {
  if (result.ok()) return {};
  return catalog.tr(message_key(catalog, result), result.params.is_object() ? result.params : nlohmann::json::object());
}

}  // namespace cabinet::ids
