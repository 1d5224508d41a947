// Search queries over 1,000 generated Russian documents (services and help articles).
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "search/search.hpp"

namespace {

using cabinet::search::Document;
using cabinet::search::Index;

constexpr size_t kDocuments = 1000;

const char* const kWords[] = {
    "пенсия",      "пенсии",       "страховой",   "старости",    "материнского", "капитала",   "сертификат",
    "сертификата", "выплата",      "ежемесячная", "пособие",     "ребёнка",      "детей",      "семьи",
    "инвалидности", "назначение",  "перерасчёт",  "справка",     "о",            "размере",    "получение",
    "заявление",   "документы",    "срок",        "рассмотрения", "отделение",   "фонда",      "Северо-Западный",
    "округ",       "ипотека",      "образование", "компенсация", "проезда",      "отпуск",     "по",
    "уходу",       "за",           "СНИЛС",       "ИНН",         "выписка",      "лицевого",   "счёта",
    "накопительной", "части",      "единовременная", "помощь",   "ветеранам",    "труда",      "беременности",
    "родам",       "услуга",       "онлайн",      "личный",      "кабинет",      "гражданина", "Ёлка",
    "праздник",    "санаторно-курортное", "лечение", "путёвка"};

std::string phrase(std::mt19937& rng, size_t min, size_t max) {
  std::string s;
  const size_t n = min + rng() % (max - min + 1);
  for (size_t i = 0; i < n; ++i) {
    if (i) s += rng() % 8 == 0 ? ", " : " ";
    s += kWords[rng() % std::size(kWords)];
  }
  return s;
}

const Index& corpus() {
  static const Index index = [] {
    std::mt19937 rng(7);
    Index built;
    for (size_t i = 0; i < kDocuments; ++i) {
      built.add(Document{"doc-" + std::to_string(i),
                         {{"title", phrase(rng, 3, 7), cabinet::search::kTitleWeight},
                          {"summary", phrase(rng, 10, 25), cabinet::search::kSummaryWeight},
                          {"keywords", phrase(rng, 2, 5), cabinet::search::kKeywordsWeight},
                          {"body", phrase(rng, 40, 120), cabinet::search::kBodyWeight}}});
    }
    return built;
  }();
  return index;
}

void run_query(benchmark::State& state, const char* query) {
  const Index& index = corpus();
  size_t total = 0;
  for (auto _ : state) {
    const auto results = index.query(query, 20);
    total = results.total;
    benchmark::DoNotOptimize(results);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["matches"] = static_cast<double>(total);
}

void BM_SearchWord(benchmark::State& state) {
  run_query(state, "пенсия");
}
void BM_SearchPrefix(benchmark::State& state) {
  run_query(state, "матер");
}
void BM_SearchTypos(benchmark::State& state) {
  run_query(state, "сертефикат пенся");
}
void BM_SearchPhrase(benchmark::State& state) {
  run_query(state, "\"материнского капитала\" выплата");
}
void BM_SearchTypical(benchmark::State& state) {
  run_query(state, "справка о размере пенсии");
}
void BM_SearchIndexBuild(benchmark::State& state) {
  for (auto _ : state) {
    std::mt19937 rng(7);
    Index index;
    for (size_t i = 0; i < kDocuments; ++i)
      index.add(Document{"doc", {{"title", phrase(rng, 3, 7)}, {"body", phrase(rng, 40, 120)}}});
    benchmark::DoNotOptimize(index);
  }
}

}  // namespace

BENCHMARK(BM_SearchWord);
BENCHMARK(BM_SearchPrefix);
BENCHMARK(BM_SearchTypos);
BENCHMARK(BM_SearchPhrase);
BENCHMARK(BM_SearchTypical);
BENCHMARK(BM_SearchIndexBuild)->Unit(benchmark::kMillisecond);
