#pragma once
// Уведомления's actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// The feed's filters: `filter` (all, unread, week), `category`, `service`; `more` shows the next page.
struct NotificationsShow {
  static constexpr std::string_view type = "notifications_view";
  std::optional<std::string> filter, category, service;
  std::optional<bool> more;
  static constexpr auto args() {
    return std::array{arg<&NotificationsShow::filter>("filter"), arg<&NotificationsShow::category>("category"),
                      arg<&NotificationsShow::service>("service"), arg<&NotificationsShow::more>("more")};
  }
};

// Opens what the entry is about (and marks it read).
struct NotificationOpen {
  static constexpr std::string_view type = "notification_open";
  int64_t id = 0;
  static constexpr auto args() { return std::array{arg<&NotificationOpen::id>("id")}; }
};

struct NotificationRead {
  static constexpr std::string_view type = "notification_read";
  int64_t id = 0;
  bool read = true;
  static constexpr auto args() {
    return std::array{arg<&NotificationRead::id>("id"), arg<&NotificationRead::read>("read")};
  }
};

struct NotificationsReadAll {
  static constexpr std::string_view type = "notifications_read_all";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Удалить»: asks first.
struct NotificationDelete {
  static constexpr std::string_view type = "notification_delete";
  int64_t id = 0;
  static constexpr auto args() { return std::array{arg<&NotificationDelete::id>("id")}; }
};

struct NotificationDeleteConfirm {
  static constexpr std::string_view type = "notification_delete_confirm";
  int64_t id = 0;
  static constexpr auto args() { return std::array{arg<&NotificationDeleteConfirm::id>("id")}; }
};

struct NotificationDeleteCancel {
  static constexpr std::string_view type = "notification_delete_cancel";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Сохранить настройки»: channels, muted topics, quiet hours (ЧЧ:ММ, Moscow time).
struct NotificationSettingsSave {
  static constexpr std::string_view type = "notification_settings";
  std::optional<bool> email, sms, push, quiet;
  std::optional<std::vector<std::string>> muted;
  std::optional<std::string> quiet_from, quiet_to;
  static constexpr auto args() {
    return std::array{
        arg<&NotificationSettingsSave::email>("email"),      arg<&NotificationSettingsSave::sms>("sms"),
        arg<&NotificationSettingsSave::push>("push"),        arg<&NotificationSettingsSave::quiet>("quiet"),
        arg<&NotificationSettingsSave::muted>("muted"),      arg<&NotificationSettingsSave::quiet_from>("quiet_from"),
        arg<&NotificationSettingsSave::quiet_to>("quiet_to")};
  }
};

using NotificationsActions =
    std::variant<NotificationsShow, NotificationOpen, NotificationRead, NotificationsReadAll, NotificationDelete,
                 NotificationDeleteConfirm, NotificationDeleteCancel, NotificationSettingsSave>;

}  // namespace cabinet::app
