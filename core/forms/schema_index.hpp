#pragma once
// The documents a validator knows (the schema, the draft-07 meta-schema, any
// added resources), indexed by their "$id" URIs, and "$ref" resolution.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/ecma_regex.hpp"
#include "forms/keywords.hpp"

namespace cabinet::forms {

class SchemaIndex {
 public:
  struct Target {
    const nlohmann::json* schema = nullptr;
    std::string base;  // the base URI inside the target
  };

  // The first document added is the root; its "$id" (if any) becomes its URI as well.
  void add(std::string uri, nlohmann::json document);
  const nlohmann::json& root() const { return *documents_.front(); }
  const std::string& root_base() const { return root_base_; }

  // `ref` resolved against `base`; nullopt when nothing in the index answers it.
  std::optional<Target> resolve(std::string_view base, std::string_view ref) const;
  // The base URI in effect inside `schema`, or `fallback` when it was never indexed.
  std::string base_of(const nlohmann::json* schema, const std::string& fallback) const;

  RegexCache& regexes() const { return regexes_; }
  // The keywords of a schema object, found on first use. Like the regex
  // cache, this makes a validator usable from one thread at a time.
  const Keywords& keywords(const nlohmann::json& schema) const;

 private:
  void walk(const nlohmann::json& schema, const std::string& base);
  void walk_children(const nlohmann::json& schema, const std::string& base);

  std::vector<std::unique_ptr<nlohmann::json>> documents_;
  std::map<std::string, const nlohmann::json*, std::less<>> resources_;  // "uri" and "uri#anchor"
  std::map<const nlohmann::json*, std::string> bases_;
  std::string root_base_;
  mutable RegexCache regexes_;
  mutable std::unordered_map<const nlohmann::json*, Keywords> keywords_;
};

}  // namespace cabinet::forms
