#include "payments/charge_json.hpp"

#include <algorithm>

#include "json/read.hpp"

namespace cabinet::payments {

namespace {

using json = nlohmann::json;
using jsonread::int_of;
using jsonread::member;
using jsonread::string_of;

// Copies the string members named in `fields` into their targets; false when one is missing or not a string.
template <typename Fields>
bool read_strings(const json& in, const Fields& fields) {
  for (const auto& field : fields) {
    auto value = string_of(in, field.first);
    if (!value) return false;
    *field.second = std::move(*value);
  }
  return true;
}

}  // namespace

bool is_charge_kind(const std::string& kind) {
  return std::find(std::begin(kChargeKinds), std::end(kChargeKinds), kind) != std::end(kChargeKinds);
}

bool is_payment_method(const std::string& method) {
  return std::find(std::begin(kPaymentMethods), std::end(kPaymentMethods), method) != std::end(kPaymentMethods);
}

json to_json(const Charge& c) {
  const Payee& p = c.payee;
  return {{"uin", c.uin},
          {"kind", c.kind},
          {"purpose", c.purpose},
          {"basis", c.basis},
          {"payee",
           {{"name", p.name},
            {"inn", p.inn},
            {"kpp", p.kpp},
            {"bank", p.bank},
            {"bik", p.bik},
            {"account", p.account},
            {"kbk", p.kbk},
            {"oktmo", p.oktmo}}},
          {"amount", c.amount},
          {"issued", c.issued},
          {"due", c.due},
          {"status", c.status},
          {"transaction", c.transaction},
          {"paid_ms", c.paid_ms},
          {"paid_method", c.paid_method},
          {"paid_masked", c.paid_masked}};
}

std::optional<Charge> charge_from_json(const json& in) {
  Charge c;
  const std::pair<const char*, std::string*> fields[] = {{"uin", &c.uin},
                                                         {"kind", &c.kind},
                                                         {"purpose", &c.purpose},
                                                         {"basis", &c.basis},
                                                         {"issued", &c.issued},
                                                         {"due", &c.due},
                                                         {"status", &c.status},
                                                         {"transaction", &c.transaction},
                                                         {"paid_method", &c.paid_method},
                                                         {"paid_masked", &c.paid_masked}};
  if (!read_strings(in, fields)) return std::nullopt;
  const json* payee = member(in, "payee");
  if (!payee) return std::nullopt;
  Payee& p = c.payee;
  const std::pair<const char*, std::string*> payee_fields[] = {
      {"name", &p.name}, {"inn", &p.inn},         {"kpp", &p.kpp}, {"bank", &p.bank},
      {"bik", &p.bik},   {"account", &p.account}, {"kbk", &p.kbk}, {"oktmo", &p.oktmo}};
  if (!read_strings(*payee, payee_fields)) return std::nullopt;
  const auto amount = int_of(in, "amount");
  const auto paid = int_of(in, "paid_ms");
  if (!amount || *amount <= 0 || *amount > kMaxChargeAmount || !paid) return std::nullopt;
  if (!is_charge_kind(c.kind) || (c.status != "unpaid" && c.status != "paid")) return std::nullopt;
  c.amount = *amount;
  c.paid_ms = *paid;
  return c;
}

json to_json(const PaymentAck& a) {
  return {{"accepted", a.accepted},
          {"duplicate", a.duplicate},
          {"transient", a.transient},
          {"transaction", a.transaction},
          {"paid_ms", a.paid_ms},
          {"masked", a.masked},
          {"code", a.code}};
}

std::optional<PaymentAck> ack_from_json(const json& in) {
  PaymentAck a;
  const std::pair<const char*, std::string*> fields[] = {
      {"transaction", &a.transaction}, {"masked", &a.masked}, {"code", &a.code}};
  if (!read_strings(in, fields)) return std::nullopt;
  const json* accepted = member(in, "accepted");
  const auto paid = int_of(in, "paid_ms");
  if (!accepted || !accepted->is_boolean() || !paid) return std::nullopt;
  a.accepted = accepted->get<bool>();
  a.paid_ms = *paid;
  return a;
}

}  // namespace cabinet::payments
