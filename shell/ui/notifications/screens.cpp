// Уведомления: the feed newest first, filters (unread, the last 7 days, a
// topic, a service), read / unread, open what an entry is about, delete with
// confirmation. Draws a page of entries at a time: «Показать ещё» adds the next.
#include <imgui.h>

#include <algorithm>

#include "app/notifications/state.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

constexpr int kMoscowOffsetMinutes = 180;

void draw_filters(Ui& ui, const app::AppState& state, Dispatch& dispatch, size_t unread) {
  const app::NotificationsState& n = state.notifications;
  const auto set = [&dispatch](std::optional<std::string> app::NotificationsShow::*member) {
    return [&dispatch, member](const std::string& value) {
      app::NotificationsShow show;
      show.*member = value;
      dispatch(show);
    };
  };
  choice_buttons(ui, "notifications.filter", n.view.filter,
                 {{"all", ui.tr("notifications.filter.all")},
                  {"unread", ui.tr("notifications.filter.unread", {{"count", unread}})},
                  {"week", ui.tr("notifications.filter.week")}},
                 set(&app::NotificationsShow::filter));
  paragraph(ui, ui.tr("notifications.category_title"), true);
  std::vector<std::pair<std::string, std::string>> categories = {{"", ui.tr("notifications.category.all")}};
  for (const char* category : app::kFeedCategories)
    categories.emplace_back(category, ui.tr(std::string("notifications.category.") + category));
  choice_buttons(ui, "notifications.category", n.view.category, categories, set(&app::NotificationsShow::category));
  const std::vector<std::string> services = app::feed_services(n);
  if (services.empty()) return;
  paragraph(ui, ui.tr("notifications.service_title"), true);
  service_radios(ui, "notifications.service", ui.tr("notifications.service_all"), n.view.service, services,
                 set(&app::NotificationsShow::service));
}

// «Настройки уведомлений»: channels, topics sent outside the app, quiet hours.
void draw_settings(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  if (button(ui, "notifications.settings", ui.tr("notifications.settings.title"),
             {.kind = ButtonKind::secondary, .expanded = view.notification_settings_open ? 1 : 0})) {
    view.notification_settings_open = !view.notification_settings_open;
    view.settings_draft = state.notifications.settings;  // the panel starts from what is saved
    view.quiet_from = app::clock_text(view.settings_draft.quiet_from);
    view.quiet_to = app::clock_text(view.settings_draft.quiet_to);
  }
  if (!view.notification_settings_open) return;
  app::NotificationSettings& d = view.settings_draft;
  paragraph(ui, ui.tr("notifications.settings.intro"), true);
  heading(ui, ui.tr("notifications.settings.channels"), 3);
  for (const auto& [channel, flag] : {std::pair{"email", &d.email}, {"sms", &d.sms}, {"push", &d.push}}) {
    const std::string id = std::string("notifications.settings.channel.") + channel;
    checkbox(ui, id.c_str(), ui.tr(id), *flag);
  }
  heading(ui, ui.tr("notifications.settings.topics"), 3);
  for (const char* category : app::kFeedCategories) {
    const std::string id = std::string("notifications.settings.topic.") + category;
    const std::string label = ui.tr(std::string("notifications.category.") + category);
    if (!app::can_mute(category)) {
      paragraph(ui, ui.tr("notifications.settings.topic_always", {{"topic", label}}), true);
      continue;
    }
    bool on = std::find(d.muted.begin(), d.muted.end(), category) == d.muted.end();
    if (checkbox(ui, id.c_str(), label, on)) {
      std::erase(d.muted, std::string(category));
      if (!on) d.muted.push_back(category);
    }
  }
  heading(ui, ui.tr("notifications.settings.quiet_title"), 3);
  checkbox(ui, "notifications.settings.quiet", ui.tr("notifications.settings.quiet"), d.quiet);
  if (d.quiet) {
    for (const auto& [name, text] : {std::pair{"quiet_from", &view.quiet_from}, {"quiet_to", &view.quiet_to}}) {
      const std::string id = std::string("notifications.settings.") + name;
      text_field(ui, id.c_str(), ui.tr(id), *text,
                 {.hint = ui.tr("notifications.settings.time_hint"),
                  .error = field_error_text(ui, state, id),
                  .input = "numeric",
                  .max_bytes = 16});
    }
  }
  if (button(ui, "notifications.settings.save", ui.tr("notifications.settings.save"))) {
    dispatch(app::NotificationSettingsSave{.email = d.email,
                                           .sms = d.sms,
                                           .push = d.push,
                                           .quiet = d.quiet,
                                           .muted = d.muted,
                                           .quiet_from = view.quiet_from,
                                           .quiet_to = view.quiet_to},
             [&view](const app::AppState& s) {
               if (!app::find_error(s, "notifications.settings.quiet_from") &&
                   !app::find_error(s, "notifications.settings.quiet_to"))
                 view.notification_settings_open = false;
             });
  }
}

// «Отправлено: SMS, e-mail» and what waits for the end of the quiet hours.
void draw_deliveries(Ui& ui, const app::FeedEntry& entry) {
  std::string sent, waiting;
  for (const app::ChannelDelivery& d : entry.deliveries) {
    const std::string name = ui.tr("notifications.settings.channel_short." + d.channel);
    std::string& list = d.sent_ms != 0 ? sent : waiting;
    list += (list.empty() ? "" : ", ") + name;
    if (d.sent_ms == 0)
      list +=
          " " + ui.tr("notifications.delivery_at", {{"time", time::format_display(d.due_ms, kMoscowOffsetMinutes)}});
  }
  if (!sent.empty()) paragraph(ui, ui.tr("notifications.delivered", {{"channels", sent}}), true);
  if (!waiting.empty()) paragraph(ui, ui.tr("notifications.waiting", {{"channels", waiting}}), true);
}

void draw_entry(Ui& ui, const app::AppState& state, Dispatch& dispatch, const app::FeedEntry& entry) {
  const std::string id = std::to_string(entry.id);
  const std::string time = time::format_display(entry.time_ms, kMoscowOffsetMinutes);
  ImGui::Separator();
  std::string meta = time + " · " + ui.tr("notifications.category." + entry.category);
  if (!entry.service.empty()) meta += " · " + form_title(ui, entry.service);
  if (!entry.read) meta = ui.tr("notifications.new") + " · " + meta;
  paragraph(ui, meta, entry.read);
  const std::string text = message_text(ui, entry.message_key, entry.params);
  const std::string toggle = ui.tr(entry.read ? "notifications.mark_unread" : "notifications.mark_read");
  // The text itself opens the object (and marks the entry read); a long press
  // on it offers the entry's actions.
  if (button(ui, ("notifications.open." + id).c_str(), text, {.kind = ButtonKind::link}))
    dispatch(app::NotificationOpen{static_cast<int64_t>(entry.id)});
  const std::string chosen = context_menu(
      ui, "notifications.context." + id,
      {{"open", ui.tr("notifications.open_entry")}, {"read", toggle}, {"delete", ui.tr("notifications.delete")}});
  if (chosen == "open") dispatch(app::NotificationOpen{static_cast<int64_t>(entry.id)});
  if (chosen == "read") dispatch(app::NotificationRead{static_cast<int64_t>(entry.id), !entry.read});
  if (chosen == "delete") dispatch(app::NotificationDelete{static_cast<int64_t>(entry.id)});
  draw_deliveries(ui, entry);
  if (state.notifications.view.confirm_delete == entry.id) {
    const Answer answer = confirm_question(
        ui, "notifications.confirm_delete." + id, ui.tr("notifications.confirm_delete", {{"time", time}}),
        "notifications.confirm_delete", ui.tr("notifications.confirm_delete_yes"), ui.tr("notifications.cancel"));
    if (answer == Answer::yes) dispatch(app::NotificationDeleteConfirm{static_cast<int64_t>(entry.id)});
    if (answer == Answer::no) dispatch(app::NotificationDeleteCancel{});
    return;
  }
  if (button(ui, ("notifications.read." + id).c_str(), toggle, {.kind = ButtonKind::secondary}))
    dispatch(app::NotificationRead{static_cast<int64_t>(entry.id), !entry.read});
  same_line_if_fits(ui.tr("notifications.delete"));
  if (button(ui, ("notifications.delete." + id).c_str(), ui.tr("notifications.delete"),
             {.kind = ButtonKind::secondary}))
    dispatch(app::NotificationDelete{static_cast<int64_t>(entry.id)});
}

}  // namespace

void draw_notifications(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  const app::NotificationsState& n = state.notifications;
  heading(ui, ui.tr("notifications.title"));
  paragraph(ui, ui.tr("notifications.intro"), true);
  draw_settings(ui, view, state, dispatch);
  if (n.entries.empty()) {
    paragraph(ui, ui.tr("notifications.empty"));
    return;
  }
  const size_t unread = unread_entries(view, state);
  draw_filters(ui, state, dispatch, unread);
  if (unread > 0 &&
      button(ui, "notifications.read_all", ui.tr("notifications.read_all"), {.kind = ButtonKind::secondary}))
    dispatch(app::NotificationsReadAll{});
  const std::vector<const app::FeedEntry*> listed = app::listed_notifications(n, state.now_ms);
  const size_t shown = std::min(listed.size(), n.view.shown);
  banner(ui, "notifications.count", ui.tr("notifications.count", {{"shown", shown}, {"total", listed.size()}}), false);
  if (listed.empty()) paragraph(ui, ui.tr("notifications.empty_filtered"), true);
  for (size_t i = 0; i < shown; ++i) draw_entry(ui, state, dispatch, *listed[i]);
  if (shown < listed.size()) {
    ImGui::Spacing();
    if (button(ui, "notifications.more", ui.tr("notifications.more"), {.kind = ButtonKind::secondary}))
      dispatch(app::NotificationsShow{.more = true});
  }
}

}  // namespace cabinet::ui
