#pragma once
// Code-point helpers for the password rules: Latin and Russian Cyrillic
// letters with their case, and case folding for comparisons.
#include <string>
#include <string_view>

namespace cabinet::auth {

inline constexpr char32_t kReplacementChar = U'\uFFFD';

// Invalid UTF-8 becomes U+FFFD, one per bad byte.
std::u32string decode_utf8(std::string_view bytes);
std::string encode_utf8(std::u32string_view text);

bool is_ascii_digit(char32_t c);
// A-Z and А-ЯЁ.
bool is_upper_letter(char32_t c);
// a-z and а-яё.
bool is_lower_letter(char32_t c);
// Any letter we know: Latin (with Latin-1 and Latin Extended-A/B), Greek, Cyrillic.
bool is_letter(char32_t c);
// Spaces of any kind (including no-break and zero-width), C0/C1 controls, DEL,
// line and paragraph separators, the byte-order mark and U+FFFD (bad UTF-8).
bool is_space_or_control(char32_t c);
// Printable and neither a letter, a digit nor a space: ! @ # $ № « » ₽ ...
bool is_special(char32_t c);

// A-Z -> a-z, А-ЯЁ -> а-яё; everything else unchanged.
char32_t to_lower(char32_t c);
// Lower case, and ё -> е (people write one for the other): for "is this the same word".
std::u32string fold_for_match(std::u32string_view text);

}  // namespace cabinet::auth
