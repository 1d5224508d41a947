#include "audit/audit_log.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "audit/actions.hpp"
#include "audit/audit_verify.hpp"
#include "time/iso8601.hpp"

using namespace cabinet::audit;

namespace {

int64_t at(const char* iso) {
  return *cabinet::time::parse_iso(iso);
}

AuditLog sample_log() {
  AuditLog log;
  log.append(at("2026-11-23T09:00:00Z"), "+79165554433", actions::kSignInFailed, "session", {{"reason", "password"}});
  log.append(at("2026-11-23T09:00:30Z"), "+79165554433", actions::kSignIn, "session", {{"device", "Firefox, Linux"}});
  log.append(at("2026-11-23T09:05:00.250Z"), "citizen", actions::kProfileChange, "profile.phone",
             {{"old", "+7 916 555-44-33"}, {"new", "+7 916 000-11-22"}});
  log.append(at("2026-11-23T09:10:00Z"), "citizen", actions::kConsentChange, "consent:pd-processing",
             {{"given", false}, {"note", "Отозвано «по просьбе»\n\"кавычки\"\\"}});
  log.append(at("2026-11-23T09:20:00Z"), "citizen", actions::kExport, "vault", nlohmann::json::object());
  return log;
}

size_t line_of(const std::string& text, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') ++line;
  return line;
}

}  // namespace

TEST(AuditLog, EntriesAreNumberedTimedAndChained) {
  const AuditLog log = sample_log();
  ASSERT_EQ(log.size(), 5u);
  const auto& e = log.entries();
  EXPECT_EQ(e[0].seq, 1u);
  EXPECT_EQ(e[0].prev_hash, kGenesisHash);
  EXPECT_EQ(e[0].time, "2026-11-23T09:00:00Z");
  EXPECT_EQ(e[2].time, "2026-11-23T09:05:00.250Z");
  for (size_t i = 1; i < e.size(); ++i) {
    EXPECT_EQ(e[i].seq, i + 1);
    EXPECT_EQ(e[i].prev_hash, e[i - 1].hash);
  }
  EXPECT_EQ(e[0].hash.size(), 64u);
  EXPECT_EQ(e[0].hash, compute_hash(e[0]));
  EXPECT_EQ(log.head_hash(), e[4].hash);
  EXPECT_TRUE(verify(e).ok());
  EXPECT_EQ(verify(e).count, 5u);
}

TEST(AuditLog, HashIsBlake2bOfTheCanonicalJsonWithoutTheHash) {
  AuditEntry entry;
  entry.seq = 1;
  entry.time = "2026-11-23T09:00:00Z";
  entry.actor = "citizen";
  entry.action = "sign_in";
  entry.object = "session";
  entry.prev_hash = kGenesisHash;
  EXPECT_EQ(canonical_json(to_json(entry, false)),
            R"({"action":"sign_in","actor":"citizen","details":{},"object":"session","prev_hash":")" + kGenesisHash +
                R"(","seq":1,"time":"2026-11-23T09:00:00Z"})");
  // b2sum -l 256 of that text.
  EXPECT_EQ(compute_hash(entry), "6d7fa550efa11afef1996cc4612206ffbf5aa1dc0fd4fbdf4e3ed88fe60c6adb");
}

TEST(AuditLog, JsonlRoundTrip) {
  const AuditLog log = sample_log();
  const std::string text = to_jsonl(log.entries());
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 5);
  const ParseResult parsed = parse_jsonl(text);
  ASSERT_TRUE(parsed.ok) << parsed.error;
  ASSERT_EQ(parsed.entries.size(), 5u);
  EXPECT_EQ(parsed.entries[3].details["note"], "Отозвано «по просьбе»\n\"кавычки\"\\");
  EXPECT_TRUE(verify_jsonl(text).ok());
  EXPECT_TRUE(verify_jsonl("").ok());
  EXPECT_TRUE(verify_jsonl(text.substr(0, text.size() - 1)).ok());  // no final newline

  // A log read back continues its chain.
  AuditLog continued(parsed.entries);
  continued.append(at("2026-11-23T10:00:00Z"), "citizen", actions::kSignOut, "session");
  EXPECT_EQ(continued.entries()[5].prev_hash, log.head_hash());
  EXPECT_TRUE(verify_jsonl(to_jsonl(continued.entries())).ok());
}

TEST(AuditLog, BadInputIsNormalizedSoItReadsBackTheSame) {
  AuditLog log;
  log.append(0, "bad\xFFutf8", "sign_in", "x", {{"nan", std::nan("")}, {"inf", INFINITY}});
  log.append(0, "citizen", "sign_in", "x", nlohmann::json::array({1, 2}));
  EXPECT_EQ(log.entries()[0].actor, "bad\uFFFDutf8");
  EXPECT_TRUE(log.entries()[0].details["nan"].is_null());
  EXPECT_EQ(log.entries()[1].details, (nlohmann::json{{"value", {1, 2}}}));
  EXPECT_TRUE(verify_jsonl(to_jsonl(log.entries())).ok());
}

// Flip any single byte of the serialized log: the entry on that line is reported.
TEST(AuditLog, FlippingAnyByteReportsItsEntry) {
  AuditLog log;  // small, so that every byte of it can be tried quickly
  log.append(at("2026-11-23T09:00:00Z"), "citizen", actions::kSignIn, "session", {{"n", 12}});
  log.append(at("2026-11-23T09:05:00.250Z"), "Анна", actions::kProfileChange, "profile", {{"new", "«a»\n\"b\""}});
  log.append(at("2026-11-23T09:10:00Z"), "citizen", actions::kConsentChange, "consent", {{"given", false}});
  const std::string text = to_jsonl(log.entries());
  for (size_t offset = 0; offset < text.size(); ++offset) {
    for (unsigned char mask : {0x01, 0x20}) {  // a value changed, a letter's case changed
      std::string tampered = text;
      tampered[offset] = static_cast<char>(tampered[offset] ^ mask);
      const VerifyResult result = verify_jsonl(tampered);
      const size_t line = line_of(text, offset);
      ASSERT_FALSE(result.ok()) << "offset " << offset << " mask " << int{mask};
      EXPECT_EQ(result.entry, line) << "offset " << offset << " mask " << int{mask} << " "
                                    << audit_problem_id(result.problem) << ": " << result.detail;
      if (result.problem == AuditProblem::parse_error) {
        EXPECT_EQ(result.line, line);
      }
    }
  }
}

TEST(AuditLog, RemovedInsertedAndReorderedEntries) {
  const auto entries = sample_log().entries();
  auto removed = entries;
  removed.erase(removed.begin() + 2);
  VerifyResult result = verify(removed);
  EXPECT_EQ(result.problem, AuditProblem::bad_seq);
  EXPECT_EQ(result.entry, 3u);

  auto renumbered = removed;  // a careful forger renumbers too: the chain still breaks
  for (size_t i = 0; i < renumbered.size(); ++i) renumbered[i].seq = i + 1;
  result = verify(renumbered);
  EXPECT_EQ(result.problem, AuditProblem::bad_prev_hash);
  EXPECT_EQ(result.entry, 3u);

  auto swapped = entries;
  std::swap(swapped[1], swapped[2]);
  EXPECT_EQ(verify(swapped).entry, 2u);

  auto edited = entries;
  edited[3].details["given"] = true;
  result = verify(edited);
  EXPECT_EQ(result.problem, AuditProblem::bad_hash);
  EXPECT_EQ(result.entry, 4u);
}

TEST(AuditLog, AnAnchorCatchesEntriesCutOffTheEnd) {
  const AuditLog log = sample_log();
  const Anchor anchor{log.size(), log.head_hash()};
  EXPECT_TRUE(verify(log.entries(), anchor).ok());
  auto cut = log.entries();
  cut.pop_back();
  EXPECT_TRUE(verify(cut).ok());  // the chain alone cannot tell
  const VerifyResult result = verify(cut, anchor);
  EXPECT_EQ(result.problem, AuditProblem::missing_entries);
  EXPECT_EQ(result.entry, 5u);
}

TEST(AuditLog, ParseErrorsNameTheLine) {
  const std::string text = to_jsonl(sample_log().entries());
  const size_t second = text.find('\n') + 1;
  VerifyResult result = verify_jsonl(text.substr(0, second) + "\n" + text.substr(second));
  EXPECT_EQ(result.problem, AuditProblem::parse_error);
  EXPECT_EQ(result.line, 2u);
  EXPECT_EQ(result.detail, "empty line");

  // Same content, other spelling (spaces): refused, only the log's own form is accepted.
  const std::string first_line = text.substr(0, second - 1);
  const std::string spaced = nlohmann::json::parse(first_line).dump(1) + "\n";
  result = verify_jsonl(spaced);
  EXPECT_EQ(result.problem, AuditProblem::parse_error);
  EXPECT_EQ(result.line, 1u);

  result = verify_jsonl(text + "{\"seq\":6}\n");
  EXPECT_EQ(result.problem, AuditProblem::parse_error);
  EXPECT_EQ(result.line, 6u);
  EXPECT_EQ(audit_problem_key(AuditProblem::bad_hash), "auth.audit.problem.bad_hash");
}
