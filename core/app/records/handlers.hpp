#pragma once
// Internal to update(): «Сведения»'s handlers and records.json (records/update.cpp).
#include <string>

#include "app/kernel/handlers.hpp"
#include "app/records/actions.hpp"

namespace cabinet::app {

inline constexpr const char* kWorkRecordErrorForm = "work-record-error";

void handle(AppState& state, const RecordsView& action, Effects& effects);
void handle(AppState& state, const RecordsStatement& action, Effects& effects);
// Reads records.json; false when it is damaged (the caller keeps it aside).
bool load_records(AppState& state, const std::string& text);
// Opening «Сведения» asks the fund for the work records (signed in and online).
void records_opened(AppState& state, Effects& effects);
// The fund granted a work-record correction (application `number`): the records
// are asked again and the citizen is told where to look.
void records_corrected(AppState& state, Effects& effects, const std::string& number);
// Back online on «Сведения»: the records that could not be asked come by themselves.
void records_online(AppState& state, Effects& effects);

}  // namespace cabinet::app
