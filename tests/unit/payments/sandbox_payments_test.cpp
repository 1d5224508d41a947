// SandboxPayments: the agency's charges made up per SNILS, and the bank's
// rules (sum, limit, declined and poor cards, wallet, idempotency, lost answers).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "ids/ids.hpp"
#include "payments/card.hpp"
#include "payments/sandbox_payments.hpp"

using namespace cabinet;
using namespace cabinet::payments;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;  // 2026-11-23
constexpr const char* kSnils = "112-233-445 95";

struct Bank {
  int64_t now = kNow;
  SandboxPayments sandbox{[this] { return now; }};
  std::vector<Charge> unpaid() {
    std::vector<Charge> out;
    for (const Charge& c : sandbox.charges(kSnils, "").charges) {
      if (c.status == "unpaid") out.push_back(c);
    }
    return out;
  }
  PaymentRequest request(const std::string& key, const std::vector<Charge>& charges, PaymentMethod method) {
    PaymentRequest r{key, kSnils, {}, 0, std::move(method)};
    for (const Charge& c : charges) {
      r.uins.push_back(c.uin);
      r.amount += c.amount;
    }
    return r;
  }
};

PaymentMethod card(const std::string& number) {
  return {"card", number, "12/29", "IVAN IVANOV", "", "", ""};
}

}  // namespace

TEST(SandboxPayments, ChargesAreMadeUpOncePerSnilsWithValidDetails) {
  Bank bank;
  const ChargesAnswer first = bank.sandbox.charges(kSnils, "");
  ASSERT_TRUE(first.ok);
  const auto unpaid =
      std::count_if(first.charges.begin(), first.charges.end(), [](const Charge& c) { return c.status == "unpaid"; });
  EXPECT_GE(unpaid, 3);
  EXPECT_LE(unpaid, 5);
  EXPECT_EQ(first.charges.size() - static_cast<size_t>(unpaid), 4u);  // paid earlier, outside the portal
  EXPECT_EQ(first.charges.front().status, "unpaid");                  // unpaid first
  std::set<std::string> uins;
  for (const Charge& c : first.charges) {
    EXPECT_TRUE(is_valid_uin(c.uin)) << c.uin;
    uins.insert(c.uin);
    EXPECT_TRUE(ids::check_inn(c.payee.inn).ok()) << c.payee.inn;
    EXPECT_TRUE(ids::check_kpp(c.payee.kpp).ok()) << c.payee.kpp;
    EXPECT_TRUE(ids::check_bik(c.payee.bik).ok()) << c.payee.bik;
    EXPECT_GT(c.amount, 0);
    EXPECT_LT(c.issued, c.due);
    EXPECT_TRUE(is_charge_kind(c.kind)) << c.kind;
  }
  EXPECT_EQ(uins.size(), first.charges.size());
  // Asked again (even later), the same charges; another citizen gets others.
  bank.now += 86'400'000;
  EXPECT_EQ(bank.sandbox.charges("11223344595", "").charges.front().uin, first.charges.front().uin);
  EXPECT_NE(bank.sandbox.charges("087-654-303 00", "").charges.front().uin, first.charges.front().uin);
  // A same SNILS in another sandbox with the same seed: the same list (deterministic).
  SandboxPayments again([] { return kNow; });
  EXPECT_EQ(again.charges(kSnils, "").charges.front().uin, first.charges.front().uin);
  EXPECT_EQ(bank.sandbox.charges("123", "").code, "unknown_citizen");
}

TEST(SandboxPayments, PaysSeveralWithOneSumAndMarksThemPaid) {
  Bank bank;
  const std::vector<Charge> unpaid = bank.unpaid();
  const std::vector<Charge> two(unpaid.begin(), unpaid.begin() + 2);
  const PaymentAck ack = bank.sandbox.pay(bank.request("k1", two, card("4111 1111 1111 1111")));
  ASSERT_TRUE(ack.accepted) << ack.code;
  EXPECT_EQ(ack.masked, "•••• 1111");
  EXPECT_EQ(ack.transaction, "SBX-2026-000001");
  EXPECT_EQ(ack.paid_ms, kNow);
  EXPECT_EQ(bank.unpaid().size(), unpaid.size() - 2);
  for (const Charge& c : bank.sandbox.charges(kSnils, "").charges) {
    if (c.uin == two[0].uin || c.uin == two[1].uin) {
      EXPECT_EQ(c.status, "paid");
      EXPECT_EQ(c.transaction, ack.transaction);
    }
  }
  // Paying one of them again is refused; so is a wrong sum.
  EXPECT_EQ(bank.sandbox.pay(bank.request("k2", {two[0]}, card("4111111111111111"))).code, "already_paid");
  PaymentRequest wrong = bank.request("k3", {unpaid[2]}, card("4111111111111111"));
  wrong.amount += 1;
  EXPECT_EQ(bank.sandbox.pay(wrong).code, "amount_mismatch");
  PaymentRequest unknown = bank.request("k4", {unpaid[2]}, card("4111111111111111"));
  unknown.uins = {"18810177000000000000"};
  EXPECT_EQ(bank.sandbox.pay(unknown).code, "unknown_charge");
  EXPECT_EQ(bank.sandbox.pay(bank.request("k5", {}, card("4111111111111111"))).code, "no_charges");
}

TEST(SandboxPayments, TheBankRefusesByCardWalletAndLimit) {
  Bank bank;
  const Charge c = bank.unpaid().front();
  EXPECT_EQ(bank.sandbox.pay(bank.request("a", {c}, card("4000 0000 0000 0002"))).code, "declined");
  EXPECT_EQ(bank.sandbox.pay(bank.request("b", {c}, card("4000 0000 0000 9995"))).code, "insufficient_funds");
  EXPECT_EQ(bank.sandbox.pay(bank.request("c", {c}, card("4111 1111 1111 1112"))).code, "card_invalid");
  PaymentMethod expired = card("4111111111111111");
  expired.card_expiry = "10/26";
  EXPECT_EQ(bank.sandbox.pay(bank.request("d", {c}, expired)).code, "card_expired");
  EXPECT_EQ(
      bank.sandbox.pay(bank.request("e", {c}, {"account", "", "", "", "", "044525225", "40817810000000000001"})).code,
      "account_invalid");
  EXPECT_EQ(bank.sandbox.pay(bank.request("f", {c}, {"cash", "", "", "", "", "", ""})).code, "method_unknown");
  // The wallet holds 15 000 ₽: the voluntary contributions (24 000 ₽) do not fit.
  const std::vector<Charge> all = bank.unpaid();
  const auto contribution =
      std::find_if(all.begin(), all.end(), [](const Charge& x) { return x.kind == "contribution"; });
  ASSERT_NE(contribution, all.end());
  EXPECT_EQ(bank.sandbox.pay(bank.request("g", {*contribution}, {"wallet", "", "", "", "+79161234567", "", ""})).code,
            "insufficient_funds");
  EXPECT_TRUE(bank.sandbox.pay(bank.request("h", {c}, {"wallet", "", "", "", "+79161234567", "", ""})).accepted);
  // Over 600 000 ₽ in one payment.
  Charge big = c;
  big.uin = "79700000000000000001";
  big.amount = kPaymentLimit + 1;
  bank.sandbox.add_charge(kSnils, big);
  EXPECT_EQ(bank.sandbox.pay(bank.request("i", {big}, {"sbp", "", "", "", "", "", ""})).code, "limit_exceeded");
  EXPECT_EQ(bank.unpaid().size(), all.size());  // nothing but the wallet's payment went through
}

TEST(SandboxPayments, ARepeatedKeyNeverPaysTwiceEvenWhenTheAnswerWasLost) {
  Bank bank;
  const Charge c = bank.unpaid().front();
  bank.sandbox.lose_next_answer();
  const PaymentAck lost = bank.sandbox.pay(bank.request("same", {c}, {"sbp", "", "", "", "", "", ""}));
  EXPECT_FALSE(lost.accepted);
  EXPECT_TRUE(lost.transient);
  EXPECT_EQ(lost.code, "no_answer");
  const PaymentAck again = bank.sandbox.pay(bank.request("same", {c}, {"sbp", "", "", "", "", "", ""}));
  EXPECT_TRUE(again.accepted);
  EXPECT_TRUE(again.duplicate);
  EXPECT_EQ(bank.sandbox.payments_made(), 1u);
  EXPECT_TRUE(bank.sandbox.check("same").accepted);  // asked by its key alone
  EXPECT_EQ(bank.sandbox.check("never").code, "not_received");
  // The same key with other charges is not an answer to them.
  const Charge other = bank.unpaid().front();
  EXPECT_EQ(bank.sandbox.pay(bank.request("same", {other}, {"sbp", "", "", "", "", "", ""})).code, "key_reused");
  EXPECT_EQ(bank.unpaid().front().uin, other.uin);
  bank.sandbox.lose_next_request();
  EXPECT_EQ(bank.sandbox.pay(bank.request("lost", {other}, {"sbp", "", "", "", "", "", ""})).code, "no_answer");
  EXPECT_EQ(bank.sandbox.check("lost").code, "not_received");
  bank.sandbox.set_online(false);
  const PaymentAck offline = bank.sandbox.pay(bank.request("other", {c}, {"sbp", "", "", "", "", "", ""}));
  EXPECT_TRUE(offline.transient);
  EXPECT_EQ(offline.code, "offline");
  EXPECT_EQ(bank.sandbox.charges(kSnils, "").code, "offline");
}

TEST(SandboxPayments, StateSurvivesARestartAndDamageIsRefused) {
  Bank bank;
  const Charge c = bank.unpaid().front();
  ASSERT_TRUE(bank.sandbox.pay(bank.request("k", {c}, {"sbp", "", "", "", "", "", ""})).accepted);
  SandboxPayments restored([] { return kNow; });
  ASSERT_TRUE(restored.restore(bank.sandbox.to_json()));
  EXPECT_TRUE(restored.pay(bank.request("k", {c}, {"sbp", "", "", "", "", "", ""})).duplicate);
  const auto charges = restored.charges(kSnils, "").charges;
  EXPECT_EQ(std::find_if(charges.begin(), charges.end(), [&](const Charge& x) { return x.uin == c.uin; })->status,
            "paid");
  nlohmann::json damaged = bank.sandbox.to_json();
  damaged["citizens"][0]["charges"][0]["amount"] = "много";
  EXPECT_FALSE(restored.restore(damaged));
  EXPECT_FALSE(restored.restore(nlohmann::json::parse("[1,2]")));
  EXPECT_TRUE(restored.pay(bank.request("k", {c}, {"sbp", "", "", "", "", "", ""})).duplicate);  // unchanged
}
