#include "payouts/payouts_export.hpp"

#include <algorithm>

#include "audit/audit_csv.hpp"
#include "records/dates.hpp"
#include "records/records_export.hpp"

namespace cabinet::payouts {

namespace {

using json = nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

void csv_row(std::string& out, const std::vector<std::string>& cells, const std::vector<size_t>& raw = {}) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out.push_back(',');
    const bool as_is = std::find(raw.begin(), raw.end(), i) != raw.end();  // numbers the code made
    out += as_is ? cells[i] : audit::csv_cell(cells[i]);
  }
  out += "\r\n";
}

// One line of a document: line breaks and other control characters become spaces.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

std::string kind_label(const Payout& p, const i18n::Catalog& catalog) {
  return catalog.tr("payouts.kind." + std::string(kind_id(p.kind)));
}

std::string deduction_label(const Payout& p, const i18n::Catalog& catalog) {
  return p.deduction == Deduction::none ? ""
                                        : catalog.tr("payouts.deduction." + std::string(deduction_id(p.deduction)));
}

std::string status_label(const Payout& p, const i18n::Catalog& catalog) {
  return catalog.tr("payouts.status." + std::string(status_id(p.status)));
}

}  // namespace

std::string month_label(std::string_view month, const i18n::Catalog& catalog) {
  const auto m = parse_month(month);
  if (!m || month.size() != 7) return std::string(month);
  return catalog.tr("payouts.month." + std::to_string(*m % 12 + 1)) + " " + std::to_string(*m / 12);
}

std::string period_label(const PayoutTable& table, const i18n::Catalog& catalog) {
  const std::string from = month_label(table.from, catalog);
  return table.from == table.to ? from : from + " — " + month_label(table.to, catalog);
}

std::string money(int64_t kopecks, const i18n::Catalog& catalog) {
  return records::format_rubles(kopecks, catalog.language()) + (catalog.language() == "en" ? " RUB" : "\xC2\xA0₽");
}

std::string payouts_csv(const PayoutTable& table, const i18n::Catalog& catalog, const CsvOptions& options) {
  std::string out = options.byte_order_mark ? std::string(kBom) : "";
  std::vector<std::string> header;
  for (const char* column : {"month", "kind", "amount", "supplements", "deductions", "deduction", "paid", "paid_on",
                             "payer", "order", "status"})
    header.push_back(catalog.tr(std::string("payouts.csv.") + column));
  csv_row(out, header);
  const std::vector<size_t> amounts = {2, 3, 4, 6};
  for (const Payout& p : table.rows) {
    csv_row(out,
            {month_label(p.month, catalog), kind_label(p, catalog), records::csv_amount(p.amount),
             records::csv_amount(p.supplements), records::csv_amount(p.deductions), deduction_label(p, catalog),
             records::csv_amount(p.paid), records::display_date(p.paid_on), p.payer, p.order, status_label(p, catalog)},
            amounts);
  }
  const Totals& t = table.totals;
  csv_row(out,
          {catalog.tr("payouts.csv.totals"), "", records::csv_amount(t.amount), records::csv_amount(t.supplements),
           records::csv_amount(t.deductions), "", records::csv_amount(t.paid), "", "", "", ""},
          amounts);
  return out;
}

std::string payouts_text(const PayoutTable& table, const i18n::Catalog& catalog) {
  std::string out = catalog.tr("payouts.text.heading", {{"period", period_label(table, catalog)}}) + "\n";
  if (const auto start = parse_month(table.pension_from)) {
    const int first_year = *start / 12;
    const json params = {{"date", records::display_date(table.pension_from + "-01")},
                         {"last_year", first_year - 1},
                         {"ipk", records::format_ipk(table.ipk_thousandths, catalog.language())}};
    out += catalog.tr(first_year > 2015 ? "payouts.text.basis" : "payouts.text.basis_fixed_only", params) + "\n";
  }
  if (table.rows.empty()) return out + catalog.tr("payouts.none") + "\n";
  for (const Payout& p : table.rows) {
    const std::string why = deduction_label(p, catalog);
    out += catalog.tr("payouts.text.row", {{"month", month_label(p.month, catalog)},
                                           {"kind", kind_label(p, catalog)},
                                           {"amount", money(p.amount, catalog)},
                                           {"supplements", money(p.supplements, catalog)},
                                           {"deductions", money(p.deductions, catalog)},
                                           {"why", why.empty() ? "" : " (" + why + ")"},
                                           {"paid", money(p.paid, catalog)},
                                           {"paid_on", records::display_date(p.paid_on)},
                                           {"payer", one_line(p.payer)},
                                           {"order", one_line(p.order)},
                                           {"status", status_label(p, catalog)}}) +
           "\n";
  }
  const Totals& t = table.totals;
  out += catalog.tr("payouts.text.totals", {{"amount", money(t.amount, catalog)},
                                            {"supplements", money(t.supplements, catalog)},
                                            {"deductions", money(t.deductions, catalog)},
                                            {"paid", money(t.paid, catalog)}}) +
         "\n";
  return out;
}

}  // namespace cabinet::payouts
