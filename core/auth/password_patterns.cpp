#include "auth/password_patterns.hpp"

#include "auth/code_points.hpp"

namespace cabinet::auth {

namespace {

enum class Alphabet { none, digits, latin, russian };

struct Position {
  Alphabet alphabet = Alphabet::none;
  int index = 0;
};

// Place in its alphabet of a lower-case character. Russian: а..е = 0..5, ё = 6, ж..я = 7..32.
Position position(char32_t c) {
  if (c >= U'0' && c <= U'9') return {Alphabet::digits, static_cast<int>(c - U'0')};
  if (c >= U'a' && c <= U'z') return {Alphabet::latin, static_cast<int>(c - U'a')};
  if (c == U'ё') return {Alphabet::russian, 6};
  if (c >= U'а' && c <= U'е') return {Alphabet::russian, static_cast<int>(c - U'а')};
  if (c >= U'ж' && c <= U'я') return {Alphabet::russian, static_cast<int>(c - U'а') + 1};
  return {};
}

// +1 when `next` follows `prev` in its alphabet, -1 when it precedes it, 0 otherwise.
int step(char32_t prev, char32_t next) {
  const Position a = position(prev);
  const Position b = position(next);
  if (a.alphabet == Alphabet::none || a.alphabet != b.alphabet) return 0;
  const int diff = b.index - a.index;
  if (diff == 1 || diff == -1) return diff;
  if (a.alphabet == Alphabet::russian) {
    if (prev == U'е' && next == U'ж') return 1;  // ё skipped
    if (prev == U'ж' && next == U'е') return -1;
  }
  return 0;
}

}  // namespace

std::optional<std::string> find_sequence(std::string_view password, size_t min_run) {
  const std::u32string text = decode_utf8(password);
  size_t run_start = 0;
  int direction = 0;
  for (size_t i = 1; i < text.size(); ++i) {
    const int s = step(to_lower(text[i - 1]), to_lower(text[i]));
    if (s == 0) {
      direction = 0;
      run_start = i;
      continue;
    }
    if (s != direction) {
      direction = s;
      run_start = i - 1;
    }
    if (i - run_start + 1 >= min_run) return encode_utf8(text.substr(run_start, i - run_start + 1));
  }
  return std::nullopt;
}

std::optional<std::string> find_repeat(std::string_view password, size_t max_repeats) {
  const std::u32string text = decode_utf8(password);
  size_t run = 1;
  for (size_t i = 1; i < text.size(); ++i) {
    run = to_lower(text[i]) == to_lower(text[i - 1]) ? run + 1 : 1;
    if (run > max_repeats) return encode_utf8(text.substr(i + 1 - run, run));
  }
  return std::nullopt;
}

}  // namespace cabinet::auth
