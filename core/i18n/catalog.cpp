#include "i18n/catalog.hpp"

#include <set>

#include "assets/embedded.hpp"

namespace cabinet::i18n {

namespace {

using Messages = std::map<std::string, std::string, std::less<>>;

void flatten(const nlohmann::json& node, const std::string& prefix, Messages& out) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) flatten(value, prefix.empty() ? key : prefix + "." + key, out);
  } else if (node.is_string()) {
    out[prefix] = node.get<std::string>();
  }
}

std::vector<nlohmann::json> embedded_documents(std::string_view language) {
  std::vector<nlohmann::json> docs;
  const std::string prefix = "i18n/" + std::string(language) + "/";
  for (const assets::Asset& asset : assets::all()) {
    if (asset.path.substr(0, prefix.size()) != prefix) continue;
    docs.push_back(nlohmann::json::parse(asset.bytes));  // embedded at build time: a parse error is a build bug
  }
  return docs;
}

std::string param_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

}  // namespace

Catalog Catalog::from_documents(std::string language, const std::vector<nlohmann::json>& own,
                                const std::vector<nlohmann::json>& fallback) {
  Catalog catalog;
  catalog.language_ = std::move(language);
  for (const auto& doc : own) flatten(doc, "", catalog.own_);
  for (const auto& doc : fallback) flatten(doc, "", catalog.fallback_);
  return catalog;
}

Catalog Catalog::load(std::string_view language) {
  std::vector<nlohmann::json> fallback;
  if (language != kDefaultLanguage) fallback = embedded_documents(kDefaultLanguage);
  return from_documents(std::string(language), embedded_documents(language), fallback);
}

bool Catalog::has(std::string_view key) const { return own_.count(key) || fallback_.count(key); }

std::string Catalog::tr(std::string_view key, const nlohmann::json& params) const {
  auto it = own_.find(key);
  if (it == own_.end()) {
    it = fallback_.find(key);
    if (it == fallback_.end()) return std::string(key);
  }
  const std::string& pattern = it->second;
  if (!params.is_object() || params.empty()) return pattern;
  std::string out;
  out.reserve(pattern.size());
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      const size_t close = pattern.find('}', i);
      if (close != std::string::npos) {
        const std::string name = pattern.substr(i + 1, close - i - 1);
        if (auto p = params.find(name); p != params.end()) {
          out += param_text(*p);
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

std::vector<std::string> available_languages() {
  std::set<std::string> found;
  for (const assets::Asset& asset : assets::all()) {
    if (asset.path.substr(0, 5) != "i18n/") continue;
    const auto slash = asset.path.find('/', 5);
    if (slash != std::string_view::npos) found.insert(std::string(asset.path.substr(5, slash - 5)));
  }
  return {found.begin(), found.end()};
}

std::string Catalog::message(std::string_view key, const nlohmann::json& params) const {
  nlohmann::json filled = params.is_object() ? params : nlohmann::json::object();
  for (const auto& [name, value] : filled.items()) {
    if (name.size() > 4 && name.ends_with("_key") && value.is_string())
      filled[name.substr(0, name.size() - 4)] = tr(value.get<std::string>());
  }
  return tr(key, filled);
}

}  // namespace cabinet::i18n
