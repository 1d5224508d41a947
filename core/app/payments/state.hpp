#pragma once
// Платежи in the app: the charges as last received from the agency, the
// citizen's ticks, the payment panel's draft and «История платежей»
// (payments.json in the vault). Paying goes through payments::PaymentProvider
// (core/payments), the sandbox by default. A card's number lives only in the
// panel's draft in memory: it is never saved and never in summary().
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "i18n/catalog.hpp"
#include "payments/gateway.hpp"

namespace cabinet::app {

inline constexpr const char* kPaymentsKey = "payments.json";
inline constexpr size_t kPaymentsLimit = 5000;  // history entries kept (the oldest go first)
// Seed 003: operations stay in the list at least 12 months, then move to the archive.
inline constexpr int64_t kPaymentsArchiveAfterMs = 365LL * 86'400'000;

// One operation of «История платежей»: a payment through the portal (paid or
// declined), or one the agency reports as paid elsewhere.
struct Payment {
  std::string id;           // the idempotency key (portal) or "bank:<transaction>"
  std::string transaction;  // the provider's number; empty when declined
  int64_t time_ms = 0;
  std::string status;                     // paid | declined
  std::string code;                       // why declined (payments.code.<code>)
  std::string method;                     // card | sbp | wallet | account | bank
  std::string masked;                     // «•••• 4242»
  std::string payer;                      // the citizen's name at the time (the receipt's «Плательщик»)
  int64_t amount = 0;                     // kopecks
  std::vector<payments::Charge> charges;  // as they were when paid (the receipt's details)
};

struct PaymentDraft {
  std::vector<std::string> uins;  // the charges being paid
  std::string method = "card";
  std::string card_number, card_expiry, card_holder;  // memory only
  std::string wallet_phone, bik, account;
  std::string code_sent_to;      // the masked phone after «Получить код»
  std::string idempotency_key;   // one per attempt: «Проверить оплату» repeats it, never pays twice
  bool in_flight = false;        // asked the bank (Pay or CheckPayment), no answer yet: nothing else goes
  bool awaiting_answer = false;  // the bank's answer was lost: only «Проверить оплату» is offered
};

// A payment whose answer was lost, kept in payments.json until the bank says
// what became of it: its charges are never paid with another key meanwhile
// (not after closing the panel, signing out or a restart either).
struct PendingPayment {
  std::string key;
  std::vector<std::string> uins;
  std::string method;
  int64_t amount = 0;
  int64_t time_ms = 0;
};

struct PaymentsState {
  std::vector<payments::Charge> charges;  // as last received (unpaid and paid)
  int64_t charges_updated_ms = 0;         // 0: never received
  std::string charges_code;               // why the last «Обновить» failed ("" when it worked)
  std::vector<std::string> selected;      // the unpaid charges ticked
  std::vector<Payment> history;           // in the order they happened
  std::optional<PendingPayment> pending;  // asked, not answered
  std::string tab = "charges";            // charges | history
  bool panel_open = false;
  PaymentDraft draft;
  bool show_archive = false;  // «Архив»: operations older than 12 months
  std::string opened;         // the history entry unfolded
};

const payments::Charge* find_charge(const PaymentsState& state, std::string_view uin);
const Payment* find_payment(const PaymentsState& state, std::string_view id);
std::vector<const payments::Charge*> unpaid_charges(const PaymentsState& state);
int64_t charges_total(const PaymentsState& state, const std::vector<std::string>& uins);
bool is_archived(const Payment& payment, int64_t now_ms);

struct PaymentsFilter {
  std::optional<int64_t> from_ms, until_ms;  // [from, until)
  std::string kind;                          // a charge kind, or "" for all
  std::string status;                        // paid | declined, or "" for all
};
// Newest first; the archive (older than 12 months) or the current list.
std::vector<const Payment*> listed_payments(const PaymentsState& state, const PaymentsFilter& filter, int64_t now_ms,
                                            bool archive);
size_t archived_count(const PaymentsState& state, int64_t now_ms);

// Exports of a listed history (labels from `catalog`; times in Moscow time).
std::string payments_csv(const std::vector<const Payment*>& list, const i18n::Catalog& catalog);
std::string payments_report_text(const std::vector<const Payment*>& list, const i18n::Catalog& catalog, int64_t now_ms);
// The receipt («квитанция») of one payment as text for pdf::text_pdf.
std::string receipt_text(const Payment& payment, const i18n::Catalog& catalog);
// The payees and the purposes of a payment's charges, each once, joined by "; ".
std::string payment_payees(const Payment& payment);
std::string payment_purposes(const Payment& payment);
// "card" -> «Банковская карта •••• 4242».
std::string method_label(const Payment& payment, const i18n::Catalog& catalog);

nlohmann::json payments_to_json(const PaymentsState& state);
// False when `text` is not a payments file (then `state` is unchanged).
bool payments_from_json(PaymentsState& state, const std::string& text);
// Zeroes the card and account details typed into the panel, then empties it.
void wipe_draft(PaymentDraft& draft);
// For summary(): counts, the panel's step (never card details).
nlohmann::json payments_summary(const PaymentsState& state, int64_t now_ms);

}  // namespace cabinet::app
