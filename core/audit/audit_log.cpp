#include "audit/audit_log.hpp"

#include <sodium.h>

#include "auth/sodium.hpp"
#include "time/iso8601.hpp"

namespace cabinet::audit {

namespace {

// What dump() then parse() gives back: the value as the log will read it.
nlohmann::json normalized(const nlohmann::json& value) {
  return nlohmann::json::parse(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string normalized_text(std::string_view text) {
  return normalized(nlohmann::json(std::string(text))).get<std::string>();
}

}  // namespace

std::string canonical_json(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json to_json(const AuditEntry& entry, bool with_hash) {
  nlohmann::json json = {
      {"seq", entry.seq},       {"time", entry.time},       {"actor", entry.actor},        {"action", entry.action},
      {"object", entry.object}, {"details", entry.details}, {"prev_hash", entry.prev_hash}};
  if (with_hash) json["hash"] = entry.hash;
  return json;
}

std::string compute_hash(const AuditEntry& entry) {
  auth::ensure_sodium();
  const std::string canonical = canonical_json(to_json(entry, false));
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(),
                     nullptr, 0);
  return auth::to_hex(std::string_view(reinterpret_cast<const char*>(hash), sizeof hash));
}

const AuditEntry& AuditLog::append(int64_t now_ms, std::string_view actor, std::string_view action,
                                   std::string_view object, const nlohmann::json& details) {
  AuditEntry entry;
  entry.seq = entries_.size() + 1;
  entry.time = time::format_iso_utc(now_ms);
  entry.actor = normalized_text(actor);
  entry.action = normalized_text(action);
  entry.object = normalized_text(object);
  entry.details = details.is_object() ? normalized(details) : nlohmann::json{{"value", normalized(details)}};
  entry.prev_hash = head_hash();
  entry.hash = compute_hash(entry);
  entries_.push_back(std::move(entry));
  return entries_.back();
}

}  // namespace cabinet::audit
