// «Написать сообщение» in the app: sent to the real sandbox agency and
// recorded only when it accepted; empty, too long, broken UTF-8, offline and
// a status that allows no messages each get a Russian message and record nothing.
#include <gtest/gtest.h>

#include "../tracking/tracking_support.hpp"
#include "app/kernel/update.hpp"
#include "drive_update.hpp"
#include "i18n/catalog.hpp"
#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_rules.hpp"
#include "tracking/transitions.hpp"

using namespace cabinet;
using namespace cabinet::app;
using namespace cabinet::tracking::test;
using namespace cabinet::app::test;
using nlohmann::json;

namespace {

struct Sent {
  TestClock clock;
  tracking::SandboxAgency agency{clock.fn()};
  AppState s;
  Ports ports{.agency = &agency};
  Sent() {
    s.account.phase = AccountPhase::signed_in;
    s.account.last_activity_ms = kStart;
    const json envelope = signed_envelope("appeal", valid_fixture("appeal"), "20261123-000001", kStart);
    EXPECT_TRUE(agency.submit(envelope).accepted);
    s.forms.applications.tracked.push_back(tracking::make_tracked("20261123-000001", "appeal", tracking::Status::sent, kStart));
  }
  UpdateResult send(const json& text) {
    return update_through(s, ports, {"send_message", {{"number", "20261123-000001"}, {"text", text}}}, kStart);
  }
  const std::vector<tracking::Message>& messages() const { return s.forms.applications.tracked[0].messages; }
  std::string last_notice() const { return s.notices.empty() ? "" : s.notices.back().message_key; }
};

}  // namespace

TEST(Messages, AnAcceptedMessageIsRecordedSavedAndReachesTheAgency) {
  Sent t;
  const UpdateResult r = t.send("  Прошу выслать справку также почтой  ");
  ASSERT_EQ(t.messages().size(), 1u);
  EXPECT_EQ(t.messages()[0].text, "Прошу выслать справку также почтой");
  EXPECT_EQ(t.messages()[0].from, "citizen");
  EXPECT_EQ(t.agency.messages("20261123-000001"), std::vector<std::string>{"Прошу выслать справку также почтой"});
  EXPECT_EQ(t.last_notice(), "tracking.message.sent");
  EXPECT_TRUE(saved(r.effects, "forms.json"));
  // The messages survive the JSON round trip of the tracked application.
  const auto back = tracking::tracked_from_json(tracking::tracked_to_json(t.s.forms.applications.tracked[0]));
  ASSERT_TRUE(back);
  ASSERT_EQ(back->messages.size(), 1u);
  EXPECT_EQ(back->messages[0].text, "Прошу выслать справку также почтой");
  EXPECT_EQ(back->messages[0].time_ms, kStart);
}

TEST(Messages, BadTextOfflineAndAStatusWithoutMessagesRecordNothing) {
  Sent t;
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  const std::pair<json, const char*> cases[] = {
      {"   ", "tracking.message.empty"},
      {std::string(2001, 'a'), "tracking.message.too_long"},
      {"\xC3\x28 битый UTF-8", "tracking.message.bad_text"},
      {"строка\x07звонок", "tracking.message.bad_text"},
  };
  for (const auto& [text, key] : cases) {
    t.send(text);
    EXPECT_EQ(t.last_notice(), key) << text.dump(-1, ' ', false, json::error_handler_t::replace);
    EXPECT_EQ(ru.tr(key).find("tracking."), std::string::npos) << "a Russian text for " << key;
  }
  // Not text at all: refused at the edge, with no notice.
  const size_t notices = t.s.notices.size();
  EXPECT_EQ(t.send(42).error, "send_message: \"text\" must be text");
  EXPECT_EQ(t.s.notices.size(), notices);
  EXPECT_TRUE(t.messages().empty());
  t.send(std::string(2000, 'a'));  // exactly the limit is fine
  EXPECT_EQ(t.messages().size(), 1u);
  t.s.online = false;
  t.send("Когда будет готово?");
  EXPECT_EQ(t.last_notice(), "tracking.message.offline");
  t.s.online = true;
  t.s.forms.applications.tracked[0].status = tracking::Status::done;
  t.send("Спасибо");
  EXPECT_EQ(t.last_notice(), "tracking.message.not_now");
  EXPECT_EQ(t.messages().size(), 1u);
  EXPECT_EQ(t.agency.messages("20261123-000001").size(), 1u);
}

TEST(Messages, TheSpecialistAnswersTwoHoursLaterOnceAndTheAnswerSurvivesARestart) {
  Sent t;
  t.send("Прошу выслать справку также почтой");
  ASSERT_EQ(t.messages().size(), 1u);
  const auto sync = [&t](int64_t at) {
    t.clock.now = at;
    return update_through(t.s, t.ports, {"sync_agency", {}}, at);
  };
  sync(kStart + tracking::sandbox::kHour);
  EXPECT_EQ(t.messages().size(), 1u) << "no answer within the first hour";
  EXPECT_GE(t.s.forms.applications.next_sync_ms, 0) << "the unanswered message keeps the sync going";
  sync(kStart + 2 * tracking::sandbox::kHour + tracking::sandbox::kMinute);
  ASSERT_EQ(t.messages().size(), 2u);
  EXPECT_EQ(t.messages()[1].from, "agency");
  EXPECT_NE(t.messages()[1].text.find("Ваше сообщение получено"), std::string::npos);
  EXPECT_EQ(t.last_notice(), "tracking.notice.reply");
  ASSERT_FALSE(t.s.notifications.entries.empty());
  EXPECT_EQ(t.s.notifications.entries.back().message_key, "tracking.notice.reply");
  EXPECT_EQ(t.s.notifications.entries.back().object, "application:20261123-000001");
  // The same event read again (a cursor reset) adds nothing.
  t.s.forms.applications.feed_cursor.clear();
  sync(kStart + 3 * tracking::sandbox::kHour);
  EXPECT_EQ(t.messages().size(), 2u);
  // The answer and its event id survive the JSON round trip; the sandbox keeps its answered plan too.
  const auto back = tracking::tracked_from_json(tracking::tracked_to_json(t.s.forms.applications.tracked[0]));
  ASSERT_TRUE(back);
  ASSERT_EQ(back->messages.size(), 2u);
  EXPECT_EQ(back->messages[1].from, "agency");
  EXPECT_FALSE(back->messages[1].event_id.empty());
  tracking::SandboxAgency restored(t.clock.fn());
  ASSERT_TRUE(restored.restore(t.agency.to_json()));
  EXPECT_EQ(restored.to_json(), t.agency.to_json());
}

TEST(Messages, AMessageRetriedAfterALostAnswerIsOneMessageWithOneReply) {
  Sent t;
  t.agency.set_fault(tracking::Fault::drop_response, 1);
  EXPECT_TRUE(t.agency.send_message("20261123-000001", "Когда будет готово?").transient);
  t.agency.set_fault(tracking::Fault::none, 0);
  EXPECT_TRUE(t.agency.send_message("20261123-000001", "Когда будет готово?").accepted);
  EXPECT_EQ(t.agency.messages("20261123-000001").size(), 1u);
  t.clock.now = kStart + 3 * tracking::sandbox::kHour;
  t.agency.fast_forward(30 * tracking::sandbox::kDay);  // a reply never comes before now
  size_t replies = 0;
  for (const tracking::FeedEvent& e : t.agency.feed("").events) {
    if (e.reply.empty()) continue;
    ++replies;
    EXPECT_GE(e.time_ms, kStart + 2 * tracking::sandbox::kHour);
  }
  EXPECT_EQ(replies, 1u);
}
