#pragma once
// Internal to update(): Услуги and Заявления's typed handlers (forms/*.cpp).
#include "app/forms/actions.hpp"
#include "app/kernel/handlers.hpp"

namespace cabinet::app {

void handle(AppState& state, const CloseJourney& action, Effects& effects);  // update.cpp

}  // namespace cabinet::app
