// Ranking: exact > prefix > typo; the title outweighs other fields; phrases rank high.
#include <gtest/gtest.h>

#include <limits>

#include "corpus.hpp"

using namespace search_test;
using Ids = std::vector<std::string>;

TEST(SearchRanking, ExactThenPrefixThenTypo) {
  Index index;
  index.add(doc("typo", "Пенсея"));
  index.add(doc("prefix", "Пенсиями займётся фонд"));
  index.add(doc("exact", "Пенсия"));
  EXPECT_EQ(ids(index, index.search("пенсия")), (Ids{"exact", "prefix", "typo"}));
}

TEST(SearchRanking, TitleOutweighsOtherFields) {
  Index index;
  index.add(doc("summary", "Выплаты", "пенсия"));
  index.add(doc("keywords", "Выплаты", "", "пенсия"));
  index.add(doc("title", "Пенсия"));
  EXPECT_EQ(ids(index, index.search("пенсия")), (Ids{"title", "keywords", "summary"}));
}

TEST(SearchRanking, MatchKindOutweighsTheField) {
  Index index;
  index.add(doc("prefix-title", "Фондовый рынок"));
  index.add(doc("exact-summary", "Отделения", "фонд"));
  index.add(doc("typo-title", "Фанд"));
  index.add(doc("prefix-summary", "Отделения", "фонды"));
  EXPECT_EQ(ids(index, index.search("фонд")), (Ids{"exact-summary", "prefix-title", "prefix-summary", "typo-title"}));
}

TEST(SearchRanking, WordsSideBySideRankAboveWordsApart) {
  Index index;
  index.add(doc("apart", "Капитал", "материнского (семейного) капитала"));
  index.add(doc("together", "Выдача", "сертификата материнского капитала"));
  EXPECT_EQ(ids(index, index.search("материнского капитала")), (Ids{"together", "apart"}));
  EXPECT_EQ(ids(index, index.search("\"материнского капитала\"")), Ids{"together"});
}

TEST(SearchRanking, PhraseOutranksSingleWords) {
  Index index;
  index.add(doc("word", "Капитал", "материнского"));
  index.add(doc("phrase", "Выдача", "материнского капитала"));
  const auto single = index.search("материнского");
  const auto quoted = index.search("\"материнского капитала\"");
  ASSERT_EQ(single.size(), 2u);
  ASSERT_EQ(quoted.size(), 1u);
  EXPECT_GT(quoted[0].score, single[0].score);
}

TEST(SearchRanking, TiesKeepTheOriginalOrder) {
  Index index;
  for (const char* id : {"a", "b", "c", "d"}) index.add(doc(id, "Справка о размере пенсии"));
  EXPECT_EQ(ids(index, index.search("справка")), (Ids{"a", "b", "c", "d"}));
}

TEST(SearchRanking, ScoresAreSortedAndPositive) {
  const Index index = catalog();
  const auto hits = index.search("капитал");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_GT(hits[0].score, 0);
  EXPECT_GE(hits[0].score, hits[1].score);
}

TEST(SearchRanking, BadWeightsStillMatch) {
  Index index;
  index.add({"nan", {{"title", "пенсия", std::numeric_limits<double>::quiet_NaN()}}});
  index.add({"negative", {{"title", "пенсия", -2}}});
  index.add({"zero", {{"title", "пенсия", 0}}});
  const auto hits = index.search("пенсия");
  EXPECT_EQ(ids(index, hits), (Ids{"nan", "negative", "zero"}));
  for (const auto& h : hits) EXPECT_EQ(h.score, 0);
}
