#include "forms/schema_index.hpp"

#include "forms/uri.hpp"

namespace cabinet::forms {
namespace {

using nlohmann::json;

// Keywords whose value is one schema, an array of schemas, or an object of schemas.
constexpr const char* kSchemaKeywords[] = {
    "additionalItems", "additionalProperties", "contains", "propertyNames", "if", "then", "else", "not", "items"};
constexpr const char* kSchemaArrayKeywords[] = {"allOf", "anyOf", "oneOf", "items"};
constexpr const char* kSchemaMapKeywords[] = {"properties", "patternProperties", "definitions", "dependencies"};

const json* step(const json& node, const std::string& token) {
  if (node.is_object()) {
    auto it = node.find(token);
    return it == node.end() ? nullptr : &*it;
  }
  if (node.is_array()) {
    if (token.empty() || token.size() > 9) return nullptr;
    size_t index = 0;
    for (char c : token) {
      if (c < '0' || c > '9') return nullptr;
      index = index * 10 + static_cast<size_t>(c - '0');
    }
    if (token.size() > 1 && token.front() == '0') return nullptr;
    return index < node.size() ? &node[index] : nullptr;
  }
  return nullptr;
}

}  // namespace

void SchemaIndex::add(std::string uri, json document) {
  documents_.push_back(std::make_unique<json>(std::move(document)));
  const json& doc = *documents_.back();
  std::string base, fragment;
  split_fragment(uri, base, fragment);
  if (documents_.size() == 1) root_base_ = base;
  resources_.emplace(base, &doc);
  walk(doc, base);
  if (documents_.size() == 1) {
    auto it = bases_.find(&doc);
    if (it != bases_.end()) root_base_ = it->second;
  }
}

void SchemaIndex::walk(const json& schema, const std::string& base) {
  if (!schema.is_object()) return;
  std::string own = base;
  auto id = schema.find("$id");
  // In draft-07 a "$ref" makes every sibling keyword, "$id" included, ignored.
  if (id != schema.end() && id->is_string() && !schema.contains("$ref")) {
    const std::string resolved = resolve_uri(base, id->get<std::string>());
    std::string document, fragment;
    split_fragment(resolved, document, fragment);
    if (fragment.empty()) {
      own = document;
      resources_.emplace(document, &schema);
    } else if (fragment.front() != '/') {
      resources_.emplace(document + "#" + fragment, &schema);
    }
  }
  bases_.emplace(&schema, own);
  walk_children(schema, own);
}

void SchemaIndex::walk_children(const json& schema, const std::string& base) {
  for (const char* keyword : kSchemaKeywords) {
    auto it = schema.find(keyword);
    if (it != schema.end() && it->is_object()) walk(*it, base);
  }
  for (const char* keyword : kSchemaArrayKeywords) {
    auto it = schema.find(keyword);
    if (it == schema.end() || !it->is_array()) continue;
    for (const json& item : *it) walk(item, base);
  }
  for (const char* keyword : kSchemaMapKeywords) {
    auto it = schema.find(keyword);
    if (it == schema.end() || !it->is_object()) continue;
    for (const json& item : *it) walk(item, base);
  }
}

std::optional<SchemaIndex::Target> SchemaIndex::resolve(std::string_view base, std::string_view ref) const {
  const std::string absolute = resolve_uri(base, ref);
  std::string document, fragment;
  split_fragment(absolute, document, fragment);
  fragment = percent_decode(fragment);
  const json* node = nullptr;
  if (fragment.empty() || fragment.front() == '/') {
    auto it = resources_.find(document);
    if (it == resources_.end()) return std::nullopt;
    node = it->second;
    const auto tokens = parse_pointer(fragment);
    if (!tokens) return std::nullopt;
    for (const std::string& token : *tokens) {
      node = step(*node, token);
      if (!node) return std::nullopt;
    }
  } else {
    auto it = resources_.find(document + "#" + fragment);
    if (it == resources_.end()) return std::nullopt;
    node = it->second;
  }
  return Target{node, base_of(node, document)};
}

const Keywords& SchemaIndex::keywords(const json& schema) const {
  auto it = keywords_.find(&schema);
  if (it == keywords_.end()) it = keywords_.emplace(&schema, Keywords(schema)).first;
  return it->second;
}

std::string SchemaIndex::base_of(const json* schema, const std::string& fallback) const {
  auto it = bases_.find(schema);
  return it == bases_.end() ? fallback : it->second;
}

}  // namespace cabinet::forms
