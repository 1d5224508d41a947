// Tracked applications as JSON: statuses and actors by id, times as ISO 8601 UTC.
#include "json/read.hpp"
#include "tracking/transitions.hpp"

namespace cabinet::tracking {

namespace {

using nlohmann::json;
using namespace jsonread;

json entry_to_json(const HistoryEntry& e) {
  json out = {{"time", time::format_iso_utc(e.time_ms)}, {"status", status_id(e.status)}, {"actor", actor_id(e.actor)}};
  if (!e.body.empty()) out["body"] = e.body;
  if (!e.comment.empty()) out["comment"] = e.comment;
  if (!e.event_id.empty()) out["event_id"] = e.event_id;
  return out;
}

std::optional<HistoryEntry> entry_from_json(const json& value) {
  auto time = time_of(value, "time");
  auto status = parse_status(text_of(value, "status"));
  auto actor = parse_actor(text_of(value, "actor"));
  if (!time || !status || !actor) return std::nullopt;
  return HistoryEntry{
      *time, *status, *actor, text_of(value, "body"), text_of(value, "comment"), text_of(value, "event_id")};
}

}  // namespace

json tracked_to_json(const Tracked& t) {
  json history = json::array();
  for (const HistoryEntry& e : t.history) history.push_back(entry_to_json(e));
  json out = {{"number", t.number}, {"form", t.form_id}, {"status", status_id(t.status)}, {"history", history}};
  if (!t.agency_id.empty()) out["agency_id"] = t.agency_id;
  if (!t.documents_requested.empty()) out["documents_requested"] = t.documents_requested;
  if (!t.refusal_reason.empty()) out["refusal"] = {{"reason", t.refusal_reason}, {"params", t.refusal_params}};
  if (!t.result_document.empty()) out["result_document"] = t.result_document;
  if (!t.messages.empty()) {
    json messages = json::array();
    for (const Message& m : t.messages) {
      json message = {{"time", time::format_iso_utc(m.time_ms)}, {"from", m.from}, {"text", m.text}};
      if (!m.event_id.empty()) message["event_id"] = m.event_id;
      messages.push_back(std::move(message));
    }
    out["messages"] = std::move(messages);
  }
  if (t.result_table.is_object()) out["result_table"] = t.result_table;
  return out;
}

std::optional<Tracked> tracked_from_json(const json& value) {
  auto number = string_of(value, "number");
  auto form = string_of(value, "form");
  auto status = parse_status(text_of(value, "status"));
  const json* history = member(value, "history");
  if (!number || !form || !status || !history || !history->is_array()) return std::nullopt;
  Tracked t;
  t.number = *number;
  t.form_id = *form;
  t.status = *status;
  t.agency_id = text_of(value, "agency_id");
  for (const json& item : *history) {
    auto entry = entry_from_json(item);
    if (!entry) return std::nullopt;
    t.history.push_back(std::move(*entry));
  }
  if (const json* docs = member(value, "documents_requested"); docs && docs->is_array()) {
    for (const json& doc : *docs) {
      if (doc.is_string()) t.documents_requested.push_back(doc.get<std::string>());
    }
  }
  if (const json* refusal = member(value, "refusal")) {
    t.refusal_reason = text_of(*refusal, "reason");
    if (const json* params = member(*refusal, "params"); params && params->is_object()) t.refusal_params = *params;
  }
  t.result_document = text_of(value, "result_document");
  if (const json* messages = member(value, "messages"); messages && messages->is_array()) {
    for (const json& m : *messages) {
      const auto time = time_of(m, "time");
      const auto text = string_of(m, "text");
      if (time && text) t.messages.push_back({*time, text_of(m, "from"), *text, text_of(m, "event_id")});
    }
  }
  if (const json* table = member(value, "result_table"); table && table->is_object()) t.result_table = *table;
  return t;
}

}  // namespace cabinet::tracking
