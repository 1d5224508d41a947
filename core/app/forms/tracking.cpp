// After submission: the outbox delivers signed envelopes to the agency exactly
// once, the agency's feed moves each application through its statuses, and
// every move becomes a notice. Runs when the app comes online, after a
// submission, on «Проверить повторно» and every minute while something is open.
#include <algorithm>

#include "app/account/account.hpp"
#include "app/capital/handlers.hpp"
#include "app/forms/handlers.hpp"
#include "app/records/handlers.hpp"
#include "audit/actions.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "tracking/feed_apply.hpp"
#include "tracking/gateway.hpp"
#include "tracking/status.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr int64_t kPollMs = 60'000;
constexpr size_t kMessageMaxChars = 2000;

bool has_open_work(const FormsState& f) {
  if (f.applications.outbox.waiting() > 0) return true;
  // Still under review, or a message still waiting for the specialist's answer.
  return std::any_of(f.applications.tracked.begin(), f.applications.tracked.end(), [](const tracking::Tracked& t) {
    return !tracking::is_final(t.status) || (!t.messages.empty() && t.messages.back().from == "citizen");
  });
}

void mirror_statuses(FormsState& f) {
  for (Application& application : f.applications.items) {
    for (const tracking::Tracked& t : f.applications.tracked) {
      if (t.number == application.number) application.status = std::string(tracking::status_id(t.status));
    }
  }
}

std::string form_of(const FormsState& f, const std::string& number) {
  for (const Application& application : f.applications.items) {
    if (application.number == number) return application.form_id;
  }
  return "";
}

// The application's data as it was signed and sent (null when unknown).
json submitted_data(const FormsState& f, const std::string& number) {
  for (const Application& application : f.applications.items) {
    if (application.number != number) continue;
    const json* data = application.envelope.is_object() ? jsonread::member(application.envelope, "data") : nullptr;
    return data ? *data : json();
  }
  return json();
}

// The passport number in the application as it was signed and sent.
std::string submitted_passport(const FormsState& f, const std::string& number) {
  for (const Application& application : f.applications.items) {
    if (application.number != number) continue;
    const json* data = application.envelope.is_object() ? jsonread::member(application.envelope, "data") : nullptr;
    return data ? jsonread::string_of(*data, "passport").value_or("") : "";
  }
  return "";
}

}  // namespace

// «Написать сообщение»: to the agency while the status allows it. Nothing is
// lost on failure: the screen keeps the text until the message is recorded.
void handle(AppState& s, const SendApplicationMessage& a, Effects& e) {
  const std::string number = a.number.value_or("");
  auto tracked = std::find_if(s.forms.applications.tracked.begin(), s.forms.applications.tracked.end(),
                              [&](const tracking::Tracked& t) { return t.number == number; });
  if (tracked == s.forms.applications.tracked.end()) return;
  const std::string raw = a.text.value_or("");
  const std::string text = text::trim(raw);
  const auto refuse = [&](const char* key) { add_notice(s, "error", key, {{"number", number}}); };
  if (!tracking::capabilities(tracked->status).message) return refuse("tracking.message.not_now");
  if (!text::is_valid_utf8(text) || text::has_control_chars(text)) return refuse("tracking.message.bad_text");
  if (text.empty()) return refuse("tracking.message.empty");
  if (text::code_point_count(text) > kMessageMaxChars) return refuse("tracking.message.too_long");
  if (!s.online) return refuse("tracking.message.offline");
  e.push_back(SendMessage{s.epoch, number, text});
}

// Recorded in the application's messages only once the agency accepted it.
void on_answer(AppState& s, const MessageAnswered& answer, Effects& e) {
  const std::string& number = answer.number;
  auto tracked = std::find_if(s.forms.applications.tracked.begin(), s.forms.applications.tracked.end(),
                              [&](const tracking::Tracked& t) { return t.number == number; });
  if (tracked == s.forms.applications.tracked.end()) return;
  if (!answer.ack.accepted) {
    add_notice(s, "error", answer.ack.transient ? "tracking.message.offline" : "tracking.message.refused",
               {{"number", number}});
    return;
  }
  tracked->messages.push_back({s.now_ms, "citizen", answer.text});
  save_forms(s, e);
  add_notice(s, "success", "tracking.message.sent", {{"number", number}});
}

void sync_agency(AppState& s, Effects& e) {
  FormsState& f = s.forms;
  f.applications.next_sync_ms = has_open_work(f) ? s.now_ms + kPollMs : -1;
  if (!s.online) return;
  SyncAgency sync{s.epoch, {}, f.applications.feed_cursor};
  for (const tracking::OutboxEntry* entry : f.applications.outbox.due(s.now_ms))
    sync.due.push_back({entry->idempotency_key, entry->envelope});
  // One round per action, with what is due by then: two would hand the same envelopes over twice.
  for (Effect& effect : e) {
    if (auto* asked = std::get_if<SyncAgency>(&effect)) {
      *asked = std::move(sync);
      return;
    }
  }
  e.push_back(std::move(sync));
}

void on_answer(AppState& s, const AgencySynced& answer, Effects& e) {
  FormsState& f = s.forms;
  const tracking::DeliveryReport delivery = f.applications.outbox.record(answer.handed, s.now_ms);
  bool changed = tracking::apply_delivery(f.applications.tracked, delivery, s.now_ms) > 0;
  if (delivery.next_attempt_ms >= 0 && (f.applications.next_sync_ms < 0 || delivery.next_attempt_ms < f.applications.next_sync_ms))
    f.applications.next_sync_ms = delivery.next_attempt_ms;
  const tracking::FeedPage& page = answer.page;
  if (page.ok) {
    const tracking::FeedReport report = tracking::apply_feed(f.applications.tracked, page.events);
    for (const tracking::FeedChange& change : report.changes) {
      // «Подтверждение личности» done: the agency confirmed the passport (seed 000's подтверждённый level).
      const auto tracked = std::find_if(f.applications.tracked.begin(), f.applications.tracked.end(),
                                        [&](const tracking::Tracked& t) { return t.number == change.number; });
      if (change.status == tracking::Status::done && tracked != f.applications.tracked.end() &&
          tracked->form_id == kIdentityConfirmationForm)
        confirm_identity(s, e, submitted_passport(f, change.number));
      // «Изменение персональных данных» done: the new name and address go into the profile.
      if (change.status == tracking::Status::done && tracked != f.applications.tracked.end() &&
          tracked->form_id == kPersonalDataChangeForm)
        apply_personal_data_change(s, e, change.number, submitted_data(f, change.number));
      // «Исправление ошибок в сведениях о трудовой деятельности» done: «Сведения» changed at the fund.
      if (change.status == tracking::Status::done && tracked != f.applications.tracked.end() &&
          tracked->form_id == kWorkRecordErrorForm)
        records_corrected(s, e, change.number);
      if (change.status == tracking::Status::done) send_result_copy(s, e, change.number);
      const json params = {{"number", change.number}, {"status_key", tracking::status_label_key(change.status)}};
      add_notice(s, "info", "tracking.notice.changed", params);
      notify(s, {.category = "applications",
                 .message_key = "tracking.notice.changed",
                 .params = params,
                 .object = "application:" + change.number,
                 .service = form_of(f, change.number)});
    }
    for (const tracking::FeedChange& reply : report.replies) {
      const json params = {{"number", reply.number}};
      add_notice(s, "info", "tracking.notice.reply", params);
      notify(s, {.category = "applications",
                 .message_key = "tracking.notice.reply",
                 .params = params,
                 .object = "application:" + reply.number,
                 .service = form_of(f, reply.number)});
    }
    const bool capital_moved =
        std::any_of(report.changes.begin(), report.changes.end(),
                    [&](const tracking::FeedChange& c) { return form_of(f, c.number) == kMaternityCapitalForm; });
    if (capital_moved) capital_refresh(s, e);  // a disposal decided or withdrawn: the balance and journal change
    changed = changed || !report.changes.empty() || !report.replies.empty() || page.next_cursor != f.applications.feed_cursor;
    f.applications.feed_cursor = page.next_cursor;
  }
  if (!changed) return;
  mirror_statuses(f);
  f.applications.outbox.prune_finished();
  f.applications.next_sync_ms = has_open_work(f) ? s.now_ms + kPollMs : -1;
  save_forms(s, e);
}

// «Отменить заявление», confirmed on the screen. While the portal has it, the
// portal cancels it (its envelope leaves the outbox and is never delivered);
// once the agency has it, the agency is asked, and its feed brings «Отменено».
void handle(AppState& s, const CancelApplication& a, Effects& e) {
  const std::string number = a.number.value_or("");
  auto tracked = std::find_if(s.forms.applications.tracked.begin(), s.forms.applications.tracked.end(),
                              [&](const tracking::Tracked& t) { return t.number == number; });
  if (tracked == s.forms.applications.tracked.end()) return;
  const tracking::Capabilities caps = tracking::capabilities(tracked->status);
  const json params = {{"number", number}};
  if (caps.cancel) {
    // A delivery already under way would reach the agency; its later feed cannot move a cancelled application.
    s.forms.applications.outbox.withdraw(number);
    if (!tracking::apply(*tracked, tracking::Status::cancelled, tracking::Actor::citizen,
                         "Отменено заявителем до передачи в ведомство.", s.now_ms)
             .ok())
      return;
    mirror_statuses(s.forms);
    record_audit(s, e, audit::actions::kApplicationCancel, "application:" + number, {{"by", "portal"}});
    add_notice(s, "success", "tracking.cancel.done", params);
    save_forms(s, e);
    return;
  }
  if (!caps.withdraw) return add_notice(s, "error", "tracking.cancel.not_now", params);
  if (!s.online) return add_notice(s, "error", "tracking.cancel.offline", params);
  e.push_back(WithdrawApplication{s.epoch, number});
}

void on_answer(AppState& s, const WithdrawAnswered& answer, Effects& e) {
  const json params = {{"number", answer.number}};
  if (!answer.ack.accepted) {
    add_notice(s, "error",
               answer.ack.transient
                   ? "tracking.cancel.offline"
                   : (answer.ack.code == "not_allowed_now" ? "tracking.cancel.decided" : "tracking.cancel.refused"),
               params);
    return;
  }
  record_audit(s, e, audit::actions::kApplicationCancel, "application:" + answer.number, {{"by", "agency"}});
  add_notice(s, "success", "tracking.cancel.asked", params);
  sync_agency(s, e);  // the agency's «Отменено» comes in its feed
}

void handle(AppState& s, const SyncAgencyNow&, Effects& e) {
  sync_agency(s, e);
}

void handle(AppState&, const SandboxFault& a, Effects& e) {
  const std::string fault = a.fault.value_or("");
  if (fault != "none" && fault != "drop_request" && fault != "drop_response" && fault != "reject") return;
  const int64_t every = a.every.value_or(1);
  if (every < 1 || every > 100) return;
  e.push_back(SandboxSetFault{fault, static_cast<int>(every)});
}

void handle(AppState&, const SandboxDocuments& a, Effects& e) {
  if (!a.every || *a.every < 0 || *a.every > 100) return;
  e.push_back(SandboxAskDocuments{static_cast<int>(*a.every)});
}

// The sandbox agency decides `hours` (1 to 720) sooner; the Runtime then syncs.
void handle(AppState&, const FastForwardSandbox& a, Effects& e) {
  if (!a.hours || *a.hours < 1 || *a.hours > 720) return;
  e.push_back(SandboxFastForward{*a.hours * 3'600'000});
}

}  // namespace cabinet::app
