#pragma once
// Whether data may be processed now: some single consent must, at `now_ms`,
// be active, name the recipient and the purpose, cover every category and
// grant an access level high enough for each of them.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "consents/consent_book.hpp"

namespace cabinet::consents {

// The purposes forms and screens ask for today; labels "consents.purposes.<id>" (journey.json).
inline constexpr std::array<std::string_view, 5> kPurposes = {
    "registry_autofill", "personal_data_processing", "personal_suggestions", "application_processing",
    "document_sharing"};

enum class Refusal { none, no_consent, withdrawn, expired, category_not_covered, purpose_not_covered, access_level };
std::string_view refusal_id(Refusal refusal);  // "consents.refusal.<id>" in the catalogs

struct Decision {
  bool allowed = false;
  Refusal reason = Refusal::none;
  // The consent relied on when allowed; otherwise the one that came closest
  // (empty when the recipient has none), so the UI can explain and offer to
  // give, renew or widen it.
  std::string consent_id;
  std::vector<std::string> uncovered;  // categories not covered or above the level, when refused for them
};

// The lowest access level that covers a category:
//   limited: full_name, birth_date, snils;
//   partial: passport, inn, address, phone, email, family;
//   full:    everything else (bank_details, income, work_record, payments, health, ...).
AccessLevel required_level(std::string_view category);

Decision may_process(const ConsentBook& book, std::string_view recipient, std::string_view purpose,
                     const std::vector<std::string>& categories, int64_t now_ms);

}  // namespace cabinet::consents
