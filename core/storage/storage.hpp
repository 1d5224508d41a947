#pragma once
// Storage: a flat key -> bytes store with atomic replace. Natively a folder
// ($XDG_DATA_HOME/cabinet); in the browser the same folder code over IDBFS at
// /data, synced by the platform; in tests and scenarios, memory.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::storage {

struct WriteResult {
  bool ok = true;
  std::string error;  // technical detail for logs; the UI shows a catalog message
};

class Storage {
 public:
  virtual ~Storage() = default;
  virtual std::optional<std::string> read(std::string_view key) const = 0;
  // Replaces the value at `key` as a whole: a reader sees the old or the new
  // bytes, never a mix, even if the process dies half-way.
  virtual WriteResult write_atomic(std::string_view key, std::string_view bytes) = 0;
  virtual bool remove(std::string_view key) = 0;
  virtual std::vector<std::string> keys() const = 0;
};

// Keys are file names: 1..100 of [a-z0-9._-], not starting with '.'.
bool is_valid_key(std::string_view key);

class MemoryStorage final : public Storage {
 public:
  std::optional<std::string> read(std::string_view key) const override;
  WriteResult write_atomic(std::string_view key, std::string_view bytes) override;
  bool remove(std::string_view key) override;
  std::vector<std::string> keys() const override;

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

class FileStorage final : public Storage {
 public:
  explicit FileStorage(std::string root);  // created on first write
  std::optional<std::string> read(std::string_view key) const override;
  WriteResult write_atomic(std::string_view key, std::string_view bytes) override;
  bool remove(std::string_view key) override;
  std::vector<std::string> keys() const override;
  const std::string& root() const { return root_; }

 private:
  std::string root_;
};

// $XDG_DATA_HOME/cabinet, or $HOME/.local/share/cabinet.
std::string default_data_dir();

}  // namespace cabinet::storage
