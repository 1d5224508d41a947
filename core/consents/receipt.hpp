#pragma once
// The consent as a Kantara Initiative Consent Receipt v1.1 (KI-CR-v1.1.0),
// signed Ed25519 by the account key over the canonical JSON of the receipt
// without its "signature" member; the public key is embedded ("publicKey").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "consents/consent_record.hpp"
#include "submission/envelope.hpp"

namespace cabinet::consents {

inline constexpr std::string_view kReceiptVersion = "KI-CR-v1.1.0";

struct ReceiptOptions {
  std::string policy_url = "https://sfr.gov.ru/personal_data_policy/";
  std::string collection_method = "личный кабинет: текст согласия показан, подтверждено одноразовым кодом";
  std::string jurisdiction = "RU";
  std::string language = "ru";
};

// Special categories of personal data (152-FZ art. 10) among the record's:
// they make the receipt "sensitive" and are listed in "spiCat".
std::vector<std::string> special_categories(const std::vector<std::string>& categories);

// The receipt of `record` (its terms; consentTimestamp in Unix seconds of
// the record's creation). consentReceiptID is derived from the record's id and
// the signature over its current terms, so each re-signed version gets its own.
nlohmann::json export_receipt(const ConsentRecord& record, const submission::SigningKey& key,
                              const ReceiptOptions& options = {});

// valid; malformed (not a receipt: a required member missing or mistyped, the
// key or signature not lower-case hex of the right size); bad_signature.
submission::Verdict verify_receipt(const nlohmann::json& receipt);
// The same for text: invalid UTF-8 or not JSON is malformed. Never throws.
submission::Verdict verify_receipt_text(std::string_view text);

}  // namespace cabinet::consents
