// «Настройки уведомлений» through the Runtime over a real vault: the channels
// (email, SMS, push) each entry is also sent by, muted topics (never
// security), quiet hours that hold SMS and push until they end, bad input
// refused with its reason, and the settings kept after a restart.
#include <gtest/gtest.h>

#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "app/notifications/state.hpp"
#include "time/iso8601.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kNoon = 1'795'424'400'000;  // 2026-11-23T09:00:00Z, 12:00 in Moscow

// Stands in for the email / SMS / push gateways this build has none of.
struct Recorder final : NotificationChannels {
  std::vector<ChannelMessage> sent;
  bool send(const ChannelMessage& message) override {
    sent.push_back(message);
    return true;
  }
  size_t count(const std::string& channel) const {
    return static_cast<size_t>(
        std::count_if(sent.begin(), sent.end(), [&](const ChannelMessage& m) { return m.channel == channel; }));
  }
};

struct Harness {
  storage::MemoryStorage storage;
  FakeClock clock;
  Recorder channels;
  std::unique_ptr<Runtime> runtime;
  explicit Harness(int64_t start = kNoon) : clock(start) { restart(); }
  // The gateways are there before signing in: what waited goes out as soon as the vault opens.
  void restart() {
    runtime = std::make_unique<Runtime>(storage, clock, test_account_crypto());
    runtime->set_channels(&channels);
    runtime->start();
    const bool open = runtime->state().account.phase == AccountPhase::none ? register_demo_account(*runtime)
                                                                           : sign_in_demo_account(*runtime);
    ASSERT_TRUE(open);
  }
  void at(const char* iso) { clock.advance_ms(time::parse_iso(iso).value() - clock.now_ms()); }
  const NotificationsState& feed() const { return runtime->state().notifications; }
  void send(const std::string& type, json args = json::object()) { ASSERT_TRUE(runtime->dispatch({type, args})); }
  // Something worth an entry: a document the sandbox agency checks at once (category "documents").
  const FeedEntry& upload() {
    std::string pdf = "%PDF-1.4\n";
    pdf.resize(4000, 'x');
    send("documents_panel", {{"mode", "new"}});
    send("documents_draft", {{"type", "snils"}});
    send("document_file",
         {{"name", "снилс.pdf"}, {"content", json::binary(std::vector<uint8_t>(pdf.begin(), pdf.end()))}});
    return feed().entries.back();
  }
  std::string error(const std::string& field) const {
    const FieldError* e = find_error(runtime->state(), "notifications.settings." + field);
    return e ? e->code : "";
  }
};

}  // namespace

TEST(NotificationSettings, ByDefaultAnEntryAlsoGoesByEmailAndSmsInItsLanguage) {
  Harness h;
  const NotificationSettings& s = h.feed().settings;
  EXPECT_TRUE(s.email);
  EXPECT_TRUE(s.sms);
  EXPECT_FALSE(s.push) << "push needs the browser's permission first";
  h.channels.sent.clear();
  const FeedEntry& entry = h.upload();
  EXPECT_EQ(entry.message_key, "documents.notice.reviewed");
  ASSERT_EQ(entry.deliveries.size(), 2u);
  for (const ChannelDelivery& d : entry.deliveries) EXPECT_EQ(d.sent_ms, kNoon) << d.channel;
  ASSERT_EQ(h.channels.count("email"), 1u);
  ASSERT_EQ(h.channels.count("sms"), 1u);
  EXPECT_EQ(h.channels.sent[0].address, "maria.ivanova@example.ru");
  EXPECT_EQ(h.channels.sent[1].address, "+79123456789");
  EXPECT_EQ(h.channels.sent[0].text.rfind("Документ D-000001 (СНИЛС)", 0), 0u) << h.channels.sent[0].text;
}

TEST(NotificationSettings, QuietHoursHoldSmsAndPushUntilTheyEndButNotEmail) {
  Harness h;
  h.send("notification_settings", {{"push", true}});
  h.at("2026-11-23T23:30:00+03:00");
  h.send("navigate", {{"section", "home"}});  // the citizen is active: no idle sign-out in between
  h.channels.sent.clear();
  const FeedEntry& entry = h.upload();
  ASSERT_EQ(entry.deliveries.size(), 3u);
  EXPECT_EQ(h.channels.count("email"), 1u);
  EXPECT_EQ(h.channels.count("sms"), 0u);
  const int64_t morning = time::parse_iso("2026-11-24T08:00:00+03:00").value();
  for (const ChannelDelivery& d : entry.deliveries) EXPECT_EQ(d.due_ms, d.channel == "email" ? d.sent_ms : morning);
  EXPECT_LE(h.runtime->next_deadline().value(), morning);
  // The night passes (signed out for idleness); at 08:00 the citizen is back and the SMS and push go, once.
  h.at("2026-11-24T08:00:00+03:00");
  h.restart();
  EXPECT_EQ(h.channels.count("sms"), 1u);
  EXPECT_EQ(h.channels.count("push"), 1u);
  h.restart();
  h.runtime->tick();
  EXPECT_EQ(h.channels.count("sms"), 1u) << "sent once, also after a restart";
}

TEST(NotificationSettings, AMutedTopicStaysInTheFeedSecurityCannotBeMutedAndTurningSmsOffDropsWhatWaits) {
  Harness h;
  h.send("notification_settings", {{"muted", {"documents", "security", "nonsense"}}});
  EXPECT_EQ(h.feed().settings.muted, std::vector<std::string>{"documents"});
  h.channels.sent.clear();
  EXPECT_TRUE(h.upload().deliveries.empty());
  EXPECT_TRUE(h.channels.sent.empty());
  EXPECT_EQ(h.feed().entries.back().message_key, "documents.notice.reviewed") << "the feed keeps it";
  h.send("notification_settings", {{"muted", json::array()}});
  h.at("2026-11-23T23:00:00+03:00");
  h.send("navigate", {{"section", "home"}});
  ASSERT_EQ(h.upload().deliveries.size(), 2u);  // the SMS waits for 08:00
  h.send("notification_settings", {{"sms", false}});
  const FeedEntry& entry = h.feed().entries.back();
  ASSERT_EQ(entry.deliveries.size(), 1u);
  EXPECT_EQ(entry.deliveries[0].channel, "email");
}

TEST(NotificationSettings, BadTimesAreRefusedWithTheirReasonAndTheSettingsSurviveARestart) {
  Harness h;
  h.send("notification_settings", {{"quiet_from", "25:00"}, {"quiet_to", "7"}, {"sms", false}});
  EXPECT_EQ(h.error("quiet_from"), "notifications.settings.error.time");
  EXPECT_EQ(h.error("quiet_to"), "notifications.settings.error.time");
  EXPECT_TRUE(h.feed().settings.sms) << "nothing is saved from a refused form";
  h.send("notification_settings", {{"quiet_from", "21:00"}, {"quiet_to", "21:00"}});
  EXPECT_EQ(h.error("quiet_to"), "notifications.settings.error.same");
  h.send("notification_settings", {{"quiet_from", "13:00"}, {"quiet_to", "15:00"}, {"sms", false}, {"push", true}});
  EXPECT_EQ(h.error("quiet_to"), "");
  h.restart();
  const NotificationSettings& s = h.feed().settings;
  EXPECT_FALSE(s.sms);
  EXPECT_TRUE(s.push);
  EXPECT_EQ(s.quiet_from, 13 * 60);
  EXPECT_EQ(s.quiet_to, 15 * 60);
  // Quiet hours within a day: 14:00 waits until 15:00, 15:00 goes at once.
  const int64_t two = time::parse_iso("2026-11-25T14:00:00+03:00").value();
  EXPECT_EQ(delivery_time(s, "push", two), two + 3'600'000);
  EXPECT_EQ(delivery_time(s, "push", two + 3'600'000), two + 3'600'000);
  EXPECT_EQ(delivery_time(s, "email", two), two);
}
