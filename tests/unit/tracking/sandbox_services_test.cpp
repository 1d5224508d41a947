// Every service of assets/forms through the sandbox agency with a fake clock:
// from the signed envelope to «Услуга оказана» with a result document.
#include <gtest/gtest.h>

#include "forms/form_registry.hpp"
#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_rules.hpp"
#include "tracking_support.hpp"

using namespace cabinet;
using namespace cabinet::tracking;
using namespace cabinet::tracking::test;

namespace {

std::vector<std::string> service_ids() {
  std::vector<std::string> out;
  for (std::string_view id : sandbox::services_with_rules()) out.emplace_back(id);
  return out;
}

class SandboxServices : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST(SandboxRules, CoverEveryEmbeddedForm) {
  const auto ids = service_ids();
  EXPECT_EQ(ids.size(), 13u);
  for (const auto& form : forms::FormRegistry::embedded().forms())
    EXPECT_NE(std::find(ids.begin(), ids.end(), form->definition.id), ids.end()) << form->definition.id;
}

TEST_P(SandboxServices, ReachesDoneWithAResultDocument) {
  const std::string id = GetParam();
  const nlohmann::json data = valid_fixture(id);
  ASSERT_TRUE(data.is_object()) << id;
  TestClock clock;
  SandboxAgency agency(clock.fn(), {7, 100'000'000});
  const std::string number = "20261123-000001";
  std::vector<Tracked> apps = {make_tracked(number, id, Status::registered, clock.now)};
  const Ack ack = agency.submit(signed_envelope(id, data, number, clock.now));
  ASSERT_TRUE(ack.accepted) << ack.code;
  EXPECT_FALSE(ack.duplicate);
  EXPECT_EQ(ack.code, "ok");
  EXPECT_TRUE(ack.agency_id.starts_with("SFR-"));
  ASSERT_TRUE(apply(apps[0], Status::sent, Actor::system, "", clock.now).ok());

  std::string cursor;
  pull(agency, cursor, apps);
  EXPECT_EQ(apps[0].status, Status::sent);  // nothing happens at once
  clock.now += sandbox::kMinute;
  pull(agency, cursor, apps);
  EXPECT_EQ(apps[0].status, Status::received);
  for (int step = 0; step < 40 * 24 && apps[0].status != Status::done; ++step) {
    clock.now += sandbox::kHour;
    const FeedReport report = pull(agency, cursor, apps);
    EXPECT_TRUE(report.refused.empty());
    EXPECT_TRUE(report.unknown.empty());
  }
  ASSERT_EQ(apps[0].status, Status::done) << id;
  const sandbox::ServiceRule& rule = sandbox::service_rule(id);
  std::vector<Status> expected = {Status::registered, Status::sent, Status::received, Status::in_progress};
  if (rule.interim_after_ms > 0) expected.push_back(Status::interim_result);
  expected.push_back(Status::done);
  EXPECT_EQ(statuses(apps[0]), expected);
  // Done no earlier than the service takes, no later than a tenth more.
  const int64_t took = apps[0].history.back().time_ms - apps[0].history[3].time_ms;
  EXPECT_GE(took, rule.work_ms);
  EXPECT_LE(took, rule.work_ms + rule.work_ms / 10);

  const std::string& doc = apps[0].result_document;
  const auto* form = forms::FormRegistry::embedded().find(id);
  EXPECT_NE(doc.find("№ " + number), std::string::npos) << doc;
  EXPECT_NE(doc.find(form->definition.title.in("ru")), std::string::npos) << doc;
  EXPECT_NE(doc.find(std::string(rule.result_title)), std::string::npos) << doc;
  EXPECT_NE(doc.find("Статус: Услуга оказана"), std::string::npos) << doc;
  EXPECT_NE(doc.find(ack.agency_id), std::string::npos) << doc;
  EXPECT_FALSE(apps[0].history.back().body.empty());
  EXPECT_EQ(agency.processed(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Sandbox, SandboxServices, ::testing::ValuesIn(service_ids()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(SandboxDocuments, CarryTheDataOfTheApplication) {
  TestClock clock;
  SandboxAgency agency(clock.fn(), {3, 100'000'000});
  std::vector<Tracked> apps = {make_tracked("N-1", "pension-amount-certificate", Status::sent, clock.now),
                               make_tracked("N-2", "maternity-capital", Status::sent, clock.now)};
  nlohmann::json certificate = valid_fixture("pension-amount-certificate");
  certificate["period_from"] = "2026-01-01";
  certificate["period_to"] = "2026-10-31";
  ASSERT_TRUE(agency.submit(signed_envelope("pension-amount-certificate", certificate, "N-1", clock.now)).accepted);
  ASSERT_TRUE(agency.submit(signed_envelope("maternity-capital", valid_fixture("maternity-capital"), "N-2", clock.now))
                  .accepted);
  clock.now += 40 * sandbox::kDay;
  std::string cursor;
  pull(agency, cursor, apps);
  EXPECT_NE(apps[0].result_document.find("Период: с 01.01.2026 по 31.10.2026"), std::string::npos)
      << apps[0].result_document;
  EXPECT_NE(apps[1].result_document.find("Сумма: 125 000,00 ₽"), std::string::npos) << apps[1].result_document;
  EXPECT_EQ(sandbox::format_rubles(6'300'290'000), "63 002 900,00 ₽");
  EXPECT_EQ(sandbox::format_rubles(5), "0,05 ₽");
}
