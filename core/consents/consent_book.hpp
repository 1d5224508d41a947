#pragma once
// All consents of an account and the append-only history of every change.
// Operations never throw: an illegal one is refused with an OpError and
// changes nothing; a legal one returns the audit event for core/audit's log.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/audit_log.hpp"
#include "consents/consent_record.hpp"
#include "submission/envelope.hpp"

namespace cabinet::consents {

// 152-FZ art. 21 part 5: data are destroyed within 30 days of withdrawal.
inline constexpr int64_t kDestroyAfterMs = 30LL * 24 * 60 * 60 * 1000;

enum class Operation { give, change, renew, withdraw, expire, refuse };
std::string_view operation_id(Operation operation);
std::optional<Operation> parse_operation(std::string_view id);

enum class OpError {
  none,
  not_confirmed,    // the text was not shown or the one-time code not confirmed
  incomplete,       // an art. 9 p.4 item or the recipient is missing
  bad_term,         // valid_until is not after now
  unknown_consent,  // no consent with this id
  not_active,       // withdrawn, expired (or past its term) or refused: cannot change
  nothing_changed,  // a change that changes nothing
  not_later,        // a renewal must move valid_until later
};
std::string_view error_id(OpError error);

// Exactly the arguments of audit::AuditLog::append (action: consent_change).
struct AuditEvent {
  int64_t time_ms = 0;
  std::string actor;
  std::string action;
  std::string object;  // "consent:C-000001"
  nlohmann::json details = nlohmann::json::object();
};
const audit::AuditEntry& append_to(audit::AuditLog& log, const AuditEvent& event);

struct HistoryEntry {
  int64_t time_ms = 0;
  Operation operation = Operation::give;
  std::string consent_id;
  std::string actor;
  nlohmann::json before;  // to_json(record) before the operation; null for give and refuse
  nlohmann::json after;   // to_json(record) after it
};

struct OpResult {
  OpError error = OpError::none;
  std::string consent_id;
  AuditEvent event;  // meaningful only when ok()
  bool ok() const { return error == OpError::none; }
};

struct ChangeRequest {
  std::optional<std::string> purpose;
  std::optional<int64_t> valid_until_ms;
  std::optional<AccessLevel> level;
};

// A consent may be relied on at `now_ms`: given/renewed/changed, created and not past its term.
bool is_active_at(const ConsentRecord& record, int64_t now_ms);

class ConsentBook {
 public:
  // `draft` holds the terms (subject, operator, purpose, categories, ...); the
  // book sets id, status, times and the signature by `key`. Refused unless
  // `confirmed` (text shown, one-time code checked by the caller).
  OpResult give(ConsentRecord draft, bool confirmed, const submission::SigningKey& key, int64_t now_ms,
                std::string_view actor);
  // New purpose, term or access level of an active consent: re-signed, status "changed".
  OpResult change(std::string_view id, const ChangeRequest& request, bool confirmed,
                  const submission::SigningKey& key, int64_t now_ms, std::string_view actor);
  // A later valid_until for an active consent: re-signed, status "renewed".
  OpResult renew(std::string_view id, int64_t valid_until_ms, bool confirmed, const submission::SigningKey& key,
                 int64_t now_ms, std::string_view actor);
  // Takes effect at once; destroy_by = now + 30 days.
  OpResult withdraw(std::string_view id, int64_t now_ms, std::string_view actor);
  // The citizen declined a requested consent: kept as a record with status "refused".
  OpResult refuse(ConsentRecord draft, int64_t now_ms, std::string_view actor);
  // Marks every active consent whose term has passed as expired (actor "system").
  std::vector<AuditEvent> expire_due(int64_t now_ms);

  const ConsentRecord* find(std::string_view id) const;
  const std::vector<ConsentRecord>& records() const { return records_; }
  const std::vector<HistoryEntry>& history() const { return history_; }
  std::vector<HistoryEntry> history_of(std::string_view id) const;

  nlohmann::json to_json() const;
  // Non-throwing: nullopt for a damaged book.
  static std::optional<ConsentBook> from_json(const nlohmann::json& json);

 private:
  ConsentRecord* find_mutable(std::string_view id);
  std::string next_id() const;
  OpResult record_change(ConsentRecord& record, const nlohmann::json& before, Operation operation, int64_t now_ms,
                         std::string_view actor, nlohmann::json details = nlohmann::json::object());
  OpResult add(ConsentRecord record, Operation operation, int64_t now_ms, std::string_view actor);

  std::vector<ConsentRecord> records_;
  std::vector<HistoryEntry> history_;
  uint64_t next_number_ = 1;
};

}  // namespace cabinet::consents
