#pragma once
// One desktop app per data folder: two instances would each re-seal the vault
// with what they hold in memory and undo each other's changes (as two browser
// tabs would; see wasm/bridge.js). The first instance holds an exclusive
// flock(2) on <data folder>/cabinet.lock while it runs; the lock goes with the
// process, so a crash never leaves it behind.
#include <filesystem>
#include <optional>
#include <string>

namespace cabinet::shell {

enum class LockRefusal { held_elsewhere, cannot_open };
struct InstanceLockResult;

class InstanceLock {
 public:
  // Takes the lock of `data_dir` (made if missing) without waiting.
  static InstanceLockResult acquire(const std::filesystem::path& data_dir);

  InstanceLock(InstanceLock&& other) noexcept;
  InstanceLock& operator=(InstanceLock&& other) noexcept;
  InstanceLock(const InstanceLock&) = delete;
  InstanceLock& operator=(const InstanceLock&) = delete;
  ~InstanceLock();

 private:
  explicit InstanceLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

struct InstanceLockResult {
  std::optional<InstanceLock> lock;
  LockRefusal refusal = LockRefusal::held_elsewhere;
  std::string detail;  // the system's words when the lock file could not be opened
};

}  // namespace cabinet::shell
