#include "search/query.hpp"

#include <gtest/gtest.h>

using namespace cabinet::search::detail;

TEST(SearchQuery, WordsAreFoldedAndSplitByPunctuation) {
  const auto q = parse_query("  ПЕНСИЯ,выплата; ёлка!  ");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].terms[0].pattern, U"пенсия");
  EXPECT_EQ(q[1].terms[0].pattern, U"выплата");
  EXPECT_EQ(q[2].terms[0].pattern, U"елка");
  EXPECT_FALSE(q[0].phrase);
  EXPECT_TRUE(q[0].terms[0].allow_prefix);
  EXPECT_TRUE(q[0].terms[0].allow_typos);
}

TEST(SearchQuery, QuotedPhraseIsExact) {
  const auto q = parse_query("выдача \"Материнского  капитала\" «ёлка»");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_TRUE(q[1].phrase);
  ASSERT_EQ(q[1].terms.size(), 2u);
  EXPECT_EQ(q[1].terms[0].pattern, U"материнского");
  EXPECT_EQ(q[1].terms[1].pattern, U"капитала");
  EXPECT_FALSE(q[1].terms[1].allow_prefix);
  EXPECT_FALSE(q[1].terms[1].allow_typos);
  EXPECT_TRUE(q[2].phrase);
  EXPECT_EQ(q[2].terms[0].pattern, U"елка");
}

TEST(SearchQuery, UnclosedQuoteRunsToTheEnd) {
  const auto q = parse_query("\"материнского капитала");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].phrase);
  EXPECT_EQ(q[0].terms.size(), 2u);
  EXPECT_TRUE(parse_query("\"\"").empty());
  EXPECT_TRUE(parse_query("\" , \"").empty());
}

TEST(SearchQuery, HyphenatedWordIsAPhraseOfItsParts) {
  const auto q = parse_query("северо-зап");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].phrase);
  ASSERT_EQ(q[0].terms.size(), 2u);
  EXPECT_FALSE(q[0].terms[0].allow_prefix);
  EXPECT_TRUE(q[0].terms[1].allow_prefix);
  // A dangling or spaced hyphen only separates.
  const auto spaced = parse_query("пенсия - выплата-");
  ASSERT_EQ(spaced.size(), 2u);
  EXPECT_FALSE(spaced[0].phrase);
  EXPECT_FALSE(spaced[1].phrase);
}

TEST(SearchQuery, Wildcards) {
  const auto q = parse_query("матер** п*я * ***");
  ASSERT_EQ(q.size(), 2u);  // lone stars are dropped
  EXPECT_EQ(q[0].terms[0].pattern, U"матер*");
  EXPECT_TRUE(q[0].terms[0].wildcard);
  EXPECT_FALSE(q[0].terms[0].allow_typos);
  EXPECT_EQ(q[1].terms[0].pattern, U"п*я");
}

TEST(SearchQuery, EmptyAndLimits) {
  EXPECT_TRUE(parse_query("").empty());
  EXPECT_TRUE(parse_query(" \t\n ,.;!? — ").empty());
  std::string many;
  for (int i = 0; i < 100; ++i) many += "слово ";
  EXPECT_EQ(parse_query(many).size(), kMaxClauses);
  const auto longest = parse_query(std::string(1000, 'a'));
  ASSERT_EQ(longest.size(), 1u);
  EXPECT_EQ(longest[0].terms[0].pattern.size(), kMaxTermCodePoints);
}
