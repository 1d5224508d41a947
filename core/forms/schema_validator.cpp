#include "forms/schema_validator.hpp"

#include "forms/evaluator.hpp"
#include "forms/metaschema.hpp"
#include "forms/schema_index.hpp"

namespace cabinet::forms {

SchemaValidator::SchemaValidator(nlohmann::json schema, ValidatorOptions options)
    : index_(std::make_unique<SchemaIndex>()), options_(options) {
  index_->add("", std::move(schema));
  index_->add(std::string(kDraft7MetaschemaUri), nlohmann::json::parse(draft7_metaschema(), nullptr, false));
}

SchemaValidator::~SchemaValidator() = default;
SchemaValidator::SchemaValidator(SchemaValidator&&) noexcept = default;
SchemaValidator& SchemaValidator::operator=(SchemaValidator&&) noexcept = default;

void SchemaValidator::add_resource(std::string uri, nlohmann::json document) {
  index_->add(std::move(uri), std::move(document));
}

std::vector<ValidationError> SchemaValidator::validate(const nlohmann::json& instance) const {
  std::vector<ValidationError> errors;
  detail::Scope scope{index_.get(), &options_, &errors, 0, index_->root_base()};
  detail::evaluate(scope, index_->root(), instance, "");
  return errors;
}

bool SchemaValidator::is_valid(const nlohmann::json& instance) const {
  detail::Scope scope{index_.get(), &options_, nullptr, 0, index_->root_base()};
  return detail::evaluate(scope, index_->root(), instance, "");
}

const nlohmann::json& schema_of(const nlohmann::json& form) {
  if (form.is_object()) {
    auto it = form.find("schema");
    if (it != form.end() && (it->is_object() || it->is_boolean())) return *it;
  }
  return form;
}

}  // namespace cabinet::forms
