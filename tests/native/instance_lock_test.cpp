// One desktop app per data folder (shell/native/instance_lock.hpp), with the
// real flock(2) on a real folder: a second holder is refused until the first
// lets go, and a folder that cannot hold the lock file is reported, not ignored.
#include "native/instance_lock.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

using cabinet::shell::InstanceLock;
using cabinet::shell::LockRefusal;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("cabinet-lock-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  return dir;
}

}  // namespace

TEST(InstanceLock, ASecondInstanceIsRefusedUntilTheFirstLetsGo) {
  const fs::path dir = fresh_dir("second");
  auto first = InstanceLock::acquire(dir / "cabinet");
  ASSERT_TRUE(first.lock.has_value()) << first.detail;
  EXPECT_TRUE(fs::exists(dir / "cabinet" / "cabinet.lock")) << "the folder is made when missing";
  auto second = InstanceLock::acquire(dir / "cabinet");
  EXPECT_FALSE(second.lock.has_value());
  EXPECT_EQ(second.refusal, LockRefusal::held_elsewhere);
  first.lock.reset();  // the first instance quits
  auto third = InstanceLock::acquire(dir / "cabinet");
  EXPECT_TRUE(third.lock.has_value()) << "free again once the first let go";
  fs::remove_all(dir);
}

TEST(InstanceLock, AMovedLockStillHoldsAndAFolderThatCannotHoldItIsReported) {
  const fs::path dir = fresh_dir("moved");
  auto taken = InstanceLock::acquire(dir);
  ASSERT_TRUE(taken.lock.has_value());
  InstanceLock moved = std::move(*taken.lock);
  taken.lock.reset();  // the moved-from lock releases nothing
  EXPECT_FALSE(InstanceLock::acquire(dir).lock.has_value());
  // A plain file where the data folder should be: no lock file can be made there.
  const fs::path blocked = dir / "not-a-folder";
  {
    std::FILE* f = std::fopen(blocked.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fclose(f);
  }
  auto refused = InstanceLock::acquire(blocked);
  EXPECT_FALSE(refused.lock.has_value());
  EXPECT_EQ(refused.refusal, LockRefusal::cannot_open);
  EXPECT_NE(refused.detail.find("cabinet.lock"), std::string::npos) << refused.detail;
  fs::remove_all(dir);
}
