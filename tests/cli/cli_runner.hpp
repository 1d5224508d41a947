#pragma once
// Runs cabinet-cli commands in-process for tests, and writes temporary input files.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "command.hpp"

namespace cabinet::cli::testing {

struct CliResult {
  int code;
  std::string out, err;
};

inline CliResult run(const Args& args, const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  Io io{in, out, err};
  const int code = cabinet::cli::run(args, io);
  return {code, out.str(), err.str()};
}

// A file in the temporary folder, named after the process and `name`.
inline std::string write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("cabinet-cli-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

}  // namespace cabinet::cli::testing
