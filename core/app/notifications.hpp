#pragma once
// Уведомления: the citizen's feed, kept in the vault (notifications.json).
// Status changes of applications, consent reminders and expiries, and a
// sign-in from a new device each add an entry. The notices at the top of the
// screen (AppState::notices) come and go; the feed stays until deleted.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::app {

inline constexpr const char* kNotificationsKey = "notifications.json";
inline constexpr size_t kFeedLimit = 50'000;  // beyond this the oldest entries go
inline constexpr size_t kFeedPage = 50;       // entries drawn at once; «Показать ещё» adds a page

struct FeedEntry {
  uint64_t id = 0;
  int64_t time_ms = 0;
  std::string category;     // one of kFeedCategories
  std::string message_key;  // catalog key of the text
  nlohmann::json params = nlohmann::json::object();
  std::string object;   // what opening it shows: "application:<number>", "consent:<id>", "document:<id>", "security"
  std::string service;  // an application's form id (the «По типу услуги» filter)
  bool read = false;
};

struct NotificationsView {
  std::string filter = "all";  // all | unread | week
  std::string category;        // "" or a category
  std::string service;         // "" or a form id
  size_t shown = kFeedPage;    // how many of the filtered entries are drawn
  uint64_t confirm_delete = 0;  // the entry whose deletion waits for «Да, удалить»
};

struct NotificationsState {
  std::vector<FeedEntry> entries;  // oldest first
  uint64_t next_id = 1;
  NotificationsView view;
  bool dirty = false;  // changed since the last save: update() saves once per action
};

inline constexpr const char* kFeedCategories[] = {"applications", "consents", "documents", "security"};

size_t unread_count(const NotificationsState& state);
// The entries the view selects at `now_ms`, newest first (all of them; the screen draws view.shown).
std::vector<const FeedEntry*> listed_notifications(const NotificationsState& state, int64_t now_ms);
// The form ids that occur in the feed, for the service filter.
std::vector<std::string> feed_services(const NotificationsState& state);

nlohmann::json notifications_to_json(const NotificationsState& state);
// False when `text` is not a feed document (then `state` is unchanged).
bool notifications_from_json(NotificationsState& state, const std::string& text);

}  // namespace cabinet::app
