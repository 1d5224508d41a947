#pragma once
// Time enters the core only through Clock, so journeys are deterministic in tests.
#include <cstdint>

namespace cabinet::app {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual int64_t now_ms() const = 0;  // Unix time, milliseconds, UTC
};

class SystemClock final : public Clock {
 public:
  int64_t now_ms() const override;
};

class FakeClock final : public Clock {
 public:
  explicit FakeClock(int64_t start_ms) : now_(start_ms) {}
  int64_t now_ms() const override { return now_; }
  void advance_ms(int64_t delta) { now_ += delta; }

 private:
  int64_t now_;
};

}  // namespace cabinet::app
