#include "app/forms/catalog_view.hpp"

#include <algorithm>
#include <map>

namespace cabinet::app {

namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : ", ") + word;
  return out;
}

// One index per language, built on first use (the forms are embedded and fixed).
const search::Index& index_for(const std::string& language) {
  static std::map<std::string, search::Index> indexes;
  auto it = indexes.find(language);
  if (it != indexes.end()) return it->second;
  search::Index index;
  for (const auto& form : forms::FormRegistry::embedded().forms()) {
    const forms::FormDefinition& d = form->definition;
    std::vector<std::string> keywords;
    for (const auto& [lang, words] : d.keywords) {
      if (lang == language || lang == "ru") keywords.insert(keywords.end(), words.begin(), words.end());
    }
    index.add({d.id,
               {{"title", d.title.in(language), search::kTitleWeight},
                {"summary", d.summary.in(language), search::kSummaryWeight},
                {"keywords", joined(keywords), search::kKeywordsWeight}}});
  }
  return indexes.emplace(language, std::move(index)).first->second;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

CatalogResult catalog_results(const CatalogView& view, const std::string& language) {
  const search::Index& index = index_for(language);
  const auto& registry = forms::FormRegistry::embedded();
  CatalogResult result;
  for (const search::Hit& hit : index.search(view.query)) {
    const forms::RegisteredForm* form = registry.find(index.document(hit.document).id);
    if (!form) continue;
    const forms::FormDefinition& d = form->definition;
    const bool favourite = contains(view.favourites, d.id);
    if (!view.category.empty() && d.category != view.category) continue;
    if (!view.document.empty() && !contains(d.required_documents, view.document)) continue;
    if (!view.region.empty() && !d.regions.empty() && !contains(d.regions, "all") && !contains(d.regions, view.region))
      continue;
    if (view.favourites_only && !favourite) continue;
    result.entries.push_back({form, hit.highlights, favourite});
  }
  result.total = result.entries.size();
  return result;
}

std::vector<std::string> catalog_categories() {
  // The order citizens expect (assets/forms/README.md), then any new ones.
  std::vector<std::string> out;
  std::vector<std::string> used;
  for (const auto& form : forms::FormRegistry::embedded().forms()) used.push_back(form->definition.category);
  for (const char* known : {"pension", "maternity_capital", "benefits", "certificates", "appointments", "appeals",
                            "personal_data", "access"}) {
    if (contains(used, known)) out.push_back(known);
  }
  for (const std::string& category : used) {
    if (!category.empty() && !contains(out, category)) out.push_back(category);
  }
  return out;
}

std::vector<std::string> catalog_documents() {
  std::vector<std::string> out;
  for (const auto& form : forms::FormRegistry::embedded().forms()) {
    for (const std::string& document : form->definition.required_documents) {
      if (!contains(out, document)) out.push_back(document);
    }
  }
  return out;
}

std::vector<std::string> catalog_regions() {
  std::vector<std::string> out;
  for (const auto& form : forms::FormRegistry::embedded().forms()) {
    for (const std::string& region : form->definition.regions) {
      if (region != "all" && !contains(out, region)) out.push_back(region);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace cabinet::app
