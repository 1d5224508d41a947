#pragma once
// CSV export of the audit log (RFC 4180: commas, CRLF, quotes doubled) with
// headers from the catalog. Cells that a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return, or their full-width
// forms) get a leading apostrophe.
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_log.hpp"
#include "i18n/catalog.hpp"

namespace cabinet::audit {

// "=1+2" -> "'=1+2"; other text unchanged.
std::string neutralize_formula(std::string_view cell);
// Neutralized, then quoted when it holds a comma, a quote, CR or LF.
std::string csv_cell(std::string_view cell);

struct CsvOptions {
  int utc_offset_minutes = 180;  // times shown in the citizen's zone (Moscow by default)
  bool byte_order_mark = true;   // so spreadsheet programs read the UTF-8 Russian text right
};

// Columns: №, date and time, who, action (its label when the catalog has one), object, details (JSON).
std::string to_csv(const std::vector<AuditEntry>& entries, const i18n::Catalog& catalog,
                   const CsvOptions& options = {});

}  // namespace cabinet::audit
