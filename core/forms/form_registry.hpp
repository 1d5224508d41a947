#pragma once
// Every form definition embedded in the binary (assets/forms/*.json), parsed
// once, each with its validator built once.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "forms/form_definition.hpp"
#include "forms/schema_validator.hpp"

namespace cabinet::forms {

struct RegisteredForm {
  FormDefinition definition;
  SchemaValidator validator;
};

class FormRegistry {
 public:
  // Parses definitions (JSON texts, e.g. the embedded assets); broken ones go to errors().
  static FormRegistry from_texts(const std::vector<std::string_view>& texts);
  // The embedded forms, built on first use.
  static const FormRegistry& embedded();

  const RegisteredForm* find(std::string_view id) const;
  const std::vector<std::unique_ptr<RegisteredForm>>& forms() const { return forms_; }
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::vector<std::unique_ptr<RegisteredForm>> forms_;
  std::vector<std::string> errors_;
};

}  // namespace cabinet::forms
