#pragma once
// The ИЛС statement from the account's operations, and the individual pension
// coefficient (ИПК) of a year.
//
// ИПК (simplified, Federal law № 400-FZ art. 15): the year's insurance
// contributions over the contributions due on the year's maximum base, times
// 10, capped by the year's limit (7.39 in 2015 rising to 10 from 2021). The
// contributions here are at the full 22% rate on both sides, so the ratio is
// the citizen's pay over the maximum base. Years before 2015 (pension rights
// converted otherwise) and years whose maximum base is not in the table have
// no ИПК.
#include <cstdint>
#include <optional>
#include <vector>

#include "records/gateway.hpp"

namespace cabinet::records {

// The ИПК x1000 for `contributions_kopecks` paid for `year`; nullopt outside the table.
std::optional<int64_t> ipk_thousandths(int year, int64_t contributions_kopecks);
// The maximum base of contributions of `year` in rubles; nullopt outside the table (2015-2026).
std::optional<int64_t> maximum_base_rubles(int year);

// The statement of [from, to] (day numbers, from <= to) over the account's
// `operations` (any order; stable by date). Opening: every operation before
// `from`; years: the operations in the range, by the year of their posting;
// ИПК for the years the range covers whole. nullopt when a date does not
// parse, from > to, or a sum leaves int64.
std::optional<Statement> make_statement(const std::vector<Operation>& operations, int64_t from, int64_t to);

// opening + the operations' amounts = closing, without overflow, operations in the range.
bool is_consistent(const Statement& statement);

}  // namespace cabinet::records
