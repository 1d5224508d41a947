#pragma once
// The list of work-book records as the screen shows it: a search and an order.
// Search: every word of the query (split at spaces) has to occur in the
// employer's name, the position or the INN, ignoring case and ё/е
// (search::fold). Order: by start date or by employer name in Russian
// alphabetical order (compare_russian); ties keep the start date order, then
// the given order.
#include <cstddef>
#include <string_view>
#include <vector>

#include "records/gateway.hpp"

namespace cabinet::records {

enum class SortOrder { start_ascending, start_descending, employer_ascending, employer_descending };

// Russian alphabetical order, ignoring case: spaces, then punctuation, then
// digits, then Cyrillic (а ... е ё ж ... я), then Latin, then anything else;
// equal texts (ignoring case) then by their bytes. <0, 0 or >0.
int compare_russian(std::string_view a, std::string_view b);

bool matches(const WorkRecord& record, std::string_view query);

// Indices into `records` of those that match `query` (all for an empty one), in `order`.
std::vector<size_t> arrange(const std::vector<WorkRecord>& records, std::string_view query, SortOrder order);

}  // namespace cabinet::records
