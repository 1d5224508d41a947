#pragma once
// Internal to update(): the account's typed handlers (account/*.cpp).
#include "app/account/actions.hpp"
#include "app/kernel/handlers.hpp"

namespace cabinet::app {

void handle(AppState& state, const SignOut& action, Effects& effects);          // update.cpp
void handle(AppState& state, const StaySignedIn& action, Effects& effects);     // update.cpp

}  // namespace cabinet::app
