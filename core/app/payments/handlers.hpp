#pragma once
// Internal to update(): Платежи's handlers and payments.json (payments/update.cpp).
#include <string>

#include "app/kernel/handlers.hpp"
#include "app/payments/actions.hpp"

namespace cabinet::app {

void handle(AppState& state, const PaymentsSelect& action, Effects& effects);
void handle(AppState& state, const PaymentsPay& action, Effects& effects);
void handle(AppState& state, const PaymentsDraft& action, Effects& effects);
void handle(AppState& state, const PaymentsRequestCode& action, Effects& effects);
void handle(AppState& state, const PaymentConfirm& action, Effects& effects);
void handle(AppState& state, const PaymentCheck& action, Effects& effects);
void handle(AppState& state, const PaymentsPanelClose& action, Effects& effects);
void handle(AppState& state, const PaymentsView& action, Effects& effects);
// Reads payments.json; false when it is damaged (the caller keeps it aside).
bool load_payments(AppState& state, const std::string& text);
// Opening Платежи asks the agency for the charges (signed in and online).
void payments_opened(AppState& state, Effects& effects);
// Back online: the charges that could not be asked come by themselves.
void payments_online(AppState& state, Effects& effects);

}  // namespace cabinet::app
