#include "app/kernel/json_pointer.hpp"

#include <charconv>

namespace cabinet::app {

namespace {

bool index_of(const std::string& token, size_t& index) {
  if (token.empty() || token.size() > 6 || (token.size() > 1 && token[0] == '0')) return false;
  auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
  return error == std::errc() && end == token.data() + token.size();
}

bool removes(const nlohmann::json& value) {
  return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty()) ||
         (value.is_array() && value.empty());
}

}  // namespace

bool split_pointer(std::string_view pointer, std::vector<std::string>& tokens) {
  tokens.clear();
  if (pointer.empty() || pointer[0] != '/') return false;
  std::string token;
  for (size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(token);
      token.clear();
    } else if (pointer[i] == '~') {
      if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return false;
      token += pointer[++i] == '0' ? '~' : '/';
    } else {
      token += pointer[i];
    }
  }
  for (const std::string& t : tokens) {
    if (t.empty()) return false;
  }
  return true;
}

bool set_at_pointer(nlohmann::json& root, std::string_view pointer, const nlohmann::json& value) {
  std::vector<std::string> tokens;
  if (!split_pointer(pointer, tokens) || tokens.size() > 8) return false;
  if (!root.is_object()) root = nlohmann::json::object();
  nlohmann::json* node = &root;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    size_t index = 0;
    if (node->is_array()) {
      if (!index_of(tokens[i], index) || index >= node->size()) return false;
      node = &(*node)[index];
    } else if (node->is_object()) {
      node = &(*node)[tokens[i]];
      if (node->is_null()) *node = nlohmann::json::object();
    } else {
      return false;
    }
  }
  const std::string& last = tokens.back();
  if (node->is_array()) {
    size_t index = 0;
    if (!index_of(last, index) || index >= node->size()) return false;
    (*node)[index] = removes(value) ? nlohmann::json() : value;
    return true;
  }
  if (!node->is_object()) return false;
  if (removes(value)) {
    node->erase(last);
  } else {
    (*node)[last] = value;
  }
  return true;
}

const nlohmann::json* get_at_pointer(const nlohmann::json& root, std::string_view pointer) {
  std::vector<std::string> tokens;
  if (!split_pointer(pointer, tokens)) return nullptr;
  const nlohmann::json* node = &root;
  for (const std::string& token : tokens) {
    size_t index = 0;
    if (node->is_array() && index_of(token, index) && index < node->size()) {
      node = &(*node)[index];
    } else if (node->is_object() && node->contains(token)) {
      node = &(*node)[token];
    } else {
      return nullptr;
    }
  }
  return node;
}

}  // namespace cabinet::app
