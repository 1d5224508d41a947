#include "consents/completeness.hpp"

#include <sodium.h>

#include "auth/sodium.hpp"
#include "text/utf8.hpp"

namespace cabinet::consents {

namespace {

const unsigned char* bytes(const std::string& text) { return reinterpret_cast<const unsigned char*>(text.data()); }

bool blank(const std::string& value) { return text::trim(value).empty(); }

void check(std::vector<std::string>& missing, const std::string& value, const std::string& id) {
  if (blank(value)) missing.push_back(id);
}

void check_person(std::vector<std::string>& missing, const Person& p, const std::string& prefix) {
  check(missing, p.full_name, prefix + ".full_name");
  check(missing, p.address, prefix + ".address");
  check(missing, p.document.type, prefix + ".document.type");
  check(missing, p.document.number, prefix + ".document.number");
  check(missing, p.document.issued_on, prefix + ".document.issued_on");
  check(missing, p.document.issuer, prefix + ".document.issuer");
}

bool any_filled(const std::vector<std::string>& values) {
  for (const auto& v : values)
    if (!blank(v)) return true;
  return false;
}

}  // namespace

std::vector<std::string> missing_items(const ConsentRecord& r) {
  std::vector<std::string> missing;
  check_person(missing, r.subject, "subject");                     // item 1
  if (r.representative) {                                          // item 2
    check_person(missing, r.representative->person, "representative");
    check(missing, r.representative->authority_document, "representative.authority_document");
  }
  check(missing, r.operator_party.name, "operator.name");          // item 3
  check(missing, r.operator_party.address, "operator.address");
  check(missing, r.purpose, "purpose");                            // item 4
  if (!any_filled(r.categories)) missing.push_back("categories");  // item 5
  if (r.processor) {                                               // item 6
    check(missing, r.processor->name, "processor.name");
    check(missing, r.processor->address, "processor.address");
  }
  if (!any_filled(r.actions)) missing.push_back("actions");  // item 7
  if (r.method == ProcessingMethod::unspecified) missing.push_back("method");
  if (r.valid_until_ms <= r.created_ms) missing.push_back("term");  // item 8
  check(missing, r.withdrawal_method, "withdrawal_method");
  if (verify_record(r) != submission::Verdict::valid) missing.push_back("signature");  // item 9
  return missing;
}

void sign_record(ConsentRecord& record, const submission::SigningKey& key) {
  const std::string message = submission::canonical_json(terms_json(record));
  unsigned char signature[crypto_sign_BYTES];
  auth::ensure_sodium();
  crypto_sign_detached(signature, nullptr, bytes(message), message.size(), bytes(key.secret_key));
  record.signature = Signature{auth::to_hex(key.public_key),
                               auth::to_hex(std::string(reinterpret_cast<const char*>(signature), sizeof signature))};
}

submission::Verdict verify_record(const ConsentRecord& record) {
  if (!record.signature) return submission::Verdict::malformed;
  auto public_key = auth::from_hex(record.signature->public_key);
  auto signature = auth::from_hex(record.signature->value);
  if (!public_key || !signature || public_key->size() != crypto_sign_PUBLICKEYBYTES ||
      signature->size() != crypto_sign_BYTES)
    return submission::Verdict::malformed;
  const std::string message = submission::canonical_json(terms_json(record));
  auth::ensure_sodium();
  return crypto_sign_verify_detached(bytes(*signature), bytes(message), message.size(), bytes(*public_key)) == 0
             ? submission::Verdict::valid
             : submission::Verdict::bad_signature;
}

}  // namespace cabinet::consents
