#pragma once
// A form definition (assets/forms/<id>.json, format in assets/forms/README.md):
// the JSON Schema that is the data contract plus the layout the journey draws.
// Parsing never throws: a malformed definition is reported, not fatal.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::forms {

// A text in every language of the UI: {"ru": "...", "en": "..."}.
struct LocalText {
  std::map<std::string, std::string> by_language;
  // The text in `language`, else Russian (the reference language), else "".
  const std::string& in(std::string_view language) const;
  bool empty() const { return by_language.empty(); }
};

struct Option {
  std::string value;
  LocalText label;
};

struct Field {
  std::string name;    // the schema property (of the item, inside a group)
  std::string widget;  // text, textarea, date, select, radio, checkbox, money, file, address, group
  LocalText label, hint;
  std::vector<Option> options;
  std::string prefill;  // "profile.snils", ...
  std::map<std::string, LocalText> messages;  // per-keyword error text
  std::vector<std::string> accept;            // files: jpg, png, pdf, docx
  int max_size_mb = 5;
  int max_files = 5;
  std::vector<Field> fields;  // group items
  std::string format;         // the schema's "format" of the property ("snils", "date", ...), if any
};

struct Step {
  std::string id;
  LocalText title, hint;
  std::vector<Field> fields;
};

struct FormDefinition {
  std::string id;
  int version = 1;
  std::string category;
  LocalText title, summary, who_can_apply, time_limit;
  std::map<std::string, std::vector<std::string>> keywords;  // language -> words
  std::vector<LocalText> documents;
  std::vector<std::string> required_documents;
  std::vector<std::string> regions;  // empty: every region
  std::string identity_level = "basic";
  std::vector<std::string> consents;
  nlohmann::json schema;
  nlohmann::json checks = nlohmann::json::array();
  std::vector<Step> steps;

  const Field* find_field(std::string_view name) const;
  // The step index holding the field, or -1.
  int step_of(std::string_view name) const;
};

struct ParseResult {
  std::optional<FormDefinition> form;
  std::string error;  // what is wrong when `form` is empty (for developers)
};

ParseResult parse_form(const nlohmann::json& json);

// Whether the field `name` (top level) is shown for `data`: always when it is
// one of the schema's top-level properties; else while a then/else branch that
// declares it applies (the top-level if/then/else and those inside allOf).
bool is_visible(const FormDefinition& form, std::string_view name, const nlohmann::json& data);

}  // namespace cabinet::forms
