#pragma once
// Уведомления: the citizen's feed, kept in the vault (notifications.json).
// Status changes of applications, consent reminders and expiries, and a
// sign-in from a new device each add an entry. The notices at the top of the
// screen (AppState::notices) come and go; the feed stays until deleted.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::app {

inline constexpr const char* kNotificationsKey = "notifications.json";
inline constexpr size_t kFeedLimit = 50'000;  // beyond this the oldest entries go
inline constexpr size_t kFeedPage = 50;       // entries drawn at once; «Показать ещё» adds a page

// The channels an entry is also sent by (each an interface: NotificationChannels
// in runtime.hpp; the sandbox has no gateway and shows the delivery on the entry).
inline constexpr const char* kChannels[] = {"email", "sms", "push"};

// One out-of-app copy of an entry: sent at once, or (SMS and push) when the quiet hours end.
struct ChannelDelivery {
  std::string channel;  // one of kChannels
  std::string address;  // the email, the phone, or "browser" for push
  int64_t due_ms = 0;
  int64_t sent_ms = 0;  // 0: waiting
};

struct FeedEntry {
  uint64_t id = 0;
  int64_t time_ms = 0;
  std::string category;     // one of kFeedCategories
  std::string message_key;  // catalog key of the text
  nlohmann::json params = nlohmann::json::object();
  std::string object;   // what opening it shows: "application:<number>", "consent:<id>", "document:<id>",
                        // "appointment:<number>", "payment:<id>", "charge:<uin>", "security"
  std::string service;  // an application's form id (the «По типу услуги» filter)
  bool read = false;
  std::vector<ChannelDelivery> deliveries;
};

// «Настройки уведомлений»: the feed always gets every entry; these say what
// else goes out, by which channel, and when.
struct NotificationSettings {
  bool email = true;  // seeds: confirmations come by email and SMS
  bool sms = true;
  bool push = false;               // needs the browser's permission: off until the citizen turns it on
  std::vector<std::string> muted;  // categories kept to the feed (security can never be muted)
  bool quiet = true;               // no SMS or push at night; email waits for nobody
  int quiet_from = 22 * 60;        // minutes after Moscow midnight
  int quiet_to = 8 * 60;
  friend bool operator==(const NotificationSettings&, const NotificationSettings&) = default;
};
bool channel_enabled(const NotificationSettings& settings, std::string_view channel);
// A sign-in from a new device is always reported (the stricter rule): "security" cannot be muted.
bool can_mute(std::string_view category);
// When a message by `channel` may go out at `now_ms`: now, or the end of the quiet hours.
int64_t delivery_time(const NotificationSettings& settings, std::string_view channel, int64_t now_ms);
// "08:00" <-> 480; nullopt for anything but HH:MM.
std::optional<int> parse_clock(std::string_view text);
std::string clock_text(int minutes);

struct NotificationsView {
  std::string filter = "all";   // all | unread | week
  std::string category;         // "" or a category
  std::string service;          // "" or a form id
  size_t shown = kFeedPage;     // how many of the filtered entries are drawn
  uint64_t confirm_delete = 0;  // the entry whose deletion waits for «Да, удалить»
};

struct NotificationsState {
  std::vector<FeedEntry> entries;  // oldest first
  uint64_t next_id = 1;
  NotificationsView view;
  NotificationSettings settings;
  int64_t next_delivery_ms = -1;  // the earliest waiting delivery (-1: none), so a tick does not walk the feed
  bool dirty = false;             // changed since the last save: update() saves once per action
};

inline constexpr const char* kFeedCategories[] = {"applications", "consents", "documents",
                                                  "appointments", "payments", "security"};

size_t unread_count(const NotificationsState& state);
// The entries the view selects at `now_ms`, newest first (all of them; the screen draws view.shown).
std::vector<const FeedEntry*> listed_notifications(const NotificationsState& state, int64_t now_ms);
// The form ids that occur in the feed, for the service filter.
std::vector<std::string> feed_services(const NotificationsState& state);

nlohmann::json notifications_to_json(const NotificationsState& state);
// False when `text` is not a feed document (then `state` is unchanged).
bool notifications_from_json(NotificationsState& state, const std::string& text);

}  // namespace cabinet::app
