#include "tracking/status.hpp"

namespace cabinet::tracking {

namespace {

constexpr std::string_view kStatusIds[] = {"draft",    "queued",      "registered",       "sent",
                                           "received", "in_progress", "needs_correction", "interim_result",
                                           "done",     "refused",     "cancelled",        "send_failed"};
constexpr std::string_view kActorIds[] = {"citizen", "agency", "system"};

}  // namespace

std::string_view status_id(Status status) {
  return kStatusIds[static_cast<size_t>(status)];
}

std::optional<Status> parse_status(std::string_view id) {
  for (Status status : kAllStatuses) {
    if (status_id(status) == id) return status;
  }
  return std::nullopt;
}

std::string_view actor_id(Actor actor) {
  return kActorIds[static_cast<size_t>(actor)];
}

std::optional<Actor> parse_actor(std::string_view id) {
  for (Actor actor : kAllActors) {
    if (actor_id(actor) == id) return actor;
  }
  return std::nullopt;
}

std::string status_label_key(Status status) {
  return "tracking.status." + std::string(status_id(status));
}
std::string status_hint_key(Status status) {
  return "tracking.status_hint." + std::string(status_id(status));
}
std::string actor_label_key(Actor actor) {
  return "tracking.actor." + std::string(actor_id(actor));
}

Capabilities capabilities(Status status) {
  Capabilities caps;
  switch (status) {
    case Status::draft:
    case Status::queued:
    case Status::send_failed:
      caps.cancel = caps.edit = true;
      break;
    case Status::registered:
      caps.cancel = true;
      break;
    case Status::sent:
    case Status::received:
    case Status::in_progress:
      caps.message = caps.withdraw = true;
      break;
    case Status::needs_correction:
      caps.message = caps.upload = caps.edit = caps.withdraw = true;
      break;
    case Status::interim_result:
      caps.message = caps.result = true;
      break;
    case Status::done:
    case Status::refused:
      caps.result = true;
      break;
    case Status::cancelled:
      break;
  }
  return caps;
}

std::vector<std::string> capability_ids(const Capabilities& caps) {
  std::vector<std::string> out;
  if (caps.cancel) out.push_back("cancel");
  if (caps.withdraw) out.push_back("withdraw");
  if (caps.edit) out.push_back("edit");
  if (caps.message) out.push_back("message");
  if (caps.upload) out.push_back("upload");
  if (caps.result) out.push_back("result");
  return out;
}

bool is_final(Status status) {
  return status == Status::done || status == Status::refused || status == Status::cancelled;
}

}  // namespace cabinet::tracking
