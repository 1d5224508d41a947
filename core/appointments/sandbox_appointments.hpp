#pragma once
// SandboxAppointments: the embedded default AppointmentsGateway over the
// offices data. Other citizens' bookings are simulated: each slot has a
// deterministic number of windows already taken (about a quarter of the
// slots are full), so a given seed always shows the same free times. The
// citizen's own bookings are kept (to_json / restore survive a restart).
// Rules: the slot must be one of the office's, inside the booking window and
// for a service the office offers; a full slot is refused; one citizen holds
// at most one booking per time (at any office).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "appointments/gateway.hpp"
#include "appointments/offices.hpp"

namespace cabinet::appointments {

class SandboxAppointments final : public AppointmentsGateway {
 public:
  using ClockFn = std::function<int64_t()>;  // Unix milliseconds, UTC
  SandboxAppointments(ClockFn clock, const OfficeData& data, uint64_t seed = 1);

  SlotsAnswer free_slots(const std::string& office, const std::string& service, int64_t from_ms,
                         int64_t to_ms) override;
  BookingAck book(const BookingRequest& request) override;
  BookingAck reschedule(const std::string& number, const std::string& citizen, int64_t start_ms,
                        const std::string& idempotency_key) override;
  BookingAck cancel(const std::string& number, const std::string& citizen) override;

  void set_online(bool online) { online_ = online; }
  // Windows of the slot taken by other citizens (the simulation), 0..windows.
  int taken_by_others(const Office& office, int64_t start_ms) const;
  size_t bookings() const { return bookings_.size(); }

  nlohmann::json to_json() const;
  // Non-throwing; false and unchanged when the JSON is damaged.
  bool restore(const nlohmann::json& json);

 private:
  struct Booking {
    std::string number, office, service, citizen;
    int64_t start_ms = 0;
    bool cancelled = false;
    std::vector<std::string> keys;  // idempotency keys answered with this booking
  };
  int free_at(const Office& office, int64_t start_ms, const std::string& except_number) const;
  // "ok" or why the citizen cannot take the slot.
  std::string check_slot(const Office& office, const std::string& service, const std::string& citizen, int64_t start_ms,
                         const std::string& except_number) const;
  Booking* find(const std::string& number);
  BookingAck answer(const Booking& b, bool duplicate) const;

  ClockFn clock_;
  const OfficeData& data_;
  uint64_t seed_;
  bool online_ = true;
  uint64_t next_number_ = 1;
  std::vector<Booking> bookings_;
};

}  // namespace cabinet::appointments
