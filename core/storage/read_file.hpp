#pragma once
// The whole content of a file, read with POSIX calls (no iostreams: they pull
// about 60 KB of locale code into the browser build). nullopt when the file
// cannot be opened or a read fails.
#include <optional>
#include <string>

namespace cabinet::storage {

std::optional<std::string> read_file(const std::string& path);

}  // namespace cabinet::storage
