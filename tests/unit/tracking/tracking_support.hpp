#pragma once
// Shared helpers of the tracking tests: the form fixtures as data, a test
// signing key, signed envelopes and a clock the tests move by hand.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "submission/envelope.hpp"
#include "support/test_paths.hpp"
#include "tracking/feed_apply.hpp"
#include "tracking/gateway.hpp"

namespace cabinet::tracking::test {

inline constexpr int64_t kStart = 1'795'424'400'000;  // 2026-11-23T09:00:00Z

// The first valid-*.json of a form, by file name.
inline nlohmann::json valid_fixture(const std::string& form_id) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(cabinet::test::source_path("tests/fixtures/forms/") + form_id)) {
    if (entry.path().filename().string().starts_with("valid-")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return nullptr;
  std::ifstream in(files.front());
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str(), nullptr, false);
}

inline const submission::SigningKey& test_key() {
  static const submission::SigningKey key = submission::generate_signing_key([](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>(i * 13 + 5);
  });
  return key;
}

inline nlohmann::json signed_envelope(const std::string& form_id, const nlohmann::json& data, const std::string& number,
                                      int64_t now_ms) {
  submission::EnvelopeInput input{form_id, 1, data, "key-" + number, number, now_ms};
  return submission::make_envelope(input, test_key());
}

struct TestClock {
  int64_t now = kStart;
  auto fn() {
    return [this] { return now; };
  }
};

// Reads the whole feed from `cursor` on and applies it.
inline FeedReport pull(AgencyGateway& gateway, std::string& cursor, std::vector<Tracked>& apps) {
  FeedReport total;
  for (int page = 0; page < 100; ++page) {
    const FeedPage got = gateway.feed(cursor);
    if (!got.ok || got.events.empty()) break;
    FeedReport report = apply_feed(apps, got.events);
    total.changes.insert(total.changes.end(), report.changes.begin(), report.changes.end());
    total.refused.insert(total.refused.end(), report.refused.begin(), report.refused.end());
    total.unknown.insert(total.unknown.end(), report.unknown.begin(), report.unknown.end());
    cursor = got.next_cursor;
  }
  return total;
}

inline std::vector<Status> statuses(const Tracked& tracked) {
  std::vector<Status> out;
  for (const HistoryEntry& entry : tracked.history) out.push_back(entry.status);
  return out;
}

}  // namespace cabinet::tracking::test
