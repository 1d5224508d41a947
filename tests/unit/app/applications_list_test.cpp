// Мои заявления: tabs by final status, the search by number, the filters by
// status, service and period, and the single application opened from Уведомления.
#include "app/forms/applications_list.hpp"

#include <gtest/gtest.h>

#include "app/kernel/update.hpp"

using namespace cabinet::app;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;
constexpr int64_t kDay = 86'400'000;

FormsState sample() {
  FormsState f;
  const char* statuses[] = {"in_progress", "done", "needs_correction", "refused"};
  const char* services[] = {"pension-amount-certificate", "pension-assignment"};
  for (int i = 0; i < 40; ++i) {
    Application a;
    a.number = "2026" + std::to_string(1000 + i) + "-00000" + std::to_string(i % 10);
    a.form_id = services[(i / 2) % 2];
    a.status = statuses[i % 4];
    a.submitted_ms = kNow - i * 10 * kDay;  // every 10 days back
    f.applications.items.push_back(a);
  }
  return f;
}

}  // namespace

TEST(ApplicationsList, TabsSplitByFinalStatusAndFiltersCombine) {
  FormsState f = sample();
  const auto open = listed_applications(f, false, "", kNow);
  const auto archive = listed_applications(f, true, "", kNow);
  EXPECT_EQ(open.size(), 20u);
  EXPECT_EQ(archive.size(), 20u);
  for (const Application* a : archive) EXPECT_TRUE(a->status == "done" || a->status == "refused");
  EXPECT_EQ(open.front()->number, f.applications.items[38].number) << "the last submitted open one comes first";
  f.applications.view.status = "needs_correction";
  EXPECT_EQ(listed_applications(f, false, "", kNow).size(), 10u);
  f.applications.view.service = "pension-assignment";
  for (const Application* a : listed_applications(f, false, "", kNow)) {
    EXPECT_EQ(a->status, "needs_correction");
    EXPECT_EQ(a->form_id, "pension-assignment");
  }
  f.applications.view = {};
  f.applications.view.period = "30d";  // submitted 0, 10, 20, 30 days ago
  EXPECT_EQ(listed_applications(f, false, "", kNow).size() + listed_applications(f, true, "", kNow).size(), 4u);
  f.applications.view.period = "all";
  ASSERT_EQ(listed_applications(f, false, " 1002-", kNow).size(), 1u) << "a part of the number, trimmed";
  EXPECT_EQ(statuses_in(f, true), (std::vector<std::string>{"done", "refused"}));
  EXPECT_EQ(services_in(f, false).size(), 2u);
}

TEST(ApplicationsList, OpenedFromANotificationOnlyThatOneUntilTheTabIsChosen) {
  AppState s;
  s.account.phase = AccountPhase::signed_in;
  s.account.last_activity_ms = kNow;
  s.forms = sample();
  s.forms.applications.opened = s.forms.applications.items[5].number;
  const auto listed = listed_applications(s.forms, false, "", kNow);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]->number, s.forms.applications.items[5].number);
  update(s, {"applications_view", {{"status", "bogus"}, {"period", "forever"}, {"service", "no-such-form"}}}, kNow);
  EXPECT_EQ(s.forms.applications.view.status, "");
  EXPECT_EQ(s.forms.applications.view.period, "all");
  EXPECT_EQ(s.forms.applications.view.service, "");
  update(s, {"applications_view", {{"status", "done"}}}, kNow);
  EXPECT_EQ(s.forms.applications.view.status, "done");
  update(s, {"set_applications_tab", {{"tab", "submitted"}}}, kNow);
  EXPECT_EQ(s.forms.applications.opened, "");
  EXPECT_EQ(listed_applications(s.forms, true, "", kNow).size(), 10u);
}
