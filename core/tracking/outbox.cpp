#include "tracking/outbox.hpp"

#include <algorithm>

#include "json/read.hpp"

namespace cabinet::tracking {

namespace {

int64_t backoff_ms(int attempts) {
  int64_t delay = Outbox::kBackoffBaseMs;
  for (int i = 1; i < attempts && delay < Outbox::kBackoffMaxMs; ++i) delay *= 2;
  return std::min(delay, Outbox::kBackoffMaxMs);
}

}  // namespace

std::string_view outbox_state_id(OutboxEntry::State state) {
  switch (state) {
    case OutboxEntry::State::waiting:
      return "waiting";
    case OutboxEntry::State::delivered:
      return "delivered";
    case OutboxEntry::State::rejected:
      return "rejected";
  }
  return "waiting";
}

bool Outbox::enqueue(const nlohmann::json& envelope, int64_t now_ms) {
  const std::string number = jsonread::text_of(envelope, "application_number");
  const std::string key = jsonread::text_of(envelope, "idempotency_key");
  if (number.empty() || key.empty()) return false;
  const bool known =
      std::any_of(entries_.begin(), entries_.end(), [&](const OutboxEntry& e) { return e.idempotency_key == key; });
  if (known) return false;
  OutboxEntry entry;
  entry.number = number;
  entry.idempotency_key = key;
  entry.envelope = envelope;
  entry.queued_ms = now_ms;
  entry.next_attempt_ms = now_ms;
  entries_.push_back(std::move(entry));
  return true;
}

std::vector<const OutboxEntry*> Outbox::due(int64_t now_ms) const {
  std::vector<const OutboxEntry*> out;
  for (const OutboxEntry& entry : entries_) {
    if (entry.state == OutboxEntry::State::waiting && entry.next_attempt_ms <= now_ms) out.push_back(&entry);
  }
  return out;
}

DeliveryReport Outbox::deliver(AgencyGateway& gateway, int64_t now_ms) {
  std::vector<HandedOver> handed;
  for (const OutboxEntry* entry : due(now_ms)) {
    handed.push_back({entry->idempotency_key, gateway.submit(entry->envelope)});
    if (!handed.back().ack.accepted && handed.back().ack.transient) break;
  }
  return record(handed, now_ms);
}

DeliveryReport Outbox::record(const std::vector<HandedOver>& handed, int64_t now_ms) {
  DeliveryReport report;
  for (const HandedOver& answer : handed) {
    auto found = std::find_if(entries_.begin(), entries_.end(), [&](const OutboxEntry& e) {
      return e.idempotency_key == answer.idempotency_key && e.state == OutboxEntry::State::waiting;
    });
    if (found == entries_.end()) continue;  // answered already (a second round of the same entries)
    OutboxEntry& entry = *found;
    const Ack& ack = answer.ack;
    if (ack.accepted) {
      entry.state = OutboxEntry::State::delivered;
      entry.agency_id = ack.agency_id;
      entry.duplicate = ack.duplicate;
      entry.finished_ms = now_ms;
      entry.last_code.clear();
      report.delivered.push_back(entry);
      continue;
    }
    entry.last_code = ack.code;
    if (!ack.transient) {
      entry.state = OutboxEntry::State::rejected;
      entry.finished_ms = now_ms;
      report.rejected.push_back(entry);
      continue;
    }
    ++entry.attempts;
    entry.next_attempt_ms = now_ms + backoff_ms(entry.attempts);
    ++report.transient_failures;
    break;
  }
  for (const OutboxEntry& entry : entries_) {
    if (entry.state != OutboxEntry::State::waiting) continue;
    const int64_t due = std::max(entry.next_attempt_ms, now_ms);
    if (report.next_attempt_ms < 0 || due < report.next_attempt_ms) report.next_attempt_ms = due;
  }
  return report;
}

bool Outbox::retry(std::string_view number, int64_t now_ms) {
  for (OutboxEntry& entry : entries_) {
    if (entry.number != number || entry.state != OutboxEntry::State::rejected) continue;
    entry.state = OutboxEntry::State::waiting;
    entry.attempts = 0;
    entry.next_attempt_ms = now_ms;
    entry.finished_ms = 0;
    return true;
  }
  return false;
}

bool Outbox::withdraw(std::string_view number) {
  return std::erase_if(entries_, [&](const OutboxEntry& e) {
           return e.number == number && e.state != OutboxEntry::State::delivered;
         }) > 0;
}

void Outbox::prune_finished() {
  std::erase_if(entries_, [](const OutboxEntry& e) { return e.state != OutboxEntry::State::waiting; });
}

size_t Outbox::waiting() const {
  return static_cast<size_t>(std::count_if(
      entries_.begin(), entries_.end(), [](const OutboxEntry& e) { return e.state == OutboxEntry::State::waiting; }));
}

const OutboxEntry* Outbox::find(std::string_view number) const {
  auto it = std::find_if(entries_.begin(), entries_.end(), [&](const OutboxEntry& e) { return e.number == number; });
  return it == entries_.end() ? nullptr : &*it;
}

}  // namespace cabinet::tracking
