#include "app/kernel/key_escrow.hpp"

#include <nlohmann/json.hpp>

#include "auth/sodium.hpp"
#include "json/read.hpp"

namespace cabinet::app {

using nlohmann::json;

std::string wrapped_key_json(const WrappedVaultKey& key) {
  return json{
      {"version", 1}, {"escrow_id", key.escrow_id}, {"salt", key.salt_hex}, {"wrapped", auth::to_hex(key.wrapped)}}
      .dump();
}

std::optional<WrappedVaultKey> wrapped_key_from_json(std::string_view text) {
  const json doc = json::parse(text, nullptr, false);
  if (!doc.is_object() || jsonread::int_of(doc, "version").value_or(0) != 1) return std::nullopt;
  WrappedVaultKey key{
      jsonread::string_of(doc, "escrow_id").value_or(""), jsonread::string_of(doc, "salt").value_or(""), {}};
  const auto wrapped = auth::from_hex(jsonread::string_of(doc, "wrapped").value_or(""));
  if (key.escrow_id.empty() || key.salt_hex.empty() || !wrapped) return std::nullopt;
  key.wrapped = *wrapped;
  return key;
}

}  // namespace cabinet::app
