#pragma once
// The citizen-facing text of a ValidationError, from the catalogs
// (assets/i18n/<lang>/forms.json): "forms.errors.<keyword>"; format errors of
// identifier kinds reuse "ids.<kind>.<code>" (assets/i18n/<lang>/ids.json).
#include <string>

#include "forms/schema_validator.hpp"
#include "i18n/catalog.hpp"

namespace cabinet::forms {

// The catalog key the message comes from.
std::string message_key(const i18n::Catalog& catalog, const ValidationError& error);
// The message with its placeholders filled.
std::string message(const i18n::Catalog& catalog, const ValidationError& error);

}  // namespace cabinet::forms
