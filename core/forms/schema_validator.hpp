#pragma once
// A JSON Schema draft-07 validator over nlohmann::json. Errors are structured
// (instance path, keyword, params): the text shown to the citizen comes from
// the catalogs (forms.errors.<keyword>), never from here. Nothing throws: a
// malformed schema gives errors, not exceptions (the wasm build cannot catch).
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::forms {

struct ValidationError {
  std::string instance_path;  // JSON Pointer into the instance: "/person/snils"
  std::string keyword;        // "required", "format", "$ref", "false" (a false schema)...
  nlohmann::json params;      // an object with the details: {"limit": 5}, {"property": "inn"}
  friend bool operator==(const ValidationError&, const ValidationError&) = default;
};

struct ValidatorOptions {
  bool check_formats = true;  // "format" as an assertion (date, email, snils, ...)
  size_t max_depth = 200;     // nested schema evaluations before a "$ref" depth error
};

class SchemaIndex;

// Compiled patterns and keyword tables are cached on first use: use a
// validator from one thread at a time (or one validator per thread).
class SchemaValidator {
 public:
  explicit SchemaValidator(nlohmann::json schema, ValidatorOptions options = {});
  ~SchemaValidator();
  SchemaValidator(SchemaValidator&&) noexcept;
  SchemaValidator& operator=(SchemaValidator&&) noexcept;

  // Makes a document available to "$ref" under `uri` (remote refs without a network).
  // The draft-07 meta-schema is always available.
  void add_resource(std::string uri, nlohmann::json document);

  std::vector<ValidationError> validate(const nlohmann::json& instance) const;
  bool is_valid(const nlohmann::json& instance) const;

 private:
  std::unique_ptr<SchemaIndex> index_;
  ValidatorOptions options_;
};

// A bare schema, or the "schema" member of a form definition.
const nlohmann::json& schema_of(const nlohmann::json& form);

}  // namespace cabinet::forms
