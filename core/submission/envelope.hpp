#pragma once
// The submission envelope handed to the agency side: the canonical JSON of the
// data, the attachments' hashes, the form id and version and an idempotency
// key, signed with Ed25519 (libsodium). Until the account issue lands the
// signer is a device key kept in the app's storage.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "auth/sodium.hpp"

namespace cabinet::submission {

struct SigningKey {
  std::string public_key;  // 32 bytes
  std::string secret_key;  // 64 bytes (libsodium's seed + public key)
};

SigningKey generate_signing_key(const auth::RandomSource& random);
nlohmann::json signing_key_to_json(const SigningKey& key);
std::optional<SigningKey> signing_key_from_json(const nlohmann::json& json);

// Sorted keys, no insignificant whitespace, UTF-8 as is (integers only: money is kopecks).
std::string canonical_json(const nlohmann::json& value);

struct EnvelopeInput {
  std::string form_id;
  int form_version = 1;
  nlohmann::json data;
  std::string idempotency_key;
  std::string application_number;
  int64_t created_ms = 0;
  // Who applies, as the portal knows them ({"snils", "full_name"}): the agency
  // finds the citizen's records by it. Left null, the envelope has none.
  nlohmann::json applicant = nullptr;
  // «Исправить и отправить повторно»: the number of the application this one
  // corrects; the agency stops reviewing that one. Empty: the envelope has none.
  std::string corrects;
};

// Every attachment in `data` ({"name", "type", "size", "blake2b"} objects, anywhere).
nlohmann::json collect_attachments(const nlohmann::json& data);

nlohmann::json make_envelope(const EnvelopeInput& input, const SigningKey& key);

enum class Verdict { valid, malformed, bad_signature };
// Checks the signature over everything but "signature" with the embedded public key.
Verdict verify_envelope(const nlohmann::json& envelope);

}  // namespace cabinet::submission
