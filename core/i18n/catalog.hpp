#pragma once
// Message catalogs: assets/i18n/<lang>/*.json, merged per language. Nested
// objects flatten to dotted keys ("nav.home"). Russian is the reference
// language; a key missing in another language falls back to Russian.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::i18n {

inline constexpr std::string_view kDefaultLanguage = "ru";

class Catalog {
 public:
  // Loads the embedded catalogs of `language` (and Russian for fallback).
  static Catalog load(std::string_view language);
  // Builds a catalog from JSON documents (tests).
  static Catalog from_documents(std::string language, const std::vector<nlohmann::json>& own,
                                const std::vector<nlohmann::json>& fallback);

  const std::string& language() const { return language_; }
  bool has(std::string_view key) const;
  // The message for `key` with "{name}" placeholders filled from `params`
  // (strings and numbers). An unknown key returns the key itself.
  std::string tr(std::string_view key, const nlohmann::json& params = nlohmann::json::object()) const;
  // Like tr(), and a parameter named "<name>_key" is itself a catalog key filling {<name>}
  // (a stored notification keeps keys, so it reads in the language of the moment).
  std::string message(std::string_view key, const nlohmann::json& params) const;
  const std::map<std::string, std::string, std::less<>>& messages() const { return own_; }

 private:
  std::string language_;
  std::map<std::string, std::string, std::less<>> own_;
  std::map<std::string, std::string, std::less<>> fallback_;
};

// Languages that have at least one embedded catalog file, e.g. {"en", "ru"}.
std::vector<std::string> available_languages();

}  // namespace cabinet::i18n
