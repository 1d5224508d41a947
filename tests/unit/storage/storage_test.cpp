#include "storage/storage.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

using namespace cabinet::storage;

namespace {

std::string temp_root(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / ("cabinet-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  return dir.string();
}

void exercise(Storage& storage) {
  EXPECT_FALSE(storage.read("settings.json"));
  ASSERT_TRUE(storage.write_atomic("settings.json", "{\"a\":1}").ok);
  EXPECT_EQ(storage.read("settings.json"), "{\"a\":1}");
  ASSERT_TRUE(storage.write_atomic("settings.json", "Привет").ok);
  EXPECT_EQ(storage.read("settings.json"), "Привет");
  ASSERT_TRUE(storage.write_atomic("b.bin", std::string("\0\x01\xff", 3)).ok);
  EXPECT_EQ(storage.read("b.bin")->size(), 3u);
  EXPECT_EQ(storage.keys(), (std::vector<std::string>{"b.bin", "settings.json"}));
  EXPECT_TRUE(storage.remove("b.bin"));
  EXPECT_FALSE(storage.remove("b.bin"));
  EXPECT_FALSE(storage.write_atomic("../escape", "x").ok);
  EXPECT_FALSE(storage.write_atomic("", "x").ok);
  EXPECT_FALSE(storage.read("../etc/passwd"));
}

}  // namespace

TEST(Storage, KeysAreSafeFileNames) {
  EXPECT_TRUE(is_valid_key("settings.json"));
  EXPECT_FALSE(is_valid_key(".hidden"));
  EXPECT_FALSE(is_valid_key("a/b"));
  EXPECT_FALSE(is_valid_key("Caps"));
  EXPECT_FALSE(is_valid_key(std::string(101, 'a')));
}

TEST(Storage, MemoryStorageBehaves) {
  MemoryStorage storage;
  exercise(storage);
}

TEST(Storage, FileStorageBehavesAndLeavesNoTemporaryFiles) {
  const std::string root = temp_root("files");
  FileStorage storage(root);
  exercise(storage);
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    EXPECT_NE(entry.path().filename().string().front(), '.') << entry.path();
  }
  std::filesystem::remove_all(root);
}

TEST(Storage, FileStorageReportsAnUnwritableFolder) {
  const std::string root = temp_root("blocked");
  std::filesystem::create_directories(std::filesystem::path(root).parent_path());
  { std::FILE* f = std::fopen(root.c_str(), "w"); std::fclose(f); }  // a file where the folder should be
  FileStorage storage(root);
  const WriteResult result = storage.write_atomic("settings.json", "x");
  EXPECT_FALSE(result.ok);
  EXPECT_FALSE(result.error.empty());
  std::filesystem::remove(root);
}
