// Уведомления in the core: the feed document read back, filters and pages,
// opening what an entry is about, read / unread, deletion only after
// confirmation, one save per action, and a damaged file kept aside.
#include <gtest/gtest.h>

#include "app/kernel/update.hpp"
#include "app/notifications/state.hpp"

using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;  // 2026-11-23
constexpr int64_t kDay = 86'400'000;

AppState signed_in() {
  AppState s;
  s.account.phase = AccountPhase::signed_in;
  s.account.last_activity_ms = kNow;
  return s;
}

json entry(int id, int64_t time_ms, const std::string& category, const std::string& object,
           const std::string& service = "") {
  return {{"id", id},         {"time_ms", time_ms}, {"category", category},
          {"message", "tracking.notice.changed"}, {"params", {{"number", "20261123-000001"}}},
          {"object", object}, {"service", service}, {"read", false}};
}

void load(AppState& s, const json& entries) {
  const json document = {{"version", 1}, {"next_id", 1}, {"entries", entries}};
  ASSERT_TRUE(update(s, {"loaded", {{"key", kNotificationsKey}, {"data", document.dump()}}}, kNow).known);
}

size_t saves_of_feed(const UpdateResult& r) {
  size_t n = 0;
  for (const Effect& e : r.effects) {
    const auto* save = std::get_if<Save>(&e);
    n += save && save->key == kNotificationsKey;
  }
  return n;
}

}  // namespace

TEST(Notifications, OpeningAnEntryMarksItReadAndShowsWhatItIsAbout) {
  AppState s = signed_in();
  load(s, json::array({entry(1, kNow - 3000, "applications", "application:20261123-000001", "pension-amount-certificate"),
                       entry(2, kNow - 2000, "consents", "consent:C-000001"),
                       entry(3, kNow - 1000, "security", "security")}));
  ASSERT_EQ(s.notifications.entries.size(), 3u);
  EXPECT_EQ(unread_count(s.notifications), 3u);
  const UpdateResult opened = update(s, {"notification_open", {{"id", 1}}}, kNow);
  EXPECT_EQ(s.section, Section::applications);
  EXPECT_EQ(s.forms.applications.opened, "20261123-000001");
  EXPECT_EQ(s.forms.applications.tab, "submitted");
  EXPECT_TRUE(s.notifications.entries[0].read);
  ASSERT_EQ(saves_of_feed(opened), 1u);
  // The saved document reads back with the entry read.
  AppState again = signed_in();
  for (const Effect& e : opened.effects) {
    const auto* save = std::get_if<Save>(&e);
    if (save && save->key == kNotificationsKey)
      update(again, {"loaded", {{"key", kNotificationsKey}, {"data", save->data}}}, kNow);
  }
  EXPECT_EQ(unread_count(again.notifications), 2u);
  EXPECT_EQ(again.notifications.next_id, 4u);
  // The menu clears the single-application view.
  update(s, {"navigate", {{"section", "applications"}}}, kNow);
  EXPECT_EQ(s.forms.applications.opened, "");
  update(s, {"notification_open", {{"id", 2}}}, kNow);
  EXPECT_EQ(s.section, Section::consents);
  EXPECT_EQ(s.consents.view.selected, "C-000001");
  update(s, {"notification_open", {{"id", 3}}}, kNow);
  EXPECT_EQ(s.section, Section::profile);
  EXPECT_EQ(unread_count(s.notifications), 0u);
  // Opening an entry already read saves nothing; unknown ids change nothing.
  EXPECT_EQ(saves_of_feed(update(s, {"notification_open", {{"id", 3}}}, kNow)), 0u);
  EXPECT_EQ(saves_of_feed(update(s, {"notification_open", {{"id", 99}}}, kNow)), 0u);
  update(s, {"notification_read", {{"id", 2}, {"read", false}}}, kNow);
  EXPECT_EQ(unread_count(s.notifications), 1u);
  update(s, {"notifications_read_all", {}}, kNow);
  EXPECT_EQ(unread_count(s.notifications), 0u);
}

TEST(Notifications, FiltersSelectByReadStateTimeTopicAndServiceAndPagesBy50) {
  AppState s = signed_in();
  json entries = json::array();
  // 120 entries over 12 days, newest last: applications of two services, consents, security.
  for (int i = 1; i <= 120; ++i) {
    const char* category = i % 3 == 0 ? "consents" : i % 3 == 1 ? "applications" : "security";
    const std::string service = i % 3 == 1 ? (i % 2 ? "pension-assignment" : "pension-amount-certificate") : "";
    entries.push_back(entry(i, kNow - (120 - i) * 2 * 3'600'000LL - kDay * 2, category, "security", service));
  }
  load(s, entries);
  auto listed = listed_notifications(s.notifications, kNow);
  ASSERT_EQ(listed.size(), 120u);
  EXPECT_EQ(listed.front()->id, 120u) << "newest first";
  EXPECT_EQ(s.notifications.view.shown, kFeedPage);
  update(s, {"notifications_view", {{"more", true}}}, kNow);
  EXPECT_EQ(s.notifications.view.shown, 2 * kFeedPage);
  update(s, {"notifications_view", {{"category", "consents"}}}, kNow);
  EXPECT_EQ(s.notifications.view.shown, kFeedPage) << "a new filter starts from the first page";
  EXPECT_EQ(listed_notifications(s.notifications, kNow).size(), 40u);
  update(s, {"notifications_view", {{"category", "applications"}, {"service", "pension-assignment"}}}, kNow);
  for (const FeedEntry* e : listed_notifications(s.notifications, kNow)) EXPECT_EQ(e->service, "pension-assignment");
  EXPECT_EQ(listed_notifications(s.notifications, kNow).size(), 20u);
  update(s, {"notifications_view", {{"category", ""}, {"service", ""}, {"filter", "week"}}}, kNow);
  for (const FeedEntry* e : listed_notifications(s.notifications, kNow)) EXPECT_GE(e->time_ms, kNow - 7 * kDay);
  EXPECT_EQ(listed_notifications(s.notifications, kNow).size(), 61u);
  update(s, {"notifications_read_all", {}}, kNow);
  update(s, {"notification_read", {{"id", 7}, {"read", false}}}, kNow);
  update(s, {"notifications_view", {{"filter", "unread"}}}, kNow);
  listed = listed_notifications(s.notifications, kNow);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]->id, 7u);
  // Unknown values are ignored.
  update(s, {"notifications_view", {{"filter", "bogus"}, {"category", "weather"}}}, kNow);
  EXPECT_EQ(s.notifications.view.filter, "unread");
  EXPECT_EQ(s.notifications.view.category, "");
}

TEST(Notifications, DeletingTakesAConfirmationOfThatVeryEntry) {
  AppState s = signed_in();
  load(s, json::array({entry(1, kNow, "security", "security"), entry(2, kNow, "security", "security")}));
  EXPECT_EQ(saves_of_feed(update(s, {"notification_delete", {{"id", 1}}}, kNow)), 0u);
  EXPECT_EQ(s.notifications.entries.size(), 2u);
  EXPECT_EQ(s.notifications.view.confirm_delete, 1u);
  update(s, {"notification_delete_confirm", {{"id", 2}}}, kNow);
  EXPECT_EQ(s.notifications.entries.size(), 2u) << "only the entry asked about";
  update(s, {"notification_delete_cancel", {}}, kNow);
  update(s, {"notification_delete_confirm", {{"id", 1}}}, kNow);
  EXPECT_EQ(s.notifications.entries.size(), 2u) << "cancelled";
  update(s, {"notification_delete", {{"id", 1}}}, kNow);
  EXPECT_EQ(saves_of_feed(update(s, {"notification_delete_confirm", {{"id", 1}}}, kNow)), 1u);
  ASSERT_EQ(s.notifications.entries.size(), 1u);
  EXPECT_EQ(s.notifications.entries[0].id, 2u);
  EXPECT_EQ(s.notices.back().message_key, "notifications.deleted");
}

TEST(Notifications, ADamagedFeedIsKeptAsideAndReportedInRussian) {
  for (const std::string& bad : {std::string("{\"version\": 1, \"entries\": [tru"), std::string("\xFF\xFE"),
                                 std::string(""), std::string("{\"version\": 2, \"entries\": []}"),
                                 json({{"version", 1}, {"entries", {entry(1, kNow, "weather", "x")}}}).dump()}) {
    AppState s = signed_in();
    load(s, json::array({entry(1, kNow, "security", "security")}));
    const UpdateResult r = update(s, {"loaded", {{"key", kNotificationsKey}, {"data", bad}}}, kNow);
    EXPECT_EQ(s.notifications.entries.size(), 1u) << "nothing is lost: " << bad;
    bool kept = false;
    for (const Effect& e : r.effects) {
      const auto* save = std::get_if<Save>(&e);
      kept = kept || (save && save->key == "notifications.damaged.json" && save->data == bad);
    }
    EXPECT_TRUE(kept) << bad;
    ASSERT_FALSE(s.notices.empty());
    EXPECT_EQ(s.notices.back().message_key, "errors.corrupt_notifications");
  }
}

TEST(Notifications, SignedOutNothingOfTheFeedIsReachable) {
  AppState s = signed_in();
  load(s, json::array({entry(1, kNow, "security", "security")}));
  s.account.phase = AccountPhase::signed_out;
  update(s, {"notification_open", {{"id", 1}}}, kNow);
  EXPECT_FALSE(s.notifications.entries[0].read);
  EXPECT_EQ(s.notices.back().message_key, "auth.sign_in_required");
}
