#pragma once
// The audit log: every action appended as an entry chained to the one before
// by a BLAKE2b-256 hash over the entry's canonical JSON. Changing, inserting
// or deleting an entry in the middle breaks the chain at that entry.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::audit {

// prev_hash of the first entry.
inline const std::string kGenesisHash(64, '0');

struct AuditEntry {
  uint64_t seq = 0;    // 1, 2, 3, ... without gaps
  std::string time;    // ISO 8601 UTC, "2026-11-23T09:30:00Z"
  std::string actor;   // who: "citizen", a login, "system"
  std::string action;  // what: see actions.hpp
  std::string object;  // on what: "profile.phone", "application:42"
  nlohmann::json details = nlohmann::json::object();
  std::string prev_hash;  // hex, the hash of the entry before (kGenesisHash for the first)
  std::string hash;       // hex, BLAKE2b-256 of canonical_json(to_json(entry, false))
};

// Sorted keys, no spaces, UTF-8 as is (invalid bytes become U+FFFD).
std::string canonical_json(const nlohmann::json& value);

// {"action", "actor", "details", "hash", "object", "prev_hash", "seq", "time"}; without "hash" when asked.
nlohmann::json to_json(const AuditEntry& entry, bool with_hash = true);

// Hex BLAKE2b-256 of the entry without its hash.
std::string compute_hash(const AuditEntry& entry);

class AuditLog {
 public:
  AuditLog() = default;
  // Continues an existing chain (check it first with verify()).
  explicit AuditLog(std::vector<AuditEntry> entries) : entries_(std::move(entries)) {}

  // Adds an entry at `now_ms` and returns it. Text that is not valid UTF-8 is
  // repaired (U+FFFD), and details are normalized (NaN -> null) so that what
  // is kept is exactly what will be read back.
  const AuditEntry& append(int64_t now_ms, std::string_view actor, std::string_view action, std::string_view object,
                           const nlohmann::json& details = nlohmann::json::object());

  const std::vector<AuditEntry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }
  // The newest entry's hash: worth keeping elsewhere (in the vault), because
  // a chain alone cannot show that entries were cut off its end.
  const std::string& head_hash() const { return entries_.empty() ? kGenesisHash : entries_.back().hash; }

 private:
  std::vector<AuditEntry> entries_;
};

}  // namespace cabinet::audit
