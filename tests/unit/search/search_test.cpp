// Matching rules over a small Russian catalog (corpus.hpp).
#include <gtest/gtest.h>

#include "corpus.hpp"

using namespace search_test;
using Ids = std::vector<std::string>;

TEST(SearchMatch, CaseFolding) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("ПЕНСИЯ")), Ids{"pension"});
  EXPECT_EQ(ids(index, index.search("пенсия")), Ids{"pension"});
  EXPECT_EQ(ids(index, index.search("мск")), Ids{"capital"});
}

TEST(SearchMatch, UpperCaseWordFindsOtherFormsByTypoOrPrefix) {
  Index index;
  index.add(doc("a", "Размер пенсии"));
  index.add(doc("b", "ПЕНСИЯ"));
  index.add(doc("c", "Пенсионный фонд"));
  EXPECT_EQ(ids(index, index.search("пенси*")), (Ids{"a", "b", "c"}));
  EXPECT_EQ(ids(index, index.search("ПЕНСИ")), (Ids{"a", "b", "c"}));
  EXPECT_EQ(ids(index, index.search("ПЕНСИЯ")), (Ids{"b", "a"}));  // "пенсии" is one typo away
}

TEST(SearchMatch, YoEqualsYe) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("ёлка")), Ids{"tree"});
  EXPECT_EQ(ids(index, index.search("елка")), Ids{"tree"});
  EXPECT_EQ(ids(index, index.search("ЕЛКУ")), Ids{"tree"});
  EXPECT_EQ(ids(index, index.search("ребенка")), Ids{"capital"});
}

TEST(SearchMatch, Prefix) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("матер")), (Ids{"capital", "capital-use"}));
  EXPECT_EQ(ids(index, index.search("серт")), Ids{"capital"});
  EXPECT_EQ(index.count("п"), 3u);  // пенсия, при, праздник: words that start with it
}

TEST(SearchMatch, Wildcard) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("матер*")), (Ids{"capital", "capital-use"}));
  EXPECT_EQ(ids(index, index.search("материнск* капитал*")), (Ids{"capital", "capital-use"}));
  EXPECT_EQ(ids(index, index.search("с*ф*т")), Ids{"capital"});   // сертификат
  EXPECT_EQ(ids(index, index.search("*ение")), (Ids{"capital-use", "pension", "north"}));
  EXPECT_TRUE(index.search("матер*ь").empty());
}

TEST(SearchMatch, QuotedPhraseNeedsConsecutiveWords) {
  const Index index = catalog();
  // "материнского (семейного) капитала" has the words apart.
  EXPECT_EQ(ids(index, index.search("\"материнского капитала\"")), Ids{"capital"});
  EXPECT_EQ(ids(index, index.search("материнского капитала")), (Ids{"capital", "capital-use"}));
  EXPECT_EQ(ids(index, index.search("«Материнского капитала»")), Ids{"capital"});
  EXPECT_EQ(ids(index, index.search("\"семейного капитала\"")), Ids{"capital-use"});  // brackets are punctuation
  EXPECT_TRUE(index.search("\"капитала материнского\"").empty());
  // Inside quotes a word is exact: no prefix, no typos; wildcards still work.
  EXPECT_TRUE(index.search("\"материнск капитала\"").empty());
  EXPECT_TRUE(index.search("\"материнскаго капитала\"").empty());
  EXPECT_EQ(ids(index, index.search("\"материнск* капитала\"")), Ids{"capital"});
}

TEST(SearchMatch, Typos) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("пенся")), Ids{"pension"});         // 5 letters, 1 missing
  EXPECT_EQ(ids(index, index.search("пнесия")), Ids{"pension"});        // transposition
  EXPECT_EQ(ids(index, index.search("сертефикат")), Ids{"capital"});    // 10 letters
  EXPECT_EQ(ids(index, index.search("сертефекат")), Ids{"capital"});    // 2 typos for 8+
  EXPECT_TRUE(index.search("сартефекат").empty());                       // 3 typos
  EXPECT_TRUE(index.search("пинся").empty());                            // 2 typos for 5 letters
  EXPECT_TRUE(index.search("мсу").empty());                              // 3 letters: none
}

TEST(SearchMatch, HyphenatedWordsAndTheirParts) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("северо-западный")), Ids{"north"});
  EXPECT_EQ(ids(index, index.search("Северо-зап")), Ids{"north"});
  EXPECT_EQ(ids(index, index.search("западный")), Ids{"north"});
  EXPECT_EQ(ids(index, index.search("северо")), Ids{"north"});
  EXPECT_TRUE(index.search("западный-северо").empty());
}

TEST(SearchMatch, PunctuationSplitsWords) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("ипотека")), Ids{"capital-use"});
  EXPECT_EQ(ids(index, index.search("семейного")), Ids{"capital-use"});
  EXPECT_EQ(ids(index, index.search("выплаты,пенсии!")), Ids{"pension"});
}

TEST(SearchMatch, AllWordsMustMatch) {
  const Index index = catalog();
  EXPECT_EQ(ids(index, index.search("пенсия старости")), Ids{"pension"});
  EXPECT_TRUE(index.search("пенсия ёлка").empty());
  EXPECT_TRUE(index.search("жкх").empty());
}

TEST(SearchMatch, EmptyQueryReturnsAllInOrder) {
  const Index index = catalog();
  const Ids all{"pension", "capital", "capital-use", "tree", "north"};
  for (const char* q : {"", "   ", "\t\n", " ,.!? ", "*", "\"\""}) {
    const auto r = index.query(q);
    EXPECT_EQ(ids(index, r.hits), all) << q;
    EXPECT_EQ(r.total, 5u);
    for (const auto& h : r.hits) EXPECT_TRUE(h.highlights.empty());
  }
  EXPECT_EQ(index.search("", 2).size(), 2u);
  EXPECT_TRUE(Index{}.search("").empty());
}

TEST(SearchMatch, CountAndLimit) {
  const Index index = catalog();
  EXPECT_EQ(index.size(), 5u);
  EXPECT_EQ(index.count("капитал"), 2u);
  EXPECT_EQ(index.count("жкх"), 0u);
  const auto r = index.query("капитал", 1);
  EXPECT_EQ(r.total, 2u);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(index.document(r.hits[0].document).id, "capital");
  EXPECT_EQ(index.search("капитал", 0).size(), 0u);
}

TEST(SearchMatch, LatinAndDigits) {
  Index index;
  index.add(doc("snils", "СНИЛС (SNILS)", "Номер 112-233-445 95"));
  EXPECT_EQ(index.count("snils"), 1u);
  EXPECT_EQ(index.count("SNI"), 1u);
  EXPECT_EQ(index.count("445"), 1u);
  EXPECT_EQ(index.count("446"), 0u);
  EXPECT_EQ(index.count("112-233"), 1u);
}
