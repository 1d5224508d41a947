#pragma once
// SandboxCapital: the embedded default CapitalGateway and the fund's register
// of maternity capital in this build. Every valid SNILS holds a certificate
// made up deterministically from the SNILS and the seed (a sandbox lets every
// citizen try the journey; a real fund answers "no_certificate" for most):
// issued in 2011-2023 for a first or second child, its amount the one in
// force that day, the unused balance indexed on the dates the amounts were
// indexed (indexation_rates()), and none, one or two earlier disposals made at
// an office. The sandbox agency (core/tracking) reserves a disposal the
// citizen applies for, completes it when it approves and cancels it when the
// citizen withdraws; those disposals are the register's own state
// (to_json/restore), kept in the vault with the agency's.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "capital/gateway.hpp"

namespace cabinet::capital {

// The dates the capital was indexed and the rate (tenths of a percent); the
// 2026 rate is this sandbox's assumption.
struct Indexation {
  int year;
  unsigned month, day;
  int rate_tenths;
};
std::span<const Indexation> indexation_rates();
// The certificate's amount (kopecks) for a first child on `day` (a day number), from 2011.
int64_t certificate_amount(int64_t day);

class SandboxCapital final : public CapitalGateway {
 public:
  using ClockFn = std::function<int64_t()>;  // Unix milliseconds, UTC
  explicit SandboxCapital(ClockFn clock, uint64_t seed = 1);

  CapitalAnswer account(const std::string& snils) override;
  void set_online(bool online) { online_ = online; }

  // The agency's side. What may still be disposed of (balance minus reserves);
  // nullopt without a certificate (a bad SNILS).
  std::optional<int64_t> available(const std::string& snils);
  // Reserves `amount` for the application `number` (once per number); false
  // when it exceeds what is available or the SNILS holds no certificate.
  bool reserve(const std::string& snils, const std::string& number, int64_t amount, const std::string& purpose);
  // The agency approved (`at_ms`: the decision): the reserve becomes a disposal.
  void complete(const std::string& number, int64_t at_ms);
  // The citizen withdrew the application: the reserve goes, the journal keeps the line.
  void cancel(const std::string& number);

  nlohmann::json to_json() const;
  // Non-throwing; false (and nothing changed) when `json` is not this register's state.
  bool restore(const nlohmann::json& json);

 private:
  struct Disposal {
    std::string snils_digits, number, purpose;
    int64_t amount_kopecks = 0;
    int64_t applied_ms = 0;
    int64_t decided_ms = 0;  // completed or cancelled
    OperationStatus status = OperationStatus::in_progress;
  };
  std::optional<Account> make_account(const std::string& digits) const;
  Disposal* find(const std::string& number);

  ClockFn clock_;
  uint64_t seed_ = 1;
  bool online_ = true;
  std::vector<Disposal> disposals_;
};

}  // namespace cabinet::capital
