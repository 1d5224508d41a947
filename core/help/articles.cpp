#include "help/articles.hpp"

#include <map>

#include "assets/embedded.hpp"

namespace cabinet::help {

namespace {

forms::LocalText local(const nlohmann::json& value) {
  forms::LocalText text;
  if (!value.is_object()) return text;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (it->is_string()) text.by_language[it.key()] = it->get<std::string>();
  }
  return text;
}

std::vector<Article> load() {
  std::vector<Article> out;
  const auto bytes = assets::find("help/articles.json");
  if (!bytes) return out;
  const nlohmann::json document = nlohmann::json::parse(*bytes, nullptr, false);
  if (!document.is_array()) return out;
  for (const nlohmann::json& item : document) {
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) continue;
    Article article;
    article.id = item["id"].get<std::string>();
    article.title = local(item.value("title", nlohmann::json()));
    article.body = local(item.value("body", nlohmann::json()));
    if (auto keywords = item.find("keywords"); keywords != item.end() && keywords->is_object()) {
      for (auto it = keywords->begin(); it != keywords->end(); ++it) {
        if (!it->is_array()) continue;
        for (const auto& word : *it) {
          if (word.is_string()) article.keywords[it.key()].push_back(word.get<std::string>());
        }
      }
    }
    if (auto related = item.find("related_form"); related != item.end() && related->is_string())
      article.related_form = related->get<std::string>();
    out.push_back(std::move(article));
  }
  return out;
}

const search::Index& index_for(const std::string& language) {
  static std::map<std::string, search::Index> indexes;
  if (auto it = indexes.find(language); it != indexes.end()) return it->second;
  search::Index index;
  for (const Article& article : articles()) {
    std::string keywords;
    for (const auto& [lang, words] : article.keywords) {
      if (lang != language && lang != "ru") continue;
      for (const std::string& word : words) keywords += word + ", ";
    }
    index.add({article.id,
               {{"title", article.title.in(language), search::kTitleWeight},
                {"body", article.body.in(language), search::kBodyWeight},
                {"keywords", keywords, search::kKeywordsWeight}}});
  }
  return indexes.emplace(language, std::move(index)).first->second;
}

}  // namespace

const std::vector<Article>& articles() {
  static const std::vector<Article> all = load();
  return all;
}

std::vector<ArticleHit> find_articles(const std::string& query, const std::string& language) {
  std::vector<ArticleHit> out;
  const search::Index& index = index_for(language);
  for (const search::Hit& hit : index.search(query)) out.push_back({&articles()[hit.document], hit.highlights});
  return out;
}

}  // namespace cabinet::help
