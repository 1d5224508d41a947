#pragma once
// Applying the agency's status feed to the tracked applications.
#include <string>
#include <vector>

#include "tracking/gateway.hpp"
#include "tracking/outbox.hpp"
#include "tracking/transitions.hpp"

namespace cabinet::tracking {

struct EventOutcome {
  bool applied = false;
  bool duplicate = false;                    // the event was applied before (its id is in the history)
  TransitionCode code = TransitionCode::ok;  // why it was not applied
};

// Moves the application as the agency says (actor: agency), keeping the event's
// body, comment, requested documents, refusal and result document; a reply
// event joins the messages instead (once per event id) and moves nothing.
EventOutcome apply_event(Tracked& tracked, const FeedEvent& event);

// What changed for a notification: the application and its new status.
struct FeedChange {
  std::string number;
  Status status = Status::received;
  std::string event_id;
};

struct FeedReport {
  std::vector<FeedChange> changes;
  std::vector<FeedChange> replies;   // the agency answered a message
  std::vector<std::string> unknown;  // event ids for applications not on this device
  std::vector<std::string> refused;  // event ids whose move the table refuses
};

FeedReport apply_feed(std::vector<Tracked>& applications, const std::vector<FeedEvent>& events);

// The outbox's results as the portal's moves (actor: system): delivered ->
// «Отправлено в ведомство» with the agency's id, rejected -> «Ошибка отправки»
// with the code as the comment. Returns how many applications moved.
int apply_delivery(std::vector<Tracked>& applications, const DeliveryReport& report, int64_t now_ms);

}  // namespace cabinet::tracking
