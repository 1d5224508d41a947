// Stands in for the fund's escrow server of «Вход по коду» (app/key_escrow.hpp),
// which does not exist yet: it keeps keys in memory, never in the device's
// storage, so tests of the code flows run against the shape the server will
// have. `held` and `put_back` let a test copy a key and bring it back later.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "app/kernel/key_escrow.hpp"

namespace cabinet::test {

class RemoteEscrowStandIn final : public app::KeyEscrow {
 public:
  bool deposit(std::string_view escrow_id, std::string_view key) override {
    if (escrow_id.empty() || key.size() != 32) return false;
    keys_[std::string(escrow_id)] = std::string(key);
    return true;
  }
  std::optional<std::string> release(std::string_view escrow_id, std::string_view) override { return held(escrow_id); }
  void forget(std::string_view escrow_id) override { keys_.erase(std::string(escrow_id)); }

  std::optional<std::string> held(std::string_view escrow_id) const {
    const auto it = keys_.find(std::string(escrow_id));
    if (it == keys_.end()) return std::nullopt;
    return it->second;
  }
  void put_back(std::string_view escrow_id, const std::string& key) { keys_[std::string(escrow_id)] = key; }
  size_t size() const { return keys_.size(); }

 private:
  std::map<std::string, std::string> keys_;
};

}  // namespace cabinet::test
