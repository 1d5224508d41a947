#pragma once
// SandboxRecords: the embedded default RecordsGateway. Every valid SNILS has
// a career made up deterministically from the SNILS, the birth date and the
// seed (generate_citizen): the first job at 18-23, 2-6 main jobs one after
// another from the employers list (some with a gap before the next, some
// adjacent), a transfer in some long jobs, one overlapping part-time job
// (совместительство), the last job open-ended; monthly contributions of 22%
// of a plausible pay from 2002 on, posted on the month's last day, with a few
// withholdings and additional accruals. The career does not depend on the
// day: only what has begun by `today` shows, and only completed months are
// posted. The birth date is the citizen's (set_birth_date) or made up from
// the SNILS. "Today" is the Moscow date of the clock.
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include <vector>

#include <nlohmann/json.hpp>

#include "records/gateway.hpp"
#include "records/sandbox_corrections.hpp"

namespace cabinet::records {

struct CitizenData {
  std::vector<WorkRecord> records;
  std::vector<Operation> operations;  // the whole account, any order
};

// An insurer of the sandbox data (valid INNs; insurer_number may be empty).
struct SandboxEmployer {
  std::string_view name, inn, insurer_number, position, senior_position;
};
std::span<const SandboxEmployer> sandbox_employers();

// The birth date (a day number, 1962-2001) the sandbox makes up for a SNILS it was not told one for.
int64_t made_up_birth_day(std::string_view snils_digits);

// The citizen's records and account as of `today` (day numbers). `snils_digits`: the 11 digits.
CitizenData generate_citizen(std::string_view snils_digits, int64_t birth_day, int64_t today, uint64_t seed);

class SandboxRecords final : public RecordsGateway {
 public:
  using ClockFn = std::function<int64_t()>;  // Unix milliseconds, UTC
  explicit SandboxRecords(ClockFn clock, uint64_t seed = 1);
  // Test hook: exactly these citizens (keys: SNILS in any spelling); any other is "unknown_citizen".
  SandboxRecords(ClockFn clock, std::map<std::string, CitizenData> citizens);

  RecordsAnswer work_records(const std::string& snils) override;
  StatementAnswer account_statement(const std::string& snils, const std::string& from, const std::string& to) override;

  void set_online(bool online) { online_ = online; }
  // The citizen's birth date ("YYYY-MM-DD"); false (and nothing changed) for a bad SNILS or date.
  bool set_birth_date(const std::string& snils, const std::string& birth_date);

  // The fund granted a correction (the sandbox agency, on publishing its
  // decision): from now on the citizen's records show it. False (nothing
  // kept) when no record matches it or the SNILS is bad; the same
  // application's correction again changes nothing.
  bool add_correction(const std::string& snils, const RecordCorrection& correction);
  // Whether it would apply to the records as they are now (the agency checks before deciding).
  bool correction_applies(const std::string& snils, const RecordCorrection& correction);
  // The corrections kept (the generated careers are made again from the SNILS),
  // so they survive a restart; restore() is non-throwing, false for damaged JSON.
  nlohmann::json to_json() const;
  bool restore(const nlohmann::json& json);

 private:
  // The citizen's data, or the refusal code in `code`.
  const CitizenData* citizen(const std::string& snils, std::string& code);

  ClockFn clock_;
  uint64_t seed_ = 1;
  bool generated_ = true;  // false: only the citizens given
  bool online_ = true;
  std::map<std::string, int64_t> birth_days_;     // by SNILS digits
  std::map<std::string, CitizenData> citizens_;   // by SNILS digits
  std::map<std::string, int64_t> generated_for_;  // the day each citizen was made for
  std::map<std::string, std::vector<RecordCorrection>> corrections_;  // by SNILS digits, in the order granted
};

}  // namespace cabinet::records
