#include "app/records/state.hpp"

#include "json/read.hpp"
#include "records/dates.hpp"
#include "records/records_json.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr int kRecordsVersion = 1;

}  // namespace

records::LengthResult records_length(const RecordsState& s) {
  return records::record_length(s.records, records::moscow_day(s.records_updated_ms));
}

json records_to_json(const RecordsState& s) {
  json list = json::array();
  for (const records::WorkRecord& r : s.records) list.push_back(records::to_json(r));
  return {{"version", kRecordsVersion},
          {"records", list},
          {"records_updated_ms", s.records_updated_ms},
          {"statement", s.statement ? records::to_json(*s.statement) : json(nullptr)},
          {"statement_made_ms", s.statement_made_ms}};
}

bool records_from_json(RecordsState& s, const std::string& text) {
  const json j = json::parse(text, nullptr, false);
  const auto version = jsonread::int_of(j, "version");
  const auto updated = jsonread::int_of(j, "records_updated_ms");
  const auto made = jsonread::int_of(j, "statement_made_ms");
  const json* list = jsonread::member(j, "records");
  const json* statement = jsonread::member(j, "statement");
  if (!version || *version != kRecordsVersion || !updated || *updated < 0 || !made || *made < 0 || !list ||
      !list->is_array() || !statement)
    return false;
  std::vector<records::WorkRecord> read;
  for (const json& item : *list) {
    auto record = records::work_record_from_json(item);
    if (!record) return false;
    read.push_back(std::move(*record));
  }
  std::optional<records::Statement> kept;
  if (!statement->is_null()) {
    kept = records::statement_from_json(*statement);
    if (!kept) return false;
  }
  s.records = std::move(read);
  s.records_updated_ms = *updated;
  s.statement = std::move(kept);
  s.statement_made_ms = *made;
  return true;
}

json records_summary(const RecordsState& s) {
  return {{"records", s.records.size()},
          {"updated", s.records_updated_ms ? time::format_iso_utc(s.records_updated_ms) : std::string()},
          {"code", s.records_code},
          {"tab", s.tab},
          {"statement_from", s.statement ? s.statement->from : std::string()},
          {"statement_to", s.statement ? s.statement->to : std::string()},
          {"statement_operations", s.statement ? s.statement->operations.size() : 0},
          {"statement_code", s.statement_code}};
}

}  // namespace cabinet::app
