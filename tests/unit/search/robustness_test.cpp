// Any bytes in documents and queries: invalid UTF-8 separates words, never crashes.
#include <gtest/gtest.h>

#include <random>

#include "corpus.hpp"
#include "search/tokenize.hpp"

using namespace search_test;
using cabinet::search::Highlight;
using Hs = std::vector<Highlight>;

TEST(SearchRobustness, InvalidBytesInDocumentsSeparateWords) {
  Index index;
  // 0xFF, a lone 0xC0, E0 80 (a broken three-byte start) and a cut D0 at the end.
  index.add(doc("bad", "\xFFПенсия\xC0по\xE0\x80старости\xD0"));
  auto hits = index.search("по");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].highlights, (Hs{{0, 14, 18}}));
  hits = index.search("\"пенсия по старости\"");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].highlights, (Hs{{0, 1, 36}}));
}

TEST(SearchRobustness, BrokenSequenceInsideAWordSplitsIt) {
  Index index;
  index.add(doc("split", "пен\xD0сия"));  // D0 followed by the lead byte of "с"
  EXPECT_EQ(index.count("пенсия"), 0u);
  const auto hits = index.search("сия");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].highlights, (Hs{{0, 7, 13}}));
}

TEST(SearchRobustness, OverlongSurrogatesAndNul) {
  Index index;
  index.add(doc("odd", std::string("a\xC0\xAF" "b\xED\xA0\x80" "c\0d\xF4\x90\x80\x80" "e", 15)));
  EXPECT_EQ(index.count("a b c d e"), 1u);
  EXPECT_EQ(index.count("\"a b c d e\""), 1u);
  EXPECT_EQ(index.count("ab"), 0u);
}

TEST(SearchRobustness, InvalidBytesInQueries) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("\xFFпенсия\xFE")), std::vector<std::string>{"pension"});
  EXPECT_EQ(index.count("\xFF\xFE\xC0\x80"), index.size());  // no words: everything
  EXPECT_EQ(index.count("\"\xD0"), index.size());
  EXPECT_EQ(index.count(std::string(1 << 20, '\xD0')), index.size());
  EXPECT_EQ(index.count(std::string("пенсия\0старости", 29)), 1u);
}

TEST(SearchRobustness, RandomBytesGiveHighlightsInsideTheTexts) {
  std::mt19937 rng(5);
  const std::string alphabet[] = {"а", "б", "Ё", "ё", "п", "A", "z", "1", " ", "-", "\"", "*", "\xD0", "\xFF", "\x80",
                                  "\xCC\x81", ",", "\xE2\x80\x94", std::string(1, '\0')};
  const auto random_text = [&](size_t max_len) {
    std::string s;
    const size_t n = rng() % max_len;
    for (size_t i = 0; i < n; ++i) s += alphabet[rng() % std::size(alphabet)];
    return s;
  };
  Index index;
  for (int i = 0; i < 200; ++i) index.add(doc(std::to_string(i), random_text(40), random_text(80)));
  for (int q = 0; q < 300; ++q) {
    const auto results = index.query(random_text(12));
    EXPECT_EQ(results.total, results.hits.size());
    for (const auto& hit : results.hits) {
      const auto& fields = index.document(hit.document).fields;
      for (const auto& h : hit.highlights) {
        ASSERT_LT(h.field, fields.size());
        EXPECT_LT(h.begin, h.end);
        EXPECT_LE(h.end, fields[h.field].text.size());
      }
    }
  }
}

TEST(SearchRobustness, SplitWordsKeepsOffsetsOnCodePointStarts) {
  const std::string text = "\xFFЁж-ik\xCC\x81 \xD0";
  const auto words = cabinet::search::detail::split_words(text);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].folded, U"еж");
  EXPECT_EQ(words[0].starts, (std::vector<uint32_t>{1, 3}));
  EXPECT_EQ(words[0].end, 5u);
  EXPECT_EQ(words[1].folded, U"ik");
  EXPECT_EQ(words[1].starts, (std::vector<uint32_t>{6, 7}));
  EXPECT_EQ(words[1].end, 10u);
}
