#pragma once
// The items 152-FZ art. 9 part 4 requires of a written consent, and the
// subject's Ed25519 signature over the consent's terms.
#include <string>
#include <vector>

#include "consents/consent_record.hpp"
#include "submission/envelope.hpp"

namespace cabinet::consents {

// The art. 9 p.4 items absent from `record` (blank text counts as absent), in
// the law's order, as ids: "subject.full_name", "subject.address",
// "subject.document.type|number|issued_on|issuer", "representative.*" (the
// same, plus "representative.authority_document", only when a representative
// is set), "operator.name", "operator.address", "purpose", "categories",
// "processor.name", "processor.address" (only when entrusted), "actions",
// "method", "term", "withdrawal_method", "signature" (absent or not valid).
std::vector<std::string> missing_items(const ConsentRecord& record);

// Signs terms_json(record) with the account key (canonical JSON, Ed25519).
void sign_record(ConsentRecord& record, const submission::SigningKey& key);
// valid, malformed (no or unreadable signature) or bad_signature.
submission::Verdict verify_record(const ConsentRecord& record);

}  // namespace cabinet::consents
