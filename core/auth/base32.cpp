#include "auth/base32.hpp"

#include <cstdint>

namespace cabinet::auth {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int value_of(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '2' && c <= '7') return c - '2' + 26;
  return -1;
}

}  // namespace

std::string base32_encode(std::string_view bytes, bool pad) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : bytes) {
    buffer = (buffer << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 0x1F]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
  if (pad)
    while (out.size() % 8 != 0) out.push_back('=');
  return out;
}

std::optional<std::string> base32_decode(std::string_view text) {
  std::string symbols;
  size_t padding = 0;
  for (char c : text) {
    if (c == ' ' || c == '-') continue;
    if (c == '=') {
      ++padding;
      continue;
    }
    if (padding > 0 || value_of(c) < 0) return std::nullopt;  // data after padding, or not base32
    symbols.push_back(c);
  }
  // Groups of 8 symbols make 5 bytes; a last group of 1, 3 or 6 symbols cannot be whole bytes.
  const size_t rest = symbols.size() % 8;
  if (rest == 1 || rest == 3 || rest == 6) return std::nullopt;
  if (padding > 0 && (rest == 0 || rest + padding != 8)) return std::nullopt;
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : symbols) {
    buffer = (buffer << 5) | static_cast<uint32_t>(value_of(c));
    bits += 5;
    if (bits >= 8) {
      out.push_back(static_cast<char>((buffer >> (bits - 8)) & 0xFF));
      bits -= 8;
    }
  }
  return out;
}

}  // namespace cabinet::auth
