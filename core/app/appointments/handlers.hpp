#pragma once
// Internal to update(): Запись на приём's handlers, appointments.json and the
// tick that sends the reminder a day before each visit (appointments/update.cpp).
#include <optional>
#include <string>

#include "app/appointments/actions.hpp"
#include "app/kernel/handlers.hpp"

namespace cabinet::app {

// The catalog's service whose «Начать» opens the booking panel.
inline constexpr const char* kAppointmentForm = "appointment";

void handle(AppState& state, const AppointmentsNew& action, Effects& effects);
void handle(AppState& state, const AppointmentsDraft& action, Effects& effects);
void handle(AppState& state, const AppointmentsRefresh& action, Effects& effects);
void handle(AppState& state, const AppointmentSubmit& action, Effects& effects);
void handle(AppState& state, const AppointmentsPanelClose& action, Effects& effects);
void handle(AppState& state, const AppointmentReschedule& action, Effects& effects);
void handle(AppState& state, const AppointmentCancel& action, Effects& effects);
void handle(AppState& state, const AppointmentCancelConfirm& action, Effects& effects);
void handle(AppState& state, const AppointmentCancelAbort& action, Effects& effects);
void handle(AppState& state, const AppointmentsView& action, Effects& effects);
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
