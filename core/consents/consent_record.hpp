#pragma once
// One consent to personal-data processing, with every item 152-FZ art. 9
// part 4 requires of a written consent, its recipient, access level, status
// and times. Each consent is its own record.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::consents {

// дано, продлено, изменено, отозвано, истекло, отказано.
enum class Status { given, renewed, changed, withdrawn, expired, refused };
// полный, частичный, ограниченный (ordered: limited < partial < full).
enum class AccessLevel { limited, partial, full };
// Art. 9 p.4 item 7: automated, non-automated or mixed processing.
enum class ProcessingMethod { unspecified, automated, non_automated, mixed };

std::string_view status_id(Status status);
std::string_view level_id(AccessLevel level);
std::string_view method_id(ProcessingMethod method);
std::optional<Status> parse_status(std::string_view id);
std::optional<AccessLevel> parse_level(std::string_view id);
std::optional<ProcessingMethod> parse_method(std::string_view id);

// given, renewed and changed consents may be relied on (until valid_until).
bool is_active_status(Status status);

struct IdentityDocument {
  std::string type;       // "passport_rf"
  std::string number;     // "4510 123456"
  std::string issued_on;  // "2015-03-12"
  std::string issuer;     // "ОВД района Хамовники г. Москвы"
};

struct Person {
  std::string full_name;  // ФИО
  std::string address;
  IdentityDocument document;
};

// Art. 9 p.4 item 2: the representative and the document of authority.
struct Representative {
  Person person;
  std::string authority_document;  // реквизиты доверенности: "77 АА 1234567 от 01.02.2026"
};

// The operator or the processor (art. 9 p.4 items 3 and 6). Contacts are
// for the consent receipt, not required by the law.
struct Party {
  std::string name;
  std::string address;
  std::string email;
  std::string phone;
};

struct Signature {
  std::string public_key;  // hex, Ed25519
  std::string value;       // hex, over canonical_json(terms_json(record))
};

struct ConsentRecord {
  std::string id;  // "C-000001"
  Person subject;
  std::optional<Representative> representative;
  Party operator_party;
  std::string purpose;                  // a purpose id: registry_autofill, ...
  std::vector<std::string> categories;  // personal-data categories: full_name, snils, ...
  std::optional<Party> processor;       // when processing is entrusted to another person
  std::vector<std::string> actions;     // сбор, запись, систематизация, ...
  ProcessingMethod method = ProcessingMethod::unspecified;
  std::string withdrawal_method;  // how to withdraw: "в личном кабинете, раздел «Согласия»"
  std::string recipient;          // who receives the data
  AccessLevel level = AccessLevel::limited;
  Status status = Status::given;
  int64_t created_ms = 0;
  int64_t changed_ms = 0;
  int64_t valid_until_ms = 0;  // the term (art. 9 p.4 item 8)
  std::optional<int64_t> withdrawn_ms;
  std::optional<int64_t> destroy_by_ms;  // withdrawal + 30 days (art. 21 p.5)
  std::optional<Signature> signature;    // art. 9 p.4 item 9
};

// The terms the subject signs: everything but the status, its times and the
// signature, so withdrawal and expiry keep the signature valid.
nlohmann::json terms_json(const ConsentRecord& record);

// Timestamps as ISO 8601 UTC; optional parts omitted when absent.
nlohmann::json to_json(const ConsentRecord& record);
// Non-throwing: nullopt for anything that is not a record of this form.
std::optional<ConsentRecord> record_from_json(const nlohmann::json& json);

}  // namespace cabinet::consents
