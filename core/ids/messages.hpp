#pragma once
// The citizen-facing text of a Result, from the message catalogs
// (assets/i18n/<lang>/ids.json): "ids.<kind>.<code>", else "ids.common.<code>".
#include <string>

#include "i18n/catalog.hpp"
#include "ids/result.hpp"

namespace cabinet::ids {

// The key the message comes from (the kind's own key when the catalog has it).
std::string message_key(const i18n::Catalog& catalog, const Result& result);
// The message with its placeholders filled; empty for a valid result.
std::string message(const i18n::Catalog& catalog, const Result& result);

}  // namespace cabinet::ids
