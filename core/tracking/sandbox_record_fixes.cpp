// SandboxAgency and «Сведения» (core/records' sandbox): a granted
// «Исправление ошибок в сведениях о трудовой деятельности» changes the
// citizen's work-book records when the decision is published, and the
// decision says what changed; a correction that names no record is refused.
#include "json/read.hpp"
#include "records/sandbox_records.hpp"
#include "tracking/sandbox_agency.hpp"

namespace cabinet::tracking {

namespace {

constexpr std::string_view kWorkRecordForm = "work-record-error";

}  // namespace

std::optional<std::string> SandboxAgency::records_change(const Case& c) {
  if (!records_ || c.form_id != kWorkRecordForm) return "";
  const nlohmann::json& data = c.envelope["data"];
  const std::string snils = jsonread::text_of(c.applicant, "snils");
  const std::string birth_date = jsonread::text_of(c.applicant, "birth_date");
  if (!birth_date.empty()) records_->set_birth_date(snils, birth_date);  // the career the citizen sees
  const auto fix = records::correction_from_form(data, c.number);
  if (!fix)
    return "Записи о трудовой деятельности не изменены: сведения о страховых взносах и другие сведения фонд "
           "уточняет у работодателя, о результате сообщит отдельно.";
  if (!records_->correction_applies(snils, *fix)) return std::nullopt;
  return "Сведения о трудовой деятельности исправлены. " + records::describe(*fix);
}

void SandboxAgency::apply_records_fix(const Case& c) {
  if (!records_ || c.form_id != kWorkRecordForm) return;
  if (const auto fix = records::correction_from_form(c.envelope["data"], c.number))
    records_->add_correction(jsonread::text_of(c.applicant, "snils"), *fix);
}

}  // namespace cabinet::tracking
