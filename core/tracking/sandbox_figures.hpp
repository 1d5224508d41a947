#pragma once
// The figures the sandbox agency puts into a result: for «Справка о размере
// пенсии и иных выплат» and «Запрос информации о выплатах» the applicant's
// payouts of the period asked for (core/payouts), as a table for the feed
// and as lines of the result document.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cabinet::tracking::sandbox {

// Who applied, as {"snils", "full_name", "birth_date"}: the SNILS of the
// first of these that names one, then each detail from the first of them
// about the same SNILS that has it: the envelope's "applicant" (the portal's:
// SNILS and name), `known` (the citizen the host told the sandbox about,
// SandboxAgency::set_applicant: the birth date too), the form's data
// ("snils", "full_name", "birth_date").
nlohmann::json applicant_of(const nlohmann::json& envelope, const nlohmann::json& known);

struct Figures {
  nlohmann::json table;  // payouts_json.hpp's table; null when there are no figures to give
  std::string text;      // the result document's lines about them (ru)
};

// For the two payout services (nullopt for any other): the payouts of the
// applicant's SNILS for the months of the period in `data`, as of the Moscow
// day of `issued_ms`, made up with `seed` like «Сведения» (the birth date the
// applicant's, else the one the records sandbox makes up for the SNILS).
// No SNILS, or «Запрос информации о выплатах» for a SNILS other than the
// applicant's: no table, the text says why.
std::optional<Figures> payout_figures(std::string_view form_id, const nlohmann::json& data,
                                      const nlohmann::json& applicant, int64_t issued_ms, uint64_t seed);

}  // namespace cabinet::tracking::sandbox
