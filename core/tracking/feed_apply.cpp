#include "tracking/feed_apply.hpp"

#include <algorithm>

namespace cabinet::tracking {

EventOutcome apply_event(Tracked& tracked, const FeedEvent& event) {
  if (!event.reply.empty()) {
    const bool answered = std::any_of(tracked.messages.begin(), tracked.messages.end(),
                                      [&](const Message& m) { return m.event_id == event.event_id; });
    if (answered) return {false, true, TransitionCode::ok};
    tracked.messages.push_back({event.time_ms, "agency", event.reply, event.event_id});
    return {true, false, TransitionCode::ok};
  }
  const bool seen = std::any_of(tracked.history.begin(), tracked.history.end(), [&](const HistoryEntry& e) {
    return !e.event_id.empty() && e.event_id == event.event_id;
  });
  if (seen) return {false, true, TransitionCode::ok};
  const TransitionResult result =
      apply(tracked, event.status, Actor::agency, event.comment, event.time_ms, event.body, event.event_id);
  if (!result.ok()) return {false, false, result.code};
  tracked.documents_requested =
      event.status == Status::needs_correction ? event.documents_requested : std::vector<std::string>{};
  if (event.status == Status::refused) {
    tracked.refusal_reason = event.refusal_reason;
    tracked.refusal_params = event.refusal_params;
  }
  if (!event.result_document.empty()) tracked.result_document = event.result_document;
  if (event.result_table.is_object()) tracked.result_table = event.result_table;
  return {true, false, TransitionCode::ok};
}

FeedReport apply_feed(std::vector<Tracked>& applications, const std::vector<FeedEvent>& events) {
  FeedReport report;
  for (const FeedEvent& event : events) {
    auto it = std::find_if(applications.begin(), applications.end(),
                           [&](const Tracked& t) { return t.number == event.application_number; });
    if (it == applications.end()) {
      report.unknown.push_back(event.event_id);
      continue;
    }
    const EventOutcome outcome = apply_event(*it, event);
    if (outcome.applied && !event.reply.empty())
      report.replies.push_back({it->number, it->status, event.event_id});
    else if (outcome.applied)
      report.changes.push_back({it->number, it->status, event.event_id});
    else if (!outcome.duplicate)
      report.refused.push_back(event.event_id);
  }
  return report;
}

int apply_delivery(std::vector<Tracked>& applications, const DeliveryReport& report, int64_t now_ms) {
  int moved = 0;
  auto move = [&](const OutboxEntry& entry, Status to, const std::string& comment) {
    for (Tracked& t : applications) {
      if (t.number != entry.number || !apply(t, to, Actor::system, comment, now_ms).ok()) continue;
      if (to == Status::sent) t.agency_id = entry.agency_id;
      ++moved;
    }
  };
  for (const OutboxEntry& entry : report.delivered) move(entry, Status::sent, "");
  for (const OutboxEntry& entry : report.rejected) move(entry, Status::send_failed, entry.last_code);
  return moved;
}

}  // namespace cabinet::tracking
