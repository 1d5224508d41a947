// The outbox delivers every queued submission exactly once, through dropped
// requests, lost answers, restarts and duplicate deliveries.
#include <map>

#include <gtest/gtest.h>

#include "tracking/outbox.hpp"
#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_rules.hpp"
#include "tracking_support.hpp"

using namespace cabinet;
using namespace cabinet::tracking;
using namespace cabinet::tracking::test;
using nlohmann::json;

namespace {

Outbox queued(int count, int64_t now) {
  Outbox outbox;
  for (int i = 1; i <= count; ++i) {
    const std::string id = i % 2 ? "appeal" : "pension-amount-certificate";
    EXPECT_TRUE(outbox.enqueue(signed_envelope(id, valid_fixture(id), "N-" + std::to_string(i), now), now));
  }
  return outbox;
}

// Calls deliver() until nothing waits (moving the clock to the next attempt),
// counting how often each number was reported delivered.
std::map<std::string, int> drain(Outbox& outbox, SandboxAgency& agency, TestClock& clock, int max_rounds = 200) {
  std::map<std::string, int> delivered;
  for (int round = 0; round < max_rounds && outbox.waiting() > 0; ++round) {
    const DeliveryReport report = outbox.deliver(agency, clock.now);
    for (const OutboxEntry& entry : report.delivered) ++delivered[entry.number];
    if (report.next_attempt_ms > clock.now) clock.now = report.next_attempt_ms;
  }
  return delivered;
}

}  // namespace

TEST(Outbox, DeliversExactlyOnceWhenEveryOtherCallIsDropped) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  agency.set_fault(Fault::drop_request, 2);
  Outbox outbox = queued(5, clock.now);
  const auto delivered = drain(outbox, agency, clock);
  EXPECT_EQ(outbox.waiting(), 0u);
  ASSERT_EQ(delivered.size(), 5u);
  for (const auto& [number, times] : delivered) EXPECT_EQ(times, 1) << number;
  EXPECT_EQ(agency.processed(), 5u);
  EXPECT_EQ(outbox.entries().size(), 5u);  // nothing lost: finished entries stay until pruned
  for (const OutboxEntry& entry : outbox.entries()) EXPECT_EQ(entry.state, OutboxEntry::State::delivered);
  outbox.prune_finished();
  EXPECT_TRUE(outbox.entries().empty());
}

TEST(Outbox, ALostAnswerIsRetriedAndTheDuplicateAckCountsAsDelivered) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  agency.set_fault(Fault::drop_response, 2);
  Outbox outbox = queued(6, clock.now);
  const auto delivered = drain(outbox, agency, clock);
  ASSERT_EQ(delivered.size(), 6u);
  for (const auto& [number, times] : delivered) EXPECT_EQ(times, 1) << number;
  EXPECT_EQ(agency.processed(), 6u);
  const bool some_duplicate =
      std::any_of(outbox.entries().begin(), outbox.entries().end(), [](const OutboxEntry& e) { return e.duplicate; });
  EXPECT_TRUE(some_duplicate);
  // Each application appears once in the agency's feed.
  agency.set_fault(Fault::none, 0);
  clock.now += sandbox::kHour;
  std::map<std::string, int> received;
  for (const FeedEvent& e : agency.feed("").events) received[e.application_number] += e.status == Status::received;
  for (const auto& [number, times] : received) EXPECT_EQ(times, 1) << number;
  EXPECT_EQ(received.size(), 6u);
}

TEST(Outbox, SurvivesARestartInTheMiddleOfDelivery) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  agency.set_fault(Fault::drop_response, 2);
  Outbox outbox = queued(4, clock.now);
  std::map<std::string, int> delivered;
  const DeliveryReport first = outbox.deliver(agency, clock.now);  // one delivered, the next answer lost
  for (const OutboxEntry& entry : first.delivered) ++delivered[entry.number];
  ASSERT_EQ(first.delivered.size(), 1u);
  ASSERT_EQ(first.transient_failures, 1);
  const std::string saved = outbox.to_json().dump();
  auto restored = Outbox::from_text(saved);
  ASSERT_TRUE(restored.has_value());
  EXPECT_EQ(restored->to_json().dump(), saved);
  EXPECT_EQ(restored->waiting(), 3u);
  clock.now = first.next_attempt_ms;
  for (const auto& [number, times] : drain(*restored, agency, clock)) delivered[number] += times;
  ASSERT_EQ(delivered.size(), 4u);
  for (const auto& [number, times] : delivered) EXPECT_EQ(times, 1) << number;
  EXPECT_EQ(agency.processed(), 4u);
}

TEST(Outbox, TheSameSubmissionFromTwoQueuesIsProcessedOnce) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  Outbox a = queued(2, clock.now);
  Outbox b = *Outbox::from_json(a.to_json());            // e.g. a device restored from an older backup
  EXPECT_FALSE(a.enqueue(a.entries()[0].envelope, clock.now));  // the same key is queued once
  EXPECT_EQ(a.deliver(agency, clock.now).delivered.size(), 2u);
  const DeliveryReport again = b.deliver(agency, clock.now);
  ASSERT_EQ(again.delivered.size(), 2u);
  EXPECT_TRUE(again.delivered[0].duplicate);
  EXPECT_EQ(again.delivered[0].agency_id, a.entries()[0].agency_id);
  EXPECT_EQ(agency.processed(), 2u);
}

TEST(Outbox, OfflineBacksOffWithoutLosingAnything) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  agency.set_online(false);
  Outbox outbox = queued(2, clock.now);
  std::vector<int64_t> delays;
  for (int i = 0; i < 10; ++i) {
    const DeliveryReport report = outbox.deliver(agency, clock.now);
    EXPECT_TRUE(report.delivered.empty());
    EXPECT_EQ(report.transient_failures, 1);
    delays.push_back(report.next_attempt_ms - clock.now);
    clock.now = report.next_attempt_ms;
  }
  EXPECT_EQ(delays[0], 0);  // the second entry was not tried yet: due now
  EXPECT_EQ(outbox.entries()[0].last_code, "unavailable");
  EXPECT_EQ(outbox.waiting(), 2u);
  EXPECT_GE(outbox.entries()[0].next_attempt_ms - clock.now, 0);
  EXPECT_LE(outbox.entries()[0].next_attempt_ms - clock.now, Outbox::kBackoffMaxMs);
  EXPECT_EQ(outbox.deliver(agency, clock.now - 1).transient_failures, 0);  // nothing due before its time
  agency.set_online(true);
  const auto delivered = drain(outbox, agency, clock);
  EXPECT_EQ(delivered.size(), 2u);
  EXPECT_EQ(agency.processed(), 2u);
}

TEST(Outbox, DeliveryMovesTheApplications) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  Outbox outbox = queued(1, clock.now);
  json tampered = signed_envelope("appeal", valid_fixture("appeal"), "N-2", clock.now);
  tampered["data"]["description"] = "Изменено после подписи";
  ASSERT_TRUE(outbox.enqueue(tampered, clock.now));
  std::vector<Tracked> apps = {make_tracked("N-1", "appeal", Status::queued, clock.now),
                               make_tracked("N-2", "appeal", Status::registered, clock.now)};
  const DeliveryReport report = outbox.deliver(agency, clock.now);
  EXPECT_EQ(apply_delivery(apps, report, clock.now), 2);
  EXPECT_EQ(apps[0].status, Status::sent);
  EXPECT_TRUE(apps[0].agency_id.starts_with("SFR-"));
  EXPECT_EQ(apps[1].status, Status::send_failed);
  EXPECT_EQ(apps[1].history.back().comment, "bad_signature");
  EXPECT_EQ(apply_delivery(apps, report, clock.now), 0);  // applied once
}

TEST(Outbox, ARefusedEnvelopeIsKeptAsRejectedAndCanBeRetried) {
  TestClock clock;
  SandboxAgency agency(clock.fn());
  Outbox outbox;
  json envelope = signed_envelope("appeal", valid_fixture("appeal"), "N-1", clock.now);
  envelope["data"]["description"] = "Изменено после подписи";
  ASSERT_TRUE(outbox.enqueue(envelope, clock.now));
  EXPECT_FALSE(outbox.enqueue(json::object(), clock.now));
  const DeliveryReport report = outbox.deliver(agency, clock.now);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(report.rejected[0].last_code, "bad_signature");
  EXPECT_EQ(report.next_attempt_ms, -1);
  ASSERT_NE(outbox.find("N-1"), nullptr);
  EXPECT_EQ(outbox.find("N-1")->state, OutboxEntry::State::rejected);
  EXPECT_TRUE(outbox.retry("N-1", clock.now));
  EXPECT_EQ(outbox.waiting(), 1u);
  EXPECT_FALSE(outbox.retry("N-1", clock.now));
}

TEST(Outbox, EveryTruncationOfTheSavedFileIsRefusedWithoutThrowing) {
  TestClock clock;
  const std::string saved = queued(1, clock.now).to_json().dump();
  for (size_t size = 0; size < saved.size(); size += 7) {
    EXPECT_NO_THROW(EXPECT_FALSE(Outbox::from_text(std::string_view(saved).substr(0, size)).has_value()));
  }
  EXPECT_TRUE(Outbox::from_text(saved).has_value());
}
