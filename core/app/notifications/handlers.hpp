#pragma once
// Internal to update(): Уведомления's handlers (update.cpp).
#include "app/kernel/handlers.hpp"
#include "app/notifications/actions.hpp"

namespace cabinet::app {

void handle(AppState& state, const NotificationsShow& action, Effects& effects);
void handle(AppState& state, const NotificationOpen& action, Effects& effects);
void handle(AppState& state, const NotificationRead& action, Effects& effects);
void handle(AppState& state, const NotificationsReadAll& action, Effects& effects);
void handle(AppState& state, const NotificationDelete& action, Effects& effects);
void handle(AppState& state, const NotificationDeleteConfirm& action, Effects& effects);
void handle(AppState& state, const NotificationDeleteCancel& action, Effects& effects);
void handle(AppState& state, const NotificationSettingsSave& action, Effects& effects);

}  // namespace cabinet::app
