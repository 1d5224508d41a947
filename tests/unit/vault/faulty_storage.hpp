#pragma once
// A MemoryStorage with injected faults, for the vault's save paths.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/storage.hpp"

namespace cabinet::vault::testing {

class FaultyStorage final : public storage::Storage {
 public:
  std::optional<std::string> read(std::string_view key) const override { return inner.read(key); }

  storage::WriteResult write_atomic(std::string_view key, std::string_view bytes) override {
    ++writes;
    // A disk that fills up: the temporary file gets `fail_after` bytes, nothing is committed.
    if (fail_after && bytes.size() > *fail_after) return {false, "disk full after " + std::to_string(*fail_after)};
    // A storage that says "saved" but kept only the first bytes (once; the restore is honest).
    if (truncate_next) {
      const size_t keep = *truncate_next;
      truncate_next.reset();
      return inner.write_atomic(key, bytes.substr(0, keep));
    }
    return inner.write_atomic(key, bytes);
  }

  bool remove(std::string_view key) override { return inner.remove(key); }
  std::vector<std::string> keys() const override { return inner.keys(); }

  storage::MemoryStorage inner;
  std::optional<size_t> fail_after;
  std::optional<size_t> truncate_next;
  int writes = 0;
};

}  // namespace cabinet::vault::testing
