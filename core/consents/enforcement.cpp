#include "consents/enforcement.hpp"

#include <algorithm>
#include <array>

namespace cabinet::consents {

namespace {

constexpr std::array<std::string_view, 7> kRefusals = {
    "none", "no_consent", "withdrawn", "expired", "category_not_covered", "purpose_not_covered", "access_level"};

constexpr std::array<std::string_view, 3> kLimited = {"full_name", "birth_date", "snils"};
constexpr std::array<std::string_view, 6> kPartial = {"passport", "inn", "address", "phone", "email", "family"};

// How far a consent of the right recipient gets: the higher, the closer.
struct Evaluation {
  int stage = 0;
  Refusal reason = Refusal::no_consent;
  std::vector<std::string> uncovered;
};

Evaluation evaluate(const ConsentRecord& r, std::string_view purpose, const std::vector<std::string>& categories,
                    int64_t now_ms) {
  if (r.purpose != purpose) return {1, Refusal::purpose_not_covered, {}};
  if (r.status == Status::refused || r.created_ms > now_ms) return {2, Refusal::no_consent, {}};
  if (r.status == Status::withdrawn) return {3, Refusal::withdrawn, {}};
  if (r.status == Status::expired || now_ms >= r.valid_until_ms) return {3, Refusal::expired, {}};
  Evaluation e{4, Refusal::category_not_covered, {}};
  for (const auto& c : categories)
    if (std::find(r.categories.begin(), r.categories.end(), c) == r.categories.end()) e.uncovered.push_back(c);
  if (!e.uncovered.empty()) return e;
  e = {5, Refusal::access_level, {}};
  for (const auto& c : categories)
    if (required_level(c) > r.level) e.uncovered.push_back(c);
  if (!e.uncovered.empty()) return e;
  return {6, Refusal::none, {}};
}

}  // namespace

std::string_view refusal_id(Refusal refusal) { return kRefusals[static_cast<size_t>(refusal)]; }

AccessLevel required_level(std::string_view category) {
  if (std::find(kLimited.begin(), kLimited.end(), category) != kLimited.end()) return AccessLevel::limited;
  if (std::find(kPartial.begin(), kPartial.end(), category) != kPartial.end()) return AccessLevel::partial;
  return AccessLevel::full;
}

Decision may_process(const ConsentBook& book, std::string_view recipient, std::string_view purpose,
                     const std::vector<std::string>& categories, int64_t now_ms) {
  Decision best{false, Refusal::no_consent, "", {}};
  int best_stage = 0;
  int64_t best_changed = 0;
  for (const auto& r : book.records()) {
    if (r.recipient != recipient) continue;
    Evaluation e = evaluate(r, purpose, categories, now_ms);
    if (e.stage == 6) return {true, Refusal::none, r.id, {}};
    // Closest first; among equals the most recently changed one.
    if (e.stage > best_stage || (e.stage == best_stage && r.changed_ms >= best_changed)) {
      best = {false, e.reason, r.id, std::move(e.uncovered)};
      best_stage = e.stage;
      best_changed = r.changed_ms;
    }
  }
  return best;
}

}  // namespace cabinet::consents
