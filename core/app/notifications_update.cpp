// Уведомления in the app: entries are added by the areas that notice
// something (tracking, consents, the account) through notify(); the citizen
// reads, filters, opens and deletes them here.
#include <algorithm>

#include "app/handlers.hpp"
#include "app/json_args.hpp"
#include "app/notifications.hpp"
#include "tracking/status.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr size_t kServiceIdMax = 100;

FeedEntry* find_entry(AppState& s, const json& a) {
  const auto id = json_int(a, "id");
  if (!id) return nullptr;
  for (FeedEntry& e : s.notifications.entries) {
    if (static_cast<int64_t>(e.id) == *id) return &e;
  }
  return nullptr;
}

// Shows what the entry is about: the application, the consent or the security page.
void open_object(AppState& s, const std::string& object) {
  if (object.starts_with("application:")) {
    const std::string number = object.substr(12);
    s.section = Section::applications;
    s.forms.opened_application = number;
    const auto tracked = std::find_if(s.forms.tracked.begin(), s.forms.tracked.end(),
                                      [&](const tracking::Tracked& t) { return t.number == number; });
    s.forms.applications_tab =
        tracked != s.forms.tracked.end() && tracking::is_final(tracked->status) ? "archive" : "submitted";
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
  } else if (object == "security") {
    s.section = Section::profile;
  }
}

void notifications_view(AppState& s, const json& a, Effects&) {
  NotificationsView& v = s.notifications.view;
  const NotificationsView before = v;
  if (auto filter = json_string(a, "filter"); filter && (*filter == "all" || *filter == "unread" || *filter == "week"))
    v.filter = *filter;
  if (auto category = json_string(a, "category")) {
    const bool known = std::find(std::begin(kFeedCategories), std::end(kFeedCategories), *category) !=
                       std::end(kFeedCategories);
    if (category->empty() || known) v.category = *category;
  }
  if (auto service = json_string(a, "service"); service && service->size() <= kServiceIdMax) v.service = *service;
  if (v.filter != before.filter || v.category != before.category || v.service != before.service) v.shown = kFeedPage;
  if (json_bool(a, "more").value_or(false)) v.shown += kFeedPage;
}

void notification_open(AppState& s, const json& a, Effects&) {
  FeedEntry* entry = find_entry(s, a);
  if (!entry) return;
  if (!entry->read) {
    entry->read = true;
    s.notifications.dirty = true;
  }
  open_object(s, entry->object);
}

void notification_read(AppState& s, const json& a, Effects&) {
  FeedEntry* entry = find_entry(s, a);
  const auto read = json_bool(a, "read");
  if (!entry || !read || entry->read == *read) return;
  entry->read = *read;
  s.notifications.dirty = true;
}

void notifications_read_all(AppState& s, const json&, Effects&) {
  if (unread_count(s.notifications) == 0) return;
  for (FeedEntry& entry : s.notifications.entries) entry.read = true;
  s.notifications.dirty = true;
}

void notification_delete(AppState& s, const json& a, Effects&) {
  if (const FeedEntry* entry = find_entry(s, a)) s.notifications.view.confirm_delete = entry->id;
}

void notification_delete_confirm(AppState& s, const json& a, Effects&) {
  const FeedEntry* entry = find_entry(s, a);
  if (!entry || entry->id != s.notifications.view.confirm_delete) return;
  const uint64_t id = entry->id;
  std::erase_if(s.notifications.entries, [&](const FeedEntry& f) { return f.id == id; });
  s.notifications.view.confirm_delete = 0;
  s.notifications.dirty = true;
  add_notice(s, "success", "notifications.deleted");
}

}  // namespace

void notify(AppState& s, FeedEntry entry) {
  NotificationsState& n = s.notifications;
  entry.id = n.next_id++;
  entry.time_ms = s.now_ms;
  n.entries.push_back(std::move(entry));
  if (n.entries.size() > kFeedLimit) n.entries.erase(n.entries.begin(), n.entries.end() - kFeedLimit);
  n.dirty = true;
}

void flush_notifications(AppState& s, Effects& e) {
  if (!s.notifications.dirty) return;
  s.notifications.dirty = false;
  e.push_back({"save",
               {{"key", kNotificationsKey},
                {"data", notifications_to_json(s.notifications).dump(-1, ' ', false, json::error_handler_t::replace)}}});
}

void add_notifications_handlers(HandlerTable& t) {
  t["notifications_view"] = notifications_view;
  t["notification_open"] = notification_open;
  t["notification_read"] = notification_read;
  t["notifications_read_all"] = notifications_read_all;
  t["notification_delete"] = notification_delete;
  t["notification_delete_confirm"] = notification_delete_confirm;
  t["notification_delete_cancel"] = [](AppState& s, const json&, Effects&) { s.notifications.view.confirm_delete = 0; };
}

}  // namespace cabinet::app
