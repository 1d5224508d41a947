#pragma once
// Shared by the records tests: catalogs with the "records.*" keys the exporters
// use (the real ones live in assets/i18n), a fixed clock, sample records.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "i18n/catalog.hpp"
#include "records/gateway.hpp"
#include "time/iso8601.hpp"

namespace records_test {

inline const nlohmann::json kRussian = nlohmann::json::parse(R"json({"records": {
  "csv": {"number": "№", "kind": "Вид записи", "employer": "Работодатель", "inn": "ИНН",
          "insurer_number": "Рег. номер страхователя", "start": "Дата начала", "end": "Дата окончания",
          "position": "Должность", "work_type": "Вид работы", "basis": "Основание"},
  "kind": {"hire": "Приём", "transfer": "Перевод", "dismissal": "Увольнение", "period": "Период работы"},
  "work_type": {"main": "Основная", "part_time": "Совместительство"},
  "end": {"open": "по настоящее время"},
  "operation": {"contribution": "Начисление страховых взносов", "additional": "Доначисление страховых взносов",
                "correction": "Корректировка (удержание)"},
  "statement": {"opening": "Входящий остаток", "closing": "Исходящий остаток",
                "csv": {"date": "Дата операции", "operation": "Операция", "amount": "Сумма, руб.",
                        "source": "Источник платежа", "source_inn": "ИНН источника", "period_from": "Период с",
                        "period_to": "Период по"}},
  "pdf": {"records_title": "Сведения о трудовой деятельности", "snils": "СНИЛС: {snils}",
          "generated": "Дата формирования: {date}",
          "length": "Страховой стаж на {date}: лет — {years}, месяцев — {months}, дней — {days}",
          "record": "{n}. {dates}. {kind}. {employer}, ИНН {inn}. Должность: {position}. Основание: {basis}",
          "part_time": "{position} (по совместительству)",
          "no_records": "Сведений о трудовой деятельности нет.",
          "statement_title": "Выписка из индивидуального лицевого счёта застрахованного лица",
          "range": "Период: с {from} по {to}",
          "opening": "Входящий остаток на {date}: {amount} руб.",
          "operations_heading": "Операции",
          "operation": "{date}. {operation}: {amount} руб. Источник платежа: {source}, ИНН {inn}. За период с {from} по {to}",
          "no_operations": "Операций за период нет.",
          "years_heading": "Итоги по годам",
          "year": "{year} год: взносы {amount} руб., ИПК {ipk}",
          "year_no_ipk": "{year} год: взносы {amount} руб.",
          "closing": "Исходящий остаток на {date}: {amount} руб."}}})json");

inline const nlohmann::json kEnglish = nlohmann::json::parse(R"json({"records": {
  "csv": {"number": "No.", "employer": "Employer", "inn": "TIN (INN)"},
  "kind": {"hire": "Hire"},
  "end": {"open": "to date"},
  "statement": {"opening": "Opening balance"},
  "pdf": {"opening": "Opening balance on {date}: RUB {amount}"}}})json");

inline cabinet::i18n::Catalog russian() {
  return cabinet::i18n::Catalog::from_documents("ru", {kRussian}, {});
}
// Partly translated: the rest falls back to Russian, like the real catalogs.
inline cabinet::i18n::Catalog english() {
  return cabinet::i18n::Catalog::from_documents("en", {kEnglish}, {kRussian});
}

// Unix milliseconds of noon in Moscow on an ISO day.
inline int64_t noon(const std::string& iso_day) {
  return cabinet::time::parse_iso(iso_day + "T09:00:00Z").value();
}

inline cabinet::records::WorkRecord record(std::string id, cabinet::records::RecordKind kind, std::string employer,
                                           std::string inn, std::string start, std::string end, std::string position,
                                           bool part_time = false) {
  cabinet::records::WorkRecord r;
  r.id = std::move(id);
  r.kind = kind;
  r.employer = std::move(employer);
  r.employer_inn = std::move(inn);
  r.start = std::move(start);
  r.end = std::move(end);
  r.position = std::move(position);
  r.part_time = part_time;
  return r;
}

}  // namespace records_test
