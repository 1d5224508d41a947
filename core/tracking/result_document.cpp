#include "tracking/result_document.hpp"

#include "json/read.hpp"
#include "time/iso8601.hpp"
#include "tracking/sandbox_rules.hpp"

namespace cabinet::tracking::sandbox {

namespace {

using jsonread::text_of;
constexpr int kMoscow = 180;  // minutes east of UTC

std::string applicant(const nlohmann::json& data) {
  std::string name;
  for (const char* part : {"last_name", "first_name", "middle_name"}) {
    const std::string value = text_of(data, part);
    if (value.empty()) continue;
    if (!name.empty()) name += " ";
    name += value;
  }
  return name.empty() ? text_of(data, "full_name") : name;
}

// The first pair of period fields the form has.
std::string period(const nlohmann::json& data) {
  static const char* const kPairs[][2] = {
      {"period_from", "period_to"}, {"date_from", "date_to"}, {"record_from", "record_to"}};
  for (const auto& pair : kPairs) {
    const std::string from = text_of(data, pair[0]);
    const std::string to = text_of(data, pair[1]);
    if (!from.empty() && !to.empty()) return "с " + display_date(from) + " по " + display_date(to);
  }
  return "";
}

void line(std::string& out, const std::string& label, const std::string& value) {
  if (!value.empty()) out += label + ": " + value + "\n";
}

}  // namespace

std::string display_date(const std::string& iso_date) {
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return iso_date;
  return iso_date.substr(8, 2) + "." + iso_date.substr(5, 2) + "." + iso_date.substr(0, 4);
}

std::string result_document(const DocumentInput& in) {
  std::string out = "СОЦИАЛЬНЫЙ ФОНД РОССИИ\n" + in.body + "\n\n" + in.title + "\n";
  out += "№ " + in.agency_id + " от " + time::format_display(in.issued_ms, kMoscow).substr(0, 10) + "\n\n";
  line(out, "Заявление",
       "№ " + in.number + " от " + time::format_display(in.submitted_ms, kMoscow) + " (время московское)");
  line(out, "Услуга", in.service);
  const std::string name = applicant(in.data), snils = text_of(in.data, "snils");
  line(out, "Заявитель", name.empty() ? text_of(in.applicant, "full_name") : name);
  line(out, "СНИЛС", snils.empty() ? text_of(in.applicant, "snils") : snils);
  line(out, "Период", period(in.data));
  if (auto amount = jsonread::int_of(in.data, "amount")) line(out, "Сумма", format_rubles(*amount));
  line(out, "Приём", text_of(in.data, "office"));
  line(out, "Дата и время приёма", text_of(in.data, "slot"));
  out += "\n";
  line(out, "Статус", in.status_label);
  line(out, "Результат", in.result);
  line(out, "Что делать", in.what_to_do);
  if (!in.details.empty()) out += "\n" + in.details;
  out += "\nДата выдачи: " + time::format_display(in.issued_ms, kMoscow) + " (время московское)\n";
  out += "Документ сформирован учебной песочницей ведомства и юридической силы не имеет.\n";
  return out;
}

}  // namespace cabinet::tracking::sandbox
