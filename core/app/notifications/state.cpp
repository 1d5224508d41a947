#include "app/notifications/state.hpp"

#include <algorithm>

#include "json/read.hpp"

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

constexpr int64_t kMinuteMs = 60'000;
constexpr int64_t kDayMs = 24 * 60 * kMinuteMs;
constexpr int kMoscowOffsetMinutes = 180;

json settings_to_json(const NotificationSettings& s) {
  return {{"email", s.email},
          {"sms", s.sms},
          {"push", s.push},
          {"muted", s.muted},
          {"quiet", s.quiet},
          {"quiet_from", clock_text(s.quiet_from)},
          {"quiet_to", clock_text(s.quiet_to)}};
}

// Unknown or damaged settings fall back to the defaults field by field: the feed itself stays readable.
NotificationSettings settings_from_json(const json& j) {
  NotificationSettings s;
  if (!j.is_object()) return s;
  s.email = jsonread::bool_of(j, "email").value_or(s.email);
  s.sms = jsonread::bool_of(j, "sms").value_or(s.sms);
  s.push = jsonread::bool_of(j, "push").value_or(s.push);
  s.quiet = jsonread::bool_of(j, "quiet").value_or(s.quiet);
  s.quiet_from = parse_clock(jsonread::string_of(j, "quiet_from").value_or("")).value_or(s.quiet_from);
  s.quiet_to = parse_clock(jsonread::string_of(j, "quiet_to").value_or("")).value_or(s.quiet_to);
  if (const json* muted = jsonread::member(j, "muted"); muted && muted->is_array()) {
    for (const json& c : *muted) {
      if (c.is_string() && known_category(c.get<std::string>()) && can_mute(c.get<std::string>()))
        s.muted.push_back(c.get<std::string>());
    }
  }
  return s;
}

json delivery_to_json(const ChannelDelivery& d) {
  return {{"channel", d.channel}, {"address", d.address}, {"due_ms", d.due_ms}, {"sent_ms", d.sent_ms}};
}

}  // namespace

bool channel_enabled(const NotificationSettings& s, std::string_view channel) {
  if (channel == "email") return s.email;
  if (channel == "sms") return s.sms;
  if (channel == "push") return s.push;
  return false;
}

bool can_mute(std::string_view category) {
  return category != "security";
}

int64_t delivery_time(const NotificationSettings& s, std::string_view channel, int64_t now_ms) {
  if (!s.quiet || channel == "email" || s.quiet_from == s.quiet_to) return now_ms;
  const int64_t local = now_ms + kMoscowOffsetMinutes * kMinuteMs;
  const int64_t day_start = (local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs) * kDayMs;
  const int minute = static_cast<int>((local - day_start) / kMinuteMs);
  // Quiet from 22:00 to 08:00 crosses midnight; from 13:00 to 15:00 does not.
  const bool crosses = s.quiet_from > s.quiet_to;
  const bool quiet =
      crosses ? (minute >= s.quiet_from || minute < s.quiet_to) : (minute >= s.quiet_from && minute < s.quiet_to);
  if (!quiet) return now_ms;
  int64_t end = day_start + s.quiet_to * kMinuteMs;
  if (end <= local) end += kDayMs;
  return end - kMoscowOffsetMinutes * kMinuteMs;
}

std::optional<int> parse_clock(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4}) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  }
  const int hours = (t[0] - '0') * 10 + (t[1] - '0'), minutes = (t[3] - '0') * 10 + (t[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

std::string clock_text(int minutes) {
  const int h = (minutes / 60) % 24, m = minutes % 60;
  return std::string{static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':',
                     static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};
}

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
    if (!e.deliveries.empty()) {
      json& deliveries = entries.back()["deliveries"] = json::array();
      for (const ChannelDelivery& d : e.deliveries) deliveries.push_back(delivery_to_json(d));
    }
  }
  return {{"version", 1},
          {"next_id", state.next_id},
          {"settings", settings_to_json(state.settings)},
          {"entries", std::move(entries)}};
}

bool notifications_from_json(NotificationsState& state, const std::string& text) {
  const json document = json::parse(text, nullptr, false);
  if (!document.is_object() || jsonread::int_of(document, "version").value_or(0) != 1) return false;
  const json* entries = jsonread::member(document, "entries");
  if (!entries || !entries->is_array()) return false;
  NotificationsState loaded;
  loaded.view = state.view;
  loaded.settings = settings_from_json(document.value("settings", json()));
  for (const json& item : *entries) {
    FeedEntry e;
    const auto id = jsonread::int_of(item, "id");
    const auto time_ms = jsonread::int_of(item, "time_ms");
    e.category = jsonread::string_of(item, "category").value_or("");
    e.message_key = jsonread::string_of(item, "message").value_or("");
    if (!id || *id <= 0 || !time_ms || !known_category(e.category) || e.message_key.empty()) return false;
    e.id = static_cast<uint64_t>(*id);
    e.time_ms = *time_ms;
    if (const json* params = jsonread::member(item, "params"); params && params->is_object()) e.params = *params;
    e.object = jsonread::string_of(item, "object").value_or("");
    e.service = jsonread::string_of(item, "service").value_or("");
    e.read = jsonread::bool_of(item, "read").value_or(false);
    if (const json* deliveries = jsonread::member(item, "deliveries"); deliveries && deliveries->is_array()) {
      for (const json& d : *deliveries) {
        ChannelDelivery out;
        out.channel = jsonread::string_of(d, "channel").value_or("");
        out.address = jsonread::string_of(d, "address").value_or("");
        out.due_ms = jsonread::int_of(d, "due_ms").value_or(0);
        out.sent_ms = jsonread::int_of(d, "sent_ms").value_or(0);
        if (std::find(std::begin(kChannels), std::end(kChannels), out.channel) == std::end(kChannels)) return false;
        if (out.sent_ms == 0 && (loaded.next_delivery_ms < 0 || out.due_ms < loaded.next_delivery_ms))
          loaded.next_delivery_ms = out.due_ms;
        e.deliveries.push_back(std::move(out));
      }
    }
    loaded.next_id = std::max(loaded.next_id, e.id + 1);
    loaded.entries.push_back(std::move(e));
  }
  if (auto next = jsonread::int_of(document, "next_id"); next && *next > 0)
    loaded.next_id = std::max(loaded.next_id, static_cast<uint64_t>(*next));
  state = std::move(loaded);
  return true;
}

}  // namespace cabinet::app
