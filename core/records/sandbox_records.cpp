#include "records/sandbox_records.hpp"

#include "ids/ids.hpp"
#include "json/read.hpp"
#include "records/dates.hpp"
#include "records/statement.hpp"
#include "time/iso8601.hpp"

namespace cabinet::records {

using ids::snils_digits;

int64_t made_up_birth_day(std::string_view snils_digits) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : snils_digits) h = (h ^ c) * 0x100000001b3ULL;
  const int year = 1962 + static_cast<int>(h % 40);
  return time::days_from_civil(year, 1, 1) + static_cast<int64_t>((h >> 16) % 365);
}

SandboxRecords::SandboxRecords(ClockFn clock, uint64_t seed) : clock_(std::move(clock)), seed_(seed) {}

SandboxRecords::SandboxRecords(ClockFn clock, std::map<std::string, CitizenData> citizens)
    : clock_(std::move(clock)), generated_(false) {
  for (auto& entry : citizens) {
    const std::string digits = snils_digits(entry.first);
    if (!digits.empty()) citizens_[digits] = std::move(entry.second);
  }
}

bool SandboxRecords::set_birth_date(const std::string& snils, const std::string& birth_date) {
  const std::string digits = snils_digits(snils);
  const auto day = parse_day(birth_date);
  if (digits.empty() || !day) return false;
  birth_days_[digits] = *day;
  generated_for_.erase(digits);  // made again with this date
  return true;
}

const CitizenData* SandboxRecords::citizen(const std::string& snils, std::string& code) {
  if (!online_) {
    code = "offline";
    return nullptr;
  }
  const std::string digits = snils_digits(snils);
  if (digits.empty()) {
    code = "bad_snils";
    return nullptr;
  }
  if (!generated_) {
    const auto it = citizens_.find(digits);
    if (it == citizens_.end()) code = "unknown_citizen";
    return it == citizens_.end() ? nullptr : &it->second;
  }
  const int64_t today = moscow_day(clock_());
  const auto made = generated_for_.find(digits);
  if (made == generated_for_.end() || made->second != today) {
    const auto birth = birth_days_.find(digits);
    const int64_t birth_day = birth != birth_days_.end() ? birth->second : made_up_birth_day(digits);
    citizens_[digits] = generate_citizen(digits, birth_day, today, seed_);
    generated_for_[digits] = today;
  }
  return &citizens_[digits];
}

RecordsAnswer SandboxRecords::work_records(const std::string& snils) {
  RecordsAnswer out;
  const CitizenData* data = citizen(snils, out.code);
  if (!data) return out;
  out.ok = true;
  out.code = "ok";
  out.records = data->records;
  if (const auto fixes = corrections_.find(snils_digits(snils)); fixes != corrections_.end()) {
    for (const RecordCorrection& fix : fixes->second) apply_correction(out.records, fix);
  }
  return out;
}

bool SandboxRecords::correction_applies(const std::string& snils, const RecordCorrection& correction) {
  RecordsAnswer now = work_records(snils);
  return now.ok && apply_correction(now.records, correction);
}

bool SandboxRecords::add_correction(const std::string& snils, const RecordCorrection& correction) {
  const std::string digits = snils_digits(snils);
  if (digits.empty()) return false;
  std::vector<RecordCorrection>& kept = corrections_[digits];
  for (const RecordCorrection& c : kept) {
    if (c.application == correction.application) return true;
  }
  if (!correction_applies(snils, correction)) return false;
  kept.push_back(correction);
  return true;
}

nlohmann::json SandboxRecords::to_json() const {
  nlohmann::json citizens = nlohmann::json::object();
  for (const auto& [digits, fixes] : corrections_) {
    nlohmann::json list = nlohmann::json::array();
    for (const RecordCorrection& c : fixes) list.push_back(correction_to_json(c));
    citizens[digits] = list;
  }
  return {{"format", "cabinet.records-sandbox/1"}, {"corrections", citizens}};
}

bool SandboxRecords::restore(const nlohmann::json& json) {
  if (!json.is_object() || jsonread::text_of(json, "format") != "cabinet.records-sandbox/1") return false;
  const auto citizens = json.find("corrections");
  if (citizens == json.end() || !citizens->is_object()) return false;
  std::map<std::string, std::vector<RecordCorrection>> read;
  for (auto it = citizens->begin(); it != citizens->end(); ++it) {
    if (snils_digits(it.key()).empty() || !it->is_array()) return false;
    for (const nlohmann::json& item : *it) {
      auto c = correction_from_json(item);
      if (!c) return false;
      read[it.key()].push_back(std::move(*c));
    }
  }
  corrections_ = std::move(read);
  return true;
}

StatementAnswer SandboxRecords::account_statement(const std::string& snils, const std::string& from,
                                                  const std::string& to) {
  StatementAnswer out;
  const CitizenData* data = citizen(snils, out.code);
  if (!data) return out;
  const auto first = parse_day(from), last = parse_day(to);
  if (!first || !last) {
    out.code = "bad_date";
    return out;
  }
  if (*first > *last) {
    out.code = "bad_range";
    return out;
  }
  auto statement = make_statement(data->operations, *first, *last);
  if (!statement) {
    out.code = "bad_data";  // the account's own operations do not add up (a test hook's data)
    return out;
  }
  out.ok = true;
  out.code = "ok";
  out.statement = std::move(*statement);
  return out;
}

}  // namespace cabinet::records
