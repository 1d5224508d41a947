#pragma once
// The services catalog as the citizen sees it: the forms matching the query
// (core/search) and the filters, best first, with the highlights to draw.
#include <string>
#include <vector>

#include "app/forms/state.hpp"
#include "forms/form_registry.hpp"
#include "search/search.hpp"

namespace cabinet::app {

// Search fields of a form, in this order (highlights refer to them).
enum CatalogField : size_t { kCatalogTitle = 0, kCatalogSummary = 1, kCatalogKeywords = 2 };

struct CatalogEntry {
  const forms::RegisteredForm* form = nullptr;
  std::vector<search::Highlight> highlights;
  bool favourite = false;
};

struct CatalogResult {
  std::vector<CatalogEntry> entries;
  size_t total = 0;  // = entries.size(): every match passes the filters shown
};

CatalogResult catalog_results(const CatalogView& view, const std::string& language);

// Every category and required-document id used by the embedded forms, in first-seen order.
std::vector<std::string> catalog_categories();
std::vector<std::string> catalog_documents();
// Region codes some service is limited to ("77", ...); empty while every service is nationwide.
std::vector<std::string> catalog_regions();

}  // namespace cabinet::app
