#include "consents/consent_record.hpp"

#include <array>
#include <utility>

#include "json/read.hpp"
#include "time/iso8601.hpp"

namespace cabinet::consents {

namespace {

using json = nlohmann::json;

constexpr std::array<std::pair<Status, std::string_view>, 6> kStatuses = {{{Status::given, "given"},
                                                                          {Status::renewed, "renewed"},
                                                                          {Status::changed, "changed"},
                                                                          {Status::withdrawn, "withdrawn"},
                                                                          {Status::expired, "expired"},
                                                                          {Status::refused, "refused"}}};
constexpr std::array<std::pair<AccessLevel, std::string_view>, 3> kLevels = {
    {{AccessLevel::full, "full"}, {AccessLevel::partial, "partial"}, {AccessLevel::limited, "limited"}}};
constexpr std::array<std::pair<ProcessingMethod, std::string_view>, 4> kMethods = {
    {{ProcessingMethod::unspecified, ""},
     {ProcessingMethod::automated, "automated"},
     {ProcessingMethod::non_automated, "non_automated"},
     {ProcessingMethod::mixed, "mixed"}}};

template <typename Enum, size_t N>
std::string_view id_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [e, id] : table)
    if (e == value) return id;
  return "";
}

template <typename Enum, size_t N>
std::optional<Enum> parse_id(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view id) {
  for (const auto& [e, name] : table)
    if (name == id) return e;
  return std::nullopt;
}

json person_json(const Person& p) {
  return {{"full_name", p.full_name},
          {"address", p.address},
          {"document",
           {{"type", p.document.type},
            {"number", p.document.number},
            {"issued_on", p.document.issued_on},
            {"issuer", p.document.issuer}}}};
}

json party_json(const Party& p) {
  return {{"name", p.name}, {"address", p.address}, {"email", p.email}, {"phone", p.phone}};
}

bool read_person(const json& value, Person& p) {
  if (!value.is_object()) return false;
  const json* doc = jsonread::member(value, "document");
  if (doc && !doc->is_object()) return false;
  const json empty = json::object();
  const json& d = doc ? *doc : empty;
  return jsonread::read_string(value, "full_name", p.full_name) && jsonread::read_string(value, "address", p.address) &&
         jsonread::read_string(d, "type", p.document.type) && jsonread::read_string(d, "number", p.document.number) &&
         jsonread::read_string(d, "issued_on", p.document.issued_on) &&
         jsonread::read_string(d, "issuer", p.document.issuer);
}

bool read_party(const json& value, Party& p) {
  return value.is_object() && jsonread::read_string(value, "name", p.name) &&
         jsonread::read_string(value, "address", p.address) && jsonread::read_string(value, "email", p.email) &&
         jsonread::read_string(value, "phone", p.phone);
}

}  // namespace

std::string_view status_id(Status status) { return id_of(kStatuses, status); }
std::string_view level_id(AccessLevel level) { return id_of(kLevels, level); }
std::string_view method_id(ProcessingMethod method) { return id_of(kMethods, method); }
std::optional<Status> parse_status(std::string_view id) { return parse_id(kStatuses, id); }
std::optional<AccessLevel> parse_level(std::string_view id) { return parse_id(kLevels, id); }
std::optional<ProcessingMethod> parse_method(std::string_view id) { return parse_id(kMethods, id); }

bool is_active_status(Status status) {
  return status == Status::given || status == Status::renewed || status == Status::changed;
}

json terms_json(const ConsentRecord& r) {
  json terms = {{"id", r.id},
                {"subject", person_json(r.subject)},
                {"operator", party_json(r.operator_party)},
                {"purpose", r.purpose},
                {"categories", r.categories},
                {"actions", r.actions},
                {"method", method_id(r.method)},
                {"withdrawal_method", r.withdrawal_method},
                {"recipient", r.recipient},
                {"level", level_id(r.level)},
                {"valid_until", time::format_iso_utc(r.valid_until_ms)}};
  if (r.representative)
    terms["representative"] = {{"person", person_json(r.representative->person)},
                               {"authority_document", r.representative->authority_document}};
  if (r.processor) terms["processor"] = party_json(*r.processor);
  return terms;
}

json to_json(const ConsentRecord& r) {
  json out = terms_json(r);
  out["status"] = status_id(r.status);
  out["created"] = time::format_iso_utc(r.created_ms);
  out["changed"] = time::format_iso_utc(r.changed_ms);
  if (r.withdrawn_ms) out["withdrawn"] = time::format_iso_utc(*r.withdrawn_ms);
  if (r.destroy_by_ms) out["destroy_by"] = time::format_iso_utc(*r.destroy_by_ms);
  if (r.signature)
    out["signature"] = {{"alg", "Ed25519"}, {"public_key", r.signature->public_key}, {"value", r.signature->value}};
  return out;
}

std::optional<ConsentRecord> record_from_json(const json& value) {
  if (!value.is_object()) return std::nullopt;
  ConsentRecord r;
  const auto status = parse_status(jsonread::string_of(value, "status").value_or("?"));
  const auto level = parse_level(jsonread::string_of(value, "level").value_or("?"));
  const auto method = jsonread::member(value, "method")
                          ? parse_method(jsonread::string_of(value, "method").value_or("?"))
                          : ProcessingMethod::unspecified;
  const json* subject = jsonread::member(value, "subject");
  const json* op = jsonread::member(value, "operator");
  if (!status || !level || !method || !subject || !op || !read_person(*subject, r.subject) ||
      !read_party(*op, r.operator_party))
    return std::nullopt;
  r.status = *status;
  r.level = *level;
  r.method = *method;
  if (!jsonread::read_string(value, "id", r.id) || r.id.empty() ||
      !jsonread::read_string(value, "purpose", r.purpose) ||
      !jsonread::read_strings(value, "categories", r.categories) ||
      !jsonread::read_strings(value, "actions", r.actions) ||
      !jsonread::read_string(value, "withdrawal_method", r.withdrawal_method) ||
      !jsonread::read_string(value, "recipient", r.recipient) || !jsonread::read_time(value, "created", r.created_ms) ||
      !jsonread::read_time(value, "changed", r.changed_ms) ||
      !jsonread::read_time(value, "valid_until", r.valid_until_ms) ||
      !jsonread::read_optional_time(value, "withdrawn", r.withdrawn_ms) ||
      !jsonread::read_optional_time(value, "destroy_by", r.destroy_by_ms))
    return std::nullopt;
  if (const json* rep = jsonread::member(value, "representative")) {
    Representative representative;
    const json* person = jsonread::member(*rep, "person");
    if (!person || !read_person(*person, representative.person) ||
        !jsonread::read_string(*rep, "authority_document", representative.authority_document))
      return std::nullopt;
    r.representative = std::move(representative);
  }
  if (const json* processor = jsonread::member(value, "processor")) {
    Party party;
    if (!read_party(*processor, party)) return std::nullopt;
    r.processor = std::move(party);
  }
  if (const json* sig = jsonread::member(value, "signature")) {
    auto pk = jsonread::string_of(*sig, "public_key");
    auto v = jsonread::string_of(*sig, "value");
    if (!pk || !v) return std::nullopt;
    r.signature = Signature{*pk, *v};
  }
  return r;
}

}  // namespace cabinet::consents
