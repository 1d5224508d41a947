// The sandbox agency's state survives a restart: a restored agency continues
// the same feed, duplicates and uploads as the one that never stopped.
#include <gtest/gtest.h>

#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_rules.hpp"
#include "tracking_support.hpp"

using namespace cabinet;
using namespace cabinet::tracking;
using namespace cabinet::tracking::test;
using nlohmann::json;

TEST(SandboxState, ARestoredAgencyContinuesTheSameFeed) {
  TestClock clock;
  SandboxAgency first(clock.fn(), {9, 100'000'000});
  SandboxAgency never_stopped(clock.fn(), {9, 100'000'000});
  json data = valid_fixture("maternity-capital");
  const json files = data["attachments"];
  data.erase("attachments");
  const json envelopes[] = {signed_envelope("appeal", valid_fixture("appeal"), "N-1", clock.now),
                            signed_envelope("maternity-capital", data, "N-2", clock.now)};
  for (const json& envelope : envelopes) {
    ASSERT_TRUE(first.submit(envelope).accepted);
    ASSERT_TRUE(never_stopped.submit(envelope).accepted);
  }
  clock.now += 3 * sandbox::kHour;
  ASSERT_TRUE(first.send_message("N-1", "Вопрос").accepted);
  ASSERT_TRUE(never_stopped.send_message("N-1", "Вопрос").accepted);
  const std::string cursor = first.feed("").next_cursor;
  never_stopped.feed("");

  SandboxAgency restarted(clock.fn(), {9, 100'000'000});
  ASSERT_TRUE(restarted.restore(json::parse(first.to_json().dump())));
  EXPECT_EQ(restarted.to_json(), first.to_json());
  EXPECT_EQ(restarted.processed(), 2u);
  EXPECT_EQ(restarted.messages("N-1"), std::vector<std::string>{"Вопрос"});
  EXPECT_TRUE(restarted.submit(envelopes[0]).duplicate);
  EXPECT_TRUE(restarted.feed(cursor).ok);
  ASSERT_TRUE(restarted.upload_documents("N-2", files).accepted);
  ASSERT_TRUE(never_stopped.upload_documents("N-2", files).accepted);
  clock.now += 40 * sandbox::kDay;
  EXPECT_EQ(feed_page_to_json(restarted.feed(cursor)), feed_page_to_json(never_stopped.feed(cursor)));
}

TEST(SandboxState, DamagedStateIsRefusedAndChangesNothing) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  ASSERT_TRUE(agency.submit(signed_envelope("appeal", valid_fixture("appeal"), "N-1", clock.now)).accepted);
  const json saved = agency.to_json();
  for (const json& bad :
       {json(nullptr), json::object(), json{{"version", 2}, {"cases", json::array()}, {"log", json::array()}},
        json{{"version", 1}, {"cases", {{{"plan", 1}}}}, {"log", json::array()}},
        json{{"version", 1}, {"cases", json::array()}, {"log", {1}}}}) {
    EXPECT_NO_THROW(EXPECT_FALSE(agency.restore(bad)) << bad.dump());
  }
  EXPECT_EQ(agency.to_json(), saved);
  const std::string text = saved.dump();
  for (size_t size = 0; size < text.size(); size += 11) {
    const json value = json::parse(text.substr(0, size), nullptr, false);
    EXPECT_NO_THROW((void)agency.restore(value));
  }
}
