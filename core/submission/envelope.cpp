#include "submission/envelope.hpp"

#include <sodium.h>

#include "time/iso8601.hpp"

namespace cabinet::submission {

namespace {

using json = nlohmann::json;

const unsigned char* bytes(const std::string& text) { return reinterpret_cast<const unsigned char*>(text.data()); }

void collect(const json& value, json& out) {
  if (value.is_object()) {
    if (value.contains("blake2b") && value.contains("name")) {
      out.push_back(value);
      return;
    }
    for (const auto& item : value) collect(item, out);
  } else if (value.is_array()) {
    for (const auto& item : value) collect(item, out);
  }
}

}  // namespace

SigningKey generate_signing_key(const auth::RandomSource& random) {
  auth::ensure_sodium();
  unsigned char seed[crypto_sign_SEEDBYTES];
  random(seed, sizeof seed);
  SigningKey key;
  key.public_key.resize(crypto_sign_PUBLICKEYBYTES);
  key.secret_key.resize(crypto_sign_SECRETKEYBYTES);
  crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(key.public_key.data()),
                           reinterpret_cast<unsigned char*>(key.secret_key.data()), seed);
  sodium_memzero(seed, sizeof seed);
  return key;
}

json signing_key_to_json(const SigningKey& key) {
  return {{"alg", "Ed25519"}, {"public_key", auth::to_hex(key.public_key)}, {"secret_key", auth::to_hex(key.secret_key)}};
}

std::optional<SigningKey> signing_key_from_json(const json& value) {
  if (!value.is_object()) return std::nullopt;
  auto pk = value.find("public_key");
  auto sk = value.find("secret_key");
  if (pk == value.end() || sk == value.end() || !pk->is_string() || !sk->is_string()) return std::nullopt;
  auto public_key = auth::from_hex(pk->get<std::string>());
  auto secret_key = auth::from_hex(sk->get<std::string>());
  if (!public_key || !secret_key || public_key->size() != crypto_sign_PUBLICKEYBYTES ||
      secret_key->size() != crypto_sign_SECRETKEYBYTES || secret_key->substr(32) != *public_key)
    return std::nullopt;
  return SigningKey{*public_key, *secret_key};
}

std::string canonical_json(const json& value) {
  // nlohmann's object is a std::map: keys come out sorted by their UTF-8 bytes.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

json collect_attachments(const json& data) {
  json out = json::array();
  collect(data, out);
  return out;
}

json make_envelope(const EnvelopeInput& input, const SigningKey& key) {
  json envelope = {{"format", "cabinet.submission/1"},
                   {"form", input.form_id},
                   {"form_version", input.form_version},
                   {"application_number", input.application_number},
                   {"data", input.data},
                   {"attachments", collect_attachments(input.data)},
                   {"idempotency_key", input.idempotency_key},
                   {"created", time::format_iso_utc(input.created_ms)},
                   {"signer", {{"alg", "Ed25519"}, {"public_key", auth::to_hex(key.public_key)}}}};
  if (input.applicant.is_object()) envelope["applicant"] = input.applicant;
  if (!input.corrects.empty()) envelope["corrects"] = input.corrects;
  const std::string message = canonical_json(envelope);
  unsigned char signature[crypto_sign_BYTES];
  auth::ensure_sodium();
  crypto_sign_detached(signature, nullptr, bytes(message), message.size(), bytes(key.secret_key));
  envelope["signature"] = auth::to_hex(std::string(reinterpret_cast<const char*>(signature), sizeof signature));
  return envelope;
}

Verdict verify_envelope(const json& envelope) {
  if (!envelope.is_object()) return Verdict::malformed;
  auto signature_it = envelope.find("signature");
  auto signer = envelope.find("signer");
  if (signature_it == envelope.end() || !signature_it->is_string() || signer == envelope.end() || !signer->is_object())
    return Verdict::malformed;
  auto pk = signer->find("public_key");
  if (pk == signer->end() || !pk->is_string()) return Verdict::malformed;
  auto public_key = auth::from_hex(pk->get<std::string>());
  auto signature = auth::from_hex(signature_it->get<std::string>());
  if (!public_key || !signature || public_key->size() != crypto_sign_PUBLICKEYBYTES ||
      signature->size() != crypto_sign_BYTES)
    return Verdict::malformed;
  json unsigned_part = envelope;
  unsigned_part.erase("signature");
  const std::string message = canonical_json(unsigned_part);
  auth::ensure_sodium();
  return crypto_sign_verify_detached(bytes(*signature), bytes(message), message.size(), bytes(*public_key)) == 0
             ? Verdict::valid
             : Verdict::bad_signature;
}

}  // namespace cabinet::submission
