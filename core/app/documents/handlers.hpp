#pragma once
// Internal to update(): Мои документы's handlers, documents.json, and the tick
// that runs the sandbox agency's check and the expiry reminders
// (documents/update.cpp).
#include <optional>
#include <string>

#include "app/documents/actions.hpp"
#include "app/kernel/handlers.hpp"

namespace cabinet::app {

void handle(AppState& state, const DocumentsPanel& action, Effects& effects);
void handle(AppState& state, const DocumentsDraft& action, Effects& effects);
void handle(AppState& state, const DocumentsPanelClose& action, Effects& effects);
void handle(AppState& state, const DocumentEditSave& action, Effects& effects);
void handle(AppState& state, const DocumentDelete& action, Effects& effects);
void handle(AppState& state, const DocumentDeleteConfirm& action, Effects& effects);
void handle(AppState& state, const DocumentDeleteCancel& action, Effects& effects);
void handle(AppState& state, const FolderCreate& action, Effects& effects);
void handle(AppState& state, const FolderDelete& action, Effects& effects);
void handle(AppState& state, const DocumentsShow& action, Effects& effects);
void handle(AppState& state, const DocumentFile& action, Effects& effects);
// Reads documents.json; false when it is damaged (the caller keeps it aside).
bool load_documents(AppState& state, const std::string& text, Effects& effects);
// Checks uploads waiting for the agency (when online) and sends the reminders
// 30 days before and on the expiry of «Действителен до», once each.
void documents_tick(AppState& state, Effects& effects);
// A file dropped onto the window while the upload panel of Мои документы is
// open goes there (true); otherwise the open form takes it.
bool documents_take_drop(AppState& state, const CarriedFile& file, Effects& effects);
// The moment the next unsent reminder falls due (maybe already past: due at once).
std::optional<int64_t> documents_deadline(const AppState& state);

}  // namespace cabinet::app
