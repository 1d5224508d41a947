#include "time/iso8601.hpp"

#include <gtest/gtest.h>

using namespace cabinet::time;

TEST(Iso8601, FormatsUtcWithAndWithoutMilliseconds) {
  EXPECT_EQ(format_iso_utc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_iso_utc(1'795'424'400'250), "2026-11-23T09:00:00.250Z");
  EXPECT_EQ(format_iso_utc(-1000), "1969-12-31T23:59:59Z");
}

TEST(Iso8601, ParsesZuluAndOffsets) {
  EXPECT_EQ(parse_iso("2026-11-23T09:00:00Z"), 1'795'424'400'000);
  EXPECT_EQ(parse_iso("2026-11-23T12:00:00+03:00"), 1'795'424'400'000);
  EXPECT_EQ(parse_iso("2026-11-23T09:00:00.25Z"), 1'795'424'400'250);
}

TEST(Iso8601, RejectsImpossibleDatesAndGarbage) {
  EXPECT_FALSE(parse_iso("2025-02-29T00:00:00Z"));
  EXPECT_TRUE(parse_iso("2024-02-29T00:00:00Z"));
  EXPECT_FALSE(parse_iso("2026-13-01T00:00:00Z"));
  EXPECT_FALSE(parse_iso("2026-11-23T24:00:00Z"));
  EXPECT_FALSE(parse_iso("2026-11-23T09:00:00"));
  EXPECT_FALSE(parse_iso(""));
  EXPECT_FALSE(parse_iso("2026-11-23T09:00:00Zjunk"));
}

TEST(Iso8601, RoundTripsAcrossCenturies) {
  for (int64_t ms = -4'000'000'000'000; ms < 8'000'000'000'000; ms += 7'777'777'777) {
    EXPECT_EQ(parse_iso(format_iso_utc(ms)), ms);
  }
}

TEST(Iso8601, DisplaysLocalTime) {
  EXPECT_EQ(format_display(1'795'424'400'000, 180), "23.11.2026 12:00");
  EXPECT_EQ(format_display(1'795'424'400'000, 0), "23.11.2026 09:00");
}

TEST(Durations, ParseUnits) {
  EXPECT_EQ(parse_duration("90s"), 90'000);
  EXPECT_EQ(parse_duration("15m"), 900'000);
  EXPECT_EQ(parse_duration("2h"), 7'200'000);
  EXPECT_EQ(parse_duration("3d"), 259'200'000);
  EXPECT_EQ(parse_duration("42"), 42'000);
  EXPECT_FALSE(parse_duration("-5s"));
  EXPECT_FALSE(parse_duration("abc"));
  EXPECT_FALSE(parse_duration(""));
}
