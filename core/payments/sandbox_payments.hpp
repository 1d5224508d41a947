#pragma once
// SandboxPayments: the embedded default for both sides of Платежи. As the
// agency (ChargesGateway) it keeps each citizen's charges, made up
// deterministically from the SNILS and the seed on the first ask: a few
// unpaid ones (a fine, a state duty, voluntary pension contributions, an
// overpayment due back) and earlier ones paid outside the portal, some older
// than a year. As the bank (PaymentProvider) it pays them. Rules, documented
// for testers:
//  - the amount must equal the charges' sum; a paid or unknown charge is refused;
//  - one payment is at most 600 000,00 ₽ (limit_exceeded);
//  - a card ending in 0002 is declined, in 9995 has too little money;
//  - the wallet holds 15 000,00 ₽; СБП and a linked account always pay;
//  - an idempotency key seen before returns its first answer (never pays twice);
//    the same key with other charges or another sum is refused (key_reused).
// Everything survives a restart through to_json / restore.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "payments/gateway.hpp"

namespace cabinet::payments {

inline constexpr int64_t kPaymentLimit = 600'000'00;  // kopecks
inline constexpr int64_t kSandboxWallet = 15'000'00;  // kopecks

class SandboxPayments final : public ChargesGateway, public PaymentProvider {
 public:
  using ClockFn = std::function<int64_t()>;  // Unix milliseconds, UTC
  explicit SandboxPayments(ClockFn clock, uint64_t seed = 1);

  ChargesAnswer charges(const std::string& snils, const std::string& inn) override;
  PaymentAck pay(const PaymentRequest& request) override;
  PaymentAck check(const std::string& idempotency_key) override;

  void set_online(bool online) { online_ = online; }
  // Test hook: the next payment goes through but its answer is lost on the way back.
  void lose_next_answer() { lose_next_answer_ = true; }
  // Test hook: the next payment never reaches the bank (nothing is taken), and no answer comes.
  void lose_next_request() { lose_next_request_ = true; }
  // A new charge for `snils` (as if the agency issued it now).
  void add_charge(const std::string& snils, Charge charge);
  size_t payments_made() const { return payments_.size(); }

  nlohmann::json to_json() const;
  // Non-throwing; false and unchanged when the JSON is damaged.
  bool restore(const nlohmann::json& json);

 private:
  struct Citizen {
    std::string snils;  // digits only
    std::vector<Charge> charges;
  };
  struct Answered {
    std::string key;
    PaymentAck ack;
    std::vector<std::string> uins;
    int64_t amount = 0;
  };
  Citizen& citizen(const std::string& snils_digits);
  std::vector<Charge> made_up_charges(const std::string& snils_digits) const;
  // "ok" or why the bank refuses `method` for `amount`; fills the mask.
  std::string check_method(const PaymentMethod& method, int64_t amount, std::string& masked) const;

  ClockFn clock_;
  uint64_t seed_;
  bool online_ = true;
  bool lose_next_answer_ = false;
  bool lose_next_request_ = false;
  uint64_t next_transaction_ = 1;
  std::vector<Citizen> citizens_;
  std::vector<Answered> payments_;
};

}  // namespace cabinet::payments
