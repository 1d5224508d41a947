// Уведомления in the app: entries are added by the areas that notice
// something (tracking, consents, the account) through notify(); the citizen
// reads, filters, opens and deletes them here.
#include <algorithm>

#include "app/kernel/handlers.hpp"
#include "app/notifications/handlers.hpp"
#include "app/notifications/state.hpp"
#include "json/read.hpp"
#include "tracking/status.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr size_t kServiceIdMax = 100;

FeedEntry* find_entry(AppState& s, int64_t id) {
  for (FeedEntry& e : s.notifications.entries) {
    if (static_cast<int64_t>(e.id) == id) return &e;
  }
  return nullptr;
}

// Shows what the entry is about: the application, the consent or the security page.
void open_object(AppState& s, const std::string& object) {
  if (object.starts_with("application:")) {
    const std::string number = object.substr(12);
    s.section = Section::applications;
    s.forms.applications.opened = number;
    const auto tracked = std::find_if(s.forms.applications.tracked.begin(), s.forms.applications.tracked.end(),
                                      [&](const tracking::Tracked& t) { return t.number == number; });
    s.forms.applications.tab =
        tracked != s.forms.applications.tracked.end() && tracking::is_final(tracked->status) ? "archive" : "submitted";
  } else if (object.starts_with("consent:")) {
    const std::string id = object.substr(8);
    s.section = Section::consents;
    s.consents.view.selected = id;
    const consents::ConsentRecord* r = s.consents.book.find(id);
    s.consents.view.tab = r && consents::is_active_at(*r, s.now_ms) ? "active" : "past";
  } else if (object.starts_with("document:")) {
    s.section = Section::documents;
    s.documents.view = DocumentsView{};  // every document, so this one is in the list
    s.documents.view.opened = object.substr(9);
  } else if (object.starts_with("appointment:")) {
    const std::string number = object.substr(12);
    s.section = Section::appointments;
    s.appointments.opened = number;
    const Appointment* a = find_appointment(s.appointments, number);
    s.appointments.show_past = a && visit_state(*a, s.now_ms) != VisitState::upcoming;
  } else if (object.starts_with("payment:")) {
    const Payment* p = find_payment(s.payments, object.substr(8));
    s.section = Section::payments;
    s.payments.tab = "history";
    s.payments.opened = p ? p->id : "";
    s.payments.show_archive = p && is_archived(*p, s.now_ms);
  } else if (object.starts_with("charge:")) {
    s.section = Section::payments;
    s.payments.tab = "charges";
  } else if (object == "security") {
    s.section = Section::profile;
  }
}

}  // namespace

void handle(AppState& s, const NotificationsShow& a, Effects&) {
  NotificationsView& v = s.notifications.view;
  const NotificationsView before = v;
  if (const auto& filter = a.filter; filter && (*filter == "all" || *filter == "unread" || *filter == "week"))
    v.filter = *filter;
  if (const auto& category = a.category) {
    const bool known =
        std::find(std::begin(kFeedCategories), std::end(kFeedCategories), *category) != std::end(kFeedCategories);
    if (category->empty() || known) v.category = *category;
  }
  if (const auto& service = a.service; service && service->size() <= kServiceIdMax) v.service = *service;
  if (v.filter != before.filter || v.category != before.category || v.service != before.service) v.shown = kFeedPage;
  if (a.more.value_or(false)) v.shown += kFeedPage;
}

void handle(AppState& s, const NotificationOpen& a, Effects&) {
  FeedEntry* entry = find_entry(s, a.id);
  if (!entry) return;
  if (!entry->read) {
    entry->read = true;
    s.notifications.dirty = true;
  }
  open_object(s, entry->object);
}

void handle(AppState& s, const NotificationRead& a, Effects&) {
  FeedEntry* entry = find_entry(s, a.id);
  if (!entry || entry->read == a.read) return;
  entry->read = a.read;
  s.notifications.dirty = true;
}

void handle(AppState& s, const NotificationsReadAll&, Effects&) {
  if (unread_count(s.notifications) == 0) return;
  for (FeedEntry& entry : s.notifications.entries) entry.read = true;
  s.notifications.dirty = true;
}

void handle(AppState& s, const NotificationDelete& a, Effects&) {
  if (const FeedEntry* entry = find_entry(s, a.id)) s.notifications.view.confirm_delete = entry->id;
}

void handle(AppState& s, const NotificationDeleteCancel&, Effects&) {
  s.notifications.view.confirm_delete = 0;
}

void handle(AppState& s, const NotificationDeleteConfirm& a, Effects&) {
  const FeedEntry* entry = find_entry(s, a.id);
  if (!entry || entry->id != s.notifications.view.confirm_delete) return;
  const uint64_t id = entry->id;
  std::erase_if(s.notifications.entries, [&](const FeedEntry& f) { return f.id == id; });
  s.notifications.view.confirm_delete = 0;
  s.notifications.dirty = true;
  add_notice(s, "success", "notifications.deleted");
}

namespace {

// Where a channel reaches the citizen: the profile's contacts, or the login when it is one.
std::string channel_address(const AppState& s, std::string_view channel) {
  const std::string& login = s.account.login;
  if (channel == "email") {
    const std::string& email = s.account.profile.email;
    return !email.empty() ? email : login.find('@') != std::string::npos ? login : "";
  }
  if (channel == "sms") {
    const std::string& phone = s.account.profile.phone;
    return !phone.empty() ? phone : login.starts_with("+") ? login : "";
  }
  return "browser";
}

void plan_deliveries(const AppState& s, FeedEntry& entry) {
  const NotificationSettings& settings = s.notifications.settings;
  const bool muted = std::find(settings.muted.begin(), settings.muted.end(), entry.category) != settings.muted.end();
  if (muted && can_mute(entry.category)) return;
  for (const char* channel : kChannels) {
    if (!channel_enabled(settings, channel)) continue;
    const std::string address = channel_address(s, channel);
    if (!address.empty()) entry.deliveries.push_back({channel, address, delivery_time(settings, channel, s.now_ms), 0});
  }
}

// Hands every delivery that is due to the platform and finds the next one.
void send_due(AppState& s, Effects& e) {
  NotificationsState& n = s.notifications;
  n.next_delivery_ms = -1;
  for (FeedEntry& entry : n.entries) {
    for (ChannelDelivery& d : entry.deliveries) {
      if (d.sent_ms != 0) continue;
      if (d.due_ms > s.now_ms) {
        if (n.next_delivery_ms < 0 || d.due_ms < n.next_delivery_ms) n.next_delivery_ms = d.due_ms;
        continue;
      }
      d.sent_ms = s.now_ms;
      n.dirty = true;
      e.push_back(DeliverNotification{d.channel, d.address, entry.message_key, entry.params});
    }
  }
}

// «Сохранить настройки»: channels, muted topics and quiet hours.
}  // namespace

void handle(AppState& s, const NotificationSettingsSave& a, Effects&) {
  std::erase_if(s.errors, [](const FieldError& f) { return f.field.starts_with("notifications.settings."); });
  NotificationSettings next = s.notifications.settings;
  for (const auto& [value, flag] :
       {std::pair{&a.email, &next.email}, {&a.sms, &next.sms}, {&a.push, &next.push}, {&a.quiet, &next.quiet}}) {
    if (*value) *flag = **value;
  }
  if (a.muted) {
    next.muted.clear();
    for (const std::string& category : *a.muted) {
      const bool known =
          std::find(std::begin(kFeedCategories), std::end(kFeedCategories), category) != std::end(kFeedCategories);
      if (known && can_mute(category) && std::find(next.muted.begin(), next.muted.end(), category) == next.muted.end())
        next.muted.push_back(category);
    }
  }
  bool ok = true;
  for (const auto& [name, typed, minutes] : {std::tuple{"quiet_from", &a.quiet_from, &next.quiet_from},
                                             std::tuple{"quiet_to", &a.quiet_to, &next.quiet_to}}) {
    const std::optional<std::string>& text = *typed;
    if (!text) continue;
    const auto parsed = parse_clock(text->size() <= 16 ? std::string_view(*text) : std::string_view());
    if (!parsed) {
      s.errors.push_back({std::string("notifications.settings.") + name, "notifications.settings.error.time"});
      ok = false;
    } else {
      *minutes = *parsed;
    }
  }
  if (ok && next.quiet && next.quiet_from == next.quiet_to) {
    s.errors.push_back({"notifications.settings.quiet_to", "notifications.settings.error.same"});
    ok = false;
  }
  if (!ok) return;
  NotificationsState& n = s.notifications;
  n.settings = next;
  // What waits for a channel now turned off does not go.
  n.next_delivery_ms = -1;
  for (FeedEntry& entry : n.entries) {
    std::erase_if(entry.deliveries,
                  [&](const ChannelDelivery& d) { return d.sent_ms == 0 && !channel_enabled(next, d.channel); });
    for (const ChannelDelivery& d : entry.deliveries) {
      if (d.sent_ms == 0 && (n.next_delivery_ms < 0 || d.due_ms < n.next_delivery_ms)) n.next_delivery_ms = d.due_ms;
    }
  }
  n.dirty = true;
  add_notice(s, "success", "notifications.settings.saved");
}

void notify(AppState& s, FeedEntry entry) {
  NotificationsState& n = s.notifications;
  entry.id = n.next_id++;
  entry.time_ms = s.now_ms;
  plan_deliveries(s, entry);
  for (const ChannelDelivery& d : entry.deliveries) {
    if (n.next_delivery_ms < 0 || d.due_ms < n.next_delivery_ms) n.next_delivery_ms = d.due_ms;
  }
  n.entries.push_back(std::move(entry));
  if (n.entries.size() > kFeedLimit) n.entries.erase(n.entries.begin(), n.entries.end() - kFeedLimit);
  n.dirty = true;
}

std::optional<int64_t> notifications_deadline(const AppState& s) {
  if (s.account.phase != AccountPhase::signed_in || s.notifications.next_delivery_ms < 0) return std::nullopt;
  return s.notifications.next_delivery_ms;
}

void flush_notifications(AppState& s, Effects& e) {
  if (s.notifications.next_delivery_ms >= 0 && s.notifications.next_delivery_ms <= s.now_ms &&
      s.account.phase == AccountPhase::signed_in)
    send_due(s, e);
  if (!s.notifications.dirty) return;
  s.notifications.dirty = false;
  e.push_back(Save{kNotificationsKey,
                   notifications_to_json(s.notifications).dump(-1, ' ', false, json::error_handler_t::replace)});
}

}  // namespace cabinet::app
