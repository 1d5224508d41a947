#pragma once
// A small services catalog for the search tests.
#include <string>
#include <vector>

#include "search/search.hpp"

namespace search_test {

using cabinet::search::Document;
using cabinet::search::Field;
using cabinet::search::Index;

inline Document doc(std::string id, std::string title, std::string summary = {}, std::string keywords = {}) {
  return {std::move(id),
          {{"title", std::move(title), cabinet::search::kTitleWeight},
           {"summary", std::move(summary), cabinet::search::kSummaryWeight},
           {"keywords", std::move(keywords), cabinet::search::kKeywordsWeight}}};
}

inline Index catalog() {
  Index index;
  index.add(doc("pension", "Пенсия по старости", "Назначение страховой пенсии", "пенсии, выплаты"));
  index.add(doc("capital", "Сертификат на материнский капитал",
                "Выдача сертификата материнского капитала при рождении второго ребёнка", "МСК"));
  index.add(doc("capital-use", "Распоряжение средствами", "Направить средства материнского (семейного) капитала",
                "ипотека, образование"));
  index.add(doc("tree", "Новогодняя ёлка", "Билеты на ЁЛКУ для детей", "праздник"));
  index.add(doc("north", "Северо-западный округ", "Отделение фонда", "адреса"));
  return index;
}

inline std::vector<std::string> ids(const Index& index, const std::vector<cabinet::search::Hit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(index.document(h.document).id);
  return out;
}

}  // namespace search_test
