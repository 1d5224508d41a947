#include "app/key_escrow.hpp"

#include <nlohmann/json.hpp>

#include "app/json_args.hpp"
#include "auth/sodium.hpp"

namespace cabinet::app {

using nlohmann::json;

namespace {

json read_entries(const storage::Storage& storage) {
  const auto text = storage.read(std::string(kSandboxEscrowKey));
  json doc = text ? json::parse(*text, nullptr, false) : json::object();
  const json* entries = json_field(doc, "entries");
  return entries && entries->is_object() ? *entries : json::object();
}

bool write_entries(storage::Storage& storage, const json& entries) {
  const json doc = {{"version", 1}, {"entries", entries}};
  return storage.write_atomic(std::string(kSandboxEscrowKey), doc.dump()).ok;
}

}  // namespace

bool SandboxEscrow::deposit(std::string_view escrow_id, std::string_view key) {
  if (escrow_id.empty() || key.size() != 32) return false;
  json entries = read_entries(storage_);
  entries[std::string(escrow_id)] = auth::to_hex(key);
  return write_entries(storage_, entries);
}

std::optional<std::string> SandboxEscrow::release(std::string_view escrow_id, std::string_view) {
  const json entries = read_entries(storage_);
  const auto hex = json_string(entries, std::string(escrow_id).c_str());
  if (!hex) return std::nullopt;
  auto key = auth::from_hex(*hex);
  if (!key || key->size() != 32) return std::nullopt;
  return key;
}

void SandboxEscrow::forget(std::string_view escrow_id) {
  json entries = read_entries(storage_);
  if (entries.erase(std::string(escrow_id)) > 0) write_entries(storage_, entries);
}

std::string wrapped_key_json(const WrappedVaultKey& key) {
  return json{
      {"version", 1}, {"escrow_id", key.escrow_id}, {"salt", key.salt_hex}, {"wrapped", auth::to_hex(key.wrapped)}}
      .dump();
}

std::optional<WrappedVaultKey> wrapped_key_from_json(std::string_view text) {
  const json doc = json::parse(text, nullptr, false);
  if (!doc.is_object() || json_int(doc, "version").value_or(0) != 1) return std::nullopt;
  WrappedVaultKey key{json_string(doc, "escrow_id").value_or(""), json_string(doc, "salt").value_or(""), {}};
  const auto wrapped = auth::from_hex(json_string(doc, "wrapped").value_or(""));
  if (key.escrow_id.empty() || key.salt_hex.empty() || !wrapped) return std::nullopt;
  key.wrapped = *wrapped;
  return key;
}

}  // namespace cabinet::app
