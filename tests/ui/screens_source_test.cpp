// Screens get what they draw: the state (read only) and a Dispatch that only
// queues typed actions. No screen under shell/ui names the Runtime (only the
// root, draw_app, and the kit's Dispatch and headless harness hold it), and no
// screen builds an action from a string literal (the JSON vocabulary is for
// scenarios, the CLI and window.cabinet).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "support/test_paths.hpp"

namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST(ScreensSource, ScreensTakeStateAndDispatchNeverTheRuntimeOrAStringAction) {
  const std::set<std::string> holders = {"app_view.cpp", "app_view.hpp", "kit/dispatch.hpp", "kit/headless.cpp",
                                         "kit/headless.hpp"};
  const std::filesystem::path root = cabinet::test::source_path("shell/ui");
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    const std::filesystem::path& path = entry.path();
    if (path.extension() != ".cpp" && path.extension() != ".hpp") continue;
    const std::string name = std::filesystem::relative(path, root).generic_string();
    const std::string text = read(path);
    ++files;
    EXPECT_EQ(text.find("dispatch({\""), std::string::npos) << name << " dispatches a string action";
    if (holders.contains(name)) continue;
    EXPECT_EQ(text.find("Runtime&"), std::string::npos) << name << " takes the Runtime";
    EXPECT_FALSE(std::regex_search(text, std::regex("[^/a-z_]runtime\\.[a-z_]+\\("))) << name << " calls the Runtime";
  }
  EXPECT_GT(files, 25) << "the screens were found";
  // The root holds the Runtime only to hand out the state and a Dispatch.
  const std::string root_view = read(root / "app_view.cpp");
  EXPECT_NE(root_view.find("Dispatch dispatch(runtime);"), std::string::npos);
}
