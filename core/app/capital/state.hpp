#pragma once
// «Материнский капитал» in the app: the certificate, balance and journal as
// last received from the fund (capital.json in the vault, so offline shows the
// last known figures «на …»), why the last request failed, and the journal's
// filters. The account comes through capital::CapitalGateway (core/capital),
// the sandbox by default.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "capital/gateway.hpp"
#include "capital/journal.hpp"

namespace cabinet::app {

inline constexpr const char* kCapitalKey = "capital.json";

struct CapitalState {
  std::optional<capital::Account> account;  // as last received
  int64_t updated_ms = 0;                   // 0: never received
  // Why the last request failed ("" when it worked): snils_required, offline,
  // bad_data, or the fund's code (catalog: capital.code.<code>).
  std::string code;
  capital::JournalFilter filter;
};

// What may be disposed of as the fund last reported it; nullopt when unknown.
std::optional<int64_t> capital_available(const CapitalState& state);

nlohmann::json capital_to_json(const CapitalState& state);
// False when `text` is not a capital file (then `state` is unchanged).
bool capital_from_json(CapitalState& state, const std::string& text);
// For summary(): the figures, the journal's size and the code (no certificate number).
nlohmann::json capital_summary(const CapitalState& state);

}  // namespace cabinet::app
