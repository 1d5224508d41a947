#include "auth/password_blocklist.hpp"

#include <unordered_set>

#include "assets/embedded.hpp"
#include "auth/code_points.hpp"
#include "auth/keyboard_layout.hpp"

namespace cabinet::auth {

namespace {

const std::unordered_set<std::u32string>& blocklist() {
  static const std::unordered_set<std::u32string> words = [] {
    std::unordered_set<std::u32string> out;
    const std::string_view data = assets::find("data/password-blocklist.txt").value_or("");
    size_t start = 0;
    while (start < data.size()) {
      size_t end = data.find('\n', start);
      if (end == std::string_view::npos) end = data.size();
      std::string_view line = data.substr(start, end - start);
      start = end + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      out.insert(fold_for_match(decode_utf8(line)));
    }
    return out;
  }();
  return words;
}

}  // namespace

bool is_common_password(std::string_view password) {
  const std::u32string text = decode_utf8(password);
  const auto& words = blocklist();
  return words.count(fold_for_match(text)) > 0 || words.count(fold_for_match(russian_to_latin_keys(text))) > 0 ||
         words.count(fold_for_match(latin_to_russian_keys(text))) > 0;
}

size_t common_password_count() {
  return blocklist().size();
}

}  // namespace cabinet::auth
