#include "consents/consent_book.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

#include "audit/actions.hpp"
#include "consents/completeness.hpp"
#include "text/utf8.hpp"

namespace cabinet::consents {

namespace {

using json = nlohmann::json;

constexpr std::array<std::string_view, 6> kOperations = {"give", "change", "renew", "withdraw", "expire", "refuse"};
constexpr std::array<std::string_view, 8> kErrors = {"none",        "not_confirmed", "incomplete",      "bad_term",
                                                     "unknown_consent", "not_active", "nothing_changed", "not_later"};

std::string number_id(uint64_t number) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "C-%06llu", static_cast<unsigned long long>(number));
  return buffer;
}

}  // namespace

std::string_view operation_id(Operation operation) { return kOperations[static_cast<size_t>(operation)]; }

std::optional<Operation> parse_operation(std::string_view id) {
  for (size_t i = 0; i < kOperations.size(); ++i)
    if (kOperations[i] == id) return static_cast<Operation>(i);
  return std::nullopt;
}

std::string_view error_id(OpError error) { return kErrors[static_cast<size_t>(error)]; }

const audit::AuditEntry& append_to(audit::AuditLog& log, const AuditEvent& e) {
  return log.append(e.time_ms, e.actor, e.action, e.object, e.details);
}

bool is_active_at(const ConsentRecord& r, int64_t now_ms) {
  return is_active_status(r.status) && r.created_ms <= now_ms && now_ms < r.valid_until_ms;
}

// The next free "C-NNNNNN" (a restored book's counter may lag behind its records).
std::string ConsentBook::next_id() const {
  uint64_t number = next_number_;
  while (find(number_id(number))) ++number;
  return number_id(number);
}

ConsentRecord* ConsentBook::find_mutable(std::string_view id) {
  for (auto& r : records_)
    if (r.id == id) return &r;
  return nullptr;
}

const ConsentRecord* ConsentBook::find(std::string_view id) const {
  for (const auto& r : records_)
    if (r.id == id) return &r;
  return nullptr;
}

std::vector<HistoryEntry> ConsentBook::history_of(std::string_view id) const {
  std::vector<HistoryEntry> out;
  for (const auto& h : history_)
    if (h.consent_id == id) out.push_back(h);
  return out;
}

OpResult ConsentBook::record_change(ConsentRecord& r, const json& before, Operation operation, int64_t now_ms,
                                    std::string_view actor, json details) {
  history_.push_back({now_ms, operation, r.id, std::string(actor), before, consents::to_json(r)});
  details["operation"] = operation_id(operation);
  details["status"] = status_id(r.status);
  details["purpose"] = r.purpose;
  details["recipient"] = r.recipient;
  return {OpError::none, r.id,
          AuditEvent{now_ms, std::string(actor), std::string(audit::actions::kConsentChange), "consent:" + r.id,
                     std::move(details)}};
}

OpResult ConsentBook::add(ConsentRecord r, Operation operation, int64_t now_ms, std::string_view actor) {
  uint64_t number = 0;  // ids come from next_id(): "C-" and digits
  std::from_chars(r.id.data() + 2, r.id.data() + r.id.size(), number);
  next_number_ = number + 1;
  records_.push_back(std::move(r));
  return record_change(records_.back(), json(), operation, now_ms, actor);
}

OpResult ConsentBook::give(ConsentRecord draft, bool confirmed, const submission::SigningKey& key, int64_t now_ms,
                           std::string_view actor) {
  if (!confirmed) return {OpError::not_confirmed, "", {}};
  if (draft.valid_until_ms <= now_ms) return {OpError::bad_term, "", {}};
  draft.id = next_id();
  draft.status = Status::given;
  draft.created_ms = draft.changed_ms = now_ms;
  draft.withdrawn_ms.reset();
  draft.destroy_by_ms.reset();
  sign_record(draft, key);
  if (!missing_items(draft).empty() || text::trim(draft.recipient).empty()) return {OpError::incomplete, "", {}};
  return add(std::move(draft), Operation::give, now_ms, actor);
}

OpResult ConsentBook::refuse(ConsentRecord draft, int64_t now_ms, std::string_view actor) {
  if (text::trim(draft.purpose).empty() || text::trim(draft.recipient).empty()) return {OpError::incomplete, "", {}};
  draft.id = next_id();
  draft.status = Status::refused;
  draft.created_ms = draft.changed_ms = now_ms;
  draft.withdrawn_ms.reset();
  draft.destroy_by_ms.reset();
  draft.signature.reset();
  return add(std::move(draft), Operation::refuse, now_ms, actor);
}

OpResult ConsentBook::change(std::string_view id, const ChangeRequest& request, bool confirmed,
                             const submission::SigningKey& key, int64_t now_ms, std::string_view actor) {
  ConsentRecord* r = find_mutable(id);
  if (!r) return {OpError::unknown_consent, std::string(id), {}};
  if (!is_active_at(*r, now_ms)) return {OpError::not_active, r->id, {}};
  if (!confirmed) return {OpError::not_confirmed, r->id, {}};
  if (request.purpose && text::trim(*request.purpose).empty()) return {OpError::incomplete, r->id, {}};
  if (request.valid_until_ms && *request.valid_until_ms <= now_ms) return {OpError::bad_term, r->id, {}};
  json changed = json::array();
  ConsentRecord next = *r;
  if (request.purpose && *request.purpose != r->purpose) {
    next.purpose = *request.purpose;
    changed.push_back("purpose");
  }
  if (request.valid_until_ms && *request.valid_until_ms != r->valid_until_ms) {
    next.valid_until_ms = *request.valid_until_ms;
    changed.push_back("term");
  }
  if (request.level && *request.level != r->level) {
    next.level = *request.level;
    changed.push_back("level");
  }
  if (changed.empty()) return {OpError::nothing_changed, r->id, {}};
  const json before = consents::to_json(*r);
  next.status = Status::changed;
  next.changed_ms = now_ms;
  sign_record(next, key);
  *r = std::move(next);
  return record_change(*r, before, Operation::change, now_ms, actor, {{"changed", changed}});
}

OpResult ConsentBook::renew(std::string_view id, int64_t valid_until_ms, bool confirmed,
                            const submission::SigningKey& key, int64_t now_ms, std::string_view actor) {
  ConsentRecord* r = find_mutable(id);
  if (!r) return {OpError::unknown_consent, std::string(id), {}};
  if (!is_active_at(*r, now_ms)) return {OpError::not_active, r->id, {}};
  if (!confirmed) return {OpError::not_confirmed, r->id, {}};
  if (valid_until_ms <= r->valid_until_ms) return {OpError::not_later, r->id, {}};
  const json before = consents::to_json(*r);
  r->valid_until_ms = valid_until_ms;
  r->status = Status::renewed;
  r->changed_ms = now_ms;
  sign_record(*r, key);
  return record_change(*r, before, Operation::renew, now_ms, actor);
}

OpResult ConsentBook::withdraw(std::string_view id, int64_t now_ms, std::string_view actor) {
  ConsentRecord* r = find_mutable(id);
  if (!r) return {OpError::unknown_consent, std::string(id), {}};
  if (!is_active_at(*r, now_ms)) return {OpError::not_active, r->id, {}};
  const json before = consents::to_json(*r);
  r->status = Status::withdrawn;
  r->changed_ms = now_ms;
  r->withdrawn_ms = now_ms;
  r->destroy_by_ms = now_ms + kDestroyAfterMs;
  return record_change(*r, before, Operation::withdraw, now_ms, actor,
                       {{"destroy_by", consents::to_json(*r)["destroy_by"]}});
}

std::vector<AuditEvent> ConsentBook::expire_due(int64_t now_ms) {
  std::vector<AuditEvent> events;
  for (auto& r : records_) {
    if (!is_active_status(r.status) || r.valid_until_ms > now_ms) continue;
    const json before = consents::to_json(r);
    r.status = Status::expired;
    r.changed_ms = now_ms;
    events.push_back(record_change(r, before, Operation::expire, now_ms, "system").event);
  }
  return events;
}

}  // namespace cabinet::consents
