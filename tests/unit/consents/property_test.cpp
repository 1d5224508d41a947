// Random sequences of give / change / renew / withdraw / expire / refuse / use
// with a fake clock: a use succeeds exactly when, at that instant, some consent
// is active and covers it, computed independently by replaying the history.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "consents/enforcement.hpp"
#include "fixtures.hpp"
#include "time/iso8601.hpp"

using namespace consent_test;
using nlohmann::json;

namespace {

const std::vector<std::string> kRecipients = {"ПФР", "Банк"};
const std::vector<std::string> kPurposes = {"registry_autofill", "personal_data_processing", "personal_suggestions",
                                            "application_processing", "document_sharing"};
// The category pool with the access level each needs (0 limited, 1 partial, 2 full).
const std::map<std::string, int> kTier = {{"full_name", 0}, {"snils", 0},        {"passport", 1},
                                          {"address", 1},   {"bank_details", 2}, {"income", 2}};
const std::map<std::string, int> kLevelRank = {{"limited", 0}, {"partial", 1}, {"full", 2}};

struct Rng {
  std::mt19937 engine;
  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(engine); }
  bool chance(int percent) { return below(100) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& items) { return items[static_cast<size_t>(below(static_cast<int>(items.size())))]; }
  std::vector<std::string> categories(int max) {
    std::vector<std::string> out;
    for (const auto& [name, tier] : kTier)
      if (static_cast<int>(out.size()) < max && chance(35)) out.push_back(name);
    return out;
  }
};

int64_t time_of(const json& snapshot, const char* key) { return *time::parse_iso(snapshot[key].get<std::string>()); }

// From the history alone: the latest snapshot of each consent at `now`.
bool expected_allowed(const consents::ConsentBook& book, const std::string& recipient, const std::string& purpose,
                      const std::vector<std::string>& categories, int64_t now) {
  std::map<std::string, const json*> latest;
  for (const auto& h : book.history())
    if (h.time_ms <= now) latest[h.consent_id] = &h.after;
  for (const auto& [id, snapshot] : latest) {
    const json& s = *snapshot;
    const std::string status = s["status"];
    if (status != "given" && status != "renewed" && status != "changed") continue;
    if (time_of(s, "created") > now || time_of(s, "valid_until") <= now) continue;
    if (s["recipient"] != recipient || s["purpose"] != purpose) continue;
    bool covered = true;
    for (const auto& c : categories) {
      bool listed = false;
      for (const auto& have : s["categories"]) listed = listed || have == c;
      covered = covered && listed && kTier.at(c) <= kLevelRank.at(s["level"].get<std::string>());
    }
    if (covered) return true;
  }
  return false;
}

}  // namespace

TEST(ConsentProperty, NoUseSucceedsWithoutAnActiveCoveringConsent) {
  const auto key = test_key();
  int allowed = 0, refused = 0;
  for (unsigned seed = 1; seed <= 200; ++seed) {
    Rng rng{std::mt19937(seed)};
    consents::ConsentBook book;
    int64_t now = kNow;
    for (int step = 0; step < 100; ++step) {
      if (rng.chance(30)) now += rng.below(3) * kDay + rng.below(1000);
      const std::string id = book.records().empty() ? "C-000001" : rng.pick(book.records()).id;
      const auto level = static_cast<consents::AccessLevel>(rng.below(3));
      switch (rng.below(8)) {
        case 0:
          book.give(draft(Kind::direct, rng.pick(kRecipients), rng.pick(kPurposes), rng.categories(6), level,
                          (1 + rng.below(30)) * kDay),
                    rng.chance(90), key, now, "citizen");
          break;
        case 1: {
          consents::ChangeRequest request;
          if (rng.chance(50)) request.purpose = rng.pick(kPurposes);
          if (rng.chance(50)) request.valid_until_ms = now + (rng.below(20) - 2) * kDay;
          if (rng.chance(50)) request.level = level;
          book.change(id, request, rng.chance(90), key, now, "citizen");
          break;
        }
        case 2: book.renew(id, now + rng.below(25) * kDay, true, key, now, "citizen"); break;
        case 3: book.withdraw(id, now, "citizen"); break;
        case 4: book.expire_due(now); break;
        case 5: book.refuse(draft(Kind::direct, rng.pick(kRecipients), rng.pick(kPurposes)), now, "citizen"); break;
        default: {
          std::string recipient = rng.pick(kRecipients), purpose = rng.pick(kPurposes);
          std::vector<std::string> categories = rng.categories(3);
          std::vector<const consents::ConsentRecord*> pool;  // aim at an active consent more often than not
          const bool any = rng.chance(30);
          for (const auto& r : book.records())
            if (any || consents::is_active_at(r, now)) pool.push_back(&r);
          if (!pool.empty() && rng.chance(70)) {
            const auto& r = *rng.pick(pool);
            recipient = r.recipient;
            purpose = r.purpose;
            categories.clear();
            const bool within_level = rng.chance(60);
            for (const auto& c : r.categories)
              if (rng.chance(50) && (!within_level || kTier.at(c) <= static_cast<int>(r.level)))
                categories.push_back(c);
          }
          const auto decision = consents::may_process(book, recipient, purpose, categories, now);
          const bool expected = expected_allowed(book, recipient, purpose, categories, now);
          ASSERT_EQ(decision.allowed, expected) << "seed " << seed << " step " << step << " reason "
                                                << consents::refusal_id(decision.reason);
          if (decision.allowed) {
            const auto* used = book.find(decision.consent_id);
            ASSERT_NE(used, nullptr);
            ASSERT_TRUE(consents::is_active_at(*used, now));
          } else {
            ASSERT_NE(decision.reason, consents::Refusal::none);
          }
          ++(decision.allowed ? allowed : refused);
        }
      }
    }
  }
  // Both answers were exercised, often.
  EXPECT_GT(allowed, 500) << refused;
  EXPECT_GT(refused, 500);
}
