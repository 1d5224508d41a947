#include "tracking/sandbox_figures.hpp"

#include "i18n/catalog.hpp"
#include "ids/ids.hpp"
#include "json/read.hpp"
#include "payouts/payouts_export.hpp"
#include "payouts/payouts_json.hpp"
#include "payouts/sandbox_payouts.hpp"
#include "records/dates.hpp"
#include "records/sandbox_records.hpp"

namespace cabinet::tracking::sandbox {

namespace {

using jsonread::text_of;
using nlohmann::json;

std::string digits_only(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

// "1958-06-05" or "05.06.1958" as a day number.
std::optional<int64_t> birth_day_of(const std::string& text) {
  if (auto day = records::parse_day(text)) return day;
  if (text.size() == 10 && text[2] == '.' && text[5] == '.')
    return records::parse_day(text.substr(6, 4) + "-" + text.substr(3, 2) + "-" + text.substr(0, 2));
  return std::nullopt;
}

const i18n::Catalog& russian() {
  static const i18n::Catalog catalog = i18n::Catalog::load("ru");
  return catalog;
}

}  // namespace

json applicant_of(const json& envelope, const json& known) {
  const json* given = jsonread::member(envelope, "applicant");
  const json* data = jsonread::member(envelope, "data");
  const json* sources[] = {given, &known, data};
  json out = {{"snils", ""}, {"full_name", ""}, {"birth_date", ""}};
  std::string person;  // the SNILS's digits: the first source that names one says who
  for (const json* source : sources) {
    if (!source) continue;
    const std::string snils = text_of(*source, "snils");
    const std::string digits = digits_only(snils);
    if (digits.empty()) continue;
    if (person.empty()) {
      person = digits;
      out["snils"] = snils;
    }
    if (digits != person) continue;  // someone else's details fill nothing
    for (const char* key : {"full_name", "birth_date"}) {
      if (out[key].get<std::string>().empty()) out[key] = text_of(*source, key);
    }
  }
  return out;
}

std::optional<Figures> payout_figures(std::string_view form_id, const json& data, const json& applicant,
                                      int64_t issued_ms, uint64_t seed) {
  const bool certificate = form_id == "pension-amount-certificate";
  if (!certificate && form_id != "payments-information") return std::nullopt;
  Figures out;
  const std::string snils = ids::snils_digits(text_of(applicant, "snils"));
  if (snils.empty()) {
    out.text = "Сведения о выплатах не сформированы: ведомству не передан СНИЛС заявителя.\n";
    return out;
  }
  if (!certificate && text_of(data, "id_type") == "snils" && ids::snils_digits(text_of(data, "snils")) != snils) {
    out.text =
        "Сведения о выплатах по указанному СНИЛС не выдаются: он не совпадает со СНИЛС заявителя. Сведения о "
        "выплатах получает только сам получатель.\n";
    return out;
  }
  const auto from = payouts::parse_month(text_of(data, certificate ? "period_from" : "date_from"));
  const auto to = payouts::parse_month(text_of(data, certificate ? "period_to" : "date_to"));
  const int64_t birth = birth_day_of(text_of(applicant, "birth_date")).value_or(records::made_up_birth_day(snils));
  const auto table = from && to
                         ? payouts::sandbox_payouts(snils, birth, *from, *to, records::moscow_day(issued_ms), seed)
                         : std::nullopt;
  if (!table) {
    out.text = "Сведения о выплатах не сформированы: период указан неверно.\n";
    return out;
  }
  out.table = payouts::table_to_json(*table);
  out.text = payouts::payouts_text(*table, russian());
  return out;
}

}  // namespace cabinet::tracking::sandbox
