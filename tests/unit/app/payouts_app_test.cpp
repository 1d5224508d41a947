// «Справка о размере пенсии и иных выплат» through the Runtime, as a citizen
// asks for it: the sandbox agency answers with the payouts of the period as a
// table whose figures are the core/payouts module's for this citizen and
// whose ИПК is the one «Сведения» show; «на электронную почту» sends the copy
// once, through the notifications' delivery channel.
#include <gtest/gtest.h>

#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "consent_steps.hpp"
#include "payouts/payouts_json.hpp"
#include "payouts/sandbox_payouts.hpp"
#include "records/dates.hpp"
#include "tracking/transitions.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = 1'795'424'400'000;  // 2026-11-23T09:00:00Z

// Stands in for the email gateway this build has none of.
struct Mailbox final : NotificationChannels {
  std::vector<ChannelMessage> sent;
  bool send(const ChannelMessage& message) override {
    sent.push_back(message);
    return true;
  }
  size_t letters(const std::string& number) const {
    return static_cast<size_t>(std::count_if(sent.begin(), sent.end(), [&](const ChannelMessage& m) {
      return m.channel == "email" && m.text.starts_with("Справка по заявлению № " + number);
    }));
  }
};

struct Harness {
  storage::MemoryStorage storage;
  FakeClock clock{kStart};
  Mailbox mailbox;
  Runtime runtime{storage, clock, test_account_crypto()};
  DemoPerson person;
  explicit Harness(std::string birth_date) {
    person.birth_date = std::move(birth_date);
    runtime.set_channels(&mailbox);
    runtime.start();
  }
  void send(const std::string& type, json args = json::object()) { ASSERT_TRUE(runtime.dispatch({type, args})); }
  // Fills and submits the certificate; returns its number.
  std::string request_certificate(const std::string& delivery) {
    send("start_form", {{"form", "pension-amount-certificate"}});
    send("set_field", {{"path", "/period_from"}, {"value", "2026-01-01"}});
    send("set_field", {{"path", "/period_to"}, {"value", "2026-10-31"}});
    send("next_step");
    send("set_field", {{"path", "/delivery"}, {"value", delivery}});
    send("next_step");
    send("submit");
    const auto& items = runtime.state().forms.applications.items;
    return items.empty() ? "" : items.back().number;
  }
  const tracking::Tracked* tracked(const std::string& number) const {
    for (const tracking::Tracked& t : runtime.state().forms.applications.tracked) {
      if (t.number == number) return &t;
    }
    return nullptr;
  }
  const Application* application(const std::string& number) const {
    for (const Application& a : runtime.state().forms.applications.items) {
      if (a.number == number) return &a;
    }
    return nullptr;
  }
  // «Ускорить рассмотрение» until the agency has decided.
  void until_done(const std::string& number) {
    for (int i = 0; i < 5 && (!tracked(number) || tracked(number)->status != tracking::Status::done); ++i)
      send("sandbox_fast_forward", {{"hours", 1}});
  }
};

}  // namespace

TEST(PayoutsApp, TheCertificateShowsTheCitizensFiguresAndGoesByEmailOnce) {
  Harness h("05.06.1958");  // 63 in June 2021: a pensioner from July 2021
  ASSERT_TRUE(register_demo_account(h.runtime, h.person));
  ASSERT_FALSE(consent_steps::give(h.runtime, "application_processing").empty());
  const std::string number = h.request_certificate("email");
  ASSERT_FALSE(number.empty());
  h.until_done(number);
  const tracking::Tracked* t = h.tracked(number);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->status, tracking::Status::done);

  // The table is the module's for this SNILS, birth date and period, as of today.
  const auto table = payouts::table_from_json(t->result_table);
  ASSERT_TRUE(table.has_value()) << t->result_table.dump();
  const auto expected = payouts::sandbox_payouts(
      h.person.snils, records::parse_day("1958-06-05").value(), payouts::parse_month("2026-01").value(),
      payouts::parse_month("2026-10").value(), records::parse_day("2026-11-23").value(), 1);
  ASSERT_TRUE(expected.has_value());
  EXPECT_EQ(*table, *expected);
  ASSERT_EQ(table->rows.size(), 10u);
  EXPECT_GT(table->totals.paid, 0);
  // The result document lists the figures, and names the applicant the form does not ask for.
  EXPECT_NE(t->result_document.find("Итого за период: начислено"), std::string::npos) << t->result_document;
  EXPECT_NE(t->result_document.find("СНИЛС: " + h.person.snils), std::string::npos) << t->result_document;
  EXPECT_NE(t->result_document.find("Заявитель: " + h.person.full_name), std::string::npos);

  // The ИПК it is counted from is the one «Сведения» show for 2015-2020.
  h.send("navigate", {{"section", "records"}});
  h.send("records_statement", {{"from", "01.01.2015"}, {"to", "31.12.2020"}});
  const auto& statement = h.runtime.state().records.statement;
  ASSERT_TRUE(statement.has_value()) << h.runtime.state().records.statement_code;
  int64_t ipk = 0;
  for (const records::YearTotal& y : statement->years) ipk += y.ipk_thousandths.value_or(0);
  EXPECT_GT(ipk, 0);
  EXPECT_EQ(table->ipk_thousandths, ipk);

  // One letter by email, with the figures; the page says where it went.
  EXPECT_EQ(h.mailbox.letters(number), 1u);
  for (const ChannelMessage& m : h.mailbox.sent) {
    if (m.text.starts_with("Справка по заявлению")) {
      EXPECT_EQ(m.address, h.person.email);
      EXPECT_NE(m.text.find("Итого за период"), std::string::npos) << m.text;
    }
  }
  const Application* a = h.application(number);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->copy_sent_to, "m***@example.ru");
  EXPECT_GT(a->copy_sent_ms, 0);
  // Later syncs and a sign-in again send nothing more.
  h.send("sync_agency");
  h.send("sandbox_fast_forward", {{"hours", 24}});
  h.send("sign_out");
  ASSERT_TRUE(sign_in_demo_account(h.runtime, h.person));
  EXPECT_EQ(h.mailbox.letters(number), 1u);
  ASSERT_NE(h.application(number), nullptr);
  EXPECT_EQ(h.application(number)->copy_sent_to, "m***@example.ru") << "kept in forms.json";
  ASSERT_NE(h.tracked(number), nullptr);
  EXPECT_EQ(payouts::table_from_json(h.tracked(number)->result_table), table) << "kept too";
}

TEST(PayoutsApp, ADownloadedCertificateSendsNoLetterAndAYoungerCitizenGetsAnEmptyTable) {
  Harness h("14.03.1985");
  ASSERT_TRUE(register_demo_account(h.runtime, h.person));
  ASSERT_FALSE(consent_steps::give(h.runtime, "application_processing").empty());
  const std::string number = h.request_certificate("download");
  h.until_done(number);
  const tracking::Tracked* t = h.tracked(number);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->status, tracking::Status::done);
  const auto table = payouts::table_from_json(t->result_table);
  ASSERT_TRUE(table.has_value());
  EXPECT_TRUE(table->rows.empty()) << "41 years old: no pension";
  EXPECT_EQ(table->totals, payouts::Totals{});
  EXPECT_NE(t->result_document.find("Выплат за период нет."), std::string::npos) << t->result_document;
  EXPECT_EQ(h.mailbox.letters(number), 0u);
  EXPECT_EQ(h.application(number)->copy_sent_ms, 0);
}
