#pragma once
// The capital account as JSON, for the app's capital.json in the vault (the
// last answer, read offline) and a later HTTP connector. Non-throwing.
#include <optional>

#include <nlohmann/json.hpp>

#include "capital/gateway.hpp"

namespace cabinet::capital {

nlohmann::json account_to_json(const Account& account);
// nullopt when `json` is not an account (a field missing or of the wrong type, an unknown id).
std::optional<Account> account_from_json(const nlohmann::json& json);

}  // namespace cabinet::capital
