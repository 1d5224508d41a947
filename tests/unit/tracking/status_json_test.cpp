// Status ids and labels, the JSON of tracked applications and gateway answers,
// and damaged input that must never throw.
#include <gtest/gtest.h>

#include "i18n/catalog.hpp"
#include "tracking/feed_apply.hpp"
#include "tracking/outbox.hpp"

using namespace cabinet;
using namespace cabinet::tracking;
using nlohmann::json;

TEST(TrackingStatus, IdsRoundTripAndEveryLabelIsInBothCatalogs) {
  const auto ru = i18n::Catalog::load("ru");
  const auto en = i18n::Catalog::load("en");
  for (Status status : kAllStatuses) {
    EXPECT_EQ(parse_status(status_id(status)), status);
    EXPECT_TRUE(ru.has(status_label_key(status))) << status_label_key(status);
    EXPECT_TRUE(en.has(status_label_key(status))) << status_label_key(status);
    EXPECT_TRUE(ru.has(status_hint_key(status))) << status_hint_key(status);
    for (const std::string& id : capability_ids(capabilities(status)))
      EXPECT_TRUE(ru.has("tracking.capability." + id)) << id;
  }
  for (Actor actor : kAllActors) {
    EXPECT_EQ(parse_actor(actor_id(actor)), actor);
    EXPECT_TRUE(ru.has(actor_label_key(actor)));
  }
  for (auto code : {TransitionCode::same_status, TransitionCode::final_status, TransitionCode::wrong_actor,
                    TransitionCode::not_allowed})
    EXPECT_TRUE(ru.has("tracking.errors." + std::string(transition_code_id(code))));
  EXPECT_EQ(ru.tr("tracking.status.done"), "Услуга оказана");
  EXPECT_EQ(ru.tr("tracking.status.needs_correction"), "Требуется исправление");
  EXPECT_EQ(ru.tr("tracking.status.queued"), "Ожидает отправки");
  EXPECT_FALSE(parse_status("approved").has_value());
}

TEST(TrackingJson, TrackedRoundTrips) {
  Tracked t = make_tracked("20261123-000001", "maternity-capital", Status::registered, 1'795'424'400'000);
  ASSERT_TRUE(apply(t, Status::sent, Actor::system, "", 1'795'424'460'000).ok());
  t.agency_id = "SFR-1";
  t.documents_requested = {"attachments"};
  t.refusal_reason = "balance_exceeded";
  t.refusal_params = {{"amount", 5}, {"balance", 4}};
  t.result_document = "Справка";
  const json saved = tracked_to_json(t);
  const auto back = tracked_from_json(json::parse(saved.dump()));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(tracked_to_json(*back), saved);
  EXPECT_EQ(saved["history"][1]["time"], "2026-11-23T09:01:00Z");
}

TEST(TrackingJson, GatewayAnswersRoundTrip) {
  FeedEvent e;
  e.event_id = "SFR-1-3";
  e.application_number = "20261123-000001";
  e.status = Status::needs_correction;
  e.time_ms = 1'795'424'400'000;
  e.documents_requested = {"passport_scan"};
  FeedPage page{true, "ok", {e}, "sandbox:1"};
  const auto back = feed_page_from_json(json::parse(feed_page_to_json(page).dump()));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(feed_page_to_json(*back), feed_page_to_json(page));
  const Ack ack{true, true, false, "SFR-1", "duplicate"};
  EXPECT_EQ(ack_to_json(*ack_from_json(ack_to_json(ack))), ack_to_json(ack));
}

TEST(TrackingJson, BadJsonNeverThrows) {
  const std::vector<json> garbage = {
      nullptr,
      1,
      "text",
      json::array({1, 2}),
      json::object(),
      {{"number", 5}},
      {{"number", "1"}, {"form", "f"}, {"status", "nope"}, {"history", {}}},
      {{"number", "1"}, {"form", "f"}, {"status", "sent"}, {"history", {{{"time", "x"}}}}},
      {{"ok", true}, {"events", {1, {{"event_id", 3}}}}, {"next_cursor", "c"}},
      {{"version", 1}, {"entries", {{{"number", "1"}}}}}};
  for (const json& value : garbage) {
    EXPECT_NO_THROW({
      EXPECT_FALSE(tracked_from_json(value).has_value()) << value.dump();
      EXPECT_FALSE(feed_event_from_json(value).has_value());
      EXPECT_FALSE(ack_from_json(value).has_value());
      EXPECT_FALSE(Outbox::from_json(value).has_value());
      (void)feed_page_from_json(value);
    });
  }
  const auto page = feed_page_from_json(garbage[8]);
  ASSERT_TRUE(page.has_value());
  EXPECT_TRUE(page->events.empty());  // the broken events are dropped
  for (const char* text : {"", "{", "[1,", "{\"version\":1,\"entries\":[{]}", "\xff\xfe", "nul"})
    EXPECT_FALSE(Outbox::from_text(text).has_value()) << text;
}

TEST(TrackingFeed, AnEventAppliesOnceAndIllegalOnesAreReported) {
  std::vector<Tracked> apps = {make_tracked("N-1", "appeal", Status::registered, 0)};
  ASSERT_TRUE(apply(apps[0], Status::sent, Actor::system, "", 1).ok());
  FeedEvent received{"E-1", "N-1", Status::received, 2, "СФР", "Получено", {}, "", json::object(), ""};
  FeedEvent done{"E-2", "N-1", Status::done, 3, "СФР", "", {}, "", json::object(), "Справка"};
  FeedEvent other{"E-3", "N-9", Status::received, 3, "", "", {}, "", json::object(), ""};
  FeedEvent back{"E-4", "N-1", Status::received, 4, "", "", {}, "", json::object(), ""};
  FeedReport report = apply_feed(apps, {received, received, done, other, back});
  ASSERT_EQ(report.changes.size(), 2u);
  EXPECT_EQ(report.changes[1].status, Status::done);
  EXPECT_EQ(report.unknown, std::vector<std::string>{"E-3"});
  EXPECT_EQ(report.refused, std::vector<std::string>{"E-4"});
  EXPECT_EQ(apps[0].history.size(), 4u);
  EXPECT_EQ(apps[0].result_document, "Справка");
  EXPECT_EQ(apps[0].history.back().actor, Actor::agency);
}
