#include "storage/storage.hpp"

namespace cabinet::storage {

bool is_valid_key(std::string_view key) {
  if (key.empty() || key.size() > 100 || key.front() == '.') return false;
  for (char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::optional<std::string> MemoryStorage::read(std::string_view key) const {
  auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

WriteResult MemoryStorage::write_atomic(std::string_view key, std::string_view bytes) {
  if (!is_valid_key(key)) return {false, "invalid key"};
  values_.insert_or_assign(std::string(key), std::string(bytes));
  return {};
}

bool MemoryStorage::remove(std::string_view key) {
  auto it = values_.find(key);
  if (it == values_.end()) return false;
  values_.erase(it);
  return true;
}

std::vector<std::string> MemoryStorage::keys() const {
  std::vector<std::string> out;
  for (const auto& [key, value] : values_) out.push_back(key);
  return out;
}

}  // namespace cabinet::storage
