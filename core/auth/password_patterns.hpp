#pragma once
// Patterns that make a password easy to guess: alphabet or digit runs, repeats.
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::auth {

// The first run of 4 or more consecutive digits or letters, ascending or
// descending: "1234", "4321", "abcd", "DCBA", «абвг», «ЁЕДГ». Case is ignored.
// Russian letters follow the alphabet with ё after е; е -> ж also counts,
// since ё is often written as е («дежз»). No wrap-around (9 -> 0, z -> a).
std::optional<std::string> find_sequence(std::string_view password, size_t min_run = 4);

// The first character repeated more than `max_repeats` times in a row
// ("aaa", «ЯЯя»; case is ignored).
std::optional<std::string> find_repeat(std::string_view password, size_t max_repeats = 2);

}  // namespace cabinet::auth
