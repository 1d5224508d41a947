#pragma once
// What the sandbox fund changes in the work-book records when it grants
// «Исправление ошибок в сведениях о трудовой деятельности» (the form
// work-record-error). The form names the record as it stands (employer, and
// its dates when given) and says in words how it should be; the sandbox reads:
// - dates: the dates written in «Как должно быть указано» (ДД.ММ.ГГГГ): two
//   are the new start and end; one replaces the record's nearer date;
// - employer: that text is the employer's new name (all its records);
// - position: that text is the new position;
// - missing: a new record, its period the form's dates or else the first two
//   dates of that text;
// - extra: the record (and its dismissal) goes;
// - contributions, other: nothing in the records changes (the text says so).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "records/gateway.hpp"

namespace cabinet::records {

struct RecordCorrection {
  std::string application;                 // the number of the application that asked for it
  std::string kind;                        // dates, employer, position, missing, extra
  std::string employer;                    // as the record names it (missing: as it should)
  std::string from, to;                    // the record's dates as it stands, "YYYY-MM-DD" or ""
  std::string new_from, new_to, new_text;  // how it should be
  bool operator==(const RecordCorrection&) const = default;
};

// The correction the form's data asks for; nullopt when it changes nothing in
// the records (contributions, other) or names no usable date for dates/missing.
std::optional<RecordCorrection> correction_from_form(const nlohmann::json& data, const std::string& number);

// Applies it; false (and nothing changed) when no record matches.
bool apply_correction(std::vector<WorkRecord>& records, const RecordCorrection& correction);

// What was changed, in Russian, for the fund's decision.
std::string describe(const RecordCorrection& correction);

nlohmann::json correction_to_json(const RecordCorrection& correction);
std::optional<RecordCorrection> correction_from_json(const nlohmann::json& json);

}  // namespace cabinet::records
