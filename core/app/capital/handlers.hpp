#pragma once
// Internal to update(): «Материнский капитал»'s handlers and capital.json (capital/update.cpp).
#include <string>

#include "app/capital/actions.hpp"
#include "app/kernel/handlers.hpp"

namespace cabinet::app {

inline constexpr const char* kMaternityCapitalForm = "maternity-capital";

void handle(AppState& state, const CapitalView& action, Effects& effects);
// Reads capital.json; false when it is damaged (the caller keeps it aside).
bool load_capital(AppState& state, const std::string& text);
// Asks the fund for the certificate, balance and journal (signed in and online;
// otherwise the state says why not).
void capital_refresh(AppState& state, Effects& effects);
// Back online on «Материнский капитал»: what could not be asked comes by itself.
void capital_online(AppState& state, Effects& effects);
// The profile the forms check against, with the capital's available balance
// (`maternity_capital_balance`) when the fund has reported it.
nlohmann::json forms_check_profile(const AppState& state);

}  // namespace cabinet::app
