#pragma once
// «Журнал операций» of the maternity capital: its filters (kind, status, year)
// and the statement of the balance for download, CSV and the text of a PDF
// (pdf::text_pdf: the first line is the title, each line a paragraph). Every
// label comes from the catalog ("capital.*"); CSV as records_export.hpp writes it.
#include <string>
#include <string_view>
#include <vector>

#include "capital/gateway.hpp"
#include "i18n/catalog.hpp"

namespace cabinet::capital {

struct JournalFilter {
  std::string kind;    // an OperationKind id, or "" for every kind
  std::string status;  // an OperationStatus id, or ""
  std::string year;    // "2024", or ""
  bool operator==(const JournalFilter&) const = default;
};

// The operations that pass the filter, newest first.
std::vector<const Operation*> filtered(const Account& account, const JournalFilter& filter);
// The years the journal has operations in, newest first.
std::vector<std::string> journal_years(const Account& account);

// The journal's columns: date, operation, status, amount, purpose, application; the
// balance, the reserve and what is available close it.
std::string journal_csv(const Account& account, const i18n::Catalog& catalog);
// «Выписка об остатке средств»: the certificate, the holder, the balance on `today`
// (a day number) and the journal.
std::string statement_pdf_text(const Account& account, std::string_view holder, std::string_view snils, int64_t today,
                               const i18n::Catalog& catalog);

}  // namespace cabinet::capital
