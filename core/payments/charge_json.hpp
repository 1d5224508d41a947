#pragma once
// Charges and payment answers as JSON (the vault's cache and the sandbox's
// state). Reading never throws: a wrong type gives nullopt.
#include <optional>

#include <nlohmann/json.hpp>

#include "payments/gateway.hpp"

namespace cabinet::payments {

nlohmann::json to_json(const Charge& charge);
std::optional<Charge> charge_from_json(const nlohmann::json& json);

nlohmann::json to_json(const PaymentAck& ack);
std::optional<PaymentAck> ack_from_json(const nlohmann::json& json);

}  // namespace cabinet::payments
