// Highlights are byte ranges into the original (unfolded) field texts.
#include <gtest/gtest.h>

#include "corpus.hpp"

using namespace search_test;
using cabinet::search::Highlight;
using Hs = std::vector<Highlight>;

namespace {

Hs highlights(const Index& index, std::string_view query) {
  const auto hits = index.search(query);
  return hits.empty() ? Hs{} : hits[0].highlights;
}

std::string cut(const Index& index, const Highlight& h) {
  return index.document(0).fields[h.field].text.substr(h.begin, h.end - h.begin);
}

Index one(std::string title, std::string summary = {}) {
  Index index;
  index.add(doc("one", std::move(title), std::move(summary)));
  return index;
}

}  // namespace

TEST(SearchHighlight, PrefixCoversTheTypedPartInEveryField) {
  const Index index = one("Сертификат на материнский капитал", "Выдача сертификата материнского капитала");
  // Cyrillic letters take two bytes: "Сертификат на " is 26 bytes.
  EXPECT_EQ(highlights(index, "матер*"), (Hs{{0, 26, 36}, {1, 36, 46}}));
  EXPECT_EQ(cut(index, {0, 26, 36}), "матер");
  EXPECT_EQ(highlights(index, "МАТЕР"), (Hs{{0, 26, 36}, {1, 36, 46}}));
}

TEST(SearchHighlight, ExactTypoAndPhraseCoverWholeWords) {
  const Index index = one("Сертификат на материнский капитал", "Выдача сертификата материнского капитала");
  EXPECT_EQ(highlights(index, "сертефикат"), (Hs{{0, 0, 20}, {1, 13, 35}}));
  const auto phrase = highlights(index, "\"материнского капитала\"");
  ASSERT_EQ(phrase, (Hs{{1, 36, 77}}));
  EXPECT_EQ(cut(index, phrase[0]), "материнского капитала");
  EXPECT_EQ(highlights(index, "капитал"), (Hs{{0, 49, 63}, {1, 61, 75}}));
}

TEST(SearchHighlight, FoldedLettersMapBackToTheOriginalBytes) {
  const Index index = one("Новогодняя ЁЛКА и ёлки");
  const auto hs = highlights(index, "елк");
  ASSERT_EQ(hs, (Hs{{0, 21, 27}, {0, 33, 39}}));
  EXPECT_EQ(cut(index, hs[0]), "ЁЛК");
  EXPECT_EQ(cut(index, hs[1]), "ёлк");
}

TEST(SearchHighlight, MixedScriptsAndSeveralWords) {
  const Index index = one("СНИЛС (SNILS) и ИНН");
  EXPECT_EQ(highlights(index, "snils"), (Hs{{0, 12, 17}}));
  EXPECT_EQ(highlights(index, "и"), (Hs{{0, 19, 21}, {0, 22, 24}}));
  EXPECT_EQ(highlights(index, "инн снилс"), (Hs{{0, 0, 10}, {0, 22, 28}}));
}

TEST(SearchHighlight, EveryOccurrenceAndMergedOverlaps) {
  const Index index = one("пенсия, пенсия");
  EXPECT_EQ(highlights(index, "пенсия"), (Hs{{0, 0, 12}, {0, 14, 26}}));
  // "пен" and "пенсия" overlap in each word: one range per word.
  EXPECT_EQ(highlights(index, "пен пенсия"), (Hs{{0, 0, 12}, {0, 14, 26}}));
}

TEST(SearchHighlight, HyphenatedWordsAndParts) {
  const Index index = one("Северо-западный округ");
  EXPECT_EQ(highlights(index, "северо-западный"), (Hs{{0, 0, 29}}));
  EXPECT_EQ(highlights(index, "северо-зап"), (Hs{{0, 0, 19}}));
  EXPECT_EQ(highlights(index, "западный"), (Hs{{0, 13, 29}}));
}

TEST(SearchHighlight, StressMarksStayInsideTheWord) {
  // "пе́нсия": е followed by a combining acute accent (U+0301, two bytes).
  const Index index = one("пе\xCC\x81нсия");
  EXPECT_EQ(highlights(index, "пенсия"), (Hs{{0, 0, 14}}));
  EXPECT_EQ(highlights(index, "пен"), (Hs{{0, 0, 8}}));
}

TEST(SearchHighlight, EmptyQueryHasNone) {
  const Index index = one("Пенсия");
  EXPECT_TRUE(highlights(index, " ").empty());
}
