// SandboxAgency and the maternity capital register (core/capital): a disposal
// is checked against the applicant's available balance, reserved when the
// agency will approve it, completed when the approval is published and
// released when refused or withdrawn.
#include "capital/sandbox_capital.hpp"
#include "json/read.hpp"
#include "tracking/sandbox_agency.hpp"

namespace cabinet::tracking {

namespace {

constexpr std::string_view kCapitalForm = "maternity-capital";

std::string applicant_snils(const nlohmann::json& envelope) {
  const nlohmann::json* applicant = jsonread::member(envelope, "applicant");
  return applicant ? jsonread::text_of(*applicant, "snils") : "";
}

}  // namespace

int64_t SandboxAgency::capital_balance(const Case& c) const {
  if (!capital_) return options_.maternity_capital_balance;
  // No certificate for this SNILS (or none given): nothing to dispose of.
  return capital_->available(applicant_snils(c.envelope)).value_or(0);
}

void SandboxAgency::reserve_disposal(const Case& c) {
  if (!capital_ || c.form_id != kCapitalForm) return;
  const nlohmann::json& data = c.envelope["data"];
  capital_->reserve(applicant_snils(c.envelope), c.number, jsonread::int_of(data, "amount").value_or(0),
                    jsonread::text_of(data, "purpose"));
}

void SandboxAgency::settle(const Case& c, const FeedEvent& event) {
  if (event.status == Status::done) apply_records_fix(c);
  if (!capital_ || c.form_id != kCapitalForm) return;
  if (event.status == Status::done) capital_->complete(c.number, event.time_ms);
  if (event.status == Status::refused || event.status == Status::cancelled) capital_->cancel(c.number);
}

}  // namespace cabinet::tracking
