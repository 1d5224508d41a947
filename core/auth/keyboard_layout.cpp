#include "auth/keyboard_layout.hpp"

#include <iterator>

#include "auth/code_points.hpp"

namespace cabinet::auth {

namespace {

// Lower-case Russian letters and the unshifted key each sits on, in the same order.
constexpr std::u32string_view kRussianKeys = U"йцукенгшщзхъфывапролджэячсмитьбюё";
constexpr std::u32string_view kLatinKeys = U"qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
static_assert(kRussianKeys.size() == kLatinKeys.size());

char32_t latin_upper(char32_t c) {
  return c >= U'a' && c <= U'z' ? c - 0x20 : c;
}

}  // namespace

std::u32string russian_to_latin_keys(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    const bool upper = is_upper_letter(c) && c > 0x7F;
    const size_t at = kRussianKeys.find(to_lower(c));
    if (at == std::u32string_view::npos) {
      out.push_back(c);
    } else {
      out.push_back(upper ? latin_upper(kLatinKeys[at]) : kLatinKeys[at]);
    }
  }
  return out;
}

std::u32string latin_to_russian_keys(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    const bool upper = c >= U'A' && c <= U'Z';
    const size_t at = (c < 0x80) ? kLatinKeys.find(to_lower(c)) : std::u32string_view::npos;
    if (at == std::u32string_view::npos) {
      out.push_back(c);
    } else {
      const char32_t russian = kRussianKeys[at];
      out.push_back(upper ? (russian == U'ё' ? U'Ё' : russian - 0x20) : russian);
    }
  }
  return out;
}

std::u32string transliterate_russian(std::u32string_view text) {
  static constexpr std::u32string_view kLetters = U"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  static constexpr std::u32string_view kLatin[] = {
      U"a", U"b", U"v", U"g", U"d", U"e",  U"e",  U"zh", U"z",  U"i",    U"i",  U"k", U"l", U"m", U"n",  U"o", U"p",
      U"r", U"s", U"t", U"u", U"f", U"kh", U"ts", U"ch", U"sh", U"shch", U"ie", U"y", U"",  U"e", U"iu", U"ia"};
  static_assert(std::size(kLatin) == kLetters.size());
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    const size_t at = kLetters.find(to_lower(c));
    if (at == std::u32string_view::npos) {
      out.push_back(c);
      continue;
    }
    std::u32string latin(kLatin[at]);
    if (is_upper_letter(c) && !latin.empty()) latin[0] = latin_upper(latin[0]);
    out += latin;
  }
  return out;
}

}  // namespace cabinet::auth
