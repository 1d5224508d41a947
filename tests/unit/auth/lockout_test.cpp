#include "auth/lockout.hpp"

#include <gtest/gtest.h>

#include "time/iso8601.hpp"

using cabinet::auth::Lockout;
using cabinet::time::parse_iso;

namespace {

int64_t at(const char* iso) {
  return *parse_iso(iso);
}

}  // namespace

TEST(Lockout, FiveWrongPasswordsInARowLockForThirtyMinutes) {
  Lockout lockout;
  EXPECT_EQ(lockout.remaining_attempts(at("2026-11-23T09:00:00Z")), 5);
  EXPECT_FALSE(lockout.record_failure(at("2026-11-23T09:00:00Z")));
  EXPECT_FALSE(lockout.record_failure(at("2026-11-23T09:00:10Z")));
  EXPECT_FALSE(lockout.record_failure(at("2026-11-23T09:00:20Z")));
  EXPECT_FALSE(lockout.record_failure(at("2026-11-23T09:00:30Z")));
  EXPECT_FALSE(lockout.is_locked(at("2026-11-23T09:00:31Z")));
  EXPECT_EQ(lockout.remaining_attempts(at("2026-11-23T09:00:31Z")), 1);
  EXPECT_FALSE(lockout.unlock_at(at("2026-11-23T09:00:31Z")));

  EXPECT_TRUE(lockout.record_failure(at("2026-11-23T09:01:00Z")));
  EXPECT_TRUE(lockout.is_locked(at("2026-11-23T09:01:00Z")));
  EXPECT_EQ(lockout.unlock_at(at("2026-11-23T09:10:00Z")), at("2026-11-23T09:31:00Z"));
  EXPECT_EQ(lockout.remaining_attempts(at("2026-11-23T09:10:00Z")), 0);

  // Attempts during the lock change nothing: the lock is not extended.
  EXPECT_FALSE(lockout.record_failure(at("2026-11-23T09:20:00Z")));
  EXPECT_TRUE(lockout.is_locked(at("2026-11-23T09:30:59.999Z")));
  EXPECT_EQ(lockout.unlock_at(at("2026-11-23T09:30:59.999Z")), at("2026-11-23T09:31:00Z"));

  // Over at 09:31: a fresh series of five.
  EXPECT_FALSE(lockout.is_locked(at("2026-11-23T09:31:00Z")));
  EXPECT_FALSE(lockout.unlock_at(at("2026-11-23T09:31:00Z")));
  EXPECT_EQ(lockout.failures(at("2026-11-23T09:31:00Z")), 0);
  EXPECT_EQ(lockout.remaining_attempts(at("2026-11-23T09:31:00Z")), 5);
  EXPECT_FALSE(lockout.record_failure(at("2026-11-23T09:32:00Z")));
  EXPECT_EQ(lockout.failures(at("2026-11-23T09:32:00Z")), 1);
  EXPECT_FALSE(lockout.is_locked(at("2026-11-23T09:32:00Z")));
}

TEST(Lockout, SuccessResetsTheSeries) {
  Lockout lockout;
  for (int i = 0; i < 4; ++i) lockout.record_failure(at("2026-11-23T09:00:00Z") + i * 1000);
  lockout.record_success();
  EXPECT_EQ(lockout.failures(at("2026-11-23T09:01:00Z")), 0);
  for (int i = 0; i < 4; ++i) EXPECT_FALSE(lockout.record_failure(at("2026-11-23T09:02:00Z") + i * 1000));
  EXPECT_FALSE(lockout.is_locked(at("2026-11-23T09:03:00Z")));
  EXPECT_TRUE(lockout.record_failure(at("2026-11-23T09:03:00Z")));
}

TEST(Lockout, SurvivesAReload) {
  Lockout lockout;
  for (int i = 0; i < 5; ++i) lockout.record_failure(at("2026-11-23T09:00:00Z"));
  const std::string saved = lockout.to_json().dump();
  EXPECT_EQ(saved, R"({"failures":5,"locked_until":"2026-11-23T09:30:00Z"})");

  const auto reloaded = Lockout::from_json(nlohmann::json::parse(saved));
  ASSERT_TRUE(reloaded);
  EXPECT_TRUE(reloaded->is_locked(at("2026-11-23T09:29:00Z")));
  EXPECT_EQ(reloaded->unlock_at(at("2026-11-23T09:29:00Z")), at("2026-11-23T09:30:00Z"));

  Lockout partial;
  partial.record_failure(at("2026-11-23T09:00:00Z"));
  partial.record_failure(at("2026-11-23T09:00:05Z"));
  const auto two = Lockout::from_json(partial.to_json());
  ASSERT_TRUE(two);
  EXPECT_EQ(two->remaining_attempts(at("2026-11-23T09:01:00Z")), 3);
}

TEST(Lockout, DamagedStateIsRefusedAndCanBeLockedFromNow) {
  EXPECT_FALSE(Lockout::from_json(nlohmann::json::parse("[]")));
  EXPECT_FALSE(Lockout::from_json(nlohmann::json{{"failures", -1}, {"locked_until", nullptr}}));
  EXPECT_FALSE(Lockout::from_json(nlohmann::json{{"failures", 99}, {"locked_until", nullptr}}));
  EXPECT_FALSE(Lockout::from_json(nlohmann::json{{"failures", "2"}, {"locked_until", nullptr}}));
  EXPECT_FALSE(Lockout::from_json(nlohmann::json{{"failures", 5}, {"locked_until", "tomorrow"}}));
  EXPECT_FALSE(Lockout::from_json(nlohmann::json{{"failures", 5}}));
  const Lockout locked = Lockout::locked_from(at("2026-11-23T09:00:00Z"));
  EXPECT_EQ(locked.unlock_at(at("2026-11-23T09:00:00Z")), at("2026-11-23T09:30:00Z"));
}

TEST(Lockout, PolicyIsAdjustable) {
  Lockout lockout({.max_failures = 3, .lock_ms = 60'000});
  lockout.record_failure(0);
  lockout.record_failure(1);
  EXPECT_TRUE(lockout.record_failure(2));
  EXPECT_EQ(lockout.unlock_at(2), 60'002);
}
