#pragma once
// «Сведения» in the app: the work-book records as last received from the fund
// (records.json in the vault, so offline shows the last known list «на …»),
// the tab, and the ИЛС statement as last made for a period. The records come
// through records::RecordsGateway (core/records), the sandbox by default.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "records/gateway.hpp"
#include "records/record_length.hpp"

namespace cabinet::app {

inline constexpr const char* kRecordsKey = "records.json";
// The longest period of one statement (the form says so when refused).
inline constexpr int kStatementMaxYears = 30;

struct RecordsState {
  std::vector<records::WorkRecord> records;  // as last received
  int64_t records_updated_ms = 0;            // 0: never received
  // Why the last request for the records failed ("" when it worked): snils_required,
  // offline, or the fund's code (catalog: records.code.<code>).
  std::string records_code;
  std::string tab = "work";                     // work | statement
  std::optional<records::Statement> statement;  // as last made
  int64_t statement_made_ms = 0;
  std::string statement_code;  // why the last «Сформировать» failed ("" when it worked)
};

// The insurance record length of the records on the Moscow day they were received.
records::LengthResult records_length(const RecordsState& state);

nlohmann::json records_to_json(const RecordsState& state);
// False when `text` is not a records file (then `state` is unchanged).
bool records_from_json(RecordsState& state, const std::string& text);
// For summary(): counts, the tab and the codes (no SNILS, no names, no amounts).
nlohmann::json records_summary(const RecordsState& state);

}  // namespace cabinet::app
