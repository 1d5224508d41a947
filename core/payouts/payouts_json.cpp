#include "payouts/payouts_json.hpp"

#include "json/read.hpp"
#include "text/utf8.hpp"

namespace cabinet::payouts {

namespace {

using nlohmann::json;
using namespace jsonread;

constexpr size_t kMaxText = 400;     // bytes of a payer's name or an order number
constexpr size_t kMaxRows = 12'000;  // more than a lifetime of months and kinds

json totals_to_json(const Totals& t) {
  return {{"amount", t.amount}, {"supplements", t.supplements}, {"deductions", t.deductions}, {"paid", t.paid}};
}

bool read_text(const json& object, const char* key, std::string& out) {
  const auto value = string_of(object, key);
  if (!value || value->size() > kMaxText || !text::is_valid_utf8(*value)) return false;
  out = *value;
  return true;
}

bool read_money(const json& object, const char* key, int64_t& out) {
  const auto value = int_of(object, key);
  if (!value) return false;
  out = *value;
  return true;
}

std::optional<Payout> payout_from_json(const json& value) {
  Payout p;
  const auto kind = parse_kind(text_of(value, "kind"));
  const auto deduction = parse_deduction(text_of(value, "deduction"));
  const auto status = parse_status(text_of(value, "status"));
  if (!kind || !deduction || !status || !read_text(value, "month", p.month) ||
      !read_text(value, "paid_on", p.paid_on) || !read_text(value, "payer", p.payer) ||
      !read_text(value, "order", p.order) || !read_money(value, "amount", p.amount) ||
      !read_money(value, "supplements", p.supplements) || !read_money(value, "deductions", p.deductions) ||
      !read_money(value, "paid", p.paid))
    return std::nullopt;
  p.kind = *kind;
  p.deduction = *deduction;
  p.status = *status;
  return p;
}

}  // namespace

json table_to_json(const PayoutTable& table) {
  json rows = json::array();
  for (const Payout& p : table.rows)
    rows.push_back({{"month", p.month},
                    {"kind", kind_id(p.kind)},
                    {"amount", p.amount},
                    {"supplements", p.supplements},
                    {"deductions", p.deductions},
                    {"deduction", deduction_id(p.deduction)},
                    {"paid", p.paid},
                    {"paid_on", p.paid_on},
                    {"payer", p.payer},
                    {"order", p.order},
                    {"status", status_id(p.status)}});
  return {{"from", table.from},           {"to", table.to},          {"pension_from", table.pension_from},
          {"ipk", table.ipk_thousandths}, {"rows", std::move(rows)}, {"totals", totals_to_json(table.totals)}};
}

std::optional<PayoutTable> table_from_json(const json& value) {
  PayoutTable table;
  const json* rows = member(value, "rows");
  const json* totals = member(value, "totals");
  if (!rows || !rows->is_array() || rows->size() > kMaxRows || !totals || !read_text(value, "from", table.from) ||
      !read_text(value, "to", table.to) || !read_text(value, "pension_from", table.pension_from) ||
      !read_money(value, "ipk", table.ipk_thousandths) || !read_money(*totals, "amount", table.totals.amount) ||
      !read_money(*totals, "supplements", table.totals.supplements) ||
      !read_money(*totals, "deductions", table.totals.deductions) || !read_money(*totals, "paid", table.totals.paid))
    return std::nullopt;
  if (table.ipk_thousandths < 0 || (!table.pension_from.empty() && !parse_month(table.pension_from)))
    return std::nullopt;
  for (const json& item : *rows) {
    auto payout = payout_from_json(item);
    if (!payout) return std::nullopt;
    table.rows.push_back(std::move(*payout));
  }
  if (!is_consistent(table)) return std::nullopt;
  return table;
}

}  // namespace cabinet::payouts
