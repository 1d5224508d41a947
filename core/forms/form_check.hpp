#pragma once
// What the journey asks of a form: the data cleaned of hidden and empty
// fields, the errors of one step or of the whole form (the schema's plus the
// cross-field checks), and the values prefilled from the profile.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/form_registry.hpp"

namespace cabinet::forms {

// The top-level property an instance path starts with: "/periods/0/from" -> "periods".
std::string top_property(const std::string& instance_path);

// The data without fields hidden by if/then/else, empty strings or empty lists.
nlohmann::json clean_data(const FormDefinition& form, const nlohmann::json& data);

// Errors of the whole form for `data` (cleaned first), at most one per
// instance path, in step and field order. `profile` feeds the checks that
// compare with the citizen's own data (e.g. the maternity capital balance).
std::vector<ValidationError> check_form(const RegisteredForm& form, const nlohmann::json& data,
                                        const nlohmann::json& profile);
// Only the errors of the fields on `step`.
std::vector<ValidationError> check_step(const RegisteredForm& form, const nlohmann::json& data, size_t step,
                                        const nlohmann::json& profile);

// The values of fields with a `prefill` source found in `profile` ({"snils": ...}).
nlohmann::json prefill(const FormDefinition& form, const nlohmann::json& profile);

}  // namespace cabinet::forms
