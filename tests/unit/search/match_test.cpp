#include "search/match.hpp"

#include <gtest/gtest.h>

using namespace cabinet::search::detail;

TEST(SearchTypo, AllowedTyposByLength) {
  EXPECT_EQ(max_typos(3), 0u);
  EXPECT_EQ(max_typos(4), 1u);
  EXPECT_EQ(max_typos(7), 1u);
  EXPECT_EQ(max_typos(8), 2u);
}

TEST(SearchTypo, DamerauLevenshteinOnCodePoints) {
  EXPECT_EQ(typo_distance(U"пенся", U"пенсия", 1), 1u);       // a letter missing
  EXPECT_EQ(typo_distance(U"пенсиия", U"пенсия", 1), 1u);     // one too many
  EXPECT_EQ(typo_distance(U"пнесия", U"пенсия", 1), 1u);      // two swapped
  EXPECT_EQ(typo_distance(U"пенсея", U"пенсия", 1), 1u);      // one replaced
  EXPECT_EQ(typo_distance(U"сертефикат", U"сертификат", 2), 1u);
  EXPECT_EQ(typo_distance(U"сертефекат", U"сертификат", 2), 2u);
  EXPECT_EQ(typo_distance(U"сартефекат", U"сертификат", 2), 3u);  // above the limit: limit + 1
  EXPECT_EQ(typo_distance(U"пенсия", U"пенсия", 1), 0u);
  EXPECT_EQ(typo_distance(U"", U"ab", 2), 2u);
}

TEST(SearchTypo, TermRules) {
  const auto term = [](std::u32string p) {
    Term t;
    t.pattern = std::move(p);
    t.allow_prefix = t.allow_typos = true;
    return t;
  };
  EXPECT_EQ(match_term(term(U"пенсия"), U"пенсия").kind, Kind::kExact);
  EXPECT_EQ(match_term(term(U"пенси"), U"пенсия").kind, Kind::kPrefix);
  EXPECT_EQ(match_term(term(U"пенси"), U"пенсия").highlight, 5u);
  EXPECT_EQ(match_term(term(U"пенся"), U"пенсия").kind, Kind::kTypo);
  EXPECT_EQ(match_term(term(U"мсу"), U"мск").kind, Kind::kNone);      // 3 letters: no typos
  EXPECT_EQ(match_term(term(U"12345"), U"12346").kind, Kind::kNone);  // numbers: no typos
  EXPECT_EQ(match_term(term(U"сертефикат"), U"сертификата").kind, Kind::kTypo);
}

TEST(SearchWildcard, Glob) {
  EXPECT_TRUE(glob_match(U"матер*", U"материнского"));
  EXPECT_TRUE(glob_match(U"матер*", U"матер"));
  EXPECT_TRUE(glob_match(U"п*я", U"пенсия"));
  EXPECT_TRUE(glob_match(U"*ия", U"пенсия"));
  EXPECT_TRUE(glob_match(U"с*ф*т", U"сертификат"));
  EXPECT_FALSE(glob_match(U"п*я", U"пенсии"));
  EXPECT_FALSE(glob_match(U"матер*", U"мать"));
  Term t;
  t.pattern = U"матер*";
  t.wildcard = true;
  EXPECT_EQ(match_term(t, U"материнского").kind, Kind::kPrefix);
  EXPECT_EQ(match_term(t, U"материнского").highlight, 5u);
  EXPECT_EQ(match_term(t, U"матер").kind, Kind::kExact);
  t.pattern = U"п*я";
  EXPECT_EQ(match_term(t, U"пенсия").highlight, 0u);  // the whole word
}
