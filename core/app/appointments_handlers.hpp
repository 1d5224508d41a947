#pragma once
// Internal to update(): Запись на приём's handlers, appointments.json and the
// tick that sends the reminder a day before each visit (appointments_update.cpp).
#include <optional>
#include <string>

#include "app/handlers.hpp"

namespace cabinet::app {

// The catalog's service whose «Начать» opens the booking panel.
inline constexpr const char* kAppointmentForm = "appointment";

void add_appointments_handlers(HandlerTable& table);
// Reads appointments.json; false when it is damaged (the caller keeps it aside).
bool load_appointments(AppState& state, const std::string& text, Effects& effects);
// The reminder 24 hours before each booked visit, once.
void appointments_tick(AppState& state, Effects& effects);
// Back online: the booking panel asks for the free times it could not get.
void appointments_online(AppState& state, Effects& effects);
// The moment the next reminder falls due (signed in only).
std::optional<int64_t> appointments_deadline(const AppState& state);
// Opens the booking panel (the catalog's «Запись на личный приём» comes here).
void open_booking(AppState& state, const std::string& service);

}  // namespace cabinet::app
