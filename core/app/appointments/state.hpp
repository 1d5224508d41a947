#pragma once
// Запись на приём in the app: «Мои записи» (appointments.json in the vault)
// and the booking panel's draft. The booking itself goes through the
// AppointmentsGateway (core/appointments), the sandbox by default.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "appointments/gateway.hpp"

namespace cabinet::app {

inline constexpr const char* kAppointmentsKey = "appointments.json";
inline constexpr size_t kAppointmentsLimit = 1000;  // kept in «Мои записи» (the oldest past ones go first)
inline constexpr size_t kAppointmentCommentMax = 1000;  // characters, as in the appointment form's schema

// One change of a booking, for its history: booked | rescheduled | cancelled.
struct AppointmentChange {
  int64_t time_ms = 0;
  std::string action;
  int64_t start_ms = 0;  // the visit's time after the change
};

struct Appointment {
  std::string number;  // the agency's, e.g. "77-01-000001"
  std::string service, office;
  int64_t start_ms = 0;
  std::string phone, email, comment;
  std::string status = "booked";  // booked | cancelled
  bool reminded = false;          // the reminder a day before was sent (for the current time)
  int64_t created_ms = 0;
  std::vector<AppointmentChange> history;
};

// What the list shows: booked and still ahead, booked and gone by, or cancelled.
enum class VisitState { upcoming, past, cancelled };
VisitState visit_state(const Appointment& appointment, int64_t now_ms);
std::string_view visit_state_id(VisitState state);  // "upcoming", "past", "cancelled"

// The booking panel: a new booking or «Изменить запись» of `target`.
struct BookingDraft {
  std::string mode = "new";  // new | reschedule
  std::string target;
  std::string service, region, office;
  std::string day;       // the office's local date "YYYY-MM-DD" the times are shown for
  int64_t start_ms = 0;  // 0: no time chosen
  std::string phone, email, comment;
  std::string idempotency_key;  // one per attempt: a retried «Записаться» never books twice
  // The office's free times as last asked (empty while offline, then slots_code says why).
  std::vector<appointments::FreeSlot> slots;
  std::string slots_code;
  bool in_flight = false;  // «Записаться» asked the fund, no answer yet
};

struct AppointmentsState {
  std::vector<Appointment> appointments;  // in booking order
  bool panel_open = false;
  BookingDraft draft;
  std::string confirm_cancel;  // the booking whose cancellation waits for «Да, отменить»
  std::string opened;          // the booking a notification opened (shown first, highlighted)
  bool show_past = false;      // «Прошедшие и отменённые» unfolded
};

const Appointment* find_appointment(const AppointmentsState& state, std::string_view number);
// Upcoming ones soonest first, or the past and cancelled ones newest first.
std::vector<const Appointment*> listed_appointments(const AppointmentsState& state, int64_t now_ms, bool upcoming);

nlohmann::json appointments_to_json(const AppointmentsState& state);
// False when `text` is not a bookings list (then `state` is unchanged).
bool appointments_from_json(AppointmentsState& state, const std::string& text);
// For summary(): counts by visit state and the panel's step.
nlohmann::json appointments_summary(const AppointmentsState& state, int64_t now_ms);

}  // namespace cabinet::app
