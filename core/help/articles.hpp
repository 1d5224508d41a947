#pragma once
// Помощь: the knowledge-base articles (assets/help/articles.json), searched
// with the same engine as the services catalog.
#include <map>
#include <string>
#include <vector>

#include "forms/form_definition.hpp"
#include "search/search.hpp"

namespace cabinet::help {

struct Article {
  std::string id;
  forms::LocalText title, body;
  std::map<std::string, std::vector<std::string>> keywords;
  std::string related_form;  // a form id, or ""
};

const std::vector<Article>& articles();

struct ArticleHit {
  const Article* article = nullptr;
  std::vector<search::Highlight> highlights;  // field 0: title, 1: body
};

std::vector<ArticleHit> find_articles(const std::string& query, const std::string& language);

}  // namespace cabinet::help
