// Parts of a person's name (surname, given name, patronymic): letters, hyphen,
// space and apostrophe ("Салтыков-Щедрин", "Д'Артаньян", "Анна Мария").
#include "ids/ids.hpp"
#include "ids/scan.hpp"

namespace cabinet::ids {

namespace {

enum class Script { kNone, kCyrillic, kLatin };

// The Russian alphabet: А..я plus Ё and ё.
bool is_russian_letter(char32_t c) {
  return (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451;
}
bool is_latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2BC;
}
bool is_hyphen(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2013);
}
bool is_space(char32_t c) {
  return c == ' ' || c == 0xA0 || c == 0x2009 || c == 0x202F;
}

}  // namespace

Result check_person_name(std::string_view text, const NameRules& rules) {
  constexpr std::string_view kind = "person_name";
  std::string_view value;
  if (auto error = detail::reject_empty_or_broken(kind, text, value)) return *error;
  // Normalized: runs of spaces become one space, apostrophes become ' and dashes -.
  std::string normalized;
  size_t chars = 0;
  bool latin_seen = false, mixed = false, bad_char = false, bad_layout = false;
  Script word_script = Script::kNone;
  char previous = ' ';  // ' ' at the start: a name cannot begin with a separator
  for (size_t i = 0; i < value.size();) {
    const char32_t c = detail::next_code_point(value, i);
    const bool russian = is_russian_letter(c), latin = is_latin_letter(c);
    if (russian || latin) {
      const Script script = russian ? Script::kCyrillic : Script::kLatin;
      if (word_script != Script::kNone && word_script != script) mixed = true;
      word_script = script;
      latin_seen = latin_seen || latin;
      detail::append_utf8(normalized, c);
      previous = 'a';
      ++chars;
      continue;
    }
    char separator = 0;
    if (is_space(c))
      separator = ' ';
    else if (is_hyphen(c))
      separator = '-';
    else if (is_apostrophe(c))
      separator = '\'';
    if (separator == 0) {
      bad_char = true;
      break;
    }
    if (separator == ' ' && previous == ' ') continue;
    if (previous != 'a') bad_layout = true;
    if (separator == ' ') word_script = Script::kNone;
    normalized += separator;
    previous = separator;
    ++chars;
  }
  if (bad_char) return detail::fail(kind, Code::kChars);
  if (latin_seen && !rules.allow_latin) return detail::fail(kind, Code::kLatin);
  if (mixed) return detail::fail(kind, Code::kMixedScripts);
  if (bad_layout || previous != 'a') return detail::fail(kind, Code::kFormat);
  if (chars < rules.min_length || chars > rules.max_length)
    return detail::fail(kind, Code::kLength, {{"min", rules.min_length}, {"max", rules.max_length}});
  return detail::pass(kind, std::move(normalized));
}

}  // namespace cabinet::ids
