#include "audit/audit_csv.hpp"

#include <cstdio>

#include "time/iso8601.hpp"

namespace cabinet::audit {

namespace {

// "23.11.2026 12:30:05" in the zone `offset_minutes` from UTC; the stored text when unreadable.
std::string display_time(const std::string& iso, int offset_minutes) {
  const auto ms = time::parse_iso(iso);
  if (!ms) return iso;
  const int64_t local_seconds = *ms / 1000 + int64_t{offset_minutes} * 60;
  int64_t days = local_seconds / 86400;
  int64_t seconds_of_day = local_seconds % 86400;
  if (seconds_of_day < 0) seconds_of_day += 86400, --days;
  int year;
  unsigned month, day;
  time::civil_from_days(days, year, month, day);
  char out[32];
  std::snprintf(out, sizeof out, "%02u.%02u.%04d %02d:%02d:%02d", day, month, year,
                static_cast<int>(seconds_of_day / 3600), static_cast<int>(seconds_of_day / 60 % 60),
                static_cast<int>(seconds_of_day % 60));
  return out;
}

std::string utc_offset_label(int minutes) {
  char out[16];
  const int abs = minutes < 0 ? -minutes : minutes;
  if (abs % 60 == 0) {
    std::snprintf(out, sizeof out, "UTC%c%d", minutes < 0 ? '-' : '+', abs / 60);
  } else {
    std::snprintf(out, sizeof out, "UTC%c%d:%02d", minutes < 0 ? '-' : '+', abs / 60, abs % 60);
  }
  return out;
}

}  // namespace

std::string neutralize_formula(std::string_view cell) {
  static constexpr std::string_view kFullWidth[] = {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D",
                                                    "\xEF\xBC\xA0"};  // ＝ ＋ － ＠
  bool risky = false;
  if (!cell.empty()) {
    const char c = cell.front();
    risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    for (std::string_view wide : kFullWidth) risky = risky || cell.substr(0, wide.size()) == wide;
  }
  return risky ? "'" + std::string(cell) : std::string(cell);
}

std::string csv_cell(std::string_view cell) {
  const std::string text = neutralize_formula(cell);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

std::string to_csv(const std::vector<AuditEntry>& entries, const i18n::Catalog& catalog, const CsvOptions& options) {
  std::string out = options.byte_order_mark ? "\xEF\xBB\xBF" : "";
  const auto row = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out.push_back(',');
      out += csv_cell(cells[i]);
    }
    out += "\r\n";
  };
  row({catalog.tr("auth.audit.csv.seq"),
       catalog.tr("auth.audit.csv.time", {{"zone", utc_offset_label(options.utc_offset_minutes)}}),
       catalog.tr("auth.audit.csv.actor"), catalog.tr("auth.audit.csv.action"), catalog.tr("auth.audit.csv.object"),
       catalog.tr("auth.audit.csv.details")});
  for (const AuditEntry& entry : entries) {
    const std::string label_key = "auth.audit.actions." + entry.action;
    row({std::to_string(entry.seq), display_time(entry.time, options.utc_offset_minutes), entry.actor,
         catalog.has(label_key) ? catalog.tr(label_key) : entry.action, entry.object,
         entry.details.empty() ? "" : canonical_json(entry.details)});
  }
  return out;
}

}  // namespace cabinet::audit
