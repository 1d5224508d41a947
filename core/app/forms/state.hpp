#pragma once
// The part of AppState the services catalog and the form journeys use.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tracking/outbox.hpp"
#include "tracking/transitions.hpp"

namespace cabinet::app {

// An error of a journey field: `path` is the JSON Pointer into the data,
// `keyword` the failing rule ("required", "format", ...), params its details.
struct JourneyError {
  std::string path;
  std::string keyword;
  nlohmann::json params = nlohmann::json::object();
};

enum class JourneyPage { start, step, review, confirmation };

// The form being filled now (at most one at a time).
struct Journey {
  std::string form_id;
  std::string draft_id;  // empty until the citizen starts filling
  JourneyPage page = JourneyPage::start;
  size_t step = 0;
  bool back_to_review = false;  // opened from «Изменить» on the review page
  nlohmann::json data = nlohmann::json::object();
  std::vector<JourneyError> errors;  // shown after «Продолжить», «Проверить» or «Отправить»
  std::string attach_error;          // a catalog key: the last file could not be attached
  nlohmann::json attach_params = nlohmann::json::object();
  std::string application_number;  // on the confirmation page
};

struct Draft {
  std::string id;
  std::string form_id;
  int form_version = 1;
  nlohmann::json data = nlohmann::json::object();
  size_t step = 0;
  int64_t created_ms = 0;
  int64_t updated_ms = 0;
  // «Исправить и отправить повторно»: the number of the application this draft
  // corrects (its envelope says so once sent); "" for a new one.
  std::string corrects;
};

struct Application {
  std::string number;
  std::string form_id;
  int form_version = 1;
  int64_t submitted_ms = 0;
  std::string status = "registered";  // «Зарегистрировано на портале» until tracking lands
  nlohmann::json envelope;            // signed, as handed over
  // «на электронную почту» (the data's "delivery": "email"): where the copy of
  // the result went (masked) and when (result_copy.cpp); 0 while not sent.
  std::string copy_sent_to;
  int64_t copy_sent_ms = 0;
  bool copy_no_address = false;  // asked for, but the profile had no email
};

// Мои заявления's filters (the search by number is the screen's own).
struct ApplicationsView {
  std::string status;          // "" or a status id
  std::string service;         // "" or a form id
  std::string period = "all";  // all | 30d | 12m (by the date of submission)
};

struct SavedFilter {
  std::string name;
  std::string query, category, document;
};

struct CatalogView {
  std::string query;
  std::string category;  // empty: all
  std::string document;  // a required document id; empty: any
  std::string region;    // a region code; empty: any
  bool favourites_only = false;
  std::vector<std::string> favourites;  // form ids
  std::vector<SavedFilter> saved_filters;
};

// What the citizen has started and not sent (saved as they type).
struct Drafts {
  std::vector<Draft> items;
  int64_t dirty_since = -1;  // autosave deadline base; -1 when saved
};

// Заявления: what was sent, and after submission (core/tracking) each
// application's status and history, the outbox of envelopes not yet delivered
// and the agency feed's cursor.
struct Applications {
  std::vector<Application> items;
  std::string tab = "drafts";  // drafts | submitted | archive
  std::string opened;          // a number opened from Уведомления: only it is shown
  ApplicationsView view;
  std::vector<tracking::Tracked> tracked;
  tracking::Outbox outbox;
  std::string feed_cursor;
  int64_t next_sync_ms = -1;  // the next time to deliver and read the feed; -1: nothing to wait for
  // «Загрузить документы»: the files chosen for an application the agency asked
  // documents of ({name, type, size, blake2b}; the bytes are stored files), by
  // number, until the agency accepted them. Kept in forms.json.
  std::map<std::string, nlohmann::json> uploads;
  std::string upload_error;  // why the last file was refused (journey.attach.<code>), with its params
  nlohmann::json upload_params = nlohmann::json::object();
};

// Услуги and Заявления: the catalog, the journey through a form (the service's
// start page or the open form), drafts and applications, and what numbers and
// signs them on this device.
struct FormsState {
  CatalogView catalog;
  std::string open_service;  // a form id whose start page is shown (when no journey)
  bool has_journey = false;
  Journey journey;
  Drafts drafts;
  Applications applications;
  uint64_t next_sequence = 1;  // application and draft numbering on this device
  nlohmann::json signing_key;  // the device key (see core/submission)
};

nlohmann::json draft_to_json(const Draft& draft);
std::optional<Draft> draft_from_json(const nlohmann::json& json);
nlohmann::json application_to_json(const Application& application);
std::optional<Application> application_from_json(const nlohmann::json& json);

// What the journey shows, for scenarios and tests.
nlohmann::json forms_summary(const FormsState& state);

}  // namespace cabinet::app
