// Платежи in the app (seed 002 §3.1.3, seed 003 «Платежи и начисления»): the
// charges for the citizen's SNILS and INN from the agency, ticks for paying
// several «единой суммой», the check of the payee's details, the method
// (card, СБП, wallet, linked account), the SMS code, the payment through the
// PaymentProvider with an idempotency key, the receipt and the history.
#include <sodium.h>

#include <algorithm>
#include <set>

#include "app/account/codes.hpp"
#include "app/documents/state.hpp"
#include "app/payments/handlers.hpp"
#include "audit/actions.hpp"
#include "ids/ids.hpp"
#include "app/kernel/field_errors.hpp"
#include "json/read.hpp"
#include "payments/card.hpp"
#include "text/rubles.hpp"
#include "text/utf8.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;
namespace pay = cabinet::payments;

constexpr const char* kFieldPrefix = "payments.";
constexpr FeatureErrors kErrors{kFieldPrefix};
constexpr const char* kCodePurpose = "payment";
constexpr size_t kDetailMax = 200;  // bytes of a typed card or account detail

void save_payments(AppState& s, Effects& e) {
  e.push_back(Save{kPaymentsKey, payments_to_json(s.payments).dump(-1, ' ', false, json::error_handler_t::replace)});
}

void close_panel(AppState& s) {
  s.payments.panel_open = false;
  wipe_draft(s.payments.draft);
  std::erase_if(s.account.codes, [](const OneTimeCode& c) { return c.purpose == kCodePurpose; });
}

// What the agency reports paid that the history does not know yet (paid in a bank, or the
// portal's payment whose answer was lost): one history entry per transaction.
void learn_paid_elsewhere(AppState& s) {
  std::set<std::string> known;
  for (const Payment& p : s.payments.history) known.insert(p.transaction);
  for (const pay::Charge& c : s.payments.charges) {
    if (c.status != "paid" || c.transaction.empty() || known.contains(c.transaction)) continue;
    Payment p;
    p.id = "bank:" + c.transaction;
    p.transaction = c.transaction;
    p.time_ms = c.paid_ms;
    p.status = "paid";
    p.method = c.paid_method.empty() ? "bank" : c.paid_method;
    p.masked = c.paid_masked;
    for (const pay::Charge& same : s.payments.charges) {
      if (same.transaction != c.transaction) continue;
      p.charges.push_back(same);
      p.amount += same.amount;
    }
    known.insert(c.transaction);
    s.payments.history.push_back(std::move(p));
  }
  std::stable_sort(s.payments.history.begin(), s.payments.history.end(),
                   [](const Payment& a, const Payment& b) { return a.time_ms < b.time_ms; });
  if (s.payments.history.size() > kPaymentsLimit)
    s.payments.history.erase(
        s.payments.history.begin(),
        s.payments.history.begin() + static_cast<long>(s.payments.history.size() - kPaymentsLimit));
}

void refresh(AppState& s, Effects& e) {
  PaymentsState& st = s.payments;
  const std::string snils = s.account.profile.text("snils");
  if (!ids::check_snils(snils).ok()) {
    st.charges_code = "snils_required";
    return;
  }
  if (!s.online) {
    st.charges_code = "offline";
    return;
  }
  e.push_back(FetchCharges{s.epoch, snils, s.account.profile.text("inn")});
}

}  // namespace

void on_answer(AppState& s, const ChargesReceived& received, Effects& e) {
  PaymentsState& st = s.payments;
  const pay::ChargesAnswer& answer = received.answer;
  if (!answer.ok) {
    st.charges_code = answer.code.empty() ? "unknown" : answer.code;
    return;
  }
  std::set<std::string> known;
  for (const pay::Charge& c : st.charges) known.insert(c.uin);
  const bool first = st.charges_updated_ms == 0;
  st.charges = answer.charges;
  st.charges_updated_ms = s.now_ms;
  st.charges_code.clear();
  // A new charge is news (not the whole list on the first visit).
  for (const pay::Charge& c : st.charges) {
    if (first || c.status != "unpaid" || known.contains(c.uin)) continue;
    notify(s, {.category = "payments",
               .message_key = "payments.feed.new_charge",
               .params = {{"purpose", c.purpose},
                          {"amount", text::format_rubles(c.amount)},
                          {"due", display_iso_date(c.due)}},
               .object = "charge:" + c.uin});
  }
  std::erase_if(st.selected, [&](const std::string& uin) {
    const pay::Charge* c = find_charge(st, uin);
    return !c || c->status != "unpaid";
  });
  // The payment whose answer was lost went through after all: the agency has its charges paid.
  if (st.pending && std::all_of(st.pending->uins.begin(), st.pending->uins.end(), [&](const std::string& uin) {
        const pay::Charge* c = find_charge(st, uin);
        return c && c->status == "paid";
      })) {
    st.pending.reset();
    if (st.panel_open && st.draft.awaiting_answer) close_panel(s);
  }
  learn_paid_elsewhere(s);
  save_payments(s, e);
}

void handle(AppState& s, const PaymentsSelect& a, Effects&) {
  const pay::Charge* c = find_charge(s.payments, a.uin);
  if (!c || c->status != "unpaid") return;
  std::vector<std::string>& selected = s.payments.selected;
  std::erase(selected, a.uin);
  if (a.selected) selected.push_back(a.uin);
  std::erase_if(s.errors, [](const FieldError& f) { return f.field == "payments.selection"; });
}

void handle(AppState& s, const PaymentsPay& a, Effects&) {
  PaymentsState& st = s.payments;
  if (st.draft.in_flight) return;  // the bank has not answered yet: the panel stays as it is
  kErrors.clear(s);
  std::vector<std::string> uins;
  if (a.uin) {
    uins.push_back(*a.uin);
  } else {
    uins = st.selected;
  }
  std::erase_if(uins, [&](const std::string& uin) {
    const pay::Charge* c = find_charge(st, uin);
    return !c || c->status != "unpaid";
  });
  if (uins.empty()) return kErrors.add(s, "selection", "payments.error.nothing_selected");
  close_panel(s);
  // A charge of the payment still unanswered is not paid again: the panel offers only «Проверить оплату».
  if (st.pending && std::any_of(uins.begin(), uins.end(), [&](const std::string& uin) {
        return std::find(st.pending->uins.begin(), st.pending->uins.end(), uin) != st.pending->uins.end();
      })) {
    st.draft.uins = st.pending->uins;
    st.draft.method = st.pending->method;
    st.draft.idempotency_key = st.pending->key;
    st.draft.awaiting_answer = true;
    st.panel_open = true;
    st.tab = "charges";
    return kErrors.add(s, "submit", "payments.code.no_answer");
  }
  st.draft.uins = std::move(uins);
  st.draft.idempotency_key = new_idempotency_key(s);
  st.draft.wallet_phone = s.account.profile.text("phone");
  st.panel_open = true;
  st.tab = "charges";
}

void handle(AppState& s, const PaymentsDraft& a, Effects&) {
  if (!s.payments.panel_open || s.payments.draft.awaiting_answer || s.payments.draft.in_flight) return;
  PaymentDraft& d = s.payments.draft;
  bool changed = false;
  if (a.method && pay::is_payment_method(*a.method) && d.method != *a.method) {
    d.method = *a.method;
    changed = true;
  }
  const std::pair<const char*, std::pair<const std::optional<std::string>*, std::string*>> fields[] = {
      {"card_number", {&a.card_number, &d.card_number}},
      {"card_expiry", {&a.card_expiry, &d.card_expiry}},
      {"card_holder", {&a.card_holder, &d.card_holder}},
      {"wallet_phone", {&a.wallet_phone, &d.wallet_phone}},
      {"bik", {&a.bik, &d.bik}},
      {"account", {&a.account, &d.account}}};
  for (const auto& [name, field] : fields) {
    const auto& [value, kept] = field;
    if (!*value || (*value)->size() > kDetailMax || **value == *kept) continue;
    sodium_memzero(kept->data(), kept->size());  // the old text never lingers in freed memory
    *kept = **value;
    changed = true;
  }
  // The code confirms these very details: changed after it was sent, it is void.
  if (changed && !d.code_sent_to.empty()) {
    d.code_sent_to.clear();
    std::erase_if(s.account.codes, [](const OneTimeCode& c) { return c.purpose == kCodePurpose; });
  }
  // An error goes once its field is typed again (the method's change clears all but the code's).
  const auto given = [&](std::string_view name) {
    for (const auto& [field, value] : fields) {
      if (field == name) return value.first->has_value();
    }
    return name == "method" && a.method.has_value();
  };
  std::erase_if(s.errors, [&](const FieldError& f) {
    if (!f.field.starts_with(kFieldPrefix)) return false;
    const std::string name = f.field.substr(std::string_view(kFieldPrefix).size());
    return name == "submit" || given(name) || (name != "code" && a.method.has_value());
  });
}

namespace {

// The method's details in the bank standard's format; errors go to s.errors.
bool check_method(AppState& s, PaymentDraft& d) {
  const auto check = [&](const char* field, const std::string& text, auto&& checker) {
    if (!text::is_valid_utf8(text)) {
      kErrors.add(s, field, "errors.invalid_utf8");
      return false;
    }
    const pay::CheckResult r = checker(text);
    if (!r.ok()) kErrors.add(s, field, "payments.error." + r.code);
    return r.ok();
  };
  if (d.method == "card") {
    const bool number =
        check("card_number", d.card_number, [](const std::string& t) { return pay::check_card_number(t); });
    const bool expiry =
        check("card_expiry", d.card_expiry, [&](const std::string& t) { return pay::check_card_expiry(t, s.now_ms); });
    const bool holder =
        check("card_holder", d.card_holder, [](const std::string& t) { return pay::check_card_holder(t); });
    return number && expiry && holder;
  }
  if (d.method == "wallet") {
    const ids::Result phone = ids::check_phone(d.wallet_phone);
    if (!phone.ok())
      kErrors.add(s, "wallet_phone", phone.message_key(), phone.params.is_object() ? phone.params : json::object());
    return phone.ok();
  }
  if (d.method == "account") {
    const ids::Result bik = ids::check_bik(text::trim(d.bik));
    if (!bik.ok()) kErrors.add(s, "bik", bik.message_key(), bik.params.is_object() ? bik.params : json::object());
    const ids::Result account = ids::check_account(text::trim(d.account), text::trim(d.bik));
    if (bik.ok() && !account.ok())
      kErrors.add(s, "account", account.message_key(), account.params.is_object() ? account.params : json::object());
    return bik.ok() && account.ok();
  }
  return d.method == "sbp";
}

// The charges of the panel, all still unpaid; refuses (and asks the agency again) otherwise.
bool charges_still_due(AppState& s, Effects& e) {
  for (const std::string& uin : s.payments.draft.uins) {
    const pay::Charge* c = find_charge(s.payments, uin);
    if (!c || c->status != "unpaid") {
      kErrors.add(s, "submit", "payments.code.already_paid");
      refresh(s, e);
      return false;
    }
  }
  return true;
}

}  // namespace

void handle(AppState& s, const PaymentsRequestCode&, Effects& e) {
  if (!s.payments.panel_open || s.payments.draft.awaiting_answer || s.payments.draft.in_flight) return;
  PaymentDraft& d = s.payments.draft;
  kErrors.clear(s);
  if (!check_method(s, d) || !charges_still_due(s, e)) return;
  if (!s.online) return kErrors.add(s, "submit", "payments.code.offline");
  const ids::Result phone = ids::check_phone(s.account.profile.text("phone"));
  if (!phone.ok()) return kErrors.add(s, "submit", "payments.error.phone_required");
  if (const int64_t wait = resend_wait_seconds(s, kCodePurpose); wait > 0)
    return kErrors.add(s, "code", "auth.code.wait", {{"seconds", wait}});
  issue_code(s, e, kCodePurpose, "phone", phone.normalized);
  d.code_sent_to = mask_target("phone", phone.normalized);
}

namespace {

pay::PaymentRequest request_of(const AppState& s) {
  const PaymentDraft& d = s.payments.draft;
  pay::PaymentRequest r;
  r.idempotency_key = d.idempotency_key;
  r.snils = s.account.profile.text("snils");
  r.uins = d.uins;
  r.amount = charges_total(s.payments, d.uins);
  r.method = {d.method,
              d.card_number,
              pay::check_card_expiry(d.card_expiry, s.now_ms).normalized,
              d.card_holder,
              ids::check_phone(d.wallet_phone).normalized,
              text::trim(d.bik),
              text::trim(d.account)};
  return r;
}

Payment record_of(const AppState& s, const pay::PaymentAck& ack) {
  const PaymentDraft& d = s.payments.draft;
  Payment p;
  p.id = d.idempotency_key;
  p.transaction = ack.transaction;
  p.time_ms = ack.accepted ? ack.paid_ms : s.now_ms;
  p.status = ack.accepted ? "paid" : "declined";
  p.code = ack.accepted ? "" : ack.code;
  p.method = d.method;
  p.masked = ack.masked;
  p.payer = s.account.profile.text("full_name");
  for (const std::string& uin : d.uins) {
    const pay::Charge* c = find_charge(s.payments, uin);
    if (!c) continue;
    p.charges.push_back(*c);
    p.amount += c->amount;
    if (ack.accepted) {
      pay::Charge& paid = p.charges.back();
      paid.status = "paid";
      paid.transaction = ack.transaction;
      paid.paid_ms = ack.paid_ms;
      paid.paid_method = d.method;
      paid.paid_masked = ack.masked;
    }
  }
  return p;
}

void answered(AppState& s, Effects& e, const pay::PaymentAck& ack) {
  PaymentsState& st = s.payments;
  PaymentDraft& d = st.draft;
  d.in_flight = false;
  if (ack.transient) {
    // No answer: the money may or may not have gone. Kept as pending (saved) until the bank says.
    d.awaiting_answer = true;
    if (!st.pending || st.pending->key != d.idempotency_key)
      st.pending = PendingPayment{d.idempotency_key, d.uins, d.method, charges_total(st, d.uins), s.now_ms};
    kErrors.add(s, "submit", "payments.code." + (ack.code.empty() ? std::string("no_answer") : ack.code));
    return save_payments(s, e);
  }
  st.pending.reset();  // a definite answer
  Payment p = record_of(s, ack);
  const json details = {{"operation", ack.accepted ? "pay" : "declined"},
                        {"amount", p.amount},
                        {"charges", p.charges.size()},
                        {"transaction", p.transaction},
                        {"code", p.code}};
  record_audit(s, e, audit::actions::kPayment, "payment:" + p.id, details);
  if (!ack.accepted) {
    if (!find_payment(st, p.id)) st.history.push_back(p);
    kErrors.add(s, "submit", "payments.code." + (ack.code.empty() ? std::string("unknown") : ack.code));
    // The next attempt is a new payment with its own code.
    d.idempotency_key = new_idempotency_key(s);
    d.code_sent_to.clear();
    d.awaiting_answer = false;
    if (ack.code == "already_paid" || ack.code == "unknown_charge" || ack.code == "amount_mismatch") refresh(s, e);
    return save_payments(s, e);
  }
  for (pay::Charge& c : st.charges) {
    if (std::find(d.uins.begin(), d.uins.end(), c.uin) == d.uins.end()) continue;
    c.status = "paid";
    c.transaction = ack.transaction;
    c.paid_ms = ack.paid_ms;
    c.paid_method = d.method;
    c.paid_masked = ack.masked;
  }
  std::erase_if(st.selected,
                [&](const std::string& uin) { return std::find(d.uins.begin(), d.uins.end(), uin) != d.uins.end(); });
  const json params = {{"amount", text::format_rubles(p.amount)}, {"transaction", p.transaction}};
  add_notice(s, "success", "payments.notice.paid", params);
  notify(s,
         {.category = "payments", .message_key = "payments.feed.paid", .params = params, .object = "payment:" + p.id});
  // Learned from the agency meanwhile (as paid elsewhere): this entry replaces it.
  std::erase_if(st.history, [&](const Payment& old) { return old.id == p.id || old.transaction == p.transaction; });
  st.history.push_back(p);
  st.tab = "history";
  st.opened = p.id;
  st.show_archive = false;
  close_panel(s);
  save_payments(s, e);
}

}  // namespace

void handle(AppState& s, const PaymentConfirm& a, Effects& e) {
  if (!s.payments.panel_open || s.payments.draft.awaiting_answer || s.payments.draft.in_flight) return;
  PaymentDraft& d = s.payments.draft;
  kErrors.clear(s);
  if (d.code_sent_to.empty()) return kErrors.add(s, "code", "auth.code.none");
  if (!check_method(s, d) || !charges_still_due(s, e)) return;
  if (!s.online) return kErrors.add(s, "submit", "payments.code.offline");
  const CodeCheck check = check_code(s, kCodePurpose, a.code);
  if (check != CodeCheck::ok) {
    kErrors.add(s, "code", code_error_key(check));
    if (check != CodeCheck::wrong) d.code_sent_to.clear();  // a new code is needed
    return;
  }
  // Kept (and saved) as pending before the bank is asked: if its answer never
  // comes back (sign-out, a closed tab), the next visit offers «Проверить оплату»
  // with this key instead of paying these charges again. The Runtime wipes the
  // card number of the request once the bank has it.
  PaymentsState& st = s.payments;
  st.pending = PendingPayment{d.idempotency_key, d.uins, d.method, charges_total(st, d.uins), s.now_ms};
  save_payments(s, e);
  d.in_flight = true;
  e.push_back(Pay{s.epoch, request_of(s)});
}

// «Проверить оплату»: the bank says what became of the payment with this key.
void handle(AppState& s, const PaymentCheck&, Effects& e) {
  PaymentsState& st = s.payments;
  if (!st.panel_open || !st.draft.awaiting_answer || st.draft.in_flight) return;
  kErrors.clear(s);
  if (!s.online) return kErrors.add(s, "submit", "payments.code.offline");
  st.draft.in_flight = true;
  e.push_back(CheckPayment{s.epoch, st.draft.idempotency_key});
}

namespace {

void check_answered(AppState& s, const pay::PaymentAck& ack, Effects& e) {
  PaymentsState& st = s.payments;
  if (ack.accepted || ack.transient || ack.code != "not_received") return answered(s, e, ack);
  st.draft.in_flight = false;
  // The bank never got it: nothing was taken, and paying again is safe (a new key, a new code).
  st.pending.reset();
  st.draft.awaiting_answer = false;
  st.draft.idempotency_key = new_idempotency_key(s);
  st.draft.code_sent_to.clear();
  kErrors.add(s, "submit", "payments.code.not_received");
  save_payments(s, e);
}

}  // namespace

void handle(AppState& s, const PaymentsView& a, Effects& e) {
  PaymentsState& st = s.payments;
  if (a.tab && (*a.tab == "charges" || *a.tab == "history")) st.tab = *a.tab;
  if (a.show_archive) st.show_archive = *a.show_archive;
  if (a.opened) st.opened = find_payment(st, *a.opened) ? *a.opened : "";
  if (a.refresh.value_or(false)) refresh(s, e);
}

void on_answer(AppState& s, const PaymentAnswered& answer, Effects& e) {
  PaymentsState& st = s.payments;
  // Only the panel that asked: its key names the payment (a closed panel never asked, see in_flight).
  if (!st.panel_open || !st.draft.in_flight || st.draft.idempotency_key != answer.idempotency_key) return;
  kErrors.clear(s);
  if (answer.check) return check_answered(s, answer.ack, e);
  answered(s, e, answer.ack);
}

void payments_opened(AppState& s, Effects& e) {
  if (s.account.phase == AccountPhase::signed_in) refresh(s, e);
}

void payments_online(AppState& s, Effects& e) {
  if (s.section == Section::payments && s.payments.charges_code == "offline") refresh(s, e);
}

bool load_payments(AppState& s, const std::string& text) {
  return payments_from_json(s.payments, text);
}

// Closing with an answer still owed is safe: «Обновить» learns from the agency whether it was paid.
// While the bank is being asked, the panel stays: its answer belongs to it.
void handle(AppState& s, const PaymentsPanelClose&, Effects&) {
  if (s.payments.draft.in_flight) return;
  close_panel(s);
  kErrors.clear(s);
}

}  // namespace cabinet::app
