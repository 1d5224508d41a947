#include "app/documents/state.hpp"

#include <algorithm>
#include <cstdio>

#include "search/search.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr int64_t kDayMs = 24LL * 60 * 60 * 1000;
constexpr int64_t kMoscowOffsetMs = 3LL * 60 * 60 * 1000;  // UTC+3 all year
constexpr int kDocumentsVersion = 1;

const char* const kReviewStates[] = {"checking", "approved", "needs_clarification"};

bool is_review_state(std::string_view review) {
  return std::find(std::begin(kReviewStates), std::end(kReviewStates), review) != std::end(kReviewStates);
}

std::optional<int64_t> iso_day(std::string_view iso) {
  int year = 0;
  unsigned month = 0, day = 0;
  if (iso.size() != 10 || std::sscanf(std::string(iso).c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3)
    return std::nullopt;
  if (!time::is_valid_date(year, month, day)) return std::nullopt;
  return time::days_from_civil(year, month, day);
}

int64_t moscow_day(int64_t now_ms) {
  const int64_t shifted = now_ms + kMoscowOffsetMs;
  return shifted >= 0 ? shifted / kDayMs : (shifted - kDayMs + 1) / kDayMs;
}

bool within_period(const std::string& period, int64_t at_ms, int64_t now_ms) {
  if (period == "30d") return at_ms >= now_ms - 30 * kDayMs;
  if (period == "12m") return at_ms >= now_ms - 365 * kDayMs;
  return true;
}

json version_to_json(const DocumentVersion& v) {
  return {{"file_name", v.file_name}, {"file_type", v.file_type},     {"size", v.size},
          {"blake2b", v.blake2b},     {"uploaded_ms", v.uploaded_ms}, {"valid_until", v.valid_until}};
}

std::optional<DocumentVersion> version_from_json(const json& j) {
  if (!j.is_object()) return std::nullopt;
  DocumentVersion v;
  const auto text = [&](const char* name, std::string& out) {
    if (!j.contains(name) || !j[name].is_string()) return false;
    out = j[name].get<std::string>();
    return text::is_valid_utf8(out);
  };
  if (!text("file_name", v.file_name) || !text("file_type", v.file_type) || !text("blake2b", v.blake2b) ||
      !text("valid_until", v.valid_until))
    return std::nullopt;
  if (!j.contains("size") || !j["size"].is_number_integer() || !j.contains("uploaded_ms") ||
      !j["uploaded_ms"].is_number_integer())
    return std::nullopt;
  v.size = j["size"].get<int64_t>();
  v.uploaded_ms = j["uploaded_ms"].get<int64_t>();
  if (v.blake2b.size() != 64 || v.size < 0) return std::nullopt;
  if (!v.valid_until.empty() && !iso_day(v.valid_until)) return std::nullopt;
  return v;
}

std::optional<Document> document_from_json(const json& j) {
  if (!j.is_object()) return std::nullopt;
  Document d;
  for (auto [name, out] : {std::pair{"id", &d.id},
                           {"type", &d.type},
                           {"title", &d.title},
                           {"folder", &d.folder},
                           {"review", &d.review},
                           {"review_reason", &d.review_reason}}) {
    if (!j.contains(name) || !j[name].is_string()) return std::nullopt;
    *out = j[name].get<std::string>();
    if (!text::is_valid_utf8(*out)) return std::nullopt;
  }
  if (!is_document_type(d.type) || !is_review_state(d.review) || d.id.empty()) return std::nullopt;
  if (!j.contains("versions") || !j["versions"].is_array() || j["versions"].empty()) return std::nullopt;
  for (const json& v : j["versions"]) {
    auto version = version_from_json(v);
    if (!version) return std::nullopt;
    d.versions.push_back(std::move(*version));
  }
  d.reminded_soon = j.value("reminded_soon", false);
  d.reminded_expired = j.value("reminded_expired", false);
  if (j.contains("created_ms") && j["created_ms"].is_number_integer()) d.created_ms = j["created_ms"].get<int64_t>();
  return d;
}

}  // namespace

bool is_document_type(std::string_view type) {
  return std::find(std::begin(kDocumentTypes), std::end(kDocumentTypes), type) != std::end(kDocumentTypes);
}

bool validity_required(std::string_view type) {
  return type == "income_certificate" || type == "disability_certificate" || type == "medical_certificate";
}

std::string_view validity_id(Validity validity) {
  switch (validity) {
    case Validity::unlimited:
      return "unlimited";
    case Validity::valid:
      return "valid";
    case Validity::expiring:
      return "expiring";
    case Validity::expired:
      return "expired";
  }
  return "unlimited";
}

std::string display_iso_date(std::string_view iso_date) {
  if (!iso_day(iso_date)) return "";
  return std::string(iso_date.substr(8, 2)) + "." + std::string(iso_date.substr(5, 2)) + "." +
         std::string(iso_date.substr(0, 4));
}

std::optional<int64_t> day_start_ms(std::string_view iso_date, int64_t day_offset) {
  const auto day = iso_day(iso_date);
  if (!day) return std::nullopt;
  return (*day + day_offset) * kDayMs - kMoscowOffsetMs;
}

std::optional<int64_t> days_left(const Document& document, int64_t now_ms) {
  if (document.versions.empty()) return std::nullopt;
  const auto last_day = iso_day(document.current().valid_until);
  if (!last_day) return std::nullopt;
  return *last_day - moscow_day(now_ms);
}

Validity validity(const Document& document, int64_t now_ms) {
  const auto left = days_left(document, now_ms);
  if (!left) return Validity::unlimited;
  if (*left < 0) return Validity::expired;
  return *left <= kExpiryWarningDays ? Validity::expiring : Validity::valid;
}

const Document* find_document(const DocumentsState& state, std::string_view id) {
  for (const Document& d : state.documents) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

bool document_matches(const Document& d, const std::string& folded_query) {
  return folded_query.empty() || search::fold(d.title).find(folded_query) != std::string::npos ||
         search::fold(d.current().file_name).find(folded_query) != std::string::npos;
}

std::vector<const Document*> find_documents(const DocumentsState& state, std::string_view query, size_t limit,
                                            size_t& total) {
  const std::string folded = search::fold(text::trim(query));
  std::vector<const Document*> found;
  total = 0;
  for (auto it = state.documents.rbegin(); it != state.documents.rend(); ++it) {
    if (!document_matches(*it, folded)) continue;
    if (found.size() < limit) found.push_back(&*it);
    ++total;
  }
  return found;
}

std::vector<const Document*> listed_documents(const DocumentsState& state, int64_t now_ms) {
  const DocumentsView& v = state.view;
  const std::string query = search::fold(text::trim(v.query));
  std::vector<const Document*> listed;
  for (auto it = state.documents.rbegin(); it != state.documents.rend(); ++it) {
    const Document& d = *it;
    if (v.folder != "*" && d.folder != v.folder) continue;
    if (!v.type.empty() && d.type != v.type) continue;
    if (!v.review.empty() && d.review != v.review) continue;
    if (!v.validity.empty() && validity_id(validity(d, now_ms)) != v.validity) continue;
    if (!within_period(v.period, d.current().uploaded_ms, now_ms)) continue;
    if (!document_matches(d, query)) continue;
    listed.push_back(&d);
  }
  return listed;
}

std::string sandbox_review(const DocumentVersion& version) {
  if (version.size < kReadableScanMinBytes) return "documents.reason.unreadable";
  return "approved";
}

json documents_to_json(const DocumentsState& state) {
  json documents = json::array();
  for (const Document& d : state.documents) {
    json versions = json::array();
    for (const DocumentVersion& v : d.versions) versions.push_back(version_to_json(v));
    documents.push_back({{"id", d.id},
                         {"type", d.type},
                         {"title", d.title},
                         {"folder", d.folder},
                         {"versions", versions},
                         {"review", d.review},
                         {"review_reason", d.review_reason},
                         {"reminded_soon", d.reminded_soon},
                         {"reminded_expired", d.reminded_expired},
                         {"created_ms", d.created_ms}});
  }
  return {{"version", kDocumentsVersion},
          {"next_number", state.next_number},
          {"folders", state.folders},
          {"documents", documents}};
}

bool documents_from_json(DocumentsState& state, const std::string& text) {
  if (!text::is_valid_utf8(text)) return false;
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object() || j.value("version", 0) != kDocumentsVersion) return false;
  if (!j.contains("documents") || !j["documents"].is_array() || !j.contains("folders") || !j["folders"].is_array())
    return false;
  DocumentsState loaded;
  for (const json& f : j["folders"]) {
    if (!f.is_string() || !text::is_valid_utf8(f.get<std::string>())) return false;
    loaded.folders.push_back(f.get<std::string>());
  }
  for (const json& d : j["documents"]) {
    auto document = document_from_json(d);
    if (!document) return false;
    loaded.documents.push_back(std::move(*document));
  }
  if (loaded.documents.size() > kDocumentsLimit || loaded.folders.size() > kFoldersLimit) return false;
  if (!j.contains("next_number") || !j["next_number"].is_number_unsigned()) return false;
  loaded.next_number = std::max<uint64_t>(j["next_number"].get<uint64_t>(), loaded.documents.size() + 1);
  state.documents = std::move(loaded.documents);
  state.folders = std::move(loaded.folders);
  state.next_number = loaded.next_number;
  return true;
}

json documents_summary(const DocumentsState& state, int64_t now_ms) {
  json counts = {{"total", state.documents.size()}, {"expiring", 0}, {"expired", 0}, {"approved", 0},
                 {"needs_clarification", 0},        {"checking", 0}};
  for (const Document& d : state.documents) {
    const Validity v = validity(d, now_ms);
    if (v == Validity::expiring || v == Validity::expired)
      counts[std::string(validity_id(v))] = counts[std::string(validity_id(v))].get<int>() + 1;
    counts[d.review] = counts[d.review].get<int>() + 1;
  }
  counts["folders"] = state.folders.size();
  return counts;
}

}  // namespace cabinet::app
