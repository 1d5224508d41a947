#pragma once
// Internal to update(): Платежи's handlers and payments.json (payments_update.cpp).
#include <string>

#include "app/handlers.hpp"

namespace cabinet::app {

void add_payments_handlers(HandlerTable& table);
// Reads payments.json; false when it is damaged (the caller keeps it aside).
bool load_payments(AppState& state, const std::string& text);
// Opening Платежи asks the agency for the charges (signed in and online).
void payments_opened(AppState& state, Effects& effects);
// Back online: the charges that could not be asked come by themselves.
void payments_online(AppState& state, Effects& effects);

}  // namespace cabinet::app
