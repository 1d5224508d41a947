#pragma once
// A payout table on the wire and on disk (the agency feed's "result_table",
// tracking::Tracked): {"from", "to", "pension_from", "ipk", "rows": [{"month",
// "kind", "amount", "supplements", "deductions", "deduction", "paid",
// "paid_on", "payer", "order", "status"}], "totals": {"amount",
// "supplements", "deductions", "paid"}}; money in kopecks, ids as in
// payouts.hpp. Reading is strict and non-throwing.
#include <optional>

#include <nlohmann/json.hpp>

#include "payouts/payouts.hpp"

namespace cabinet::payouts {

nlohmann::json table_to_json(const PayoutTable& table);
// nullopt unless every member is there with its type, every id is known, the
// texts are valid UTF-8 and the table is_consistent() (the totals add up).
std::optional<PayoutTable> table_from_json(const nlohmann::json& json);

}  // namespace cabinet::payouts
