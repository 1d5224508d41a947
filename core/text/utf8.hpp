#pragma once
// UTF-8 helpers used by validation and search. All functions accept any bytes.
#include <cstddef>
#include <string>
#include <string_view>

namespace cabinet::text {

bool is_valid_utf8(std::string_view bytes);
// Number of code points; invalid sequences count one per byte.
size_t code_point_count(std::string_view bytes);
// True when the text holds C0/C1 control characters or DEL (tab and newline
// included unless allowed).
bool has_control_chars(std::string_view bytes, bool allow_newlines = false);
// Removes ASCII and no-break (U+00A0) spaces at both ends.
std::string trim(std::string_view bytes);
// Keeps at most `max_code_points` whole code points.
std::string truncate_code_points(std::string_view bytes, size_t max_code_points);
// The code points; each byte of an invalid sequence becomes U+FFFD.
std::u32string decode_utf8(std::string_view bytes);

}  // namespace cabinet::text
