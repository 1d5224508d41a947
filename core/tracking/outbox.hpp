#pragma once
// The outbox: signed submissions waiting to be handed to the agency
// («Ожидает отправки»). Persisted as JSON; delivered exactly once per
// idempotency key: a failed call is retried with backoff, a duplicate
// acknowledgement counts as delivered, and no entry is ever dropped by
// delivery (finished ones stay until prune_finished()).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tracking/gateway.hpp"

namespace cabinet::tracking {

struct OutboxEntry {
  enum class State { waiting, delivered, rejected };
  std::string number;           // the application number
  std::string idempotency_key;  // from the envelope
  nlohmann::json envelope;      // signed, never changed here
  State state = State::waiting;
  int attempts = 0;  // failed attempts so far
  int64_t queued_ms = 0;
  int64_t next_attempt_ms = 0;  // not tried before this time
  std::string last_code;        // the last failure's code (tracking.ack.<code>)
  std::string agency_id;        // delivered: the agency's id
  bool duplicate = false;       // delivered: the agency had it already
  int64_t finished_ms = 0;
};

struct DeliveryReport {
  std::vector<OutboxEntry> delivered;  // now acknowledged: move the application to «Отправлено в ведомство»
  std::vector<OutboxEntry> rejected;  // refused for good: «Ошибка отправки»
  int transient_failures = 0;
  int64_t next_attempt_ms = -1;  // when deliver() has work again; -1: none waiting
};

class Outbox {
 public:
  // Backoff after the n-th failure: base * 2^(n-1), at most max.
  static constexpr int64_t kBackoffBaseMs = 30'000;
  static constexpr int64_t kBackoffMaxMs = 30 * 60'000;

  // Queues a signed envelope; false (nothing changes) when it has no number or
  // idempotency key, or the same key is already in the outbox.
  bool enqueue(const nlohmann::json& envelope, int64_t now_ms);
  // The waiting entries that are due, oldest first: what a delivery hands over.
  std::vector<const OutboxEntry*> due(int64_t now_ms) const;
  // The agency's answers to entries handed over (in that order; the caller
  // stops at the first transient failure, as the connection is likely down):
  // delivered, rejected, or backed off. Entries no longer waiting are skipped.
  struct HandedOver {
    std::string idempotency_key;
    Ack ack;
  };
  DeliveryReport record(const std::vector<HandedOver>& handed, int64_t now_ms);
  // due() handed to `gateway` one by one, then record(): for tests and tools
  // that hold a gateway (the app hands over through the Runtime's port).
  DeliveryReport deliver(AgencyGateway& gateway, int64_t now_ms);
  // «Отправить повторно» after a rejection: waiting again, due now.
  bool retry(std::string_view number, int64_t now_ms);
  // «Отменить заявление» before it was handed over: the waiting or rejected
  // entry goes; false when there is none (delivered: the agency has it).
  bool withdraw(std::string_view number);
  // Forgets delivered and rejected entries (after the app saved their statuses).
  void prune_finished();

  const std::vector<OutboxEntry>& entries() const { return entries_; }
  size_t waiting() const;
  const OutboxEntry* find(std::string_view number) const;

  nlohmann::json to_json() const;
  // Non-throwing; nullopt when the document or any entry is damaged (keep it aside).
  static std::optional<Outbox> from_json(const nlohmann::json& json);
  static std::optional<Outbox> from_text(std::string_view text);

 private:
  std::vector<OutboxEntry> entries_;
};

std::string_view outbox_state_id(OutboxEntry::State state);

}  // namespace cabinet::tracking
