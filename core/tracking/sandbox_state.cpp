// SandboxAgency's state as JSON: {"version": 1, "cases": [...], "log": [...]}.
#include <algorithm>

#include "json/read.hpp"
#include "tracking/sandbox_agency.hpp"

namespace cabinet::tracking {

namespace {

using nlohmann::json;
using namespace jsonread;

}  // namespace

std::vector<std::string> SandboxAgency::messages(const std::string& number) const {
  auto it = std::find_if(cases_.begin(), cases_.end(), [&](const Case& c) { return c.number == number; });
  return it == cases_.end() ? std::vector<std::string>{} : it->messages;
}

json SandboxAgency::to_json() const {
  json cases = json::array();
  for (const Case& c : cases_) {
    json plan = json::array();
    for (const Planned& p : c.plan)
      plan.push_back({{"event", feed_event_to_json(p.event)}, {"published", p.published}});
    json replies = json::array();
    for (const Planned& p : c.replies)
      replies.push_back({{"event", feed_event_to_json(p.event)}, {"published", p.published}});
    cases.push_back({{"envelope", c.envelope},
                     {"agency_id", c.agency_id},
                     {"body", c.body},
                     {"submitted", time::format_iso_utc(c.submitted_ms)},
                     {"plan", plan},
                     {"messages", c.messages},
                     {"replies", replies},
                     {"next_event", c.next_event},
                     {"applicant", c.applicant}});
  }
  json log = json::array();
  for (const FeedEvent& e : log_) log.push_back(feed_event_to_json(e));
  return {{"version", 1}, {"cases", cases}, {"log", log}};
}

bool SandboxAgency::restore(const json& value) {
  const json* cases = member(value, "cases");
  const json* log = member(value, "log");
  if (int_of(value, "version") != 1 || !cases || !cases->is_array() || !log || !log->is_array()) return false;
  std::vector<Case> restored;
  for (const json& item : *cases) {
    Case c;
    const json* envelope = member(item, "envelope");
    const json* plan = member(item, "plan");
    const json* messages = member(item, "messages");
    auto submitted = time_of(item, "submitted");
    auto next_event = int_of(item, "next_event");
    if (!envelope || !member(*envelope, "data") || !plan || !plan->is_array() || !messages || !messages->is_array() ||
        !submitted || !next_event || *next_event < 1 || *next_event > 1'000'000)
      return false;
    c.envelope = *envelope;
    c.number = text_of(*envelope, "application_number");
    c.form_id = text_of(*envelope, "form");
    c.idempotency_key = text_of(*envelope, "idempotency_key");
    c.agency_id = text_of(item, "agency_id");
    c.body = text_of(item, "body");
    c.submitted_ms = *submitted;
    c.next_event = static_cast<int>(*next_event);
    if (const json* applicant = member(item, "applicant"); applicant && applicant->is_object())
      c.applicant = *applicant;
    if (c.number.empty() || c.form_id.empty() || c.idempotency_key.empty() || c.agency_id.empty()) return false;
    const auto read_planned = [](const json& list, std::vector<Planned>& into) {
      for (const json& p : list) {
        auto event = feed_event_from_json(member(p, "event") ? *member(p, "event") : json());
        const json* published = member(p, "published");
        if (!event || !published || !published->is_boolean()) return false;
        into.push_back({std::move(*event), published->get<bool>()});
      }
      return true;
    };
    if (!read_planned(*plan, c.plan)) return false;
    // Saved before the replies existed: none planned.
    if (const json* replies = member(item, "replies");
        replies && (!replies->is_array() || !read_planned(*replies, c.replies)))
      return false;
    for (const json& m : *messages) {
      if (!m.is_string()) return false;
      c.messages.push_back(m.get<std::string>());
    }
    restored.push_back(std::move(c));
  }
  std::vector<FeedEvent> events;
  for (const json& item : *log) {
    auto event = feed_event_from_json(item);
    if (!event) return false;
    events.push_back(std::move(*event));
  }
  cases_ = std::move(restored);
  log_ = std::move(events);
  return true;
}

}  // namespace cabinet::tracking
