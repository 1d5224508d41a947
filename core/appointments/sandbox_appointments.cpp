#include "appointments/sandbox_appointments.hpp"

#include <algorithm>
#include <cstdio>

#include "appointments/schedule.hpp"

namespace cabinet::appointments {

namespace {

using json = nlohmann::json;

uint64_t mix(uint64_t x) {  // splitmix64's finalizer
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t fnv1a(const std::string& text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

BookingAck refusal(std::string code, bool transient = false) {
  BookingAck ack;
  ack.code = std::move(code);
  ack.transient = transient;
  return ack;
}

}  // namespace

SandboxAppointments::SandboxAppointments(ClockFn clock, const OfficeData& data, uint64_t seed)
    : clock_(std::move(clock)), data_(data), seed_(seed) {}

int SandboxAppointments::taken_by_others(const Office& office, int64_t start_ms) const {
  const uint64_t h = mix(seed_ ^ fnv1a(office.id) ^ static_cast<uint64_t>(start_ms));
  if (h % 4 == 0) return office.windows;  // about a quarter of the slots are full
  return static_cast<int>((h >> 8) % static_cast<uint64_t>(office.windows));
}

int SandboxAppointments::free_at(const Office& office, int64_t start_ms, const std::string& except_number) const {
  int taken = taken_by_others(office, start_ms);
  for (const Booking& b : bookings_) {
    if (!b.cancelled && b.office == office.id && b.start_ms == start_ms && b.number != except_number) ++taken;
  }
  return std::max(0, office.windows - taken);
}

std::string SandboxAppointments::check_slot(const Office& office, const std::string& service,
                                            const std::string& citizen, int64_t start_ms,
                                            const std::string& except_number) const {
  if (!office.offers(service)) return "service_not_offered";
  const BookingWindow window = booking_window(data_, office, clock_());
  if (start_ms < window.from_ms) return "too_soon";
  if (start_ms >= window.to_ms) return "too_far";
  if (!is_slot(data_, office, start_ms)) return "not_a_slot";
  for (const Booking& b : bookings_) {
    if (!b.cancelled && b.citizen == citizen && b.start_ms == start_ms && b.number != except_number)
      return "citizen_busy";
  }
  if (free_at(office, start_ms, except_number) <= 0) return "slot_full";
  return "ok";
}

SandboxAppointments::Booking* SandboxAppointments::find(const std::string& number) {
  for (Booking& b : bookings_) {
    if (b.number == number) return &b;
  }
  return nullptr;
}

BookingAck SandboxAppointments::answer(const Booking& b, bool duplicate) const {
  BookingAck ack;
  ack.accepted = true;
  ack.duplicate = duplicate;
  ack.number = b.number;
  ack.start_ms = b.start_ms;
  ack.code = duplicate ? "duplicate" : "ok";
  return ack;
}

SlotsAnswer SandboxAppointments::free_slots(const std::string& office_id, const std::string& service, int64_t from_ms,
                                            int64_t to_ms) {
  SlotsAnswer out;
  if (!online_) {
    out.code = "offline";
    return out;
  }
  const Office* office = data_.office(office_id);
  if (!office) {
    out.code = "unknown_office";
    return out;
  }
  if (!office->offers(service)) {
    out.code = "service_not_offered";
    return out;
  }
  const BookingWindow window = booking_window(data_, *office, clock_());
  for (int64_t start : office_slots(data_, *office, std::max(from_ms, window.from_ms), std::min(to_ms, window.to_ms))) {
    if (const int free = free_at(*office, start, ""); free > 0) out.slots.push_back({start, free});
  }
  out.ok = true;
  out.code = "ok";
  return out;
}

BookingAck SandboxAppointments::book(const BookingRequest& r) {
  if (!online_) return refusal("offline", true);
  for (const Booking& b : bookings_) {
    if (std::find(b.keys.begin(), b.keys.end(), r.idempotency_key) != b.keys.end()) return answer(b, true);
  }
  if (r.idempotency_key.empty() || r.citizen.empty()) return refusal("bad_request");
  const Office* office = data_.office(r.office);
  if (!office) return refusal("unknown_office");
  if (const std::string code = check_slot(*office, r.service, r.citizen, r.start_ms, ""); code != "ok")
    return refusal(code);
  char number[48];
  std::snprintf(number, sizeof number, "%s-%06llu", office->id.c_str(),
                static_cast<unsigned long long>(next_number_++));
  bookings_.push_back({number, office->id, r.service, r.citizen, r.start_ms, false, {r.idempotency_key}});
  return answer(bookings_.back(), false);
}

BookingAck SandboxAppointments::reschedule(const std::string& number, const std::string& citizen, int64_t start_ms,
                                           const std::string& key) {
  if (!online_) return refusal("offline", true);
  Booking* b = find(number);
  if (!b || b->citizen != citizen) return refusal("unknown_booking");
  if (std::find(b->keys.begin(), b->keys.end(), key) != b->keys.end()) return answer(*b, true);
  if (b->cancelled) return refusal("cancelled");
  if (b->start_ms <= clock_()) return refusal("already_past");
  const Office* office = data_.office(b->office);
  if (!office) return refusal("unknown_office");
  if (start_ms == b->start_ms) return refusal("same_time");
  if (const std::string code = check_slot(*office, b->service, citizen, start_ms, number); code != "ok")
    return refusal(code);
  b->start_ms = start_ms;
  b->keys.push_back(key);
  return answer(*b, false);
}

BookingAck SandboxAppointments::cancel(const std::string& number, const std::string& citizen) {
  if (!online_) return refusal("offline", true);
  Booking* b = find(number);
  if (!b || b->citizen != citizen) return refusal("unknown_booking");
  if (b->cancelled) return answer(*b, true);  // cancelling twice is harmless
  if (b->start_ms <= clock_()) return refusal("already_past");
  b->cancelled = true;
  return answer(*b, false);
}

json SandboxAppointments::to_json() const {
  json list = json::array();
  for (const Booking& b : bookings_) {
    list.push_back({{"number", b.number},
                    {"office", b.office},
                    {"service", b.service},
                    {"citizen", b.citizen},
                    {"start_ms", b.start_ms},
                    {"cancelled", b.cancelled},
                    {"keys", b.keys}});
  }
  return {{"version", 1}, {"next_number", next_number_}, {"bookings", list}};
}

bool SandboxAppointments::restore(const json& j) {
  if (!j.is_object() || !j.contains("bookings") || !j["bookings"].is_array() || !j.contains("next_number") ||
      !j["next_number"].is_number_unsigned())
    return false;
  std::vector<Booking> bookings;
  for (const json& b : j["bookings"]) {
    if (!b.is_object()) return false;
    Booking out;
    for (auto [name, field] : {std::pair{"number", &out.number},
                               {"office", &out.office},
                               {"service", &out.service},
                               {"citizen", &out.citizen}}) {
      if (!b.contains(name) || !b[name].is_string()) return false;
      *field = b[name].get<std::string>();
    }
    if (!b.contains("start_ms") || !b["start_ms"].is_number_integer() || !b.contains("cancelled") ||
        !b["cancelled"].is_boolean() || !b.contains("keys") || !b["keys"].is_array())
      return false;
    out.start_ms = b["start_ms"].get<int64_t>();
    out.cancelled = b["cancelled"].get<bool>();
    for (const json& key : b["keys"]) {
      if (!key.is_string()) return false;
      out.keys.push_back(key.get<std::string>());
    }
    bookings.push_back(std::move(out));
  }
  bookings_ = std::move(bookings);
  next_number_ = j["next_number"].get<uint64_t>();
  return true;
}

}  // namespace cabinet::appointments
