#pragma once
// SandboxAgency: the embedded default AgencyGateway. It verifies the envelope's
// signature, acknowledges (once per idempotency key) and then processes each
// service by fixed rules over the injected clock (sandbox_rules.hpp): received
// after 1 minute, «Принято к рассмотрению» after an hour (minutes for instant
// services), then done with a result document, or documents requested, or
// refused. A message from the citizen is answered by the specialist 2 hours
// later (a reply event). The seed picks the responsible body and a small
// delay, so a given seed and clock always give the same feed.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "forms/form_definition.hpp"
#include "tracking/gateway.hpp"

namespace cabinet::capital {
class SandboxCapital;
}
namespace cabinet::records {
class SandboxRecords;
}

namespace cabinet::tracking {

struct SandboxOptions {
  uint64_t seed = 1;
  // The citizen's maternity capital balance as the agency knows it (kopecks):
  // a maternity-capital amount above it is refused.
  int64_t maternity_capital_balance = 50'000'000;
  // One application in this many (by its number and the seed) with a file
  // attached is asked for a better copy once, so the citizen's «Загрузить
  // документы» path is exercised; 0: never. «Подтверждение личности» is never asked.
  int documents_every = 0;
};

// Fault injection, for outbox tests and the developer menu.
enum class Fault {
  none,
  drop_request,   // the call fails before the agency sees it
  drop_response,  // the agency processes the call, but the answer is lost
  reject,  // the agency refuses the call for good (a failure at its end, code "rejected"): «Ошибка отправки»
};

class SandboxAgency final : public AgencyGateway {
 public:
  using ClockFn = std::function<int64_t()>;  // Unix milliseconds, UTC
  SandboxAgency(ClockFn clock, SandboxOptions options = {});

  Ack submit(const nlohmann::json& envelope) override;
  FeedPage feed(const std::string& cursor) override;
  Ack send_message(const std::string& number, const std::string& text) override;
  Ack upload_documents(const std::string& number, const nlohmann::json& attachments) override;
  Ack withdraw(const std::string& number) override;
  // Registers the request (a number from the SNILS and the day) and says
  // plainly that this build's fund cannot give the access back: the data is
  // sealed on the device with the citizen's password, and no key escrow runs.
  RecoveryAnswer access_recovery(const nlohmann::json& request) override;

  // The maternity capital register this agency checks disposals against,
  // reserves them in and completes them in (not owned; the Runtime's). Without
  // one, SandboxOptions::maternity_capital_balance is every citizen's balance.
  void set_capital(capital::SandboxCapital* capital) { capital_ = capital; }
  // «Сведения» this agency corrects when it grants a work-record correction
  // (not owned; the Runtime's). Without it such a decision changes no records.
  void set_records(records::SandboxRecords* records) { records_ = records; }

  // Every `every`-th call (counting all four calls) fails with `fault`;
  // every = 0 turns it off. set_online(false) fails every call (transient).
  void set_fault(Fault fault, int every);
  void set_online(bool online) { online_ = online; }
  // How often a review asks for a better copy of a file (SandboxOptions::documents_every):
  // 0 never, 1 every application with a file, n one in n.
  void set_documents_every(int every) { options_.documents_every = every; }

  // Brings every decision not yet published `ms` sooner (never before the
  // case's last published event), so a citizen or a test need not wait hours.
  // Sandbox only: a real agency decides in its own time.
  void fast_forward(int64_t ms);

  // How many distinct submissions were processed (duplicates are not counted again).
  size_t processed() const { return cases_.size(); }
  // The messages the citizen sent about `number`; each is answered 2 hours later.
  std::vector<std::string> messages(const std::string& number) const;

  // The agency's state (applications, their plans, the feed log), so the
  // sandbox survives an app restart (sandbox_state.cpp). restore() is
  // non-throwing and changes nothing when the JSON is damaged.
  nlohmann::json to_json() const;
  bool restore(const nlohmann::json& json);

  // Who is signed in, as the fund knows them from the sign-in ({"snils",
  // "full_name", "birth_date"}): what the envelope's applicant does not say
  // about that person (the birth date), or the applicant of an envelope that
  // names none (sandbox_figures.hpp, applicant_of). The payout services need
  // the SNILS and the birth date; a real agency knows its citizen already.
  void set_applicant(nlohmann::json applicant) { applicant_ = std::move(applicant); }

 private:
  struct Planned {
    FeedEvent event;
    bool published = false;
  };
  struct Case {
    nlohmann::json envelope;
    std::string number, form_id, idempotency_key, agency_id, body;
    int64_t submitted_ms = 0;
    std::vector<Planned> plan;
    std::vector<std::string> messages;
    std::vector<Planned> replies;  // the specialist's answers to the messages
    int next_event = 1;
    nlohmann::json applicant;  // {"snils", "full_name", "birth_date"} at the submission (applicant_of)
  };

  bool fails(Ack& ack);  // counts the call; true when it must fail before processing
  bool drops_response() const { return last_call_faulted_ && fault_ == Fault::drop_response; }
  void publish();  // moves every planned event that is due into the feed log
  Status status_of(const Case& c) const;
  Case* find_case(const std::string& number);
  void plan_review(Case& c, int64_t in_progress_ms);
  void add_event(Case& c, Status status, int64_t time_ms, std::string comment);
  void plan_reply(Case& c);  // the specialist's answer to the latest message
  // A maternity-capital case: the applicant's balance (the register's when there is one).
  int64_t capital_balance(const Case& c) const;
  // The file field to ask a better copy of (once, for a share of the cases), or "".
  std::string better_copy_wanted(const Case& c, const forms::FormDefinition& form) const;
  // Stops the review of `c` (its unpublished decision dropped) with a «Отменено» event saying why.
  void stop_review(Case& c, std::string comment);
  // A submission that corrects an earlier one of the same signer which is still
  // under review: that one is stopped («Исправить и отправить повторно»).
  void stop_corrected(const Case& correction);
  // A work-record correction: what the decision says changed in the records
  // ("" for other services), or nullopt when it names no record (refused).
  std::optional<std::string> records_change(const Case& c);
  // A granted work-record correction, published: the records show it from now on.
  void apply_records_fix(const Case& c);
  // The disposal the agency will approve is reserved in the register.
  void reserve_disposal(const Case& c);
  // A published decision that touches the register: an approved disposal completes.
  void settle(const Case& c, const FeedEvent& event);
  uint64_t hash(const std::string& text) const;

  ClockFn clock_;
  SandboxOptions options_;
  Fault fault_ = Fault::none;
  int fault_every_ = 0;
  capital::SandboxCapital* capital_ = nullptr;
  records::SandboxRecords* records_ = nullptr;
  uint64_t calls_ = 0;
  bool last_call_faulted_ = false;
  bool online_ = true;
  std::vector<Case> cases_;
  std::vector<FeedEvent> log_;
  nlohmann::json applicant_;  // set_applicant()
};

}  // namespace cabinet::tracking
