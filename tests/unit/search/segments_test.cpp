#include <gtest/gtest.h>

#include "search/search.hpp"

using cabinet::search::Highlight;
using cabinet::search::Segment;
using cabinet::search::segments;
using Ss = std::vector<Segment>;

TEST(SearchSegments, CoverTheTextInOrder) {
  const std::string text = "Пенсия по старости";  // 34 bytes
  EXPECT_EQ(segments(text, {{0, 0, 12}, {0, 13, 17}}, 0),
            (Ss{{0, 12, true}, {12, 13, false}, {13, 17, true}, {17, 34, false}}));
  EXPECT_EQ(segments(text, {{0, 18, 34}}, 0), (Ss{{0, 18, false}, {18, 34, true}}));
}

TEST(SearchSegments, OnlyTheFieldAsked) {
  const std::string text = "Пенсия по старости";
  EXPECT_EQ(segments(text, {{1, 0, 12}, {0, 13, 17}}, 0), (Ss{{0, 13, false}, {13, 17, true}, {17, 34, false}}));
  EXPECT_EQ(segments(text, {{1, 0, 12}}, 0), (Ss{{0, 34, false}}));
  EXPECT_EQ(segments(text, {}, 0), (Ss{{0, 34, false}}));
}

TEST(SearchSegments, UnsortedOverlappingAndOutOfRange) {
  const std::string text = "Пенсия по старости";
  EXPECT_EQ(segments(text, {{0, 13, 17}, {0, 4, 10}, {0, 0, 6}, {0, 16, 20}}, 0),
            (Ss{{0, 10, true}, {10, 13, false}, {13, 20, true}, {20, 34, false}}));
  EXPECT_EQ(segments(text, {{0, 30, 999}, {0, 40, 50}, {0, 5, 5}}, 0), (Ss{{0, 30, false}, {30, 34, true}}));
  EXPECT_TRUE(segments("", {{0, 0, 3}}, 0).empty());
}
