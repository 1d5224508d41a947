#include "capital/journal.hpp"

#include <algorithm>

#include "audit/audit_csv.hpp"
#include "records/dates.hpp"
#include "records/records_export.hpp"

namespace cabinet::capital {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

void csv_row(std::string& out, const std::vector<std::string>& cells, size_t raw_column) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += i == raw_column ? cells[i] : audit::csv_cell(cells[i]);
  }
  out += "\r\n";
}

// One PDF paragraph: control characters become spaces.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

std::string kind_label(const Operation& op, const i18n::Catalog& catalog) {
  return catalog.tr("capital.kind." + std::string(kind_id(op.kind)));
}
std::string status_label(const Operation& op, const i18n::Catalog& catalog) {
  return catalog.tr("capital.status." + std::string(status_id(op.status)));
}
std::string purpose_label(const Operation& op, const i18n::Catalog& catalog) {
  return op.purpose.empty() ? "" : catalog.tr("capital.purpose." + op.purpose);
}

}  // namespace

std::vector<const Operation*> filtered(const Account& account, const JournalFilter& f) {
  std::vector<const Operation*> out;
  for (auto it = account.operations.rbegin(); it != account.operations.rend(); ++it) {
    if (!f.kind.empty() && kind_id(it->kind) != f.kind) continue;
    if (!f.status.empty() && status_id(it->status) != f.status) continue;
    if (!f.year.empty() && !it->date.starts_with(f.year + "-")) continue;
    out.push_back(&*it);
  }
  return out;
}

std::vector<std::string> journal_years(const Account& account) {
  std::vector<std::string> years;
  for (const Operation& op : account.operations) {
    const std::string year = op.date.substr(0, 4);
    if (year.size() == 4 && std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
  }
  std::sort(years.rbegin(), years.rend());
  return years;
}

std::string journal_csv(const Account& account, const i18n::Catalog& catalog) {
  std::string out(kBom);
  csv_row(out,
          {catalog.tr("capital.csv.date"), catalog.tr("capital.csv.operation"), catalog.tr("capital.csv.status"),
           catalog.tr("capital.csv.amount"), catalog.tr("capital.csv.purpose"), catalog.tr("capital.csv.application")},
          SIZE_MAX);
  constexpr size_t kAmount = 3;  // a number the code made, never a formula
  for (const Operation& op : account.operations) {
    csv_row(out,
            {records::display_date(op.date), kind_label(op, catalog), status_label(op, catalog),
             records::csv_amount(op.amount_kopecks), purpose_label(op, catalog), op.application_number},
            kAmount);
  }
  csv_row(out, {"", catalog.tr("capital.balance"), "", records::csv_amount(account.balance_kopecks), "", ""}, kAmount);
  csv_row(out, {"", catalog.tr("capital.reserved"), "", records::csv_amount(account.reserved_kopecks), "", ""},
          kAmount);
  csv_row(out, {"", catalog.tr("capital.available"), "", records::csv_amount(account.available()), "", ""}, kAmount);
  return out;
}

std::string statement_pdf_text(const Account& account, std::string_view holder, std::string_view snils, int64_t today,
                               const i18n::Catalog& catalog) {
  const std::string& language = catalog.language();
  const Certificate& c = account.certificate;
  const std::string date = records::display_date(records::format_day(today));
  const auto money = [&](int64_t kopecks) { return records::format_rubles(kopecks, language); };
  std::string out = catalog.tr("capital.pdf.title") + "\n";
  out += catalog.tr("capital.pdf.holder", {{"name", one_line(holder)}, {"snils", one_line(snils)}}) + "\n";
  out += catalog.tr("capital.pdf.certificate", {{"series", one_line(c.series)},
                                                {"number", one_line(c.number)},
                                                {"date", records::display_date(c.issued_on)},
                                                {"office", one_line(c.issued_by)}}) +
         "\n";
  out += catalog.tr("capital.pdf.balance", {{"date", date}, {"amount", money(account.balance_kopecks)}}) + "\n";
  if (account.reserved_kopecks > 0)
    out += catalog.tr("capital.pdf.reserved",
                      {{"amount", money(account.reserved_kopecks)}, {"available", money(account.available())}}) +
           "\n";
  out += "\n" + catalog.tr("capital.pdf.journal") + "\n";
  for (const Operation& op : account.operations) {
    std::string line = records::display_date(op.date) + " — " + kind_label(op, catalog) + ": " +
                       money(op.amount_kopecks) + " ₽ (" + status_label(op, catalog) + ")";
    if (!op.purpose.empty()) line += ", " + purpose_label(op, catalog);
    if (!op.application_number.empty())
      line += ", " + catalog.tr("capital.pdf.application", {{"number", op.application_number}});
    out += line + "\n";
  }
  out += "\n" + catalog.tr("capital.pdf.note") + "\n";
  return out;
}

}  // namespace cabinet::capital
