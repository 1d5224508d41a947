#pragma once
// Filters of the «Журнал действий» screen.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"

namespace cabinet::audit {

struct AuditFilter {
  std::optional<std::string> action;  // exact action id
  std::optional<std::string> actor;   // exact actor
  std::optional<int64_t> from_ms;     // inclusive, Unix ms
  std::optional<int64_t> until_ms;    // exclusive, Unix ms
};

bool matches(const AuditEntry& entry, const AuditFilter& filter);
// The matching entries, oldest first. An entry whose time cannot be read is
// left out by any date bound.
std::vector<AuditEntry> filter_entries(const std::vector<AuditEntry>& entries, const AuditFilter& filter);

}  // namespace cabinet::audit
