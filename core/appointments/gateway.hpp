#pragma once
// AppointmentsGateway: how the portal books visits with the agency. Shaped
// like tracking::AgencyGateway for a later HTTP connector (JSON-friendly
// values, an idempotency key on every booking, no exceptions). The embedded
// default is SandboxAppointments.
#include <cstdint>
#include <string>
#include <vector>

namespace cabinet::appointments {

struct FreeSlot {
  int64_t start_ms = 0;
  int free = 0;  // windows still open at that time
};

struct SlotsAnswer {
  bool ok = false;
  std::string code;             // "ok" or why not (catalog: appointments.code.<code>)
  std::vector<FreeSlot> slots;  // ascending; only slots with free > 0
};

struct BookingRequest {
  std::string idempotency_key;  // a repeated key returns the first answer
  std::string citizen;          // the account's login: one booking per slot per citizen
  std::string office, service;
  int64_t start_ms = 0;
  std::string phone, email, comment;
};

struct BookingAck {
  bool accepted = false;
  bool duplicate = false;  // the idempotency key was seen before
  bool transient = false;  // worth retrying (no connection, agency busy)
  std::string number;      // the booking's number, e.g. "77-01-000001"
  int64_t start_ms = 0;    // the time booked
  std::string code;        // "ok" or why not (catalog: appointments.code.<code>)
};

class AppointmentsGateway {
 public:
  virtual ~AppointmentsGateway() = default;
  // The free slots of `office` for `service` starting in [from_ms, to_ms).
  virtual SlotsAnswer free_slots(const std::string& office, const std::string& service, int64_t from_ms,
                                 int64_t to_ms) = 0;
  virtual BookingAck book(const BookingRequest& request) = 0;
  // «Изменить запись»: the same booking at another time of the same office.
  virtual BookingAck reschedule(const std::string& number, const std::string& citizen, int64_t start_ms,
                                const std::string& idempotency_key) = 0;
  virtual BookingAck cancel(const std::string& number, const std::string& citizen) = 0;
};

}  // namespace cabinet::appointments
