// The outbox on disk: {"version": 1, "entries": [...]}, times as ISO 8601 UTC.
#include "json/read.hpp"
#include "tracking/outbox.hpp"

namespace cabinet::tracking {

namespace {

using nlohmann::json;
using namespace jsonread;

std::optional<OutboxEntry::State> parse_state(std::string_view id) {
  for (auto state : {OutboxEntry::State::waiting, OutboxEntry::State::delivered, OutboxEntry::State::rejected}) {
    if (outbox_state_id(state) == id) return state;
  }
  return std::nullopt;
}

json entry_to_json(const OutboxEntry& e) {
  return {{"number", e.number},
          {"idempotency_key", e.idempotency_key},
          {"envelope", e.envelope},
          {"state", outbox_state_id(e.state)},
          {"attempts", e.attempts},
          {"queued", time::format_iso_utc(e.queued_ms)},
          {"next_attempt", time::format_iso_utc(e.next_attempt_ms)},
          {"last_code", e.last_code},
          {"agency_id", e.agency_id},
          {"duplicate", e.duplicate},
          {"finished", e.finished_ms ? json(time::format_iso_utc(e.finished_ms)) : json(nullptr)}};
}

std::optional<OutboxEntry> entry_from_json(const json& value) {
  auto number = string_of(value, "number");
  auto key = string_of(value, "idempotency_key");
  const json* envelope = member(value, "envelope");
  auto state = parse_state(text_of(value, "state"));
  auto attempts = int_of(value, "attempts");
  auto queued = time_of(value, "queued");
  auto next = time_of(value, "next_attempt");
  if (!number || number->empty() || !key || key->empty() || !envelope || !envelope->is_object() || !state ||
      !attempts || *attempts < 0 || !queued || !next)
    return std::nullopt;
  OutboxEntry e;
  e.number = *number;
  e.idempotency_key = *key;
  e.envelope = *envelope;
  e.state = *state;
  e.attempts = static_cast<int>(std::min<int64_t>(*attempts, 1'000'000));
  e.queued_ms = *queued;
  e.next_attempt_ms = *next;
  e.last_code = text_of(value, "last_code");
  e.agency_id = text_of(value, "agency_id");
  const json* duplicate = member(value, "duplicate");
  e.duplicate = duplicate && duplicate->is_boolean() && duplicate->get<bool>();
  e.finished_ms = time_of(value, "finished").value_or(0);
  return e;
}

}  // namespace

json Outbox::to_json() const {
  json entries = json::array();
  for (const OutboxEntry& e : entries_) entries.push_back(entry_to_json(e));
  return {{"version", 1}, {"entries", entries}};
}

std::optional<Outbox> Outbox::from_json(const json& value) {
  const json* entries = member(value, "entries");
  if (int_of(value, "version") != 1 || !entries || !entries->is_array()) return std::nullopt;
  Outbox outbox;
  for (const json& item : *entries) {
    auto entry = entry_from_json(item);
    if (!entry) return std::nullopt;
    outbox.entries_.push_back(std::move(*entry));
  }
  return outbox;
}

std::optional<Outbox> Outbox::from_text(std::string_view text) {
  const json value = json::parse(text.begin(), text.end(), nullptr, false);
  if (value.is_discarded()) return std::nullopt;
  return from_json(value);
}

}  // namespace cabinet::tracking
