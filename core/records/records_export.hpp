#pragma once
// «Сведения» for download: CSV (RFC 4180: commas, CRLF, quotes doubled; text
// cells through audit::csv_cell, so a cell a spreadsheet would run as a
// formula gets a leading apostrophe; amounts are written as plain numbers
// "-1234.56" the code itself makes) and the text of a PDF
// (pdf::text_pdf: the first line is the title, each line a paragraph).
// Every label comes from the catalog (keys "records.*", listed in README.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/catalog.hpp"
#include "records/gateway.hpp"
#include "records/record_length.hpp"

namespace cabinet::records {

struct CsvOptions {
  bool byte_order_mark = true;  // so spreadsheet programs read the UTF-8 Russian text right
};

// Appends one CSV row: cells through audit::csv_cell, except `raw_column` (a number the code made).
void csv_row(std::string& out, const std::vector<std::string>& cells, size_t raw_column = SIZE_MAX);
// One PDF paragraph: line breaks and other control characters become spaces.
std::string one_line(std::string_view text);
// "1234.56", "-0.05": the CSV form of an amount.
std::string csv_amount(int64_t kopecks);
// "12 345,67" (ru, with no-break spaces) or "12,345.67" (en).
std::string format_rubles(int64_t kopecks, std::string_view language);
// "5.123" (en) or "5,123" (ru): an ИПК x1000.
std::string format_ipk(int64_t thousandths, std::string_view language);

// Columns: №, record kind, employer, INN, insurer's number, start, end, position, type of work, basis.
std::string records_csv(const std::vector<WorkRecord>& records, const i18n::Catalog& catalog,
                        const CsvOptions& options = {});
// Columns: date, operation, amount, source, source INN, period from, period to; the opening
// balance is the first row and the closing balance the last.
std::string statement_csv(const Statement& statement, const i18n::Catalog& catalog, const CsvOptions& options = {});

// The records with the record length on `today` (a day number).
std::string records_pdf_text(const std::vector<WorkRecord>& records, const Length& length, std::string_view snils,
                             int64_t today, const i18n::Catalog& catalog);
std::string statement_pdf_text(const Statement& statement, std::string_view snils, const i18n::Catalog& catalog);

}  // namespace cabinet::records
