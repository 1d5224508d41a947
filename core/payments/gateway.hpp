#pragma once
// Платежи: how the portal learns the citizen's charges (ГИС ГМП: fines, duties,
// contributions, overpayments due back) and how it pays them. Two interfaces,
// shaped for later HTTP connectors like tracking::AgencyGateway (JSON-friendly
// values, an idempotency key on every payment, no exceptions): the agency's
// ChargesGateway and the bank's PaymentProvider. The embedded default for
// both is SandboxPayments. Amounts are kopecks, never floating point.
#include <cstdint>
#include <string>
#include <vector>

namespace cabinet::payments {

// «Реквизиты получателя»: what the citizen checks before paying.
struct Payee {
  std::string name;  // «ОСФР по г. Москве и Московской области»
  std::string inn, kpp;
  std::string bank;  // «ГУ Банка России по ЦФО//УФК по г. Москве г. Москва»
  std::string bik, account;
  std::string kbk, oktmo;  // budget classification code, municipal territory code
};

// The largest amount read from a charge (10^14 kopecks): sums of thousands of them stay far from overflow.
inline constexpr int64_t kMaxChargeAmount = 100'000'000'000'000;

inline constexpr const char* kChargeKinds[] = {"fine", "duty", "contribution", "overpayment"};
bool is_charge_kind(const std::string& kind);

struct Charge {
  std::string uin;      // УИН: 20 digits with the ГИС ГМП check digit
  std::string kind;     // fine | duty | contribution | overpayment
  std::string purpose;  // «назначение платежа», in Russian as the agency writes it
  std::string basis;    // «Постановление № … от …»
  Payee payee;
  int64_t amount = 0;             // kopecks
  std::string issued;             // "YYYY-MM-DD"
  std::string due;                // pay by, "YYYY-MM-DD"
  std::string status = "unpaid";  // unpaid | paid
  std::string transaction;        // the payment that settled it
  int64_t paid_ms = 0;
  std::string paid_method;  // "card" | "sbp" | "wallet" | "account" | "bank" (paid outside the portal)
  std::string paid_masked;  // «•••• 4242»
};

struct ChargesAnswer {
  bool ok = false;
  std::string code;             // "ok" or why not (catalog: payments.code.<code>)
  std::vector<Charge> charges;  // unpaid first, then the paid ones the agency knows
};

class ChargesGateway {
 public:
  virtual ~ChargesGateway() = default;
  // The charges for the citizen's SNILS and (when known) INN.
  virtual ChargesAnswer charges(const std::string& snils, const std::string& inn) = 0;
};

inline constexpr const char* kPaymentMethods[] = {"card", "sbp", "wallet", "account"};
bool is_payment_method(const std::string& method);

// How the citizen pays (seed 002 §3.1.3: банковская карта, электронный
// кошелёк, привязанный счёт; СБП from §2.1.3). Only the fields of `kind`
// count; a card's number never leaves the request (the portal keeps the mask).
struct PaymentMethod {
  std::string kind;                                   // card | sbp | wallet | account
  std::string card_number, card_expiry, card_holder;  // "MM/YY"
  std::string wallet_phone;                           // normalized "+7…"
  std::string bik, account;
};

struct PaymentRequest {
  std::string idempotency_key;  // a repeated key returns the first answer and never pays twice
  std::string snils;            // whose charges
  std::vector<std::string> uins;
  int64_t amount = 0;  // must equal the charges' sum («единой суммой»)
  PaymentMethod method;
};

struct PaymentAck {
  bool accepted = false;
  bool duplicate = false;   // the idempotency key was seen before
  bool transient = false;   // worth retrying (no connection, no answer)
  std::string transaction;  // the provider's number, e.g. "SBX-2026-000001"
  int64_t paid_ms = 0;
  std::string masked;  // «•••• 4242», «+7 *** ***-45-67», «…1234»
  std::string code;    // "ok" or why not (catalog: payments.code.<code>)
};

class PaymentProvider {
 public:
  virtual ~PaymentProvider() = default;
  virtual PaymentAck pay(const PaymentRequest& request) = 0;
  // What became of the payment with this idempotency key, when its answer was
  // lost: the first answer again (duplicate), or code "not_received" when the
  // bank never got it (nothing was taken: paying again is safe).
  virtual PaymentAck check(const std::string& idempotency_key) = 0;
};

}  // namespace cabinet::payments
