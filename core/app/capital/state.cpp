#include "app/capital/state.hpp"

#include "capital/capital_json.hpp"
#include "json/read.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr int kCapitalVersion = 1;

}  // namespace

std::optional<int64_t> capital_available(const CapitalState& s) {
  if (!s.account) return std::nullopt;
  return s.account->available();
}

json capital_to_json(const CapitalState& s) {
  return {{"version", kCapitalVersion},
          {"account", s.account ? capital::account_to_json(*s.account) : json(nullptr)},
          {"updated_ms", s.updated_ms}};
}

bool capital_from_json(CapitalState& s, const std::string& text) {
  const json j = json::parse(text, nullptr, false);
  const auto version = jsonread::int_of(j, "version");
  const auto updated = jsonread::int_of(j, "updated_ms");
  const json* account = jsonread::member(j, "account");
  if (!version || *version != kCapitalVersion || !updated || *updated < 0 || !account) return false;
  std::optional<capital::Account> read;
  if (!account->is_null()) {
    read = capital::account_from_json(*account);
    if (!read || !capital::is_consistent(*read)) return false;
  }
  s.account = std::move(read);
  s.updated_ms = *updated;
  return true;
}

json capital_summary(const CapitalState& s) {
  return {{"balance", s.account ? json(s.account->balance_kopecks) : json(nullptr)},
          {"reserved", s.account ? json(s.account->reserved_kopecks) : json(nullptr)},
          {"operations", s.account ? s.account->operations.size() : 0},
          {"updated", s.updated_ms ? time::format_iso_utc(s.updated_ms) : std::string()},
          {"code", s.code},
          {"filter", {{"kind", s.filter.kind}, {"status", s.filter.status}, {"year", s.filter.year}}}};
}

}  // namespace cabinet::app
