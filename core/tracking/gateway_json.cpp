// The wire form of the gateway's answers (README.md, "The wire format").
#include "json/read.hpp"
#include "tracking/gateway.hpp"

namespace cabinet::tracking {

namespace {

using nlohmann::json;
using namespace jsonread;

bool bool_member(const json& object, std::string_view key) {
  const json* value = member(object, key);
  return value && value->is_boolean() && value->get<bool>();
}

}  // namespace

json ack_to_json(const Ack& ack) {
  return {{"accepted", ack.accepted},
          {"duplicate", ack.duplicate},
          {"transient", ack.transient},
          {"agency_id", ack.agency_id},
          {"code", ack.code}};
}

std::optional<Ack> ack_from_json(const json& value) {
  const json* accepted = member(value, "accepted");
  if (!accepted || !accepted->is_boolean()) return std::nullopt;
  return Ack{accepted->get<bool>(), bool_member(value, "duplicate"), bool_member(value, "transient"),
             text_of(value, "agency_id"), text_of(value, "code")};
}

json feed_event_to_json(const FeedEvent& e) {
  json out = {{"event_id", e.event_id},
              {"application_number", e.application_number},
              {"status", status_id(e.status)},
              {"time", time::format_iso_utc(e.time_ms)},
              {"body", e.body},
              {"comment", e.comment},
              {"documents_requested", e.documents_requested},
              {"result_document", e.result_document.empty() ? json(nullptr) : json(e.result_document)}};
  if (!e.refusal_reason.empty()) out["refusal"] = {{"reason", e.refusal_reason}, {"params", e.refusal_params}};
  if (!e.reply.empty()) out["reply"] = e.reply;
  if (e.result_table.is_object()) out["result_table"] = e.result_table;
  return out;
}

std::optional<FeedEvent> feed_event_from_json(const json& value) {
  auto id = string_of(value, "event_id");
  auto number = string_of(value, "application_number");
  auto status = parse_status(text_of(value, "status"));
  auto time = time_of(value, "time");
  if (!id || id->empty() || !number || !status || !time) return std::nullopt;
  FeedEvent e;
  e.event_id = *id;
  e.application_number = *number;
  e.status = *status;
  e.time_ms = *time;
  e.body = text_of(value, "body");
  e.comment = text_of(value, "comment");
  if (const json* docs = member(value, "documents_requested"); docs && docs->is_array()) {
    for (const json& doc : *docs) {
      if (doc.is_string()) e.documents_requested.push_back(doc.get<std::string>());
    }
  }
  if (const json* refusal = member(value, "refusal")) {
    e.refusal_reason = text_of(*refusal, "reason");
    if (const json* params = member(*refusal, "params"); params && params->is_object()) e.refusal_params = *params;
  }
  e.result_document = text_of(value, "result_document");
  e.reply = text_of(value, "reply");
  if (const json* table = member(value, "result_table"); table && table->is_object()) e.result_table = *table;
  return e;
}

json feed_page_to_json(const FeedPage& page) {
  json events = json::array();
  for (const FeedEvent& e : page.events) events.push_back(feed_event_to_json(e));
  return {{"ok", page.ok}, {"code", page.code}, {"events", events}, {"next_cursor", page.next_cursor}};
}

std::optional<FeedPage> feed_page_from_json(const json& value) {
  const json* ok = member(value, "ok");
  const json* events = member(value, "events");
  auto cursor = string_of(value, "next_cursor");
  if (!ok || !ok->is_boolean() || !events || !events->is_array() || !cursor) return std::nullopt;
  FeedPage page{ok->get<bool>(), text_of(value, "code"), {}, *cursor};
  for (const json& item : *events) {
    if (auto e = feed_event_from_json(item)) page.events.push_back(std::move(*e));
  }
  return page;
}

}  // namespace cabinet::tracking
