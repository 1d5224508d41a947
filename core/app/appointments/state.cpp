#include "app/appointments/state.hpp"

#include <algorithm>

#include "appointments/offices.hpp"
#include "text/utf8.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr int kAppointmentsVersion = 1;

bool text_of(const json& j, const char* name, std::string& out) {
  if (!j.contains(name) || !j[name].is_string()) return false;
  out = j[name].get<std::string>();
  return text::is_valid_utf8(out);
}

bool int_of(const json& j, const char* name, int64_t& out) {
  if (!j.contains(name) || !j[name].is_number_integer()) return false;
  out = j[name].get<int64_t>();
  return true;
}

std::optional<Appointment> appointment_from_json(const json& j) {
  if (!j.is_object()) return std::nullopt;
  Appointment a;
  for (auto [name, field] : {std::pair{"number", &a.number},
                             {"service", &a.service},
                             {"office", &a.office},
                             {"phone", &a.phone},
                             {"email", &a.email},
                             {"comment", &a.comment},
                             {"status", &a.status}}) {
    if (!text_of(j, name, *field)) return std::nullopt;
  }
  if (a.number.empty() || (a.status != "booked" && a.status != "cancelled")) return std::nullopt;
  if (!int_of(j, "start_ms", a.start_ms) || !int_of(j, "created_ms", a.created_ms)) return std::nullopt;
  if (!j.contains("reminded") || !j["reminded"].is_boolean() || !j.contains("history") || !j["history"].is_array())
    return std::nullopt;
  a.reminded = j["reminded"].get<bool>();
  for (const json& h : j["history"]) {
    AppointmentChange c;
    if (!h.is_object() || !int_of(h, "time_ms", c.time_ms) || !text_of(h, "action", c.action) ||
        !int_of(h, "start_ms", c.start_ms))
      return std::nullopt;
    a.history.push_back(std::move(c));
  }
  return a;
}

}  // namespace

VisitState visit_state(const Appointment& a, int64_t now_ms) {
  if (a.status == "cancelled") return VisitState::cancelled;
  return a.start_ms > now_ms ? VisitState::upcoming : VisitState::past;
}

std::string_view visit_state_id(VisitState state) {
  switch (state) {
    case VisitState::upcoming:
      return "upcoming";
    case VisitState::past:
      return "past";
    case VisitState::cancelled:
      return "cancelled";
  }
  return "upcoming";
}

const Appointment* find_appointment(const AppointmentsState& s, std::string_view number) {
  for (const Appointment& a : s.appointments) {
    if (a.number == number) return &a;
  }
  return nullptr;
}

std::vector<const Appointment*> listed_appointments(const AppointmentsState& s, int64_t now_ms, bool upcoming) {
  std::vector<const Appointment*> out;
  for (const Appointment& a : s.appointments) {
    if ((visit_state(a, now_ms) == VisitState::upcoming) == upcoming) out.push_back(&a);
  }
  std::stable_sort(out.begin(), out.end(), [upcoming](const Appointment* x, const Appointment* y) {
    return upcoming ? x->start_ms < y->start_ms : x->start_ms > y->start_ms;
  });
  return out;
}

json appointments_to_json(const AppointmentsState& s) {
  json list = json::array();
  for (const Appointment& a : s.appointments) {
    json history = json::array();
    for (const AppointmentChange& c : a.history)
      history.push_back({{"time_ms", c.time_ms}, {"action", c.action}, {"start_ms", c.start_ms}});
    list.push_back({{"number", a.number},
                    {"service", a.service},
                    {"office", a.office},
                    {"start_ms", a.start_ms},
                    {"phone", a.phone},
                    {"email", a.email},
                    {"comment", a.comment},
                    {"status", a.status},
                    {"reminded", a.reminded},
                    {"created_ms", a.created_ms},
                    {"history", history}});
  }
  return {{"version", kAppointmentsVersion}, {"appointments", list}};
}

bool appointments_from_json(AppointmentsState& s, const std::string& text) {
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object() || !j.contains("version") || j["version"] != kAppointmentsVersion || !j.contains("appointments") ||
      !j["appointments"].is_array())
    return false;
  std::vector<Appointment> list;
  for (const json& item : j["appointments"]) {
    auto a = appointment_from_json(item);
    if (!a || find_appointment(AppointmentsState{list}, a->number)) return false;
    list.push_back(std::move(*a));
  }
  s.appointments = std::move(list);
  return true;
}

json appointments_summary(const AppointmentsState& s, int64_t now_ms) {
  json counts = {{"upcoming", 0}, {"past", 0}, {"cancelled", 0}};
  for (const Appointment& a : s.appointments) {
    json& count = counts[std::string(visit_state_id(visit_state(a, now_ms)))];
    count = count.get<int>() + 1;
  }
  json out = {{"counts", counts}, {"panel_open", s.panel_open}};
  if (s.panel_open) {
    const BookingDraft& d = s.draft;
    out["draft"] = {
        {"mode", d.mode}, {"service", d.service},   {"region", d.region},      {"office", d.office},
        {"day", d.day},   {"start_ms", d.start_ms}, {"slots", d.slots.size()}, {"slots_code", d.slots_code}};
  }
  if (!s.confirm_cancel.empty()) out["confirm_cancel"] = s.confirm_cancel;
  return out;
}

}  // namespace cabinet::app
