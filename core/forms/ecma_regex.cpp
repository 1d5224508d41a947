#include "forms/ecma_regex.hpp"

#include <cwctype>

namespace cabinet::forms {
namespace {

static_assert(sizeof(wchar_t) == 4, "code points must fit in wchar_t");

// A recursive-descent syntax check of the ECMA-262 pattern grammar, kept to
// what libstdc++/libc++ std::regex (ECMAScript) accept without throwing.
class PatternChecker {
 public:
  explicit PatternChecker(const std::wstring& text) : text_(text) {}

  bool check() {
    size_t size = 0;
    if (!disjunction(0, size)) return false;
    return pos_ == text_.size();
  }
  // True when the pattern refers back to a group (\1): std::regex then needs backtracking.
  bool has_backrefs() const { return backrefs_; }

 private:
  static constexpr size_t kMaxNesting = 100;
  // An estimate of the automaton's states ("x{1000}" is 1000 of them):
  // libstdc++ throws past 100,000, and the wasm build cannot catch.
  static constexpr size_t kMaxStates = 20000;

  bool at_end() const { return pos_ >= text_.size(); }
  wchar_t peek() const { return text_[pos_]; }

  bool disjunction(size_t nesting, size_t& size) {
    if (nesting > kMaxNesting) return false;
    size = 0;
    if (!alternative(nesting, size)) return false;
    while (!at_end() && peek() == L'|') {
      ++pos_;
      if (!alternative(nesting, size)) return false;
    }
    return true;
  }

  bool alternative(size_t nesting, size_t& size) {
    ++size;
    while (!at_end() && peek() != L'|' && peek() != L')') {
      bool quantifiable = true;
      size_t term_size = 1;
      if (!term(nesting, quantifiable, term_size)) return false;
      if (!at_end() && is_quantifier_start()) {
        size_t copies = 1;
        if (!quantifiable || !quantifier(copies)) return false;
        term_size *= copies;
      }
      size += term_size;
      if (term_size > kMaxStates || size > kMaxStates) return false;
    }
    return true;
  }

  bool is_quantifier_start() const {
    const wchar_t c = peek();
    return c == L'*' || c == L'+' || c == L'?' || c == L'{';
  }

  bool term(size_t nesting, bool& quantifiable, size_t& size) {
    const wchar_t c = text_[pos_++];
    switch (c) {
      case L'^':
      case L'$':
        quantifiable = false;
        return true;
      case L'.':
        return true;
      case L'(':
        return group(nesting, quantifiable, size);
      case L'[':
        return char_class();
      case L'\\':
        return atom_escape(quantifiable);
      case L'*':
      case L'+':
      case L'?':
      case L'{':
      case L'}':
      case L']':
        return false;
      default:
        return true;
    }
  }

  bool group(size_t nesting, bool& quantifiable, size_t& size) {
    if (!at_end() && peek() == L'?') {
      if (pos_ + 1 >= text_.size()) return false;
      const wchar_t kind = text_[pos_ + 1];
      if (kind != L':' && kind != L'=' && kind != L'!') return false;  // no lookbehind or named groups
      quantifiable = kind == L':';
      pos_ += 2;
    } else {
      ++groups_;
    }
    if (!disjunction(nesting + 1, size)) return false;
    size += 2;
    if (at_end() || peek() != L')') return false;
    ++pos_;
    return true;
  }

  // `copies`: how many times the quantified atom is laid out in the automaton.
  bool quantifier(size_t& copies) {
    const wchar_t c = text_[pos_++];
    copies = 2;
    if (c == L'{') {
      size_t low = 0, high = 0;
      if (!number(low)) return false;
      high = low;
      if (!at_end() && peek() == L',') {
        ++pos_;
        high = SIZE_MAX;
        if (!at_end() && peek() != L'}' && !number(high)) return false;
      }
      if (at_end() || peek() != L'}' || low > high) return false;
      ++pos_;
      copies = (high == SIZE_MAX ? low : high) + 1;
    }
    if (!at_end() && peek() == L'?') ++pos_;
    return at_end() || !is_quantifier_start();
  }

  bool number(size_t& value) {
    const size_t start = pos_;
    value = 0;
    while (!at_end() && peek() >= L'0' && peek() <= L'9') {
      if (pos_ - start >= 6) return false;
      value = value * 10 + static_cast<size_t>(peek() - L'0');
      ++pos_;
    }
    return pos_ > start;
  }

  bool hex_digits(size_t count) {
    for (size_t i = 0; i < count; ++i, ++pos_) {
      if (at_end() || !std::iswxdigit(static_cast<wint_t>(peek())) || peek() > 0x7f) return false;
    }
    return true;
  }

  // After a backslash outside a class.
  bool atom_escape(bool& quantifiable) {
    if (at_end()) return false;
    const wchar_t c = peek();
    if (c == L'b' || c == L'B') {
      ++pos_;
      quantifiable = false;
      return true;
    }
    if (c >= L'1' && c <= L'9') {
      size_t group = 0;
      if (!number(group)) return false;
      backrefs_ = true;
      return group <= groups_;
    }
    wchar_t ignored = 0;
    return char_escape(false, ignored);
  }

  // A character escape; `value` is the character when it is a single one (else 0).
  bool char_escape(bool in_class, wchar_t& value) {
    const wchar_t c = text_[pos_++];
    value = 0;
    switch (c) {
      case L'd':
      case L'D':
      case L'w':
      case L'W':
      case L's':
      case L'S':
        return true;
      case L'f':
      case L'n':
      case L'r':
      case L't':
      case L'v':
        value = c;
        return true;
      case L'b':
        value = L'\b';
        return in_class;
      case L'0':
        value = L'\0';
        return at_end() || peek() < L'0' || peek() > L'9';
      case L'c':
        if (at_end() || !((peek() >= L'a' && peek() <= L'z') || (peek() >= L'A' && peek() <= L'Z'))) return false;
        value = peek() % 32;
        ++pos_;
        return true;
      case L'x': {
        const size_t start = pos_;
        if (!hex_digits(2)) return false;
        value = static_cast<wchar_t>(std::wcstol(text_.substr(start, 2).c_str(), nullptr, 16));
        return true;
      }
      case L'u': {
        const size_t start = pos_;
        if (!hex_digits(4)) return false;
        value = static_cast<wchar_t>(std::wcstol(text_.substr(start, 4).c_str(), nullptr, 16));
        return true;
      }
      default:
        // Identity escapes: only characters that are not letters or digits.
        if (c < 0x80 && std::iswalnum(static_cast<wint_t>(c))) return false;
        value = c;
        return true;
    }
  }

  // One class atom; `value` is 0 for a class escape like \d (not a range end).
  bool class_atom(wchar_t& value, bool& single) {
    const wchar_t c = text_[pos_++];
    single = true;
    if (c != L'\\') {
      value = c;
      return true;
    }
    if (at_end()) return false;
    const wchar_t next = peek();
    if (next == L'B' || (next >= L'1' && next <= L'9')) return false;
    if (!char_escape(true, value)) return false;
    const bool class_escape = next == L'd' || next == L'D' || next == L'w' || next == L'W' || next == L's' ||
                              next == L'S';
    single = !class_escape;
    return true;
  }

  bool char_class() {
    if (!at_end() && peek() == L'^') ++pos_;
    while (!at_end() && peek() != L']') {
      wchar_t low = 0;
      bool low_single = true;
      if (!class_atom(low, low_single)) return false;
      if (pos_ + 1 < text_.size() && peek() == L'-' && text_[pos_ + 1] != L']') {
        ++pos_;
        wchar_t high = 0;
        bool high_single = true;
        if (!class_atom(high, high_single)) return false;
        if (!low_single || !high_single || low > high) return false;
      }
    }
    if (at_end()) return false;
    ++pos_;
    return true;
  }

  const std::wstring& text_;
  size_t pos_ = 0;
  size_t groups_ = 0;
  bool backrefs_ = false;
};

}  // namespace

std::wstring utf8_to_wide(std::string_view text) {
  std::wstring out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    size_t length = 0;
    char32_t code = 0;
    if (byte < 0x80) {
      length = 1;
      code = byte;
    } else if ((byte & 0xe0) == 0xc0) {
      length = 2;
      code = byte & 0x1f;
    } else if ((byte & 0xf0) == 0xe0) {
      length = 3;
      code = byte & 0x0f;
    } else if ((byte & 0xf8) == 0xf0) {
      length = 4;
      code = byte & 0x07;
    }
    bool valid = length > 0 && i + length <= text.size();
    for (size_t k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      valid = (next & 0xc0) == 0x80;
      code = (code << 6) | (next & 0x3f);
    }
    if (!valid) {
      out += static_cast<wchar_t>(0xfffd);
      ++i;
      continue;
    }
    out += static_cast<wchar_t>(code);
    i += length;
  }
  return out;
}

size_t code_point_count(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return count;
}

bool is_ecma_regex(std::string_view pattern) {
  const std::wstring wide = utf8_to_wide(pattern);
  return PatternChecker(wide).check();
}

const std::wregex* RegexCache::get(std::string_view pattern) {
  auto it = compiled_.find(pattern);
  if (it != compiled_.end()) return it->second.get();
  std::unique_ptr<std::wregex> compiled;
  const std::wstring wide = utf8_to_wide(pattern);
  PatternChecker checker(wide);
  if (checker.check()) {
    auto flags = std::regex::ECMAScript | std::regex::optimize;
#if defined(__GLIBCXX__)
    // libstdc++ backtracks recursively, one stack frame per character: a long
    // answer overflows the stack. Without back-references its automaton
    // (breadth-first, the same verdict) runs in constant stack.
    if (!checker.has_backrefs()) flags |= std::regex_constants::__polynomial;
#endif
    compiled = std::make_unique<std::wregex>(wide, flags);
  }
  return compiled_.emplace(std::string(pattern), std::move(compiled)).first->second.get();
}

RegexMatch regex_search_utf8(const std::wregex& regex, std::string_view text) {
  const std::wstring wide = utf8_to_wide(text);
#if defined(__GLIBCXX__)
  const bool recursive = !(regex.flags() & std::regex_constants::__polynomial);
#else
  // libc++ (the wasm build) backtracks on a heap-allocated stack of states:
  // measured with 100,000 characters and a 1 MB stack, no overflow.
  const bool recursive = false;
#endif
  if (recursive && wide.size() > kMaxBacktrackingLength) return RegexMatch::kTooLong;
  return std::regex_search(wide, regex) ? RegexMatch::kMatch : RegexMatch::kNoMatch;
}

}  // namespace cabinet::forms
