#include "records/records_export.hpp"

#include "audit/audit_csv.hpp"
#include "records/dates.hpp"

namespace cabinet::records {

namespace {

using json = nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The magnitude of `kopecks` as rubles and kopecks (INT64_MIN included).
void split(int64_t kopecks, uint64_t& rubles, unsigned& cents) {
  const uint64_t magnitude = kopecks < 0 ? 0 - static_cast<uint64_t>(kopecks) : static_cast<uint64_t>(kopecks);
  rubles = magnitude / 100;
  cents = static_cast<unsigned>(magnitude % 100);
}

std::string two_digits(unsigned n) {
  return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
}

std::string end_text(const WorkRecord& r, const i18n::Catalog& catalog) {
  return r.end.empty() ? catalog.tr("records.end.open") : display_date(r.end);
}

std::string kind_label(const WorkRecord& r, const i18n::Catalog& catalog) {
  return catalog.tr("records.kind." + std::string(kind_id(r.kind)));
}

}  // namespace

void csv_row(std::string& out, const std::vector<std::string>& cells, size_t raw_column) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += i == raw_column ? cells[i] : audit::csv_cell(cells[i]);
  }
  out += "\r\n";
}

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

std::string csv_amount(int64_t kopecks) {
  uint64_t rubles = 0;
  unsigned cents = 0;
  split(kopecks, rubles, cents);
  return (kopecks < 0 ? "-" : "") + std::to_string(rubles) + "." + two_digits(cents);
}

std::string format_rubles(int64_t kopecks, std::string_view language) {
  uint64_t rubles = 0;
  unsigned cents = 0;
  split(kopecks, rubles, cents);
  const bool en = language == "en";
  const std::string digits = std::to_string(rubles);
  std::string out = kopecks < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += en ? "," : "\xC2\xA0";
    out += digits[i];
  }
  return out + (en ? "." : ",") + two_digits(cents);
}

std::string format_ipk(int64_t thousandths, std::string_view language) {
  const uint64_t magnitude =
      thousandths < 0 ? 0 - static_cast<uint64_t>(thousandths) : static_cast<uint64_t>(thousandths);
  std::string fraction = std::to_string(magnitude % 1000);
  fraction.insert(0, 3 - fraction.size(), '0');
  return (thousandths < 0 ? "-" : "") + std::to_string(magnitude / 1000) + (language == "en" ? "." : ",") + fraction;
}

std::string records_csv(const std::vector<WorkRecord>& records, const i18n::Catalog& catalog,
                        const CsvOptions& options) {
  std::string out = options.byte_order_mark ? std::string(kBom) : "";
  csv_row(out, {catalog.tr("records.csv.number"), catalog.tr("records.csv.kind"), catalog.tr("records.csv.employer"),
                catalog.tr("records.csv.inn"), catalog.tr("records.csv.insurer_number"),
                catalog.tr("records.csv.start"), catalog.tr("records.csv.end"), catalog.tr("records.csv.position"),
                catalog.tr("records.csv.work_type"), catalog.tr("records.csv.basis")});
  for (size_t i = 0; i < records.size(); ++i) {
    const WorkRecord& r = records[i];
    csv_row(out, {std::to_string(i + 1), kind_label(r, catalog), r.employer, r.employer_inn, r.insurer_number,
                  display_date(r.start), end_text(r, catalog), r.position,
                  catalog.tr(r.part_time ? "records.work_type.part_time" : "records.work_type.main"), r.basis});
  }
  return out;
}

std::string statement_csv(const Statement& s, const i18n::Catalog& catalog, const CsvOptions& options) {
  std::string out = options.byte_order_mark ? std::string(kBom) : "";
  csv_row(out, {catalog.tr("records.statement.csv.date"), catalog.tr("records.statement.csv.operation"),
                catalog.tr("records.statement.csv.amount"), catalog.tr("records.statement.csv.source"),
                catalog.tr("records.statement.csv.source_inn"), catalog.tr("records.statement.csv.period_from"),
                catalog.tr("records.statement.csv.period_to")});
  constexpr size_t kAmount = 2;  // written as is: a number the code made, never a formula
  csv_row(
      out,
      {display_date(s.from), catalog.tr("records.statement.opening"), csv_amount(s.opening_kopecks), "", "", "", ""},
      kAmount);
  for (const Operation& op : s.operations) {
    csv_row(out,
            {display_date(op.date), catalog.tr("records.operation." + std::string(kind_id(op.kind))),
             csv_amount(op.amount_kopecks), op.source, op.source_inn, display_date(op.period_from),
             display_date(op.period_to)},
            kAmount);
  }
  csv_row(out,
          {display_date(s.to), catalog.tr("records.statement.closing"), csv_amount(s.closing_kopecks), "", "", "", ""},
          kAmount);
  return out;
}

std::string records_pdf_text(const std::vector<WorkRecord>& records, const Length& length, std::string_view snils,
                             int64_t today, const i18n::Catalog& catalog) {
  std::string out = catalog.tr("records.pdf.records_title") + "\n";
  out += catalog.tr("records.pdf.snils", {{"snils", one_line(snils)}}) + "\n";
  const std::string date = display_date(format_day(today));
  out += catalog.tr("records.pdf.generated", {{"date", date}}) + "\n";
  out += catalog.tr("records.pdf.length",
                    {{"date", date}, {"years", length.years}, {"months", length.months}, {"days", length.days}}) +
         "\n\n";
  if (records.empty()) return out + catalog.tr("records.pdf.no_records") + "\n";
  for (size_t i = 0; i < records.size(); ++i) {
    const WorkRecord& r = records[i];
    const std::string start = display_date(r.start);
    const std::string dates = r.end == r.start ? start : start + " — " + end_text(r, catalog);
    const std::string position = one_line(r.position);
    out += catalog.tr(
               "records.pdf.record",
               {{"n", i + 1},
                {"dates", dates},
                {"kind", kind_label(r, catalog)},
                {"employer", one_line(r.employer)},
                {"inn", one_line(r.employer_inn)},
                {"position", r.part_time ? catalog.tr("records.pdf.part_time", {{"position", position}}) : position},
                {"basis", r.basis.empty() ? "—" : one_line(r.basis)}}) +
           "\n";
  }
  return out;
}

std::string statement_pdf_text(const Statement& s, std::string_view snils, const i18n::Catalog& catalog) {
  const std::string& language = catalog.language();
  std::string out = catalog.tr("records.pdf.statement_title") + "\n";
  out += catalog.tr("records.pdf.snils", {{"snils", one_line(snils)}}) + "\n";
  out += catalog.tr("records.pdf.range", {{"from", display_date(s.from)}, {"to", display_date(s.to)}}) + "\n";
  out += catalog.tr("records.pdf.opening",
                    {{"date", display_date(s.from)}, {"amount", format_rubles(s.opening_kopecks, language)}}) +
         "\n\n";
  out += catalog.tr("records.pdf.operations_heading") + "\n";
  if (s.operations.empty()) out += catalog.tr("records.pdf.no_operations") + "\n";
  for (const Operation& op : s.operations) {
    out += catalog.tr("records.pdf.operation",
                      {{"date", display_date(op.date)},
                       {"operation", catalog.tr("records.operation." + std::string(kind_id(op.kind)))},
                       {"amount", format_rubles(op.amount_kopecks, language)},
                       {"source", one_line(op.source)},
                       {"inn", one_line(op.source_inn)},
                       {"from", display_date(op.period_from)},
                       {"to", display_date(op.period_to)}}) +
           "\n";
  }
  if (!s.years.empty()) out += "\n" + catalog.tr("records.pdf.years_heading") + "\n";
  for (const YearTotal& y : s.years) {
    const json params = {{"year", y.year},
                         {"amount", format_rubles(y.contributions_kopecks, language)},
                         {"ipk", y.ipk_thousandths ? format_ipk(*y.ipk_thousandths, language) : ""}};
    out += catalog.tr(y.ipk_thousandths ? "records.pdf.year" : "records.pdf.year_no_ipk", params) + "\n";
  }
  out += "\n" +
         catalog.tr("records.pdf.closing",
                    {{"date", display_date(s.to)}, {"amount", format_rubles(s.closing_kopecks, language)}}) +
         "\n";
  return out;
}

}  // namespace cabinet::records
