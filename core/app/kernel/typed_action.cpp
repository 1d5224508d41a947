#include "app/kernel/typed_action.hpp"

#include <sodium.h>

namespace cabinet::app::typed_detail {

bool decode_fields(std::string_view type, const nlohmann::json& args, const FieldSpec* fields, size_t count,
                   void* action, std::string& error) {
  const std::string name(type);
  if (!args.is_object()) {
    error = name + ": the arguments must be a JSON object";
    return false;
  }
  for (const auto& item : args.items()) {
    bool known = false;
    for (size_t i = 0; i < count && !known; ++i) known = fields[i].name == item.key();
    if (!known) {
      error = name + ": no argument \"" + item.key() + "\"";
      return false;
    }
  }
  for (size_t i = 0; i < count; ++i) {
    const FieldSpec& field = fields[i];
    const auto it = args.find(std::string(field.name));
    if (it == args.end()) {
      if (!field.required) continue;
      error = name + ": \"" + std::string(field.name) + "\" is missing (" + std::string(field.kind) + ")";
      return false;
    }
    if (!field.read(*it, action)) {
      error = name + ": \"" + std::string(field.name) + "\" must be " + std::string(field.kind);
      return false;
    }
  }
  return true;
}

nlohmann::json encode_fields(const FieldSpec* fields, size_t count, const void* action) {
  nlohmann::json out = nlohmann::json::object();
  for (size_t i = 0; i < count; ++i) fields[i].write(out, fields[i].name, action);
  return out;
}

}  // namespace cabinet::app::typed_detail

namespace cabinet::app {

std::string file_bytes(const nlohmann::json& content, const std::optional<std::string>& content_base64) {
  if (content.is_binary()) return std::string(content.get_binary().begin(), content.get_binary().end());
  if (!content_base64) return {};
  const std::string& text = *content_base64;
  std::string out(text.size() * 3 / 4 + 3, '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), "\n\r ",
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return {};
  out.resize(length);
  return out;
}

}  // namespace cabinet::app
