#include "capital/capital_json.hpp"

#include "json/read.hpp"

namespace cabinet::capital {

using nlohmann::json;
using namespace jsonread;

json account_to_json(const Account& account) {
  const Certificate& c = account.certificate;
  json operations = json::array();
  for (const Operation& op : account.operations) {
    operations.push_back({{"id", op.id},
                          {"date", op.date},
                          {"kind", kind_id(op.kind)},
                          {"status", status_id(op.status)},
                          {"amount", op.amount_kopecks},
                          {"purpose", op.purpose},
                          {"application_number", op.application_number},
                          {"rate_tenths", op.rate_tenths}});
  }
  return {{"certificate",
           {{"series", c.series},
            {"number", c.number},
            {"issued_on", c.issued_on},
            {"issued_by", c.issued_by},
            {"child_order", c.child_order},
            {"child_birth_date", c.child_birth_date}}},
          {"operations", operations},
          {"balance", account.balance_kopecks},
          {"reserved", account.reserved_kopecks}};
}

std::optional<Account> account_from_json(const json& value) {
  const json* c = value.is_object() ? member(value, "certificate") : nullptr;
  const json* operations = value.is_object() ? member(value, "operations") : nullptr;
  const auto balance = value.is_object() ? int_of(value, "balance") : std::nullopt;
  const auto reserved = value.is_object() ? int_of(value, "reserved") : std::nullopt;
  if (!c || !c->is_object() || !operations || !operations->is_array() || !balance || !reserved) return std::nullopt;
  Account account;
  account.certificate = {text_of(*c, "series"),
                         text_of(*c, "number"),
                         text_of(*c, "issued_on"),
                         text_of(*c, "issued_by"),
                         static_cast<int>(int_of(*c, "child_order").value_or(1)),
                         text_of(*c, "child_birth_date")};
  for (const json& item : *operations) {
    const auto kind = item.is_object() ? parse_kind(text_of(item, "kind")) : std::nullopt;
    const auto status = item.is_object() ? parse_status(text_of(item, "status")) : std::nullopt;
    const auto amount = item.is_object() ? int_of(item, "amount") : std::nullopt;
    if (!kind || !status || !amount) return std::nullopt;
    account.operations.push_back({text_of(item, "id"), text_of(item, "date"), *kind, *status, *amount,
                                  text_of(item, "purpose"), text_of(item, "application_number"),
                                  static_cast<int>(int_of(item, "rate_tenths").value_or(0))});
  }
  account.balance_kopecks = *balance;
  account.reserved_kopecks = *reserved;
  return account;
}

}  // namespace cabinet::capital
