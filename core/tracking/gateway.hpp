#pragma once
// AgencyGateway: how the portal talks to the agency. Shaped for an HTTP
// connector (see README.md): JSON in, JSON out, no exceptions. The embedded
// default is SandboxAgency; a network connector implements the same calls.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tracking/status.hpp"

namespace cabinet::tracking {

// The answer to a call that hands something over.
struct Ack {
  bool accepted = false;
  bool duplicate = false;  // the idempotency key was seen before: acknowledged, not processed again
  bool transient = false;  // a failure worth retrying (no connection, timeout, agency busy)
  std::string agency_id;   // the agency's id of the application
  std::string code;        // "ok", "duplicate" or why not (catalog: tracking.ack.<code>)
};

// One status change reported by the agency.
struct FeedEvent {
  std::string event_id;  // unique within the feed; applying it twice changes nothing
  std::string application_number;
  Status status = Status::received;
  int64_t time_ms = 0;
  std::string body;                              // the responsible body, as the agency names it
  std::string comment;                           // the specialist's comment
  std::vector<std::string> documents_requested;  // needs_correction: the form's file fields
  std::string refusal_reason;                    // refused: a tracking.refusal.<id>
  nlohmann::json refusal_params = nlohmann::json::object();
  std::string result_document;  // UTF-8 text (interim_result, done, refused)
  // A specialist's answer to the citizen's message: the event carries no move
  // (status is the one it was written in) and joins the application's messages.
  std::string reply;
  // done: the figures of the result as data (the payout services: a
  // payouts_json.hpp table); null when the result has none.
  nlohmann::json result_table;
};

struct FeedPage {
  bool ok = false;
  std::string code;  // why not, like Ack::code
  std::vector<FeedEvent> events;
  std::string next_cursor;  // pass to the next feed() call; unchanged when nothing new
};

// The fund's answer to «Восстановление доступа» asked while signed out.
struct RecoveryAnswer {
  Ack ack;                       // accepted, or why not: bad_snils, offline, not_supported
  std::string number;            // the request's number at the fund
  bool restores_access = false;  // the fund gives the access back (a network fund with the key escrow)
  std::string message;           // what the citizen can do now, in Russian, as the fund says it
};

class AgencyGateway {
 public:
  virtual ~AgencyGateway() = default;
  // Hands over a signed envelope (core/submission). A repeated idempotency key
  // is acknowledged as a duplicate with the first agency id.
  virtual Ack submit(const nlohmann::json& envelope) = 0;
  // The status events after `cursor` ("" = from the start), oldest first.
  virtual FeedPage feed(const std::string& cursor) = 0;
  // «Написать сообщение» about an application.
  virtual Ack send_message(const std::string& number, const std::string& text) = 0;
  // The documents the agency asked for: an array of {name, type, size, blake2b}.
  virtual Ack upload_documents(const std::string& number, const nlohmann::json& attachments) = 0;
  // «Отменить заявление» once the agency has it: accepted while it has not
  // decided (sent, received, in progress, documents requested); the feed then
  // brings «Отменено». "not_allowed_now" once a decision is made or published.
  virtual Ack withdraw(const std::string& number) = 0;
  // «Восстановление доступа» from the sign-in screen: {snils, full_name,
  // birth_date (YYYY-MM-DD), contact}. A fund that cannot answer it says not_supported.
  virtual RecoveryAnswer access_recovery(const nlohmann::json& request) {
    (void)request;
    return {{.accepted = false, .code = "not_supported"}, "", false, ""};
  }
};

nlohmann::json ack_to_json(const Ack& ack);
std::optional<Ack> ack_from_json(const nlohmann::json& json);
nlohmann::json feed_event_to_json(const FeedEvent& event);
std::optional<FeedEvent> feed_event_from_json(const nlohmann::json& json);
nlohmann::json feed_page_to_json(const FeedPage& page);
// Events that do not parse are dropped; nullopt when the page itself does not.
std::optional<FeedPage> feed_page_from_json(const nlohmann::json& json);

}  // namespace cabinet::tracking
