// «Материнский капитал» through the Runtime over a real vault, from a
// registered citizen with no test-only profile values: the section asks the
// fund (the sandbox register) for the certificate and journal; the disposal
// form checks its amount against that balance; the agency reserves the amount,
// approves it and the balance goes down; a disposal under review is cancelled
// with the agency and the reserve is released; cancelled before it left the
// device, it never reaches the agency.
#include <gtest/gtest.h>

#include "../tracking/tracking_support.hpp"
#include "../vault_peek.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "capital/journal.hpp"
#include "forms/form_registry.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = vault_peek::SignedIn::kStart;
constexpr const char* kSnils = "112-233-445 95";            // the demo person's
constexpr const char* kPdfBase64 = "JVBERi0xLjQKJSVFT0YK";  // "%PDF-1.4\n%%EOF\n"

struct Harness : vault_peek::SignedIn {
  Harness() { EXPECT_TRUE(confirm_demo_identity(*runtime)); }
  const CapitalState& cap() const { return runtime->state().capital; }
  const capital::Account& account() const { return cap().account.value(); }
  void open() { send("navigate", {{"section", "capital"}}); }
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const auto& e : state().forms.journey.errors) out.push_back(e.path + ":" + e.keyword);
    return out;
  }
  // The disposal form filled from the fixture, with `amount`, up to the review page.
  void fill(int64_t amount) {
    send("start_form", {{"form", "maternity-capital"}});
    json data = tracking::test::valid_fixture("maternity-capital");  // valid-education.json
    data.erase("attachments");
    data["amount"] = amount;
    for (auto it = data.begin(); it != data.end(); ++it) send("set_field", {{"path", "/" + it.key()}, {"value", *it}});
    send("attach_file", {{"field", "attachments"}, {"name", "договор.pdf"}, {"content_base64", kPdfBase64}});
    for (int i = 0; i < 8 && state().forms.journey.page != JourneyPage::review && errors().empty(); ++i)
      send("next_step");
  }
  std::string submit() {
    send("submit");
    return state().forms.journey.application_number;
  }
  const tracking::Tracked* tracked(const std::string& number) const {
    for (const auto& t : state().forms.applications.tracked) {
      if (t.number == number) return &t;
    }
    return nullptr;
  }
};

}  // namespace

TEST(CapitalApp, OpeningAsksTheFundAndKeepsTheFiguresForOffline) {
  Harness h;
  EXPECT_FALSE(h.cap().account);
  h.open();
  ASSERT_TRUE(h.cap().account) << h.cap().code;
  EXPECT_EQ(h.cap().code, "");
  EXPECT_EQ(h.account(), h.runtime->capital_sandbox().account(kSnils).account);
  EXPECT_TRUE(capital::is_consistent(h.account()));
  EXPECT_GT(h.account().balance_kopecks, 0);
  // Kept in the vault; the summary has the figures but not the certificate's number.
  EXPECT_NE(vault_peek::read(h.storage, kCapitalKey).value_or("").find(h.account().certificate.number),
            std::string::npos);
  const json brief = summary(h.state())["capital"];
  EXPECT_EQ(brief["balance"], json(h.account().balance_kopecks));
  EXPECT_EQ(brief.dump().find(h.account().certificate.number), std::string::npos);
  // Offline the last figures stay and say so; back online they are asked again.
  h.send("set_online", {{"online", false}});
  h.send("capital_view", {{"refresh", true}});
  EXPECT_EQ(h.cap().code, "offline");
  EXPECT_TRUE(h.cap().account);
  h.clock.advance_ms(60'000);
  h.send("set_online", {{"online", true}});
  EXPECT_EQ(h.cap().code, "");
  EXPECT_EQ(h.cap().updated_ms, kStart + 60'000);
  // After a restart the figures come from the vault.
  h.restart();
  ASSERT_TRUE(h.cap().account);
  EXPECT_EQ(h.cap().updated_ms, kStart + 60'000);
}

TEST(CapitalApp, TheJournalFiltersRefuseUnknownValues) {
  Harness h;
  h.open();
  h.send("capital_view", {{"kind", "disposal"}, {"status", "in_progress"}, {"year", "2026"}});
  EXPECT_EQ(h.cap().filter, (capital::JournalFilter{"disposal", "in_progress", "2026"}));
  h.send("capital_view", {{"kind", "gift"}, {"status", "lost"}, {"year", "20x6"}});
  EXPECT_EQ(h.cap().filter, (capital::JournalFilter{"disposal", "in_progress", "2026"}));
  h.send("capital_view", {{"kind", ""}, {"status", ""}, {"year", ""}});
  EXPECT_EQ(h.cap().filter, capital::JournalFilter{});
  // set_profile_data cannot make up a balance: it only comes from the fund.
  h.send("set_profile_data", {{"values", {{"maternity_capital_balance", 1}}}});
  EXPECT_FALSE(h.state().account.profile.facts.contains("maternity_capital_balance"));
}

TEST(CapitalApp, ADisposalIsCheckedReservedApprovedAndReducesTheBalance) {
  Harness h;
  h.fill(1);  // starting the form asked the fund for the balance
  ASSERT_TRUE(h.cap().account);
  const int64_t balance = h.account().balance_kopecks;
  const size_t operations = h.account().operations.size();
  h.send("goto_step", {{"step", 2}});
  h.send("set_field", {{"path", "/amount"}, {"value", balance + 100}});
  h.send("next_step");
  ASSERT_EQ(h.errors(), std::vector<std::string>{"/amount:not_above_profile"});
  EXPECT_EQ(h.state().forms.journey.errors[0].params["limit"], json(balance));
  const int64_t amount = 10'000'000;
  h.send("set_field", {{"path", "/amount"}, {"value", amount}});
  for (int i = 0; i < 4 && h.state().forms.journey.page != JourneyPage::review; ++i) h.send("next_step");
  ASSERT_EQ(h.state().forms.journey.page, JourneyPage::review) << ::testing::PrintToString(h.errors());
  const std::string number = h.submit();
  ASSERT_FALSE(number.empty());
  ASSERT_EQ(h.tracked(number)->status, tracking::Status::sent);
  // Under review the amount is held.
  h.open();
  EXPECT_EQ(h.account().balance_kopecks, balance);
  EXPECT_EQ(h.account().reserved_kopecks, amount);
  EXPECT_EQ(h.account().operations.back().application_number, number);
  EXPECT_EQ(h.account().operations.back().status, capital::OperationStatus::in_progress);
  // The agency approves (ten days, sooner in the sandbox): the figures refresh by themselves.
  h.send("sandbox_fast_forward", {{"hours", 720}});
  ASSERT_EQ(h.tracked(number)->status, tracking::Status::done);
  EXPECT_EQ(h.account().balance_kopecks, balance - amount);
  EXPECT_EQ(h.account().reserved_kopecks, 0);
  ASSERT_EQ(h.account().operations.size(), operations + 1);
  const capital::Operation& made = h.account().operations.back();
  EXPECT_EQ(made.kind, capital::OperationKind::disposal);
  EXPECT_EQ(made.status, capital::OperationStatus::completed);
  EXPECT_EQ(made.amount_kopecks, -amount);
  EXPECT_EQ(made.purpose, "education");
  EXPECT_EQ(made.application_number, number);
}

TEST(CapitalApp, ADisposalUnderReviewIsCancelledWithTheAgency) {
  Harness h;
  h.fill(5'000'000);
  const std::string number = h.submit();
  ASSERT_EQ(h.tracked(number)->status, tracking::Status::sent);
  h.open();
  EXPECT_EQ(h.account().reserved_kopecks, 5'000'000);
  // Offline the agency cannot be asked: nothing changes and the citizen is told.
  h.send("set_online", {{"online", false}});
  h.send("cancel_application", {{"number", number}});
  EXPECT_EQ(h.tracked(number)->status, tracking::Status::sent);
  EXPECT_EQ(h.state().notices.back().message_key, "tracking.cancel.offline");
  h.send("set_online", {{"online", true}});
  h.send("cancel_application", {{"number", number}});
  ASSERT_EQ(h.tracked(number)->status, tracking::Status::cancelled);
  EXPECT_EQ(h.tracked(number)->history.back().actor, tracking::Actor::agency);
  EXPECT_EQ(h.account().reserved_kopecks, 0);
  EXPECT_EQ(h.account().operations.back().status, capital::OperationStatus::cancelled);
  // Nothing is decided later, and a second cancel is refused with a message.
  h.send("sandbox_fast_forward", {{"hours", 720}});
  EXPECT_EQ(h.tracked(number)->status, tracking::Status::cancelled);
  h.send("cancel_application", {{"number", number}});
  EXPECT_EQ(h.state().notices.back().message_key, "tracking.cancel.not_now");
  EXPECT_EQ(h.account().operations.back().status, capital::OperationStatus::cancelled);
}

TEST(CapitalApp, CancelledBeforeItLeftTheDeviceItNeverReachesTheAgency) {
  Harness h;
  h.fill(5'000'000);
  h.send("set_online", {{"online", false}});
  const std::string number = h.submit();
  ASSERT_EQ(h.tracked(number)->status, tracking::Status::queued);
  h.send("cancel_application", {{"number", number}});
  ASSERT_EQ(h.tracked(number)->status, tracking::Status::cancelled);
  EXPECT_EQ(h.tracked(number)->history.back().actor, tracking::Actor::citizen);
  EXPECT_EQ(h.state().forms.applications.outbox.waiting(), 0u);
  EXPECT_EQ(h.state().notices.back().message_key, "tracking.cancel.done");
  h.send("set_online", {{"online", true}});
  h.open();
  EXPECT_EQ(h.account().reserved_kopecks, 0);
  for (const capital::Operation& op : h.account().operations) EXPECT_NE(op.application_number, number);
}
