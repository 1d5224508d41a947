#include "consents/receipt.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "auth/sodium.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::consents {

namespace {

using json = nlohmann::json;

constexpr std::array<std::string_view, 7> kSpecial = {"race",   "nationality", "political_views", "religion",
                                                      "health", "intimate_life", "criminal_record"};

const unsigned char* bytes(const std::string& text) { return reinterpret_cast<const unsigned char*>(text.data()); }

std::string receipt_id(const ConsentRecord& r) {
  const std::string seed = r.id + ":" + (r.signature ? r.signature->value : std::string());
  unsigned char hash[16];
  auth::ensure_sodium();
  crypto_generichash(hash, sizeof hash, bytes(seed), seed.size(), nullptr, 0);
  hash[6] = static_cast<unsigned char>((hash[6] & 0x0f) | 0x80);  // UUID version 8 (custom), RFC 9562
  hash[8] = static_cast<unsigned char>((hash[8] & 0x3f) | 0x80);  // variant 10
  const std::string hex = auth::to_hex(std::string(reinterpret_cast<const char*>(hash), sizeof hash));
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
         hex.substr(20);
}

json controller(const Party& p) {
  return {{"piiController", p.name},
          {"contact", p.name},
          {"address", {{"streetAddress", p.address}, {"addressCountry", "RU"}}},
          {"email", p.email},
          {"phone", p.phone}};
}

// Lower-case hex of exactly `size` bytes, so that no two texts verify alike.
std::optional<std::string> strict_hex(const json& receipt, std::string_view key, size_t size) {
  auto text = jsonread::string_of(receipt, key);
  if (!text) return std::nullopt;
  auto raw = auth::from_hex(*text);
  if (!raw || raw->size() != size || auth::to_hex(*raw) != *text) return std::nullopt;
  return raw;
}

bool has(const json& object, std::string_view key, json::value_t type) {
  const json* value = jsonread::member(object, key);
  if (!value) return false;
  if (type == json::value_t::number_integer) return value->is_number_integer();
  return value->type() == type;
}

bool well_formed(const json& r) {
  using t = json::value_t;
  for (const char* key : {"version", "jurisdiction", "collectionMethod", "consentReceiptID", "language",
                          "piiPrincipalId", "policyUrl"})
    if (!has(r, key, t::string)) return false;
  if (jsonread::string_of(r, "version") != std::string(kReceiptVersion)) return false;
  if (!has(r, "consentTimestamp", t::number_integer) || !has(r, "piiControllers", t::array) ||
      !has(r, "services", t::array) || !has(r, "sensitive", t::boolean) || !has(r, "spiCat", t::array))
    return false;
  if (r["piiControllers"].empty() || r["services"].empty()) return false;
  for (const auto& c : r["piiControllers"])
    if (!has(c, "piiController", t::string) || !has(c, "address", t::object)) return false;
  for (const auto& s : r["services"]) {
    if (!has(s, "service", t::string) || !has(s, "purposes", t::array) || s["purposes"].empty()) return false;
    for (const auto& p : s["purposes"])
      if (!has(p, "purpose", t::string) || !has(p, "piiCategory", t::array) || !has(p, "termination", t::string))
        return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> special_categories(const std::vector<std::string>& categories) {
  std::vector<std::string> out;
  for (const auto& c : categories)
    if (std::find(kSpecial.begin(), kSpecial.end(), c) != kSpecial.end()) out.push_back(c);
  return out;
}

json export_receipt(const ConsentRecord& r, const submission::SigningKey& key, const ReceiptOptions& options) {
  const std::vector<std::string> special = special_categories(r.categories);
  const bool disclosed = r.processor.has_value() || r.recipient != r.operator_party.name;
  json purpose = {{"purpose", r.purpose},
                  {"purposeCategory", json::array({r.purpose})},
                  {"consentType", "EXPLICIT"},
                  {"piiCategory", r.categories},
                  {"primaryPurpose", true},
                  {"termination", "действует до " + time::format_iso_utc(r.valid_until_ms) +
                                      "; отзыв: " + r.withdrawal_method},
                  {"thirdPartyDisclosure", disclosed}};
  if (disclosed) purpose["thirdPartyName"] = r.processor ? r.processor->name : r.recipient;
  json controllers = json::array({controller(r.operator_party)});
  json receipt = {{"version", kReceiptVersion},
                  {"jurisdiction", options.jurisdiction},
                  {"consentTimestamp", r.created_ms / 1000},
                  {"collectionMethod", options.collection_method},
                  {"consentReceiptID", receipt_id(r)},
                  {"publicKey", auth::to_hex(key.public_key)},
                  {"language", options.language},
                  {"piiPrincipalId", r.subject.full_name},
                  {"piiControllers", controllers},
                  {"policyUrl", options.policy_url},
                  {"services", json::array({{{"service", r.recipient}, {"purposes", json::array({purpose})}}})},
                  {"sensitive", !special.empty()},
                  {"spiCat", special}};
  const std::string message = submission::canonical_json(receipt);
  unsigned char signature[crypto_sign_BYTES];
  auth::ensure_sodium();
  crypto_sign_detached(signature, nullptr, bytes(message), message.size(), bytes(key.secret_key));
  receipt["signature"] = auth::to_hex(std::string(reinterpret_cast<const char*>(signature), sizeof signature));
  return receipt;
}

submission::Verdict verify_receipt(const json& receipt) {
  if (!receipt.is_object() || !well_formed(receipt)) return submission::Verdict::malformed;
  auto public_key = strict_hex(receipt, "publicKey", crypto_sign_PUBLICKEYBYTES);
  auto signature = strict_hex(receipt, "signature", crypto_sign_BYTES);
  if (!public_key || !signature) return submission::Verdict::malformed;
  json unsigned_part = receipt;
  unsigned_part.erase("signature");
  const std::string message = submission::canonical_json(unsigned_part);
  auth::ensure_sodium();
  return crypto_sign_verify_detached(bytes(*signature), bytes(message), message.size(), bytes(*public_key)) == 0
             ? submission::Verdict::valid
             : submission::Verdict::bad_signature;
}

submission::Verdict verify_receipt_text(std::string_view text) {
  if (!text::is_valid_utf8(text)) return submission::Verdict::malformed;
  const json receipt = json::parse(text, nullptr, false);
  if (receipt.is_discarded()) return submission::Verdict::malformed;
  return verify_receipt(receipt);
}

}  // namespace cabinet::consents
