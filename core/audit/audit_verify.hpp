#pragma once
// Checking the chain, in memory or straight from a JSONL file.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_log.hpp"

namespace cabinet::audit {

enum class AuditProblem {
  none,
  parse_error,      // a line is not an entry written by the log (bad JSON, fields, form)
  bad_seq,          // the numbering has a gap or a repeat
  bad_prev_hash,    // the entry does not point at the one before: one was removed or inserted
  bad_hash,         // the entry's content does not match its hash: it was changed
  bad_time,         // the time is not an ISO 8601 UTC timestamp
  missing_entries,  // the log ends before the anchor (entries cut off its end)
};

std::string_view audit_problem_id(AuditProblem problem);  // "bad_hash", ...
std::string audit_problem_key(AuditProblem problem);      // "auth.audit.problem.bad_hash"
inline constexpr AuditProblem kAllAuditProblems[] = {AuditProblem::parse_error,   AuditProblem::bad_seq,
                                                     AuditProblem::bad_prev_hash, AuditProblem::bad_hash,
                                                     AuditProblem::bad_time,      AuditProblem::missing_entries};

struct VerifyResult {
  AuditProblem problem = AuditProblem::none;
  uint64_t entry = 0;  // the first broken entry, numbered from 1 (its expected seq)
  size_t line = 0;     // for parse errors: the line, numbered from 1
  std::string detail;  // technical detail (English)
  size_t count = 0;    // entries checked
  bool ok() const { return problem == AuditProblem::none; }
};

// What a trusted copy remembers about the end of the log (AuditLog::head_hash()).
struct Anchor {
  uint64_t seq = 0;
  std::string hash;
};

VerifyResult verify(const std::vector<AuditEntry>& entries, const std::optional<Anchor>& anchor = std::nullopt);

// One entry per line, each line the canonical JSON of the entry, '\n' after each.
std::string to_jsonl_line(const AuditEntry& entry);
std::string to_jsonl(const std::vector<AuditEntry>& entries);

struct ParseResult {
  std::vector<AuditEntry> entries;
  bool ok = true;
  size_t error_line = 0;  // from 1
  std::string error;
};

// Strict: every line must be exactly what to_jsonl_line() writes (an empty
// text or one ending in '\n' is fine; blank lines in between are not).
ParseResult parse_jsonl(std::string_view text);

// parse_jsonl() then verify(): a parse error is reported with its line and as entry = line.
VerifyResult verify_jsonl(std::string_view text, const std::optional<Anchor>& anchor = std::nullopt);

}  // namespace cabinet::audit
