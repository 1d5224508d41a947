#pragma once
// The ports: everything outside the state that the Runtime (runtime.hpp)
// performs effects through. update() reaches none of them. Each gateway has
// an embedded sandbox (the default) and may get a network connector later;
// Clock is in clock.hpp, Storage in core/storage.
#include <cstddef>
#include <cstdint>

#include "app/kernel/delivery.hpp"
#include "app/kernel/key_escrow.hpp"
#include "appointments/gateway.hpp"
#include "capital/gateway.hpp"
#include "payments/gateway.hpp"
#include "records/gateway.hpp"
#include "tracking/gateway.hpp"

namespace cabinet::records {
class SandboxRecords;
}

namespace cabinet::app {

// Entropy for update() (random.hpp) and the Runtime's own ids.
class Random {
 public:
  virtual ~Random() = default;
  virtual void fill(unsigned char* out, size_t size) = 0;
};

// The operating system's (or the browser's crypto.getRandomValues) CSPRNG: the default.
class SystemRandom final : public Random {
 public:
  void fill(unsigned char* out, size_t size) override;
};

// The same bytes for the same seed, run after run: scenarios and tests only,
// never a build a citizen uses (its codes would be predictable).
class SeededRandom final : public Random {
 public:
  explicit SeededRandom(uint64_t seed);
  void fill(unsigned char* out, size_t size) override;

 private:
  unsigned char key_[32] = {};
  uint64_t drawn_ = 0;
};

// The fund's gateways and the channels; not owned. A gateway left empty makes
// its effects go unanswered (the state keeps saying it is waiting).
struct Ports {
  tracking::AgencyGateway* agency = nullptr;
  appointments::AppointmentsGateway* appointments = nullptr;
  payments::ChargesGateway* charges = nullptr;
  payments::PaymentProvider* payment = nullptr;
  records::RecordsGateway* records = nullptr;
  // When `records` is the embedded sandbox: told the birth date it makes the career up from.
  records::SandboxRecords* records_sandbox = nullptr;
  capital::CapitalGateway* capital = nullptr;  // «Материнский капитал»
  Delivery* delivery = nullptr;              // one-time codes; without it, the sandbox channel
  NotificationChannels* channels = nullptr;  // copies of Уведомления; without them, the sandbox's
  KeyEscrow* escrow = nullptr;               // «вход по коду»: never on this device
};

}  // namespace cabinet::app
