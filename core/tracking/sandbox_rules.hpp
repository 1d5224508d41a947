#pragma once
// The sandbox agency's rules: how long each service takes and what the agency
// decides for a submission (done, ask for documents, or refuse).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/form_registry.hpp"
#include "text/rubles.hpp"

namespace cabinet::tracking::sandbox {

inline constexpr int64_t kMinute = 60'000;
inline constexpr int64_t kHour = 60 * kMinute;
inline constexpr int64_t kDay = 24 * kHour;

struct ServiceRule {
  std::string_view form_id;
  int64_t in_progress_after_ms;  // from the submission
  int64_t interim_after_ms;      // from «Принято к рассмотрению»; 0: no interim result
  int64_t work_ms;  // from «Принято к рассмотрению» to «Услуга оказана»
  std::string_view result_title;  // the result document's title (ru)
  std::string_view result_text;   // what the result says (ru)
  std::string_view interim_text;  // the interim result's comment (ru)
};

// The rule of a service; an unknown form gets a generic 5-day rule.
const ServiceRule& service_rule(std::string_view form_id);
// Every service with a rule (the 13 of assets/forms).
std::vector<std::string_view> services_with_rules();

struct Decision {
  enum class Outcome { done, needs_correction, refused };
  Outcome outcome = Outcome::done;
  std::vector<std::string> documents;  // needs_correction: the file fields to add
  std::string reason;                  // refused: balance_exceeded | data_invalid
  nlohmann::json params = nlohmann::json::object();
};

// The agency re-checks the data with the form's own rules: a cross-field limit
// (maternity capital above `balance_kopecks`) or any other data error refuses;
// missing or too few required files (a file field's "required"/"minItems")
// ask for documents; otherwise the service is done.
Decision decide(const forms::RegisteredForm& form, const nlohmann::json& data, int64_t balance_kopecks);

// 4500000 -> "45 000,00 ₽" (core/text/rubles.hpp).
using text::format_rubles;

}  // namespace cabinet::tracking::sandbox
