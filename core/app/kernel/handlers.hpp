#pragma once
// Internal to update(): what the features' handlers share (notices, forms.json,
// the audit log, the feed, the answers of the ports). Each feature declares its
// own typed handlers in <feature>/handlers.hpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/kernel/action.hpp"
#include "app/kernel/answer.hpp"
#include "app/kernel/effect.hpp"
#include "app/kernel/state.hpp"
#include "app/notifications/state.hpp"
#include "submission/envelope.hpp"

namespace cabinet::app {

inline constexpr const char* kFormsKey = "forms.json";
inline constexpr const char* kAuditKey = "audit.jsonl";
inline constexpr int64_t kAutosaveMs = 800;  // a draft is saved this long after the last keystroke

void add_notice(AppState& state, std::string kind, std::string key, nlohmann::json params = nlohmann::json::object());

// Catalog, journeys, drafts and submissions (forms/update.cpp, forms/catalog.cpp).
// Reads forms.json (drafts, applications, favourites); false when it is damaged.
bool load_forms(AppState& state, const std::string& text);
// Leaves the open form or start page for the catalog (the draft stays and is saved).
void leave_journey(AppState& state, Effects& effects);
// Delivers what waits in the outbox and reads the agency's feed (forms/tracking.cpp).
void sync_agency(AppState& state, Effects& effects);
// Writes forms.json now.
void save_forms(AppState& state, Effects& effects);
// forms.json's document: drafts, applications, favourites, the profile, the outbox, ...
nlohmann::json forms_document(const FormsState& forms);
// The device signing key of submissions and consents, made on first use (then forms.json must be saved).
submission::SigningKey signing_key(AppState& state);

// The audit log (account/audit.cpp): appends an entry by the signed-in citizen
// (at `at_ms`, default now) and saves the log.
void record_audit(AppState& state, Effects& effects, std::string_view action, std::string_view object,
                  const nlohmann::json& details = nlohmann::json::object(),
                  std::optional<int64_t> at_ms = std::nullopt);
std::string audit_actor(const AppState& state);
void save_audit(AppState& state, Effects& effects);
// Reads audit.jsonl; a broken chain is kept aside and a new log says so.
void load_audit(AppState& state, const std::string& text, Effects& effects);

// Уведомления (notifications/update.cpp): adds an entry (id and time set
// here); the feed is saved once, at the end of the action (flush_notifications).
void notify(AppState& state, FeedEntry entry);
void flush_notifications(AppState& state, Effects& effects);
// The next delivery waiting for the end of the quiet hours (signed in only).
std::optional<int64_t> notifications_deadline(const AppState& state);

// The ports' answers (answer.hpp), one per kind, in the feature that asked.
void on_answer(AppState& state, const AgencySynced& answer, Effects& effects);       // forms/tracking.cpp
void on_answer(AppState& state, const MessageAnswered& answer, Effects& effects);    // forms/tracking.cpp
void on_answer(AppState& state, const ChargesReceived& answer, Effects& effects);    // payments/update.cpp
void on_answer(AppState& state, const PaymentAnswered& answer, Effects& effects);    // payments/update.cpp
void on_answer(AppState& state, const SlotsReceived& answer, Effects& effects);      // appointments/update.cpp
void on_answer(AppState& state, const BookingAnswered& answer, Effects& effects);    // appointments/update.cpp
void on_answer(AppState& state, const CancelAnswered& answer, Effects& effects);     // appointments/update.cpp
void on_answer(AppState& state, const RecordsReceived& answer, Effects& effects);    // records/update.cpp
void on_answer(AppState& state, const StatementReceived& answer, Effects& effects);  // records/update.cpp
void on_answer(AppState& state, const AccessRecoveryAnswered& answer, Effects& effects);  // account/recovery.cpp
void on_answer(AppState& state, const CapitalReceived& answer, Effects& effects);    // capital/update.cpp
void on_answer(AppState& state, const WithdrawAnswered& answer, Effects& effects);   // forms/tracking.cpp
void on_answer(AppState& state, const UploadAnswered& answer, Effects& effects);     // forms/requested_documents.cpp

}  // namespace cabinet::app
