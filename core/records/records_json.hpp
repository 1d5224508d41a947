#pragma once
// The wire form of «Сведения» (what an HTTP connector would send), and the
// form the app may cache. Dates are "YYYY-MM-DD"; a record's open end is null;
// amounts are integers in kopecks. Reading never throws: nullopt when any
// member has the wrong type, a date or kind does not parse, or a statement
// does not add up (statement.hpp is_consistent).
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "records/gateway.hpp"

namespace cabinet::records {

nlohmann::json to_json(const WorkRecord& record);
nlohmann::json to_json(const Operation& operation);
nlohmann::json to_json(const Statement& statement);
nlohmann::json to_json(const RecordsAnswer& answer);
nlohmann::json to_json(const StatementAnswer& answer);

std::optional<WorkRecord> work_record_from_json(const nlohmann::json& json);
std::optional<Operation> operation_from_json(const nlohmann::json& json);
std::optional<Statement> statement_from_json(const nlohmann::json& json);
std::optional<RecordsAnswer> records_answer_from_json(const nlohmann::json& json);
std::optional<StatementAnswer> statement_answer_from_json(const nlohmann::json& json);

// The same from text; nullopt when it is not JSON.
std::optional<RecordsAnswer> records_answer_from_text(std::string_view text);
std::optional<StatementAnswer> statement_answer_from_text(std::string_view text);

}  // namespace cabinet::records
