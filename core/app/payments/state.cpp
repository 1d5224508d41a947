#include "app/payments/state.hpp"

#include <sodium.h>

#include <algorithm>

#include "audit/audit_csv.hpp"
#include "json/read.hpp"
#include "payments/charge_json.hpp"
#include "text/rubles.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;
namespace pay = cabinet::payments;
using jsonread::int_of;
using jsonread::member;
using jsonread::string_of;

constexpr int kPaymentsVersion = 1;
constexpr int kMoscowOffset = 180;

std::string moscow(int64_t ms) {
  return time::format_display(ms, kMoscowOffset);
}

std::optional<Payment> payment_from_json(const json& j) {
  Payment p;
  for (const auto& field : {std::pair{"id", &p.id},
                            {"transaction", &p.transaction},
                            {"status", &p.status},
                            {"code", &p.code},
                            {"method", &p.method},
                            {"masked", &p.masked},
                            {"payer", &p.payer}}) {
    auto value = string_of(j, field.first);
    if (!value || !text::is_valid_utf8(*value)) return std::nullopt;
    *field.second = std::move(*value);
  }
  const auto time = int_of(j, "time_ms");
  const auto amount = int_of(j, "amount");
  const json* charges = member(j, "charges");
  if (!time || !amount || *amount < 0 || !charges || !charges->is_array()) return std::nullopt;
  if (p.id.empty() || (p.status != "paid" && p.status != "declined")) return std::nullopt;
  p.time_ms = *time;
  p.amount = *amount;
  for (const json& c : *charges) {
    auto charge = pay::charge_from_json(c);
    if (!charge) return std::nullopt;
    p.charges.push_back(std::move(*charge));
  }
  return p;
}

json payment_to_json(const Payment& p) {
  json charges = json::array();
  for (const pay::Charge& c : p.charges) charges.push_back(pay::to_json(c));
  return {{"id", p.id},           {"transaction", p.transaction},
          {"time_ms", p.time_ms}, {"status", p.status},
          {"code", p.code},       {"method", p.method},
          {"masked", p.masked},   {"payer", p.payer},
          {"amount", p.amount},   {"charges", charges}};
}

// The kinds of a payment's charges, for the type filter.
bool has_kind(const Payment& p, const std::string& kind) {
  return std::any_of(p.charges.begin(), p.charges.end(), [&](const pay::Charge& c) { return c.kind == kind; });
}

std::string joined(const Payment& p, std::string pay::Charge::*text) {
  std::string out;
  for (const pay::Charge& c : p.charges) {
    const std::string& part = c.*text;
    if (out.find(part) != std::string::npos) continue;
    out += (out.empty() ? "" : "; ") + part;
  }
  return out;
}

std::string kind_labels(const Payment& p, const i18n::Catalog& catalog) {
  std::string out;
  for (const pay::Charge& c : p.charges) {
    const std::string label = catalog.tr("payments.kind." + c.kind);
    if (out.find(label) != std::string::npos) continue;
    out += (out.empty() ? "" : "; ") + label;
  }
  return out;
}

}  // namespace

const pay::Charge* find_charge(const PaymentsState& s, std::string_view uin) {
  for (const pay::Charge& c : s.charges) {
    if (c.uin == uin) return &c;
  }
  return nullptr;
}

const Payment* find_payment(const PaymentsState& s, std::string_view id) {
  for (const Payment& p : s.history) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

std::vector<const pay::Charge*> unpaid_charges(const PaymentsState& s) {
  std::vector<const pay::Charge*> out;
  for (const pay::Charge& c : s.charges) {
    if (c.status == "unpaid") out.push_back(&c);
  }
  // The one to pay soonest first.
  std::stable_sort(out.begin(), out.end(), [](const pay::Charge* a, const pay::Charge* b) { return a->due < b->due; });
  return out;
}

int64_t charges_total(const PaymentsState& s, const std::vector<std::string>& uins) {
  int64_t total = 0;
  for (const std::string& uin : uins) {
    if (const pay::Charge* c = find_charge(s, uin)) total += c->amount;
  }
  return total;
}

bool is_archived(const Payment& p, int64_t now_ms) {
  return now_ms - p.time_ms > kPaymentsArchiveAfterMs;
}

std::vector<const Payment*> listed_payments(const PaymentsState& s, const PaymentsFilter& f, int64_t now_ms,
                                            bool archive) {
  std::vector<const Payment*> out;
  for (auto it = s.history.rbegin(); it != s.history.rend(); ++it) {
    const Payment& p = *it;
    if (is_archived(p, now_ms) != archive) continue;
    if (f.from_ms && p.time_ms < *f.from_ms) continue;
    if (f.until_ms && p.time_ms >= *f.until_ms) continue;
    if (!f.kind.empty() && !has_kind(p, f.kind)) continue;
    if (!f.status.empty() && p.status != f.status) continue;
    out.push_back(&p);
  }
  std::stable_sort(out.begin(), out.end(), [](const Payment* a, const Payment* b) { return a->time_ms > b->time_ms; });
  return out;
}

size_t archived_count(const PaymentsState& s, int64_t now_ms) {
  return static_cast<size_t>(
      std::count_if(s.history.begin(), s.history.end(), [&](const Payment& p) { return is_archived(p, now_ms); }));
}

std::string payment_payees(const Payment& p) {
  std::string out;
  for (const pay::Charge& c : p.charges) {
    if (out.find(c.payee.name) != std::string::npos) continue;
    out += (out.empty() ? "" : "; ") + c.payee.name;
  }
  return out;
}

std::string payment_purposes(const Payment& p) {
  return joined(p, &pay::Charge::purpose);
}

std::string method_label(const Payment& p, const i18n::Catalog& catalog) {
  std::string label = catalog.tr("payments.method." + p.method);
  if (!p.masked.empty()) label += " " + p.masked;
  return label;
}

std::string payments_csv(const std::vector<const Payment*>& list, const i18n::Catalog& catalog) {
  static constexpr const char* kColumns[] = {"time", "transaction", "payee",  "purpose", "kind",
                                             "uin",  "amount",      "method", "status"};
  std::string out = "\xEF\xBB\xBF";  // so spreadsheet programs read the UTF-8 Russian text right
  for (size_t i = 0; i < std::size(kColumns); ++i)
    out += (i ? "," : "") + audit::csv_cell(catalog.tr(std::string("payments.csv.") + kColumns[i]));
  out += "\r\n";
  for (const Payment* p : list) {
    const std::string cells[] = {moscow(p->time_ms),
                                 p->transaction,
                                 payment_payees(*p),
                                 payment_purposes(*p),
                                 kind_labels(*p, catalog),
                                 joined(*p, &pay::Charge::uin),
                                 text::format_rubles(p->amount),
                                 method_label(*p, catalog),
                                 catalog.tr("payments.status." + p->status)};
    for (size_t i = 0; i < std::size(cells); ++i) out += (i ? "," : "") + audit::csv_cell(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string payments_report_text(const std::vector<const Payment*>& list, const i18n::Catalog& catalog,
                                 int64_t now_ms) {
  int64_t paid = 0;
  for (const Payment* p : list) paid += p->status == "paid" ? p->amount : 0;
  std::string out = catalog.tr("payments.report.title") + "\n";
  out += catalog.tr("payments.report.made", {{"time", moscow(now_ms)}}) + "\n";
  out += catalog.tr("payments.report.count", {{"count", list.size()}, {"total", text::format_rubles(paid)}}) + "\n\n";
  for (const Payment* p : list) {
    out += moscow(p->time_ms) + " · " + text::format_rubles(p->amount) + " · " +
           catalog.tr("payments.status." + p->status) + "\n";
    out += catalog.tr("payments.receipt.payee") + ": " + payment_payees(*p) + "\n";
    out += catalog.tr("payments.receipt.purpose") + ": " + payment_purposes(*p) + "\n";
    out += catalog.tr("payments.receipt.method") + ": " + method_label(*p, catalog);
    if (!p->transaction.empty()) out += " · " + catalog.tr("payments.receipt.transaction") + " " + p->transaction;
    out += "\n\n";
  }
  return out;
}

std::string receipt_text(const Payment& p, const i18n::Catalog& catalog) {
  const auto line = [&](const char* key, const std::string& value) {
    return value.empty() ? std::string() : catalog.tr(std::string("payments.receipt.") + key) + ": " + value + "\n";
  };
  std::string out = catalog.tr("payments.receipt.title") + "\n";
  out += line("transaction", p.transaction);
  out += line("time", moscow(p.time_ms));
  out += line("status", catalog.tr("payments.status." + p.status));
  out += line("payer", p.payer);
  out += line("method", method_label(p, catalog));
  out += line("total", text::format_rubles(p.amount));
  for (const pay::Charge& c : p.charges) {
    out += "\n";
    out += line("purpose", c.purpose);
    out += line("basis", c.basis);
    out += line("uin", c.uin);
    out += line("amount", text::format_rubles(c.amount));
    out += line("payee", c.payee.name);
    out += line("inn_kpp", c.payee.inn + " / " + c.payee.kpp);
    out += line("bank", c.payee.bank);
    out += line("bik", c.payee.bik);
    out += line("account", c.payee.account);
    out += line("kbk", c.payee.kbk);
    out += line("oktmo", c.payee.oktmo);
  }
  out += "\n" + catalog.tr(p.method == "bank" ? "payments.receipt.outside" : "payments.receipt.sandbox") + "\n";
  return out;
}

void wipe_draft(PaymentDraft& d) {
  for (std::string* secret : {&d.card_number, &d.card_expiry, &d.card_holder, &d.wallet_phone, &d.bik, &d.account})
    sodium_memzero(secret->data(), secret->size());
  d = {};
}

json payments_to_json(const PaymentsState& s) {
  json charges = json::array();
  for (const pay::Charge& c : s.charges) charges.push_back(pay::to_json(c));
  json history = json::array();
  for (const Payment& p : s.history) history.push_back(payment_to_json(p));
  return {{"version", kPaymentsVersion},
          {"charges", charges},
          {"charges_updated_ms", s.charges_updated_ms},
          {"history", history},
          {"pending", s.pending ? json{{"key", s.pending->key},
                                       {"uins", s.pending->uins},
                                       {"method", s.pending->method},
                                       {"amount", s.pending->amount},
                                       {"time_ms", s.pending->time_ms}}
                                : json(nullptr)}};
}

bool payments_from_json(PaymentsState& s, const std::string& text) {
  const json j = json::parse(text, nullptr, false);
  const auto version = int_of(j, "version");
  const auto updated = int_of(j, "charges_updated_ms");
  const json* charges = member(j, "charges");
  const json* history = member(j, "history");
  if (!version || *version != kPaymentsVersion || !updated || !charges || !charges->is_array() || !history ||
      !history->is_array())
    return false;
  PaymentsState read;
  read.charges_updated_ms = *updated;
  for (const json& c : *charges) {
    auto charge = pay::charge_from_json(c);
    if (!charge) return false;
    read.charges.push_back(std::move(*charge));
  }
  for (const json& h : *history) {
    auto payment = payment_from_json(h);
    if (!payment) return false;
    read.history.push_back(std::move(*payment));
  }
  // Saved before a payment could be pending: none.
  if (const json* pending = member(j, "pending"); pending && !pending->is_null()) {
    PendingPayment p;
    const auto key = string_of(*pending, "key");
    const auto method = string_of(*pending, "method");
    const auto amount = int_of(*pending, "amount");
    const auto time = int_of(*pending, "time_ms");
    const json* uins = member(*pending, "uins");
    if (!key || key->empty() || !method || !amount || !time || !uins || !uins->is_array()) return false;
    for (const json& uin : *uins) {
      if (!uin.is_string()) return false;
      p.uins.push_back(uin.get<std::string>());
    }
    p.key = *key;
    p.method = *method;
    p.amount = *amount;
    p.time_ms = *time;
    read.pending = std::move(p);
  }
  s.charges = std::move(read.charges);
  s.charges_updated_ms = read.charges_updated_ms;
  s.history = std::move(read.history);
  s.pending = std::move(read.pending);
  return true;
}

json payments_summary(const PaymentsState& s, int64_t now_ms) {
  const auto unpaid = unpaid_charges(s);
  int64_t due = 0;
  for (const pay::Charge* c : unpaid) due += c->amount;
  std::string step = "closed";
  if (s.panel_open) {
    step = s.draft.awaiting_answer ? "awaiting_answer" : s.draft.code_sent_to.empty() ? "details" : "code";
  }
  return {{"unpaid", unpaid.size()},
          {"due", due},
          {"selected", s.selected.size()},
          {"history", s.history.size()},
          {"archived", archived_count(s, now_ms)},
          {"tab", s.tab},
          {"panel", step},
          {"pending", s.pending.has_value()},
          {"charges_code", s.charges_code}};
}

}  // namespace cabinet::app
