#include "audit/audit_filter.hpp"

#include <gtest/gtest.h>

#include "audit/actions.hpp"
#include "time/iso8601.hpp"

using namespace cabinet::audit;

namespace {

int64_t at(const char* iso) {
  return *cabinet::time::parse_iso(iso);
}

std::vector<uint64_t> seqs(const std::vector<AuditEntry>& entries) {
  std::vector<uint64_t> out;
  for (const auto& e : entries) out.push_back(e.seq);
  return out;
}

}  // namespace

TEST(AuditFilter, ByActionActorAndDates) {
  AuditLog log;
  log.append(at("2026-11-01T10:00:00Z"), "citizen", actions::kSignIn, "session");
  log.append(at("2026-11-02T10:00:00Z"), "+79165554433", actions::kSignInFailed, "session");
  log.append(at("2026-11-03T10:00:00Z"), "citizen", actions::kProfileChange, "profile.email");
  log.append(at("2026-11-04T10:00:00Z"), "citizen", actions::kSignIn, "session");
  const auto& all = log.entries();

  EXPECT_EQ(seqs(filter_entries(all, {})), (std::vector<uint64_t>{1, 2, 3, 4}));
  EXPECT_EQ(seqs(filter_entries(all, {.action = "sign_in"})), (std::vector<uint64_t>{1, 4}));
  EXPECT_EQ(seqs(filter_entries(all, {.actor = "+79165554433"})), (std::vector<uint64_t>{2}));
  EXPECT_EQ(seqs(filter_entries(all, {.from_ms = at("2026-11-02T10:00:00Z"), .until_ms = at("2026-11-04T10:00:00Z")})),
            (std::vector<uint64_t>{2, 3}));
  EXPECT_EQ(seqs(filter_entries(all, {.action = "sign_in", .actor = "citizen", .from_ms = at("2026-11-02T00:00:00Z")})),
            (std::vector<uint64_t>{4}));
  EXPECT_TRUE(filter_entries(all, {.action = "export"}).empty());

  auto broken = all;
  broken[0].time = "yesterday";
  EXPECT_EQ(seqs(filter_entries(broken, {.from_ms = 0})), (std::vector<uint64_t>{2, 3, 4}));
  EXPECT_EQ(seqs(filter_entries(broken, {.action = "sign_in"})), (std::vector<uint64_t>{1, 4}));
}
