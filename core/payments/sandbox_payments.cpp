#include "payments/sandbox_payments.hpp"

#include <algorithm>
#include <cstdio>

#include "ids/ids.hpp"
#include "json/read.hpp"
#include "payments/card.hpp"
#include "payments/charge_json.hpp"
#include "time/iso8601.hpp"

namespace cabinet::payments {

namespace {

using json = nlohmann::json;
constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kMoscowMs = 3 * 3'600'000;

// The social fund's Moscow branch and two other payees, on the Treasury's single account.
const Payee kFund{"ОСФР по г. Москве и Московской области",
                  "7703363868",
                  "770301001",
                  "ГУ Банка России по ЦФО//УФК по г. Москве г. Москва",
                  "004525988",
                  "03100643000000017300",
                  "79711601230060000140",
                  "45000000"};
const Payee kTraffic{"УФК по г. Москве (ГУ МВД России по г. Москве)",
                     "7707089101",
                     "770731005",
                     "ГУ Банка России по ЦФО//УФК по г. Москве г. Москва",
                     "004525988",
                     "03100643000000017300",
                     "18811601123010001140",
                     "45000000"};
const Payee kRegistry{"УФК по г. Москве (Управление ЗАГС Москвы)",
                      "7704033799",
                      "770401001",
                      "ГУ Банка России по ЦФО//УФК по г. Москве г. Москва",
                      "004525988",
                      "03100643000000017300",
                      "07310804010011000110",
                      "45000000"};

std::string digits_of(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out;
}

// A deterministic stream of numbers for one citizen.
class Dice {
 public:
  Dice(uint64_t seed, std::string_view text) : state_(1469598103934665603ULL ^ seed) {
    for (char c : text) state_ = (state_ ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  int64_t between(int64_t low, int64_t high) { return low + static_cast<int64_t>(next() % (high - low + 1)); }
  std::string digits(size_t count) {
    std::string out;
    while (out.size() < count) out.push_back(static_cast<char>('0' + next() % 10));
    return out;
  }

 private:
  uint64_t state_;
};

// The date in Moscow (UTC+3), as the agency writes it.
std::string iso_date(int64_t ms) {
  int year;
  unsigned month, day;
  time::civil_from_days((ms + kMoscowMs) / kDayMs, year, month, day);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", year, month, day);
  return out;
}

std::string display_date(int64_t ms) {
  const std::string iso = iso_date(ms);
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

// A УИН: the payee's administrator code, 16 more digits and the check digit.
std::string make_uin(std::string_view prefix, Dice& dice) {
  std::string uin = std::string(prefix) + dice.digits(19 - prefix.size());
  uin.push_back(static_cast<char>('0' + uin_check_digit(uin)));
  return uin;
}

Charge charge(std::string kind, std::string purpose, std::string basis, const Payee& payee, int64_t amount,
              int64_t issued_ms, int64_t due_ms, std::string uin) {
  Charge c;
  c.uin = std::move(uin);
  c.kind = std::move(kind);
  c.purpose = std::move(purpose);
  c.basis = std::move(basis);
  c.payee = payee;
  c.amount = amount;
  c.issued = iso_date(issued_ms);
  c.due = iso_date(due_ms);
  return c;
}

void mark_paid(Charge& c, int64_t paid_ms, std::string transaction, std::string method, std::string masked) {
  c.status = "paid";
  c.paid_ms = paid_ms;
  c.transaction = std::move(transaction);
  c.paid_method = std::move(method);
  c.paid_masked = std::move(masked);
}

}  // namespace

SandboxPayments::SandboxPayments(ClockFn clock, uint64_t seed) : clock_(std::move(clock)), seed_(seed) {}

std::vector<Charge> SandboxPayments::made_up_charges(const std::string& snils) const {
  Dice dice(seed_, snils);
  const int64_t now = clock_();
  std::vector<Charge> out;
  // Unpaid: a traffic fine (its УИН is the decree's number), a fine of the fund, a state duty,
  // voluntary contributions and an overpayment due back; three to five of them.
  const int64_t fine_day = now - dice.between(3, 25) * kDayMs;
  const std::string decree = make_uin("18810177", dice);
  out.push_back(charge("fine", "Штраф за превышение установленной скорости движения (ч. 2 ст. 12.9 КоАП РФ)",
                       "Постановление № " + decree + " от " + display_date(fine_day), kTraffic, 500'00, fine_day,
                       fine_day + 60 * kDayMs, decree));
  const int64_t duty_day = now - dice.between(1, 10) * kDayMs;
  out.push_back(charge("duty", "Государственная пошлина за выдачу повторного свидетельства о рождении",
                       "Заявление № " + dice.digits(8) + " от " + display_date(duty_day), kRegistry, 350'00, duty_day,
                       duty_day + 30 * kDayMs, make_uin("0731", dice)));
  if (dice.next() % 4 != 0) {
    const int64_t day = now - dice.between(10, 40) * kDayMs;
    out.push_back(charge("fine",
                         "Штраф за нарушение срока представления сведений индивидуального (персонифицированного) учёта",
                         "Решение о привлечении к ответственности № 087S" + dice.digits(7) + " от " + display_date(day),
                         kFund, dice.between(1, 4) * 500'00, day, day + 60 * kDayMs, make_uin("797", dice)));
  }
  int year;
  unsigned month, day_of_month;
  time::civil_from_days((now + kMoscowMs) / kDayMs, year, month, day_of_month);
  const int64_t year_end = time::days_from_civil(year, 12, 31) * kDayMs;
  out.push_back(charge("contribution",
                       "Добровольные страховые взносы на обязательное пенсионное страхование за " +
                           std::to_string(year) + " год (ст. 29 Федерального закона № 167-ФЗ)",
                       "Заявление о добровольном вступлении в правоотношения № " + dice.digits(6), kFund, 24'000'00,
                       now - 30 * kDayMs, year_end, make_uin("797", dice)));
  if (dice.next() % 3 != 0) {
    const int64_t day = now - dice.between(5, 20) * kDayMs;
    out.push_back(charge("overpayment", "Возврат излишне выплаченной ежемесячной денежной выплаты",
                         "Решение об обнаружении ошибки № " + dice.digits(6) + " от " + display_date(day), kFund,
                         dice.between(50'000, 350'000), day, day + 90 * kDayMs, make_uin("797", dice)));
  }
  // Paid earlier, outside the portal: 2, 7, 15 and 22 months ago.
  const int months_ago[] = {2, 7, 15, 22};
  for (int months : months_ago) {
    const int64_t paid = now - months * 30 * kDayMs - dice.between(0, 20) * kDayMs;
    const bool traffic = dice.next() % 2 == 0;
    const std::string uin = traffic ? make_uin("18810177", dice) : make_uin("797", dice);
    Charge c = traffic ? charge("fine", "Штраф за нарушение правил парковки (ч. 1 ст. 12.16 КоАП РФ)",
                                "Постановление № " + uin + " от " + display_date(paid - 5 * kDayMs), kTraffic, 500'00,
                                paid - 5 * kDayMs, paid + 55 * kDayMs, uin)
                       : charge("contribution", "Добровольные страховые взносы на обязательное пенсионное страхование",
                                "Заявление о добровольном вступлении в правоотношения № " + dice.digits(6), kFund,
                                dice.between(2, 6) * 5'000'00, paid - 20 * kDayMs, paid + 30 * kDayMs, uin);
    mark_paid(c, paid, "BANK-" + dice.digits(10), "bank", "");
    out.push_back(std::move(c));
  }
  return out;
}

SandboxPayments::Citizen& SandboxPayments::citizen(const std::string& snils) {
  for (Citizen& c : citizens_) {
    if (c.snils == snils) return c;
  }
  citizens_.push_back({snils, made_up_charges(snils)});
  return citizens_.back();
}

ChargesAnswer SandboxPayments::charges(const std::string& snils, const std::string&) {
  if (!online_) return {false, "offline", {}};
  const std::string digits = digits_of(snils);
  if (!ids::check_snils(digits).ok()) return {false, "unknown_citizen", {}};
  ChargesAnswer answer{true, "ok", citizen(digits).charges};
  std::stable_sort(answer.charges.begin(), answer.charges.end(),
                   [](const Charge& a, const Charge& b) { return a.status == "unpaid" && b.status != "unpaid"; });
  return answer;
}

void SandboxPayments::add_charge(const std::string& snils, Charge c) {
  citizen(digits_of(snils)).charges.push_back(c);
}

std::string SandboxPayments::check_method(const PaymentMethod& m, int64_t amount, std::string& masked) const {
  if (m.kind == "card") {
    const CheckResult number = check_card_number(m.card_number);
    if (!number.ok()) return "card_invalid";
    if (!check_card_expiry(m.card_expiry, clock_()).ok()) return "card_expired";
    masked = mask_card(number.normalized);
    if (number.normalized.ends_with("0002")) return "declined";
    if (number.normalized.ends_with("9995")) return "insufficient_funds";
    return "ok";
  }
  if (m.kind == "wallet") {
    const ids::Result phone = ids::check_phone(m.wallet_phone);
    if (!phone.ok()) return "wallet_invalid";
    masked = "+7 *** ***-" + phone.normalized.substr(phone.normalized.size() - 4, 2) + "-" +
             phone.normalized.substr(phone.normalized.size() - 2);
    return amount > kSandboxWallet ? "insufficient_funds" : "ok";
  }
  if (m.kind == "account") {
    if (!ids::check_bik(m.bik).ok() || !ids::check_account(m.account, m.bik).ok()) return "account_invalid";
    masked = mask_account(m.account);
    return "ok";
  }
  if (m.kind == "sbp") return "ok";
  return "method_unknown";
}

PaymentAck SandboxPayments::pay(const PaymentRequest& r) {
  PaymentAck ack;
  if (!online_ || lose_next_request_) {
    ack.transient = true;
    ack.code = online_ ? "no_answer" : "offline";
    lose_next_request_ = false;
    return ack;
  }
  for (const Answered& a : payments_) {
    if (a.key != r.idempotency_key) continue;
    if (a.uins != r.uins || a.amount != r.amount) return {false, false, false, "", 0, "", "key_reused"};
    PaymentAck again = a.ack;
    again.duplicate = true;
    return again;
  }
  Citizen& who = citizen(digits_of(r.snils));
  std::vector<Charge*> paying;
  int64_t sum = 0;
  ack.code = r.uins.empty() || r.idempotency_key.empty() ? "no_charges" : "ok";
  for (const std::string& uin : r.uins) {
    auto it = std::find_if(who.charges.begin(), who.charges.end(), [&](const Charge& c) { return c.uin == uin; });
    if (it == who.charges.end()) {
      ack.code = "unknown_charge";
    } else if (it->status == "paid" || std::find(paying.begin(), paying.end(), &*it) != paying.end()) {
      ack.code = "already_paid";
    } else {
      paying.push_back(&*it);
      sum += it->amount;
    }
    if (ack.code != "ok") break;
  }
  if (ack.code == "ok" && sum != r.amount) ack.code = "amount_mismatch";
  if (ack.code == "ok" && sum > kPaymentLimit) ack.code = "limit_exceeded";
  if (ack.code == "ok") ack.code = check_method(r.method, sum, ack.masked);
  if (ack.code == "ok") {
    ack.accepted = true;
    ack.paid_ms = clock_();
    int year;
    unsigned month, day;
    time::civil_from_days((ack.paid_ms + kMoscowMs) / kDayMs, year, month, day);
    char number[32];
    std::snprintf(number, sizeof number, "SBX-%04d-%06llu", year, static_cast<unsigned long long>(next_transaction_++));
    ack.transaction = number;
    for (Charge* c : paying) mark_paid(*c, ack.paid_ms, ack.transaction, r.method.kind, ack.masked);
  }
  if (!r.idempotency_key.empty()) payments_.push_back({r.idempotency_key, ack, r.uins, r.amount});
  if (lose_next_answer_) {
    lose_next_answer_ = false;
    return {false, false, true, "", 0, "", "no_answer"};
  }
  return ack;
}

PaymentAck SandboxPayments::check(const std::string& key) {
  if (!online_) return {false, false, true, "", 0, "", "offline"};
  for (const Answered& a : payments_) {
    if (a.key != key) continue;
    PaymentAck again = a.ack;
    again.duplicate = true;
    return again;
  }
  return {false, false, false, "", 0, "", "not_received"};
}

json SandboxPayments::to_json() const {
  json citizens = json::array();
  for (const Citizen& c : citizens_) {
    json charges = json::array();
    for (const Charge& charge : c.charges) charges.push_back(payments::to_json(charge));
    citizens.push_back({{"snils", c.snils}, {"charges", charges}});
  }
  json answered = json::array();
  for (const Answered& a : payments_)
    answered.push_back({{"key", a.key}, {"ack", payments::to_json(a.ack)}, {"uins", a.uins}, {"amount", a.amount}});
  return {{"version", 1}, {"next_transaction", next_transaction_}, {"citizens", citizens}, {"payments", answered}};
}

bool SandboxPayments::restore(const json& in) {
  using jsonread::int_of;
  using jsonread::member;
  using jsonread::string_of;
  const auto next = int_of(in, "next_transaction");
  const json* citizens = member(in, "citizens");
  const json* answered = member(in, "payments");
  if (!next || *next < 1 || !citizens || !citizens->is_array() || !answered || !answered->is_array()) return false;
  std::vector<Citizen> read_citizens;
  for (const json& c : *citizens) {
    const auto snils = string_of(c, "snils");
    const json* charges = member(c, "charges");
    if (!snils || !charges || !charges->is_array()) return false;
    Citizen citizen{*snils, {}};
    for (const json& charge : *charges) {
      auto read = charge_from_json(charge);
      if (!read) return false;
      citizen.charges.push_back(std::move(*read));
    }
    read_citizens.push_back(std::move(citizen));
  }
  std::vector<Answered> read_payments;
  for (const json& a : *answered) {
    const auto key = string_of(a, "key");
    const json* ack = member(a, "ack");
    const json* uins = member(a, "uins");
    const auto amount = int_of(a, "amount");
    auto read = ack ? ack_from_json(*ack) : std::nullopt;
    if (!key || !read || !uins || !uins->is_array() || !amount) return false;
    Answered answered{*key, *read, {}, *amount};
    for (const json& uin : *uins) {
      if (!uin.is_string()) return false;
      answered.uins.push_back(uin.get<std::string>());
    }
    read_payments.push_back(std::move(answered));
  }
  next_transaction_ = static_cast<uint64_t>(*next);
  citizens_ = std::move(read_citizens);
  payments_ = std::move(read_payments);
  return true;
}

}  // namespace cabinet::payments
