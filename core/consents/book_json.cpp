// ConsentBook <-> {"version": 1, "next_number", "records": [...], "history": [...]}.
#include "consents/consent_book.hpp"
#include "json/read.hpp"
#include "time/iso8601.hpp"

namespace cabinet::consents {

namespace {

using json = nlohmann::json;

json history_json(const HistoryEntry& h) {
  return {{"time", time::format_iso_utc(h.time_ms)},
          {"operation", operation_id(h.operation)},
          {"consent", h.consent_id},
          {"actor", h.actor},
          {"before", h.before},
          {"after", h.after}};
}

std::optional<HistoryEntry> history_from_json(const json& value) {
  HistoryEntry h;
  auto operation = parse_operation(jsonread::string_of(value, "operation").value_or(""));
  auto consent = jsonread::string_of(value, "consent");
  auto actor = jsonread::string_of(value, "actor");
  const json* before = jsonread::member(value, "before");
  const json* after = jsonread::member(value, "after");
  if (!operation || !consent || !actor || !before || !after || !after->is_object() ||
      !(before->is_null() || before->is_object()) || !jsonread::member(value, "time") ||
      !jsonread::read_time(value, "time", h.time_ms))
    return std::nullopt;
  h.operation = *operation;
  h.consent_id = *consent;
  h.actor = *actor;
  h.before = *before;
  h.after = *after;
  return h;
}

}  // namespace

json ConsentBook::to_json() const {
  json out = {{"version", 1}, {"next_number", next_number_}, {"records", json::array()}, {"history", json::array()}};
  for (const auto& r : records_) out["records"].push_back(consents::to_json(r));
  for (const auto& h : history_) out["history"].push_back(history_json(h));
  return out;
}

std::optional<ConsentBook> ConsentBook::from_json(const json& value) {
  const json* version = jsonread::member(value, "version");
  const json* next = jsonread::member(value, "next_number");
  const json* records = jsonread::member(value, "records");
  const json* history = jsonread::member(value, "history");
  if (!version || *version != 1 || !next || !next->is_number_integer() || next->get<int64_t>() < 1 || !records || !records->is_array() ||
      !history || !history->is_array())
    return std::nullopt;
  ConsentBook book;
  book.next_number_ = static_cast<uint64_t>(next->get<int64_t>());
  for (const auto& item : *records) {
    auto record = record_from_json(item);
    if (!record || book.find(record->id)) return std::nullopt;
    book.records_.push_back(std::move(*record));
  }
  for (const auto& item : *history) {
    auto entry = history_from_json(item);
    if (!entry) return std::nullopt;
    book.history_.push_back(std::move(*entry));
  }
  return book;
}

}  // namespace cabinet::consents
