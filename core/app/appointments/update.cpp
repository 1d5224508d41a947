// Запись на приём in the app: the booking panel (service, region, office,
// day, time, contacts), «Записаться» through the AppointmentsGateway,
// «Изменить запись» to another time, «Отменить запись» after confirmation,
// and the reminder a day before the visit.
#include <algorithm>

#include "app/account/account.hpp"
#include "app/account/codes.hpp"
#include "app/appointments/handlers.hpp"
#include "app/consents/state.hpp"
#include "appointments/schedule.hpp"
#include "audit/actions.hpp"
#include "ids/ids.hpp"
#include "app/kernel/field_errors.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;
namespace ap = cabinet::appointments;

constexpr const char* kFieldPrefix = "appointments.";
constexpr FeatureErrors kErrors{kFieldPrefix};

Appointment* find_mutable(AppState& s, std::string_view number) {
  for (Appointment& a : s.appointments.appointments) {
    if (a.number == number) return &a;
  }
  return nullptr;
}

void save_appointments(AppState& s, Effects& e) {
  e.push_back(Save{kAppointmentsKey,
                   appointments_to_json(s.appointments).dump(-1, ' ', false, json::error_handler_t::replace)});
}

// What the feed, the notices and the audit say about a booking.
json visit_params(const AppState& s, const Appointment& a) {
  const ap::OfficeData& data = ap::offices();
  const ap::Office* office = data.office(a.office);
  const int offset = office ? data.utc_offset(*office) : 180;
  return {{"number", a.number},
          {"service_key", "appointments.service." + a.service},
          {"office", office ? office->name.in(s.language) : a.office},
          {"address", office ? office->address.in(s.language) : ""},
          {"date", time::format_display(a.start_ms, offset).substr(0, 10)},
          {"time", ap::local_time(a.start_ms, offset)}};
}

// The feed's entry (the sandbox delivery of the SMS and email the seeds
// promise) and the notice at the top.
void announce(AppState& s, const Appointment& a, const char* what, const char* kind = "success") {
  const json params = visit_params(s, a);
  add_notice(s, kind, std::string("appointments.notice.") + what, params);
  notify(s, {.category = "appointments",
             .message_key = std::string("appointments.feed.") + what,
             .params = params,
             .object = "appointment:" + a.number,
             .service = "appointment"});
}

bool citizen_busy(const AppState& s, int64_t start_ms, const std::string& except) {
  return std::any_of(s.appointments.appointments.begin(), s.appointments.appointments.end(), [&](const Appointment& a) {
    return a.status == "booked" && a.start_ms == start_ms && a.number != except;
  });
}

// Asks the agency for the office's free times; keeps the chosen day and time when still free.
void fetch_slots(AppState& s, Effects& e) {
  BookingDraft& d = s.appointments.draft;
  d.slots.clear();
  d.slots_code.clear();
  const ap::OfficeData& data = ap::offices();
  const ap::Office* office = data.office(d.office);
  if (!office || !office->offers(d.service)) {
    d.day.clear();  // a time chosen at another office does not carry over
    d.start_ms = 0;
    return;
  }
  if (!s.online) {
    d.slots_code = "offline";
    return;
  }
  const ap::BookingWindow window = ap::booking_window(data, *office, s.now_ms);
  e.push_back(FetchSlots{s.epoch, d.office, d.service, window.from_ms, window.to_ms});
}

void slots_received(AppState& s, const SlotsReceived& received) {
  BookingDraft& d = s.appointments.draft;
  // Asked for another office or service than the panel now shows: the next answer is the one.
  if (!s.appointments.panel_open || received.office != d.office || received.service != d.service) return;
  const ap::OfficeData& data = ap::offices();
  const ap::Office* office = data.office(d.office);
  if (!office) return;
  const ap::SlotsAnswer& answer = received.answer;
  d.slots.clear();
  d.slots_code = answer.ok ? "ok" : answer.code;
  if (!answer.ok) return;
  const Appointment* target = d.mode == "reschedule" ? find_appointment(s.appointments, d.target) : nullptr;
  // One booking per time: the citizen's own other visits (and the current time of the one moved) are not offered.
  for (const ap::FreeSlot& slot : answer.slots) {
    if (target && slot.start_ms == target->start_ms) continue;
    if (!citizen_busy(s, slot.start_ms, d.target)) d.slots.push_back(slot);
  }
  const int offset = data.utc_offset(*office);
  const auto on_day = [&](const std::string& day) {
    return std::any_of(d.slots.begin(), d.slots.end(),
                       [&](const ap::FreeSlot& f) { return ap::local_iso_date(f.start_ms, offset) == day; });
  };
  if (!on_day(d.day)) d.day = d.slots.empty() ? "" : ap::local_iso_date(d.slots.front().start_ms, offset);
  if (std::none_of(d.slots.begin(), d.slots.end(), [&](const ap::FreeSlot& f) { return f.start_ms == d.start_ms; }))
    d.start_ms = 0;
}

// The contacts for the confirmation, copied from the profile when a consent allows it.
void prefill_contacts(AppState& s, BookingDraft& d) {
  const std::vector<std::string> categories = {data_category("phone"), data_category("email")};
  if (!consent_decision(s, "registry_autofill", categories).allowed) return;
  d.phone = s.account.profile.phone;
  d.email = s.account.profile.email;
}

}  // namespace

void handle(AppState& s, const AppointmentsDraft& a, Effects& e) {
  // While the fund is asked, the draft is what was sent: it does not change under the answer.
  if (!s.appointments.panel_open || s.appointments.draft.in_flight) return;
  BookingDraft& d = s.appointments.draft;
  const ap::OfficeData& data = ap::offices();
  bool refetch = false;
  if (const auto& service = a.service; service && ap::is_service(*service) && d.mode == "new") {
    d.service = *service;
    if (const ap::Office* office = data.office(d.office); office && !office->offers(d.service)) d.office.clear();
    refetch = true;
  }
  if (const auto& region = a.region; region && data.region(*region) && d.mode == "new") {
    if (d.region != *region) d.office.clear();
    d.region = *region;
    refetch = true;
  }
  if (const auto& office = a.office; office && d.mode == "new") {
    const ap::Office* o = data.office(*office);
    if (o && o->region == d.region) {
      d.office = *office;
      refetch = true;
    }
  }
  if (const auto& day = a.day; day && day->size() == 10) {
    d.day = *day;
    d.start_ms = 0;
  }
  if (const auto& start = a.start_ms) {
    const auto it =
        std::find_if(d.slots.begin(), d.slots.end(), [&](const ap::FreeSlot& f) { return f.start_ms == *start; });
    if (it != d.slots.end()) d.start_ms = *start;
  }
  for (const auto& [value, kept] : {std::pair{&a.phone, &d.phone}, {&a.email, &d.email}, {&a.comment, &d.comment}}) {
    if (*value && (*value)->size() <= 4 * kAppointmentCommentMax) *kept = **value;
  }
  // A changed field loses its error; the refusal of «Записаться» goes at any change.
  const auto given = [&a](std::string_view name) {
    if (name == "service") return a.service.has_value();
    if (name == "region") return a.region.has_value();
    if (name == "office") return a.office.has_value();
    if (name == "day") return a.day.has_value();
    if (name == "start_ms") return a.start_ms.has_value();
    if (name == "phone") return a.phone.has_value();
    if (name == "email") return a.email.has_value();
    return name == "comment" && a.comment.has_value();
  };
  std::erase_if(s.errors, [&](const FieldError& f) {
    if (!f.field.starts_with(kFieldPrefix)) return false;
    const std::string name = f.field.substr(std::string_view(kFieldPrefix).size());
    const bool time_changed = a.start_ms || a.day;
    return name == "submit" || given(name) || (name == "slot" && time_changed);
  });
  if (refetch) fetch_slots(s, e);
}

namespace {

// The panel's checks; errors go to s.errors.
bool check_booking(AppState& s, BookingDraft& d) {
  bool ok = true;
  const ap::OfficeData& data = ap::offices();
  if (!ap::is_service(d.service)) {
    kErrors.add(s, "service", "appointments.error.service_required");
    ok = false;
  }
  if (!data.region(d.region)) {
    kErrors.add(s, "region", "appointments.error.region_required");
    ok = false;
  }
  const ap::Office* office = data.office(d.office);
  if (!office || office->region != d.region || !office->offers(d.service)) {
    kErrors.add(s, "office", "appointments.error.office_required");
    ok = false;
  }
  if (d.start_ms == 0) {
    kErrors.add(s, "slot", "appointments.error.slot_required");
    ok = false;
  }
  if (d.mode == "reschedule") return ok;  // the contacts stay those of the booking
  if (const ids::Result phone = ids::check_phone(d.phone); !phone.ok()) {
    kErrors.add(s, "phone", phone.message_key(), phone.params.is_object() ? phone.params : json::object());
    ok = false;
  } else {
    d.phone = phone.normalized;
  }
  if (!text::trim(d.email).empty()) {
    if (const ids::Result email = ids::check_email(text::trim(d.email)); !email.ok()) {
      kErrors.add(s, "email", email.message_key(), email.params.is_object() ? email.params : json::object());
      ok = false;
    } else {
      d.email = email.normalized;
    }
  }
  if (!text::is_valid_utf8(d.comment)) {
    kErrors.add(s, "comment", "errors.invalid_utf8");
    ok = false;
  } else if (text::has_control_chars(d.comment, true)) {
    kErrors.add(s, "comment", "errors.control_chars");
    ok = false;
  } else if (text::code_point_count(text::trim(d.comment)) > kAppointmentCommentMax) {
    kErrors.add(s, "comment", "errors.too_long", {{"max", kAppointmentCommentMax}});
    ok = false;
  }
  return ok;
}

// A refusal of the agency: the slot went (or the time passed) -> the free times are asked again.
void refused(AppState& s, const ap::BookingAck& ack, Effects& e) {
  const std::string code = ack.code.empty() ? "unknown" : ack.code;
  kErrors.add(s, "submit", "appointments.code." + code);
  if (code == "slot_full" || code == "too_soon" || code == "not_a_slot" || code == "citizen_busy") fetch_slots(s, e);
}

}  // namespace

void handle(AppState& s, const AppointmentSubmit&, Effects& e) {
  AppointmentsState& st = s.appointments;
  if (!st.panel_open) return;
  BookingDraft& d = st.draft;
  kErrors.clear(s);
  if (refuse_below_level(s, form_level(kAppointmentForm)) || !check_booking(s, d)) return;
  if (d.in_flight) return;
  if (!s.online) return kErrors.add(s, "submit", "appointments.code.offline");
  if (citizen_busy(s, d.start_ms, d.target)) return kErrors.add(s, "submit", "appointments.code.citizen_busy");
  if (d.mode == "new") {
    if (st.appointments.size() >= kAppointmentsLimit)
      return kErrors.add(s, "submit", "appointments.error.too_many", {{"max", kAppointmentsLimit}});
    // The phone, email and comment go to the fund: the consent to processing comes first.
    const std::vector<std::string> categories = {data_category("phone"), data_category("email")};
    if (!consent_decision(s, "application_processing", categories).allowed)
      return kErrors.add(s, "submit", "appointments.error.consent");
  }
  const Appointment* target = d.mode == "reschedule" ? find_mutable(s, d.target) : nullptr;
  if (d.mode == "reschedule" && !target) return;
  d.in_flight = true;
  if (target)
    e.push_back(Reschedule{s.epoch, target->number, s.account.login, d.start_ms, d.idempotency_key});
  else
    e.push_back(Book{s.epoch,
                     {d.idempotency_key, s.account.login, d.office, d.service, d.start_ms, d.phone, d.email,
                      text::trim(d.comment)}});
}

namespace {

void booking_answered(AppState& s, const BookingAnswered& answer, Effects& e) {
  AppointmentsState& st = s.appointments;
  BookingDraft& d = st.draft;
  if (!st.panel_open || !d.in_flight || d.idempotency_key != answer.idempotency_key) return;
  d.in_flight = false;
  const ap::BookingAck& ack = answer.ack;
  Appointment* target = d.mode == "reschedule" ? find_mutable(s, d.target) : nullptr;
  if (d.mode == "reschedule" && !target) return;
  if (!ack.accepted) return refused(s, ack, e);
  if (!target) {
    Appointment a;
    a.number = ack.number;
    a.service = d.service;
    a.office = d.office;
    a.phone = d.phone;
    a.email = d.email;
    a.comment = text::trim(d.comment);
    a.created_ms = s.now_ms;
    if (Appointment* same = find_mutable(s, ack.number))
      *same = a;  // a retried call answered again
    else
      st.appointments.push_back(a);
    target = find_mutable(s, ack.number);
  }
  const bool moved = d.mode == "reschedule";
  target->start_ms = ack.start_ms;
  target->status = "booked";
  // Booked less than a day ahead: the confirmation is the reminder.
  target->reminded = target->start_ms - s.now_ms <= ap::kReminderMs;
  target->history.push_back({s.now_ms, moved ? "rescheduled" : "booked", target->start_ms});
  record_audit(s, e, audit::actions::kAppointmentChange, "appointment:" + target->number,
               {{"operation", moved ? "reschedule" : "book"},
                {"office", target->office},
                {"start", time::format_iso_utc(target->start_ms)}});
  announce(s, *target, moved ? "rescheduled" : "booked");
  st.opened = target->number;
  st.panel_open = false;
  st.draft = {};
  save_appointments(s, e);
}

}  // namespace

void handle(AppState& s, const AppointmentReschedule& a, Effects& e) {
  if (s.appointments.panel_open && s.appointments.draft.in_flight) return;
  const Appointment* target = find_appointment(s.appointments, a.number);
  if (!target || visit_state(*target, s.now_ms) != VisitState::upcoming) return;
  const ap::Office* office = ap::offices().office(target->office);
  if (!office) return;
  kErrors.clear(s);
  BookingDraft d;
  d.mode = "reschedule";
  d.target = target->number;
  d.service = target->service;
  d.region = office->region;
  d.office = office->id;
  d.idempotency_key = new_idempotency_key(s);
  s.appointments.draft = std::move(d);
  s.appointments.panel_open = true;
  s.appointments.confirm_cancel.clear();
  fetch_slots(s, e);
}

void handle(AppState& s, const AppointmentCancelConfirm& a, Effects& e) {
  const std::string& number = a.number;
  Appointment* target = find_mutable(s, number);
  if (!target || s.appointments.confirm_cancel != number) return;
  if (visit_state(*target, s.now_ms) != VisitState::upcoming) return;
  if (!s.online) {
    add_notice(s, "error", "appointments.code.offline");
    return;
  }
  e.push_back(CancelBooking{s.epoch, number, s.account.login});
}

namespace {

void cancel_answered(AppState& s, const CancelAnswered& answer, Effects& e) {
  const std::string& number = answer.number;
  // The fund's word counts even if the question was closed meanwhile: a cancelled visit is never left «booked».
  Appointment* target = find_mutable(s, number);
  if (!target || target->status != "booked") return;
  const ap::BookingAck& ack = answer.ack;
  if (!ack.accepted) {
    add_notice(s, "error", "appointments.code." + (ack.code.empty() ? std::string("unknown") : ack.code));
    return;
  }
  target->status = "cancelled";
  target->history.push_back({s.now_ms, "cancelled", target->start_ms});
  if (s.appointments.confirm_cancel == number) s.appointments.confirm_cancel.clear();
  record_audit(s, e, audit::actions::kAppointmentChange, "appointment:" + number,
               {{"operation", "cancel"}, {"office", target->office}});
  announce(s, *target, "cancelled");
  save_appointments(s, e);
}

}  // namespace

void handle(AppState& s, const AppointmentsView& a, Effects&) {
  if (a.show_past) s.appointments.show_past = *a.show_past;
}

void open_booking(AppState& s, const std::string& service) {
  if (s.appointments.panel_open && s.appointments.draft.in_flight) return;  // the answer belongs to this panel
  BookingDraft d;
  if (ap::is_service(service)) d.service = service;
  prefill_contacts(s, d);
  d.idempotency_key = new_idempotency_key(s);
  kErrors.clear(s);
  s.appointments.draft = std::move(d);
  s.appointments.panel_open = true;
  s.appointments.confirm_cancel.clear();
  s.section = Section::appointments;
}

void appointments_tick(AppState& s, Effects& e) {
  bool changed = false;
  for (Appointment& a : s.appointments.appointments) {
    if (a.status != "booked" || a.reminded || s.now_ms < a.start_ms - ap::kReminderMs) continue;
    a.reminded = true;
    changed = true;
    if (s.now_ms < a.start_ms) announce(s, a, "reminder", "info");  // never after the visit's time
  }
  if (changed) save_appointments(s, e);
}

void on_answer(AppState& s, const SlotsReceived& answer, Effects&) {
  slots_received(s, answer);
}
void on_answer(AppState& s, const BookingAnswered& answer, Effects& e) {
  booking_answered(s, answer, e);
}
void on_answer(AppState& s, const CancelAnswered& answer, Effects& e) {
  cancel_answered(s, answer, e);
}

void appointments_online(AppState& s, Effects& e) {
  if (s.appointments.panel_open && s.appointments.draft.slots_code == "offline") fetch_slots(s, e);
}

std::optional<int64_t> appointments_deadline(const AppState& s) {
  std::optional<int64_t> next;
  if (s.account.phase != AccountPhase::signed_in) return next;
  for (const Appointment& a : s.appointments.appointments) {
    if (a.status != "booked" || a.reminded) continue;
    const int64_t due = a.start_ms - ap::kReminderMs;
    if (!next || due < *next) next = due;
  }
  return next;
}

bool load_appointments(AppState& s, const std::string& text, Effects& e) {
  if (!appointments_from_json(s.appointments, text)) return false;
  appointments_tick(s, e);
  return true;
}

void handle(AppState& s, const AppointmentsNew& a, Effects&) {
  if (!refuse_below_level(s, form_level(kAppointmentForm))) open_booking(s, a.service.value_or(""));
}

void handle(AppState& s, const AppointmentsRefresh&, Effects& e) {
  if (s.appointments.panel_open) fetch_slots(s, e);
}

void handle(AppState& s, const AppointmentsPanelClose&, Effects&) {
  if (s.appointments.draft.in_flight) return;  // the fund's answer belongs to this panel
  s.appointments.panel_open = false;
  s.appointments.draft = {};
  kErrors.clear(s);
}

void handle(AppState& s, const AppointmentCancel& a, Effects&) {
  const Appointment* target = find_appointment(s.appointments, a.number);
  if (target && visit_state(*target, s.now_ms) == VisitState::upcoming) s.appointments.confirm_cancel = target->number;
}

void handle(AppState& s, const AppointmentCancelAbort&, Effects&) {
  s.appointments.confirm_cancel.clear();
}

}  // namespace cabinet::app
