#include "audit/audit_verify.hpp"

#include <sodium.h>

#include <iterator>

#include "time/iso8601.hpp"

namespace cabinet::audit {

namespace {

constexpr const char* kFields[] = {"action", "actor", "details", "hash", "object", "prev_hash", "seq", "time"};

bool is_hash_hex(const std::string& text) {
  if (text.size() != 64) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool equal_hashes(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

// The entry of one line, or an explanation of why the line is not one.
std::optional<AuditEntry> parse_line(std::string_view line, std::string& error) {
  const nlohmann::json json = nlohmann::json::parse(line, nullptr, false);
  if (json.is_discarded()) {
    error = "not valid JSON";
    return std::nullopt;
  }
  if (!json.is_object() || json.size() != std::size(kFields)) {
    error = "not an object with the 8 entry fields";
    return std::nullopt;
  }
  for (const char* field : kFields) {
    if (!json.contains(field)) {
      error = std::string("missing field \"") + field + "\"";
      return std::nullopt;
    }
  }
  const auto is_text = [&](const char* f) { return json[f].is_string(); };
  if (!json["seq"].is_number_unsigned() || !is_text("time") || !is_text("actor") || !is_text("action") ||
      !is_text("object") || !json["details"].is_object() || !is_text("prev_hash") || !is_text("hash")) {
    error = "a field has the wrong type";
    return std::nullopt;
  }
  AuditEntry entry;
  entry.seq = json["seq"].get<uint64_t>();
  entry.time = json["time"].get<std::string>();
  entry.actor = json["actor"].get<std::string>();
  entry.action = json["action"].get<std::string>();
  entry.object = json["object"].get<std::string>();
  entry.details = json["details"];
  entry.prev_hash = json["prev_hash"].get<std::string>();
  entry.hash = json["hash"].get<std::string>();
  // Only one spelling of each entry is accepted, so equivalent rewrites
  // ("\u0041" for "A", spaces, key order) are reported too.
  if (canonical_json(to_json(entry)) != line) {
    error = "not in the canonical form the log writes";
    return std::nullopt;
  }
  return entry;
}

}  // namespace

std::string_view audit_problem_id(AuditProblem problem) {
  switch (problem) {
    case AuditProblem::none:
      return "none";
    case AuditProblem::parse_error:
      return "parse_error";
    case AuditProblem::bad_seq:
      return "bad_seq";
    case AuditProblem::bad_prev_hash:
      return "bad_prev_hash";
    case AuditProblem::bad_hash:
      return "bad_hash";
    case AuditProblem::bad_time:
      return "bad_time";
    case AuditProblem::missing_entries:
      return "missing_entries";
  }
  return "parse_error";
}

std::string audit_problem_key(AuditProblem problem) {
  return "auth.audit.problem." + std::string(audit_problem_id(problem));
}

VerifyResult verify(const std::vector<AuditEntry>& entries, const std::optional<Anchor>& anchor) {
  VerifyResult result;
  result.count = entries.size();
  const auto broken = [&](uint64_t entry, AuditProblem problem, std::string detail) {
    result.problem = problem;
    result.entry = entry;
    result.detail = std::move(detail);
    return result;
  };
  std::string expected_prev = kGenesisHash;
  for (size_t i = 0; i < entries.size(); ++i) {
    const AuditEntry& e = entries[i];
    const uint64_t number = i + 1;
    if (e.seq != number)
      return broken(number, AuditProblem::bad_seq,
                    "seq " + std::to_string(e.seq) + ", expected " + std::to_string(number));
    if (!equal_hashes(e.prev_hash, expected_prev))
      return broken(number, AuditProblem::bad_prev_hash, "prev_hash does not match the hash of the entry before");
    if (!is_hash_hex(e.hash) || !equal_hashes(e.hash, compute_hash(e)))
      return broken(number, AuditProblem::bad_hash, "the content does not match the hash");
    const auto time = time::parse_iso(e.time);
    if (!time || e.time.back() != 'Z') return broken(number, AuditProblem::bad_time, "time \"" + e.time + "\"");
    expected_prev = e.hash;
  }
  if (anchor) {
    if (entries.size() < anchor->seq)
      return broken(
          entries.size() + 1, AuditProblem::missing_entries,
          "the log ends at " + std::to_string(entries.size()) + ", the anchor is at " + std::to_string(anchor->seq));
    if (anchor->seq > 0 && !equal_hashes(entries[anchor->seq - 1].hash, anchor->hash))
      return broken(anchor->seq, AuditProblem::bad_hash, "the entry differs from the anchored one");
  }
  return result;
}

std::string to_jsonl_line(const AuditEntry& entry) {
  return canonical_json(to_json(entry)) + "\n";
}

std::string to_jsonl(const std::vector<AuditEntry>& entries) {
  std::string out;
  for (const AuditEntry& entry : entries) out += to_jsonl_line(entry);
  return out;
}

ParseResult parse_jsonl(std::string_view text) {
  ParseResult result;
  size_t line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    ++line_number;
    const size_t end = text.find('\n', start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
    std::string error;
    auto entry = parse_line(line, error);
    if (!entry) {
      result.ok = false;
      result.error_line = line_number;
      result.error = line.empty() ? "empty line" : error;
      return result;
    }
    result.entries.push_back(std::move(*entry));
    if (end == std::string_view::npos) break;  // the last line has no '\n': accepted
    start = end + 1;
  }
  return result;
}

VerifyResult verify_jsonl(std::string_view text, const std::optional<Anchor>& anchor) {
  const ParseResult parsed = parse_jsonl(text);
  if (!parsed.ok) {
    VerifyResult result;
    result.problem = AuditProblem::parse_error;
    result.entry = parsed.error_line;
    result.line = parsed.error_line;
    result.detail = parsed.error;
    result.count = parsed.entries.size();
    return result;
  }
  return verify(parsed.entries, anchor);
}

}  // namespace cabinet::audit
