// Платежи through the Runtime over a real vault: the charges for the SNILS,
// ticks and one sum, the method's format checks, the SMS code, the payment
// with its receipt and history entry, declines with their reasons, a lost
// answer checked without paying twice, offline, the filters and the archive,
// and a damaged payments.json kept aside.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "app/payments/state.hpp"
#include "i18n/catalog.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = vault_peek::SignedIn::kStart;
constexpr int64_t kDay = 86'400'000;

struct Harness : vault_peek::SignedIn {
  const PaymentsState& pays() const { return runtime->state().payments; }
  std::string error(const std::string& field) const {
    const FieldError* e = find_error(state(), "payments." + field);
    return e ? e->code : "";
  }
  std::vector<std::string> unpaid() const {
    std::vector<std::string> out;
    for (const payments::Charge* c : unpaid_charges(pays())) out.push_back(c->uin);
    return out;
  }
  void open() { send("navigate", {{"section", "payments"}}); }
  void card(const std::string& number = "2200 0000 0000 0004") {
    send("payments_draft", {{"method", "card"}});
    send("payments_draft", {{"card_number", number}, {"card_expiry", "08/28"}, {"card_holder", "maria ivanova"}});
  }
  // Opens Платежи and the payment panel for the first unpaid charge, by СБП; returns that charge.
  std::string open_sbp_payment() {
    open();
    const std::string uin = unpaid().front();
    send("payments_pay", {{"uin", uin}});
    send("payments_draft", {{"method", "sbp"}});
    return uin;
  }
  void code_and_confirm() {
    send("payments_request_code");
    send("payment_confirm", {{"code", sandbox_code(*runtime, "payment")}});
  }
};

}  // namespace

TEST(Payments, OpeningAsksTheAgencyAndLearnsPaymentsMadeElsewhere) {
  Harness h;
  EXPECT_EQ(h.pays().charges_updated_ms, 0);
  h.open();
  EXPECT_EQ(h.pays().charges_code, "");
  EXPECT_EQ(h.pays().charges_updated_ms, kStart);
  EXPECT_GE(h.unpaid().size(), 3u);
  // The four paid earlier (2, 7, 15 and 22 months ago) are in the history; two of them in the archive.
  ASSERT_EQ(h.pays().history.size(), 4u);
  EXPECT_EQ(h.pays().history.front().method, "bank");
  EXPECT_EQ(archived_count(h.pays(), h.state().now_ms), 2u);
  EXPECT_EQ(listed_payments(h.pays(), {}, h.state().now_ms, false).size(), 2u);
  EXPECT_EQ(listed_payments(h.pays(), {}, h.state().now_ms, true).size(), 2u);
  // The first look tells nothing new; a charge issued later is news in Уведомления.
  const size_t feed = h.state().notifications.entries.size();
  payments::Charge fresh = *unpaid_charges(h.pays()).front();
  fresh.uin = "79700000000000000019";
  fresh.purpose = "Штраф за опоздание";
  h.runtime->payments_sandbox().add_charge("112-233-445 95", fresh);
  h.send("payments_view", {{"refresh", true}});
  ASSERT_EQ(h.state().notifications.entries.size(), feed + 1);
  EXPECT_EQ(h.state().notifications.entries.back().message_key, "payments.feed.new_charge");
  EXPECT_EQ(h.state().notifications.entries.back().object, "charge:79700000000000000019");
  h.send("payments_view", {{"refresh", true}});
  EXPECT_EQ(h.state().notifications.entries.size(), feed + 1);  // once
}

TEST(Payments, TwoTickedChargesArePaidWithOneSumAfterTheSmsCode) {
  Harness h;
  h.open();
  const std::vector<std::string> uins = h.unpaid();
  h.send("payments_pay");  // nothing ticked
  EXPECT_EQ(h.error("selection"), "payments.error.nothing_selected");
  EXPECT_FALSE(h.pays().panel_open);
  h.send("payments_select", {{"uin", uins[0]}, {"selected", true}});
  h.send("payments_select", {{"uin", uins[1]}, {"selected", true}});
  h.send("payments_select", {{"uin", "00000000000000000000"}, {"selected", true}});  // not a charge: ignored
  EXPECT_EQ(h.pays().selected.size(), 2u);
  const int64_t total = charges_total(h.pays(), uins.size() > 1 ? std::vector{uins[0], uins[1]} : uins);
  h.send("payments_pay");
  ASSERT_TRUE(h.pays().panel_open);
  EXPECT_EQ(h.pays().draft.uins, (std::vector{uins[0], uins[1]}));
  // The confirmation needs a code; the code needs valid card details.
  h.send("payment_confirm", {{"code", "000000"}});
  EXPECT_EQ(h.error("code"), "auth.code.none");
  h.card("4111 1111 1111 1112");
  h.send("payments_request_code");
  EXPECT_EQ(h.error("card_number"), "payments.error.card_number_checksum");
  EXPECT_TRUE(h.pays().draft.code_sent_to.empty());
  h.card();
  h.send("payments_request_code");
  EXPECT_EQ(h.pays().draft.code_sent_to, "+7 *** ***-67-89");
  const std::string code = sandbox_code(*h.runtime, "payment");
  h.send("payments_request_code");  // «Отправить код ещё раз» within the minute
  EXPECT_EQ(h.error("code"), "auth.code.wait");
  EXPECT_EQ(find_error(h.state(), "payments.code")->params.value("seconds", 0), 60);
  EXPECT_EQ(sandbox_code(*h.runtime, "payment"), code);
  h.send("payment_confirm", {{"code", "000000"}});
  EXPECT_EQ(h.error("code"), "auth.code.wrong");
  EXPECT_TRUE(h.pays().panel_open);
  h.send("payment_confirm", {{"code", sandbox_code(*h.runtime, "payment")}});
  ASSERT_FALSE(h.pays().panel_open) << h.error("submit");
  // Paid: both charges «Оплачен», one history entry with the receipt's details, the feed, the audit log.
  EXPECT_EQ(h.unpaid().size(), uins.size() - 2);
  EXPECT_TRUE(h.pays().selected.empty());
  const Payment& p = h.pays().history.back();
  EXPECT_EQ(p.status, "paid");
  EXPECT_EQ(p.amount, total);
  EXPECT_EQ(p.masked, "•••• 0004");
  EXPECT_EQ(p.payer, "Иванова Мария Петровна");
  ASSERT_EQ(p.charges.size(), 2u);
  EXPECT_EQ(p.charges[0].status, "paid");
  EXPECT_EQ(h.pays().tab, "history");
  EXPECT_EQ(h.pays().opened, p.id);
  EXPECT_EQ(h.state().notifications.entries.back().message_key, "payments.feed.paid");
  EXPECT_EQ(h.state().account.audit.entries().back().action, "payment");
  // The card's number is never kept: not in the draft, not in payments.json, not in summary().
  EXPECT_TRUE(h.pays().draft.card_number.empty());
  EXPECT_EQ(summary(h.state()).dump().find("2200"), std::string::npos);
  EXPECT_EQ(payments_to_json(h.pays()).dump().find("2200000000000004"), std::string::npos);
  for (const char* stored : {"payments.json", "payments-sandbox.json", "audit.jsonl"}) {
    const std::string bytes = vault_peek::read(h.storage, stored).value_or("");
    EXPECT_FALSE(bytes.empty()) << stored;
    EXPECT_EQ(bytes.find("0000 0004"), std::string::npos) << stored;
    EXPECT_EQ(bytes.find("2200000000000004"), std::string::npos) << stored;
  }
  // Restarted: the history and the charges' statuses are back from the vault; the sandbox knows them paid.
  const std::string id = p.id;
  h.restart();
  ASSERT_NE(find_payment(h.pays(), id), nullptr);
  h.open();
  EXPECT_EQ(h.unpaid().size(), uins.size() - 2);
  EXPECT_EQ(h.pays().history.size(), 5u);  // no copy learned as «paid elsewhere»
}

TEST(Payments, ADeclineIsRecordedWithItsReasonAndTheNextTryIsANewPayment) {
  Harness h;
  h.open();
  const std::string uin = h.unpaid().front();
  h.send("payments_pay", {{"uin", uin}});
  h.card("4000 0000 0000 0002");
  const std::string first_key = h.pays().draft.idempotency_key;
  h.code_and_confirm();
  EXPECT_EQ(h.error("submit"), "payments.code.declined");
  ASSERT_TRUE(h.pays().panel_open);
  EXPECT_EQ(h.pays().history.back().status, "declined");
  EXPECT_EQ(h.pays().history.back().code, "declined");
  EXPECT_NE(h.pays().draft.idempotency_key, first_key);
  EXPECT_TRUE(h.pays().draft.code_sent_to.empty());  // a new code for the new try
  // Another method: СБП goes through.
  h.send("payments_draft", {{"method", "sbp"}});
  EXPECT_EQ(h.error("submit"), "");  // a change clears the refusal
  h.code_and_confirm();
  EXPECT_FALSE(h.pays().panel_open);
  EXPECT_EQ(h.pays().history.back().status, "paid");
  PaymentsFilter declined;
  declined.status = "declined";
  EXPECT_EQ(listed_payments(h.pays(), declined, h.state().now_ms, false).size(), 1u);
}

TEST(Payments, ALostAnswerIsCheckedWithTheSameKeyAndNeverPaysTwice) {
  Harness h;
  const std::string uin = h.open_sbp_payment();
  h.runtime->payments_sandbox().lose_next_answer();
  h.code_and_confirm();
  EXPECT_TRUE(h.pays().draft.awaiting_answer);
  EXPECT_EQ(h.error("submit"), "payments.code.no_answer");
  EXPECT_EQ(summary(h.state())["payments"]["panel"], "awaiting_answer");
  ASSERT_TRUE(h.pays().pending.has_value());
  h.send("payments_draft", {{"method", "card"}});  // nothing changes while the answer is owed
  EXPECT_EQ(h.pays().draft.method, "sbp");
  // Closed, signed out and back: the payment is still pending, and its charge goes back to the check.
  h.send("payments_panel_close");
  h.restart();
  ASSERT_TRUE(h.pays().pending.has_value());
  h.send("payments_pay", {{"uin", uin}});
  EXPECT_TRUE(h.pays().draft.awaiting_answer);
  EXPECT_EQ(h.pays().draft.idempotency_key, h.pays().pending->key);
  h.send("payment_check");
  EXPECT_FALSE(h.pays().panel_open);
  EXPECT_FALSE(h.pays().pending.has_value());
  EXPECT_EQ(h.runtime->payments_sandbox().payments_made(), 1u);
  EXPECT_EQ(h.pays().history.back().status, "paid");
  EXPECT_EQ(std::count_if(h.pays().history.begin(), h.pays().history.end(),
                          [](const Payment& p) { return p.method == "sbp"; }),
            1);
}

TEST(Payments, ARefreshMeanwhileSettlesTheLostAnswerWithoutAnEntryTwice) {
  Harness h;
  h.open_sbp_payment();
  h.runtime->payments_sandbox().lose_next_answer();
  h.code_and_confirm();
  ASSERT_TRUE(h.pays().pending.has_value());
  const size_t before = h.pays().history.size();
  h.send("navigate", {{"section", "home"}});
  h.open();  // the agency shows the charge paid: the payment went through
  EXPECT_FALSE(h.pays().pending.has_value());
  EXPECT_FALSE(h.pays().panel_open);
  ASSERT_EQ(h.pays().history.size(), before + 1);
  const std::string transaction = h.pays().history.back().transaction;
  EXPECT_EQ(std::count_if(h.pays().history.begin(), h.pays().history.end(),
                          [&](const Payment& p) { return p.transaction == transaction; }),
            1);
}

TEST(Payments, APaymentTheBankNeverGotCanBePaidAgainWithANewKeyAndCode) {
  Harness h;
  h.open_sbp_payment();
  h.runtime->payments_sandbox().lose_next_request();
  h.code_and_confirm();
  ASSERT_TRUE(h.pays().pending.has_value());
  const std::string first_key = h.pays().draft.idempotency_key;
  h.send("payment_check");
  EXPECT_EQ(h.error("submit"), "payments.code.not_received");
  EXPECT_FALSE(h.pays().pending.has_value());
  EXPECT_FALSE(h.pays().draft.awaiting_answer);
  EXPECT_NE(h.pays().draft.idempotency_key, first_key);
  EXPECT_TRUE(h.pays().draft.code_sent_to.empty());
  EXPECT_EQ(h.runtime->payments_sandbox().payments_made(), 0u);
  h.code_and_confirm();
  EXPECT_FALSE(h.pays().panel_open);
  EXPECT_EQ(h.runtime->payments_sandbox().payments_made(), 1u);
}

TEST(Payments, ACodeConfirmsTheDetailsItWasSentFor) {
  Harness h;
  h.open();
  h.send("payments_pay", {{"uin", h.unpaid().front()}});
  h.card();
  h.send("payments_request_code");
  const std::string code = sandbox_code(*h.runtime, "payment");
  ASSERT_FALSE(h.pays().draft.code_sent_to.empty());
  h.send("payments_draft", {{"card_number", "4000 0000 0000 0002"}});
  EXPECT_TRUE(h.pays().draft.code_sent_to.empty());
  h.send("payment_confirm", {{"code", code}});
  EXPECT_EQ(h.error("code"), "auth.code.none");
  EXPECT_TRUE(h.pays().panel_open);
}

TEST(Payments, OfflineTheCachedChargesShowAndPayingWaitsWithNothingLost) {
  Harness h;
  h.open();
  const std::vector<std::string> before = h.unpaid();
  h.send("set_online", {{"online", false}});
  h.send("navigate", {{"section", "home"}});
  h.open();
  EXPECT_EQ(h.pays().charges_code, "offline");
  EXPECT_EQ(h.unpaid(), before);  // the last known list
  h.send("payments_pay", {{"uin", before.front()}});
  h.card();
  h.send("payments_request_code");
  EXPECT_EQ(h.error("submit"), "payments.code.offline");
  EXPECT_EQ(h.pays().draft.card_holder, "maria ivanova");  // nothing typed is lost
  h.send("set_online", {{"online", true}});
  EXPECT_EQ(h.pays().charges_code, "");  // asked again by itself
  h.code_and_confirm();
  EXPECT_FALSE(h.pays().panel_open);
}

TEST(Payments, ExportsAndTheReceiptCarryThePayeeDetails) {
  Harness h;
  h.open();
  h.send("payments_pay", {{"uin", h.unpaid().front()}});
  h.send("payments_draft", {{"method", "sbp"}});
  h.code_and_confirm();
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  const Payment& p = h.pays().history.back();
  const std::string receipt = receipt_text(p, ru);
  EXPECT_NE(receipt.find("Квитанция об оплате"), std::string::npos);
  EXPECT_NE(receipt.find("Номер операции: SBX-2026-000001"), std::string::npos);
  EXPECT_NE(receipt.find("Плательщик: Иванова Мария Петровна"), std::string::npos);
  EXPECT_NE(receipt.find("БИК: 004525988"), std::string::npos);
  EXPECT_NE(receipt.find("УИН: " + p.charges.front().uin), std::string::npos);
  EXPECT_NE(receipt.find("песочнице"), std::string::npos);
  const auto list = listed_payments(h.pays(), {}, h.state().now_ms, false);
  const std::string csv = payments_csv(list, ru);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                      "Дата и время (МСК),Номер операции,",
                      0),
            0u);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), static_cast<long>(list.size() + 1));
  EXPECT_NE(csv.find("Оплачен"), std::string::npos);
  EXPECT_NE(payments_report_text(list, ru, h.state().now_ms).find("Операций: 3"), std::string::npos);
  // The type filter and the period.
  PaymentsFilter contributions;
  contributions.kind = "contribution";
  const auto listed = listed_payments(h.pays(), contributions, h.state().now_ms, false);
  const auto all = listed_payments(h.pays(), {}, h.state().now_ms, false);
  const auto expected = std::count_if(all.begin(), all.end(), [](const Payment* x) {
    return std::any_of(x->charges.begin(), x->charges.end(),
                       [](const payments::Charge& c) { return c.kind == "contribution"; });
  });
  EXPECT_EQ(listed.size(), static_cast<size_t>(expected));
  PaymentsFilter today;
  today.from_ms = kStart - kDay;
  EXPECT_EQ(listed_payments(h.pays(), today, h.state().now_ms, false).size(), 1u);
}

TEST(Payments, ADamagedFileIsKeptAsideWithAMessage) {
  Harness h;
  h.open();
  vault_peek::write(h.storage, kPaymentsKey, "{\"version\":1,\"charges\":[{\"uin\":5}]}");
  h.restart();
  EXPECT_TRUE(h.pays().history.empty());
  EXPECT_EQ(vault_peek::read(h.storage, "payments.damaged.json").value_or(""),
            "{\"version\":1,\"charges\":[{\"uin\":5}]}");
  bool told = false;
  for (const Notice& n : h.state().notices) told = told || n.message_key == "errors.corrupt_payments";
  EXPECT_TRUE(told);
  h.open();  // the charges load again
  EXPECT_FALSE(h.unpaid().empty());
}
