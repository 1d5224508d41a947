#include "audit/audit_filter.hpp"

#include "time/iso8601.hpp"

namespace cabinet::audit {

bool matches(const AuditEntry& entry, const AuditFilter& filter) {
  if (filter.action && entry.action != *filter.action) return false;
  if (filter.actor && entry.actor != *filter.actor) return false;
  if (filter.from_ms || filter.until_ms) {
    const auto time = time::parse_iso(entry.time);
    if (!time) return false;
    if (filter.from_ms && *time < *filter.from_ms) return false;
    if (filter.until_ms && *time >= *filter.until_ms) return false;
  }
  return true;
}

std::vector<AuditEntry> filter_entries(const std::vector<AuditEntry>& entries, const AuditFilter& filter) {
  std::vector<AuditEntry> out;
  for (const AuditEntry& entry : entries)
    if (matches(entry, filter)) out.push_back(entry);
  return out;
}

}  // namespace cabinet::audit
