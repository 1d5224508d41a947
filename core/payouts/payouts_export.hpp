#pragma once
// A payout table for people: the CSV to download (as records_export.hpp does
// it: RFC 4180 with commas and CRLF, a UTF-8 byte order mark, text cells
// through audit::csv_cell, amounts as plain numbers "1234.56"; the last row
// the totals) and its lines in a document (the result document, the PDF).
// Every label comes from the catalog (keys "payouts.*", README.md).
#include <string>
#include <string_view>

#include "i18n/catalog.hpp"
#include "payouts/payouts.hpp"

namespace cabinet::payouts {

struct CsvOptions {
  bool byte_order_mark = true;  // so spreadsheet programs read the UTF-8 Russian text right
};

// "2026-03" -> «Март 2026» (payouts.month.<1-12>); anything else unchanged.
std::string month_label(std::string_view month, const i18n::Catalog& catalog);
// «Март 2026 — Май 2026», or one month.
std::string period_label(const PayoutTable& table, const i18n::Catalog& catalog);
// The amounts as the catalog's language writes them, with «₽».
std::string money(int64_t kopecks, const i18n::Catalog& catalog);

// Columns: month, kind, accrued, supplements, withheld, why withheld, paid,
// paid on, payer, payment order, status; then a totals row.
std::string payouts_csv(const PayoutTable& table, const i18n::Catalog& catalog, const CsvOptions& options = {});

// The table as lines of text (one per payment, the pension's basis, the
// totals), each ending in '\n': what a result document says about the figures.
std::string payouts_text(const PayoutTable& table, const i18n::Catalog& catalog);

}  // namespace cabinet::payouts
