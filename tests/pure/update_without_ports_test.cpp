// update() linked without the ports: this binary links cabinet_core_pure only
// (no Runtime, no gateway sandboxes), so it builds only while update() reaches
// none of them. The test plays the platform: it reads update()'s effects as
// values and answers them as the ports would.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <variant>

#include "app/account/account.hpp"
#include "app/kernel/update.hpp"
#include "support/test_paths.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kNow = 1795424400000;  // 2026-11-23T09:00:00Z

Seed seed_of(unsigned char first) {
  Seed seed{};
  seed[0] = first;
  return seed;
}

template <typename E>
const E* find_effect(const UpdateResult& result) {
  for (const Effect& effect : result.effects) {
    if (const auto* found = std::get_if<E>(&effect)) return found;
  }
  return nullptr;
}

const json kCitizen = {{"full_name", "Иванова Мария Петровна"},
                       {"birth_date", "14.03.1985"},
                       {"phone", "+7 912 345-67-89"},
                       {"email", "maria.ivanova@example.ru"},
                       {"snils", "112-233-445 95"},
                       {"password", "Zv$7qLm!pR2x"},
                       {"password_repeat", "Zv$7qLm!pR2x"},
                       {"agree", true}};

// Registers through the real actions; the one-time codes are read from the
// DeliverCode effects, the vault "opens" by the Runtime's answer action.
AppState signed_in_citizen() {
  AppState s;
  std::string phone_code, email_code;
  const UpdateResult sent = update(s, {"register_submit", kCitizen}, Inputs{kNow, seed_of(1)});
  for (const Effect& effect : sent.effects) {
    const auto* code = std::get_if<DeliverCode>(&effect);
    if (!code) continue;
    (code->message.channel == "phone" ? phone_code : email_code) = code->message.code;
  }
  EXPECT_EQ(phone_code.size(), 6u);
  EXPECT_EQ(email_code.size(), 6u);
  const UpdateResult confirmed = update(
      s, {"register_confirm", {{"phone_code", phone_code}, {"email_code", email_code}}}, Inputs{kNow, seed_of(2)});
  const auto* create = find_effect<VaultCreate>(confirmed);
  EXPECT_TRUE(create && create->password == kCitizen["password"]);
  update(s, {"vault_opened", {{"created", true}, {"device", "тест"}}}, Inputs{kNow, seed_of(3)});
  EXPECT_EQ(s.account.phase, AccountPhase::signed_in);
  return s;
}

}  // namespace

TEST(UpdateWithoutPorts, RandomValuesComeOnlyFromTheInputs) {
  AppState a, b, c;
  const UpdateResult first = update(a, {"register_submit", kCitizen}, Inputs{kNow, seed_of(7)});
  const UpdateResult same = update(b, {"register_submit", kCitizen}, Inputs{kNow, seed_of(7)});
  const UpdateResult other = update(c, {"register_submit", kCitizen}, Inputs{kNow, seed_of(8)});
  const auto code = [](const UpdateResult& r) {
    const auto* deliver = find_effect<DeliverCode>(r);
    return deliver ? deliver->message.code : std::string();
  };
  ASSERT_EQ(code(first).size(), 6u);
  EXPECT_EQ(code(first), code(same)) << "the same seed, the same code: nothing else is drawn from";
  EXPECT_NE(code(first), code(other)) << "another seed, another code";
  // The entropy does not outlive the action.
  EXPECT_EQ(a.entropy.seed, Seed{});
}

TEST(UpdateWithoutPorts, AGatewayIsAskedByAnEffectAndAnswersByAnAction) {
  AppState s = signed_in_citizen();
  const UpdateResult opened = update(s, {"navigate", {{"section", "payments"}}}, Inputs{kNow, seed_of(4)});
  const auto* fetch = find_effect<FetchCharges>(opened);
  ASSERT_NE(fetch, nullptr) << "the charges are asked for, not fetched inside update()";
  EXPECT_EQ(fetch->snils, "112-233-445 95");
  EXPECT_TRUE(s.payments.charges.empty());

  payments::Charge charge;
  charge.uin = "18810177220000000001";
  charge.purpose = "Штраф";
  charge.amount = 50000;
  charge.status = "unpaid";
  ChargesReceived received{fetch->epoch, {.ok = true, .code = "ok", .charges = {charge}}};
  const UpdateResult answered = update(s, Answer{received}, Inputs{kNow, seed_of(5)});
  ASSERT_EQ(s.payments.charges.size(), 1u);
  EXPECT_EQ(s.payments.charges[0].uin, charge.uin);
  bool saved = false;
  for (const Effect& effect : answered.effects) {
    const auto* save = std::get_if<Save>(&effect);
    saved = saved || (save && save->key == "payments.json");
  }
  EXPECT_TRUE(saved);
}

TEST(UpdateWithoutPorts, AnAnswerAskedForBeforeASignOutIsDropped) {
  AppState s = signed_in_citizen();
  const UpdateResult opened = update(s, {"navigate", {{"section", "records"}}}, Inputs{kNow, seed_of(4)});
  const auto* fetch = find_effect<FetchRecords>(opened);
  ASSERT_NE(fetch, nullptr);
  const uint64_t asked = fetch->epoch;
  const UpdateResult out = update(s, {"sign_out", {}}, Inputs{kNow, seed_of(5)});
  EXPECT_NE(find_effect<VaultClose>(out), nullptr);
  // The fund answers late, after the citizen left: nothing of it reaches the next one.
  records::WorkRecord record;
  record.employer = "ООО «Ромашка»";
  const uint64_t revision = s.revision;
  update(s, Answer{RecordsReceived{asked, {.ok = true, .code = "ok", .records = {record}}}}, Inputs{kNow, seed_of(6)});
  EXPECT_TRUE(s.records.records.empty());
  EXPECT_EQ(s.revision, revision);
}

// The link above proves no gateway implementation is reachable; this keeps the
// rest out too: no file of update()'s side of core/app draws from the system's
// random source, touches storage or holds a gateway.
TEST(UpdateWithoutPorts, UpdatesSourcesNameNoPort) {
  const std::set<std::string> port_side = {"kernel/runtime",  "kernel/gateway_calls", "kernel/ports",
                                           "kernel/scenario", "kernel/clock",         "kernel/delivery"};
  const char* forbidden[] = {"randombytes",      "system_random",    "storage::",    "Gateway*", "Gateway&",
                             "PaymentProvider*", "PaymentProvider&", "dynamic_cast", "Runtime&"};
  int files = 0;
  const std::filesystem::path root = cabinet::test::source_path("core/app");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    const std::filesystem::path& path = entry.path();
    const std::string stem = std::filesystem::relative(path, root).replace_extension().generic_string();
    if (port_side.contains(stem) || (path.extension() != ".cpp" && path.extension() != ".hpp")) continue;
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    ++files;
    for (const char* word : forbidden)
      EXPECT_EQ(text.str().find(word), std::string::npos) << path.filename() << " names " << word;
  }
  EXPECT_GT(files, 40) << "the sources were found";
}

// The bank is asked only after the payment is kept as pending (and saved): if
// its answer never arrives (a sign-out, a closed tab), the next visit checks
// this key instead of paying the same charges again.
TEST(UpdateWithoutPorts, APaymentIsKeptPendingBeforeTheBankIsAsked) {
  AppState s = signed_in_citizen();
  update(s, {"navigate", {{"section", "payments"}}}, Inputs{kNow, seed_of(4)});
  payments::Charge charge;
  charge.uin = "18810177220000000001";
  charge.purpose = "Штраф";
  charge.amount = 50000;
  charge.status = "unpaid";
  update(s, Answer{ChargesReceived{s.epoch, {.ok = true, .code = "ok", .charges = {charge}}}},
         Inputs{kNow, seed_of(5)});
  update(s, {"payments_pay", {{"uin", charge.uin}}}, Inputs{kNow, seed_of(6)});
  update(s, {"payments_draft", {{"method", "sbp"}}}, Inputs{kNow, seed_of(7)});
  const UpdateResult asked = update(s, {"payments_request_code", {}}, Inputs{kNow, seed_of(8)});
  const auto* code = find_effect<DeliverCode>(asked);
  ASSERT_NE(code, nullptr);
  const UpdateResult paying = update(s, {"payment_confirm", {{"code", code->message.code}}}, Inputs{kNow, seed_of(9)});
  const auto* pay = find_effect<Pay>(paying);
  ASSERT_NE(pay, nullptr);
  json saved;
  for (const Effect& effect : paying.effects) {
    const auto* save = std::get_if<Save>(&effect);
    if (save && save->key == "payments.json") saved = json::parse(save->data);
  }
  ASSERT_TRUE(saved.contains("pending"));
  EXPECT_EQ(saved["pending"]["key"], pay->request.idempotency_key);
  // Signed out before the answer: it is dropped, and the kept pending payment is what the next visit reads.
  update(s, {"sign_out", {}}, Inputs{kNow, seed_of(10)});
  const uint64_t revision = s.revision;
  update(s, Answer{PaymentAnswered{pay->epoch, pay->request.idempotency_key, false, {.accepted = true}}},
         Inputs{kNow, seed_of(11)});
  EXPECT_EQ(s.revision, revision);
}
