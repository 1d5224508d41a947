#pragma once
// Internal to update(): the consents' handlers, consents.json, the expiry and
// reminder tick, and the checks forms/update.cpp makes before autofill and
// submission (consents/update.cpp).
#include <string>

#include "app/consents/actions.hpp"
#include "app/kernel/handlers.hpp"
#include "forms/form_definition.hpp"

namespace cabinet::app {

void handle(AppState& state, const ConsentCancel& action, Effects& effects);
void handle(AppState& state, const ConsentStart& action, Effects& effects);
void handle(AppState& state, const ConsentSet& action, Effects& effects);
void handle(AppState& state, const ConsentRequestCode& action, Effects& effects);
void handle(AppState& state, const ConsentConfirm& action, Effects& effects);
void handle(AppState& state, const ConsentRefuse& action, Effects& effects);
void handle(AppState& state, const ConsentWithdraw& action, Effects& effects);
void handle(AppState& state, const ConsentWithdrawConfirm& action, Effects& effects);
void handle(AppState& state, const ConsentsShow& action, Effects& effects);
void handle(AppState& state, const PrefillFromProfile& action, Effects& effects);
// Reads consents.json; false when it is damaged (the caller keeps it aside).
bool load_consents(AppState& state, const std::string& text, Effects& effects);
// Marks consents past their term as expired and shows the 30- and 7-day reminders once each.
void consents_tick(AppState& state, Effects& effects);
// consents.json's document.
nlohmann::json consents_document(const ConsentsState& consents);
// The profile values of `form`'s prefill fields when a consent allows copying
// them; otherwise nothing, and the refusal is kept for the step page.
nlohmann::json consented_prefill(AppState& state, const forms::FormDefinition& form, const std::string& draft_id);
// True when a consent covers sending `data` to the fund; otherwise the refusal
// is kept for the review page and a notice says why.
bool consent_allows_submission(AppState& state, const forms::FormDefinition& form, const nlohmann::json& data,
                               const std::string& draft_id);

}  // namespace cabinet::app
