#pragma once
// Common passwords, shipped as data: assets/data/password-blocklist.txt (one a
// line; blank lines and lines starting with '#' are skipped).
#include <cstddef>
#include <string_view>

namespace cabinet::auth {

// True when the password, ignoring case (Latin and Cyrillic, ё = е), is on the
// list, also when typed with the other keyboard layout («зфыыцщкв» = "password").
bool is_common_password(std::string_view password);

// Number of entries in the embedded list (tests).
size_t common_password_count();

}  // namespace cabinet::auth
