// cabinet-cli: the native developer tool. Commands register themselves (command.hpp).
#include <iostream>

#include "command.hpp"

int main(int argc, char** argv) {
  cabinet::cli::Args args(argv + 1, argv + argc);
  cabinet::cli::Io io{std::cin, std::cout, std::cerr};
  return cabinet::cli::run(args, io);
}
