// Where the tests find the source tree and the subset fonts. The folders are
// compiled into one generated file (test_paths.cpp.in) rather than into every
// test's command line, so the compiler cache hits in a fresh clone elsewhere.
#pragma once

#include <string>

namespace cabinet::test {

const char* source_dir();  // the repository's root
const char* font_dir();    // the UI's subset fonts (build/<tree>/fonts)

inline std::string source_path(const std::string& relative) {
  return std::string(source_dir()) + "/" + relative;
}
inline std::string font_path(const std::string& name) {
  return std::string(font_dir()) + "/" + name;
}

}  // namespace cabinet::test
