#pragma once
// The transition table (who may move an application from which status to
// which) and the append-only history every accepted move is written to.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tracking/status.hpp"

namespace cabinet::tracking {

// One line of «История изменений».
struct HistoryEntry {
  int64_t time_ms = 0;
  Status status = Status::draft;  // the status entered
  Actor actor = Actor::system;
  std::string body;      // the responsible body as the agency names it; "" = the portal
  std::string comment;   // the specialist's or the citizen's comment
  std::string event_id;  // the agency feed event that made the move ("" otherwise)
};

// A message about an application: the citizen's to the agency (from = "citizen").
struct Message {
  int64_t time_ms = 0;
  std::string from;  // "citizen" or "agency"
  std::string text;
  std::string event_id;  // the agency's reply: its feed event (applied once)
};

// An application as tracked after submission.
struct Tracked {
  std::string number;  // the application number (20261123-000001)
  std::string form_id;
  Status status = Status::draft;
  std::string agency_id;                         // the agency's own id, from its acknowledgement
  std::vector<std::string> documents_requested;  // needs_correction: the form's file fields to add
  std::string refusal_reason;                    // refused: tracking.refusal.<id>.reason / .what_to_do
  nlohmann::json refusal_params = nlohmann::json::object();
  std::string result_document;  // UTF-8 text of the latest result (interim, final, refusal)
  std::vector<HistoryEntry> history;
  std::vector<Message> messages;  // oldest first
  nlohmann::json result_table;    // the result's figures (FeedEvent::result_table); null when none
};

// Why a move was refused (catalog: tracking.errors.<id>).
enum class TransitionCode { ok, same_status, final_status, wrong_actor, not_allowed };
std::string_view transition_code_id(TransitionCode code);

struct TransitionResult {
  TransitionCode code = TransitionCode::ok;
  bool ok() const { return code == TransitionCode::ok; }
};

// Whether the table has the move for this actor.
bool is_allowed(Status from, Status to, Actor actor);
// The check apply() makes, without changing anything.
TransitionCode check_transition(Status from, Status to, Actor actor);

// Moves `tracked` to `to` and appends the history entry, or refuses with a code
// and changes nothing.
TransitionResult apply(Tracked& tracked, Status to, Actor actor, std::string comment, int64_t now_ms,
                       std::string body = {}, std::string event_id = {});

// A new application, as the journey's submit creates it: the history starts
// with the entry of `status` (registered online, queued offline).
Tracked make_tracked(std::string number, std::string form_id, Status status, int64_t now_ms);

nlohmann::json tracked_to_json(const Tracked& tracked);
// Non-throwing: nullopt when the JSON is not a tracked application.
std::optional<Tracked> tracked_from_json(const nlohmann::json& json);

}  // namespace cabinet::tracking
