#include "app/notifications.hpp"

#include <algorithm>

#include "app/json_args.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr int64_t kWeekMs = 7LL * 24 * 60 * 60 * 1000;

bool selected(const NotificationsView& v, const FeedEntry& e, int64_t now_ms) {
  if (v.filter == "unread" && e.read) return false;
  if (v.filter == "week" && e.time_ms < now_ms - kWeekMs) return false;
  if (!v.category.empty() && e.category != v.category) return false;
  if (!v.service.empty() && e.service != v.service) return false;
  return true;
}

bool known_category(const std::string& category) {
  return std::find(std::begin(kFeedCategories), std::end(kFeedCategories), category) != std::end(kFeedCategories);
}

}  // namespace

size_t unread_count(const NotificationsState& state) {
  return static_cast<size_t>(
      std::count_if(state.entries.begin(), state.entries.end(), [](const FeedEntry& e) { return !e.read; }));
}

std::vector<const FeedEntry*> listed_notifications(const NotificationsState& state, int64_t now_ms) {
  std::vector<const FeedEntry*> out;
  for (auto it = state.entries.rbegin(); it != state.entries.rend(); ++it) {
    if (selected(state.view, *it, now_ms)) out.push_back(&*it);
  }
  return out;
}

std::vector<std::string> feed_services(const NotificationsState& state) {
  std::vector<std::string> out;
  for (const FeedEntry& e : state.entries) {
    if (!e.service.empty() && std::find(out.begin(), out.end(), e.service) == out.end()) out.push_back(e.service);
  }
  std::sort(out.begin(), out.end());
  return out;
}

json notifications_to_json(const NotificationsState& state) {
  json entries = json::array();
  for (const FeedEntry& e : state.entries) {
    entries.push_back({{"id", e.id},
                       {"time_ms", e.time_ms},
                       {"category", e.category},
                       {"message", e.message_key},
                       {"params", e.params},
                       {"object", e.object},
                       {"service", e.service},
                       {"read", e.read}});
  }
  return {{"version", 1}, {"next_id", state.next_id}, {"entries", std::move(entries)}};
}

bool notifications_from_json(NotificationsState& state, const std::string& text) {
  const json document = json::parse(text, nullptr, false);
  if (!document.is_object() || json_int(document, "version").value_or(0) != 1) return false;
  const json* entries = json_field(document, "entries");
  if (!entries || !entries->is_array()) return false;
  NotificationsState loaded;
  loaded.view = state.view;
  for (const json& item : *entries) {
    FeedEntry e;
    const auto id = json_int(item, "id");
    const auto time_ms = json_int(item, "time_ms");
    e.category = json_string(item, "category").value_or("");
    e.message_key = json_string(item, "message").value_or("");
    if (!id || *id <= 0 || !time_ms || !known_category(e.category) || e.message_key.empty()) return false;
    e.id = static_cast<uint64_t>(*id);
    e.time_ms = *time_ms;
    if (const json* params = json_field(item, "params"); params && params->is_object()) e.params = *params;
    e.object = json_string(item, "object").value_or("");
    e.service = json_string(item, "service").value_or("");
    e.read = json_bool(item, "read").value_or(false);
    loaded.next_id = std::max(loaded.next_id, e.id + 1);
    loaded.entries.push_back(std::move(e));
  }
  if (auto next = json_int(document, "next_id"); next && *next > 0)
    loaded.next_id = std::max(loaded.next_id, static_cast<uint64_t>(*next));
  state = std::move(loaded);
  return true;
}

}  // namespace cabinet::app
