// Уведомления: the feed newest first, filters (unread, the last 7 days, a
// topic, a service), read / unread, open what an entry is about, delete with
// confirmation. Draws a page of entries at a time: «Показать ещё» adds the next.
#include <imgui.h>

#include "app/notifications.hpp"
#include "app_view.hpp"
#include "time/iso8601.hpp"
#include "widgets.hpp"

namespace cabinet::ui {

namespace {

constexpr int kMoscowOffsetMinutes = 180;

void draw_filters(Ui& ui, app::Runtime& runtime, size_t unread) {
  const app::NotificationsState& n = runtime.state().notifications;
  const auto set = [&runtime](const char* name) {
    return [&runtime, name](const std::string& value) {
      runtime.dispatch({"notifications_view", {{name, value}}});
    };
  };
  choice_buttons(ui, "notifications.filter", n.view.filter,
                 {{"all", ui.tr("notifications.filter.all")},
                  {"unread", ui.tr("notifications.filter.unread", {{"count", unread}})},
                  {"week", ui.tr("notifications.filter.week")}},
                 set("filter"));
  paragraph(ui, ui.tr("notifications.category_title"), true);
  std::vector<std::pair<std::string, std::string>> categories = {{"", ui.tr("notifications.category.all")}};
  for (const char* category : app::kFeedCategories)
    categories.emplace_back(category, ui.tr(std::string("notifications.category.") + category));
  choice_buttons(ui, "notifications.category", n.view.category, categories, set("category"));
  const std::vector<std::string> services = app::feed_services(n);
  if (services.empty()) return;
  paragraph(ui, ui.tr("notifications.service_title"), true);
  service_radios(ui, "notifications.service", ui.tr("notifications.service_all"), n.view.service, services,
                 set("service"));
}

void draw_entry(Ui& ui, app::Runtime& runtime, const app::FeedEntry& entry) {
  const std::string id = std::to_string(entry.id);
  const std::string time = time::format_display(entry.time_ms, kMoscowOffsetMinutes);
  ImGui::Separator();
  std::string meta = time + " · " + ui.tr("notifications.category." + entry.category);
  if (!entry.service.empty()) meta += " · " + form_title(ui, entry.service);
  if (!entry.read) meta = ui.tr("notifications.new") + " · " + meta;
  paragraph(ui, meta, entry.read);
  const std::string text = message_text(ui, entry.message_key, entry.params);
  // The text itself opens the object (and marks the entry read).
  if (button(ui, ("notifications.open." + id).c_str(), text, {.kind = ButtonKind::link}))
    runtime.dispatch({"notification_open", {{"id", entry.id}}});
  if (runtime.state().notifications.view.confirm_delete == entry.id) {
    banner(ui, ("notifications.confirm_delete." + id).c_str(), ui.tr("notifications.confirm_delete", {{"time", time}}),
           true);
    if (button(ui, "notifications.confirm_delete_yes", ui.tr("notifications.confirm_delete_yes")))
      runtime.dispatch({"notification_delete_confirm", {{"id", entry.id}}});
    same_line_if_fits(ui.tr("notifications.cancel"));
    if (button(ui, "notifications.confirm_delete_no", ui.tr("notifications.cancel"), {.kind = ButtonKind::secondary}))
      runtime.dispatch({"notification_delete_cancel", {}});
    return;
  }
  const std::string toggle = ui.tr(entry.read ? "notifications.mark_unread" : "notifications.mark_read");
  if (button(ui, ("notifications.read." + id).c_str(), toggle, {.kind = ButtonKind::secondary}))
    runtime.dispatch({"notification_read", {{"id", entry.id}, {"read", !entry.read}}});
  same_line_if_fits(ui.tr("notifications.delete"));
  if (button(ui, ("notifications.delete." + id).c_str(), ui.tr("notifications.delete"), {.kind = ButtonKind::secondary}))
    runtime.dispatch({"notification_delete", {{"id", entry.id}}});
}

}  // namespace

void draw_notifications(Ui& ui, ViewState& view, app::Runtime& runtime) {
  const app::AppState& state = runtime.state();
  const app::NotificationsState& n = state.notifications;
  heading(ui, ui.tr("notifications.title"));
  paragraph(ui, ui.tr("notifications.intro"), true);
  if (n.entries.empty()) {
    paragraph(ui, ui.tr("notifications.empty"));
    paragraph(ui, ui.tr("notifications.channels_note"), true);
    return;
  }
  const size_t unread = unread_entries(view, state);
  draw_filters(ui, runtime, unread);
  if (unread > 0 &&
      button(ui, "notifications.read_all", ui.tr("notifications.read_all"), {.kind = ButtonKind::secondary}))
    runtime.dispatch({"notifications_read_all", {}});
  const std::vector<const app::FeedEntry*> listed = app::listed_notifications(n, state.now_ms);
  const size_t shown = std::min(listed.size(), n.view.shown);
  banner(ui, "notifications.count", ui.tr("notifications.count", {{"shown", shown}, {"total", listed.size()}}), false);
  if (listed.empty()) paragraph(ui, ui.tr("notifications.empty_filtered"), true);
  for (size_t i = 0; i < shown; ++i) draw_entry(ui, runtime, *listed[i]);
  if (shown < listed.size()) {
    ImGui::Spacing();
    if (button(ui, "notifications.more", ui.tr("notifications.more"), {.kind = ButtonKind::secondary}))
      runtime.dispatch({"notifications_view", {{"more", true}}});
  }
  ImGui::Spacing();
  paragraph(ui, ui.tr("notifications.channels_note"), true);
}

}  // namespace cabinet::ui
