#pragma once
// Мои документы: the citizen's own documents, kept in the vault. The list
// (documents.json) holds each document's type, folder, «Действителен до» and
// versions; a version's bytes are stored once under "file-<blake2b>", the
// same key an attachment of an application uses.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::app {

inline constexpr const char* kDocumentsKey = "documents.json";
// The field name the upload panel's file picker reports its file with.
inline constexpr const char* kDocumentFileField = "documents.file";
inline constexpr size_t kDocumentsLimit = 1000;
inline constexpr size_t kFoldersLimit = 50;
inline constexpr size_t kFolderNameMax = 60;      // characters
inline constexpr size_t kDocumentTitleMax = 120;  // characters
inline constexpr int64_t kDocumentMaxBytes = 10 * 1024 * 1024;
inline constexpr int kExpiryWarningDays = 30;  // the red mark and the reminder start this many days before
// The sandbox agency cannot read a scan this small (a real connector sends its own decision).
inline constexpr int64_t kReadableScanMinBytes = 2048;

// The types the list offers (seed: «Укажите тип документа в появившемся списке»).
// Labels: "documents.type.<id>".
inline constexpr const char* kDocumentTypes[] = {"passport",
                                                 "snils",
                                                 "inn",
                                                 "birth_certificate",
                                                 "marriage_certificate",
                                                 "work_book",
                                                 "income_certificate",
                                                 "disability_certificate",
                                                 "medical_certificate",
                                                 "other"};
// Certificates (справки) are issued for a time: their «Действителен до» is required.
bool validity_required(std::string_view type);
bool is_document_type(std::string_view type);

struct DocumentVersion {
  std::string file_name;
  std::string file_type;  // jpg | png | pdf (from the content)
  int64_t size = 0;
  std::string blake2b;  // the content's key is "file-" + blake2b
  int64_t uploaded_ms = 0;
  std::string valid_until;  // ISO date "YYYY-MM-DD" or "" (no end)
};

struct Document {
  std::string id;                         // "D-000001"
  std::string type;                       // one of kDocumentTypes
  std::string title;                      // the citizen's own name; "" shows the type's name
  std::string folder;                     // "" = outside any folder
  std::vector<DocumentVersion> versions;  // oldest first; the last one is in use
  std::string review = "checking";        // checking | approved | needs_clarification
  std::string review_reason;              // catalog key when needs_clarification
  bool reminded_soon = false;             // the reminder 30 days before was sent (for the current version)
  bool reminded_expired = false;
  int64_t created_ms = 0;

  const DocumentVersion& current() const { return versions.back(); }
};

enum class Validity { unlimited, valid, expiring, expired };
std::string_view validity_id(Validity validity);  // "unlimited", "valid", "expiring", "expired"

// Days from today (Moscow time) to the last valid day; nullopt without an end date.
std::optional<int64_t> days_left(const Document& document, int64_t now_ms);
Validity validity(const Document& document, int64_t now_ms);
// "2027-03-01" -> "01.03.2027" (as the screens show dates); "" for a bad date.
std::string display_iso_date(std::string_view iso_date);
// Moscow midnight starting the ISO date's day, in unix ms; nullopt for a bad date.
std::optional<int64_t> day_start_ms(std::string_view iso_date, int64_t day_offset = 0);

// What the upload panel holds while the citizen fills it.
struct DocumentDraft {
  std::string mode = "new";  // new | replace | renew | edit
  std::string target;        // the document for replace / renew / edit
  std::string type;
  std::string title;
  std::string folder;
  std::string valid_until;  // as typed: ДД.ММ.ГГГГ
};

struct DocumentsView {
  std::string folder = "*";    // "*" all, "" outside folders, or a folder's name
  std::string type;            // "" or a type
  std::string validity;        // "" or valid | expiring | expired
  std::string review;          // "" or a review status
  std::string period = "all";  // all | 30d | 12m (by the upload date)
  std::string query;           // part of the title or the file name
  std::string confirm_delete;  // the document whose deletion waits for «Да, удалить»
  std::string opened;          // the document whose versions are shown
};

struct DocumentsState {
  std::vector<Document> documents;  // in upload order
  std::vector<std::string> folders;
  uint64_t next_number = 1;
  bool panel_open = false;  // the upload / edit panel is shown
  DocumentDraft draft;
  DocumentsView view;
};

const Document* find_document(const DocumentsState& state, std::string_view id);
// Whether the title or the file name contains `folded_query` (search::fold: any case, ё = е).
bool document_matches(const Document& document, const std::string& folded_query);
// «Из моих документов» on a form: the first `limit` documents matching `query`,
// newest first; `total` counts every match.
std::vector<const Document*> find_documents(const DocumentsState& state, std::string_view query, size_t limit,
                                            size_t& total);
// The documents the view selects at `now_ms`, newest first.
std::vector<const Document*> listed_documents(const DocumentsState& state, int64_t now_ms);
// The sandbox agency's check of an uploaded version: "approved" or a reason key.
std::string sandbox_review(const DocumentVersion& version);

nlohmann::json documents_to_json(const DocumentsState& state);
// False when `text` is not a documents list (then `state` is unchanged).
bool documents_from_json(DocumentsState& state, const std::string& text);
// For summary(): counts by validity and review.
nlohmann::json documents_summary(const DocumentsState& state, int64_t now_ms);

}  // namespace cabinet::app
