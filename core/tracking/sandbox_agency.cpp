#include "tracking/sandbox_agency.hpp"

#include <algorithm>

#include "forms/form_registry.hpp"
#include "ids/ids.hpp"
#include "json/read.hpp"
#include "submission/envelope.hpp"
#include "tracking/sandbox_figures.hpp"
#include "tracking/sandbox_rules.hpp"

namespace cabinet::tracking {

namespace {

using nlohmann::json;
using namespace jsonread;

constexpr const char* kBodies[] = {
    "Клиентская служба СФР в г. Москве",
    "Отделение СФР по г. Санкт-Петербургу и Ленинградской области",
    "Отделение СФР по Республике Татарстан",
    "Отделение СФР по Новосибирской области",
};
constexpr size_t kPageSize = 100;

Ack failure(std::string code, bool transient = false) {
  return Ack{false, false, transient, "", std::move(code)};
}

std::optional<size_t> parse_cursor(const std::string& cursor) {
  if (cursor.empty()) return 0;
  constexpr std::string_view prefix = "sandbox:";
  if (!cursor.starts_with(prefix) || cursor.size() == prefix.size() || cursor.size() > prefix.size() + 12)
    return std::nullopt;
  size_t value = 0;
  for (char c : cursor.substr(prefix.size())) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  return value;
}

bool is_attachment_list(const json& value) {
  if (!value.is_array() || value.empty()) return false;
  return std::all_of(value.begin(), value.end(), [](const json& item) {
    return string_of(item, "name").has_value() && string_of(item, "blake2b").has_value();
  });
}

}  // namespace

SandboxAgency::SandboxAgency(ClockFn clock, SandboxOptions options) : clock_(std::move(clock)), options_(options) {}

void SandboxAgency::set_fault(Fault fault, int every) {
  fault_ = fault;
  fault_every_ = every;
}

uint64_t SandboxAgency::hash(const std::string& text) const {
  uint64_t h = 1469598103934665603ull ^ options_.seed;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 31;  // splitmix64's finaliser spreads the low bits
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 29);
}

bool SandboxAgency::fails(Ack& ack) {
  ++calls_;
  publish();
  last_call_faulted_ = fault_ != Fault::none && fault_every_ > 0 && calls_ % static_cast<uint64_t>(fault_every_) == 0;
  if (!online_) {
    ack = failure("unavailable", true);
    return true;
  }
  if (last_call_faulted_ && fault_ == Fault::drop_request) {
    ack = failure("unavailable", true);
    return true;
  }
  if (last_call_faulted_ && fault_ == Fault::reject) {
    ack = failure("rejected");
    return true;
  }
  return false;
}

void SandboxAgency::publish() {
  const int64_t now = clock_();
  struct Due {
    int64_t time;
    size_t case_index, plan_index;
    bool reply;
  };
  std::vector<Due> due;
  for (size_t i = 0; i < cases_.size(); ++i) {
    for (size_t j = 0; j < cases_[i].plan.size(); ++j) {
      const Planned& p = cases_[i].plan[j];
      if (!p.published && p.event.time_ms <= now) due.push_back({p.event.time_ms, i, j, false});
    }
    for (size_t j = 0; j < cases_[i].replies.size(); ++j) {
      const Planned& p = cases_[i].replies[j];
      if (!p.published && p.event.time_ms <= now) due.push_back({p.event.time_ms, i, j, true});
    }
  }
  std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return a.time < b.time; });
  for (const Due& d : due) {
    Case& c = cases_[d.case_index];
    Planned& p = d.reply ? c.replies[d.plan_index] : c.plan[d.plan_index];
    p.published = true;
    log_.push_back(p.event);
    if (!d.reply) settle(c, p.event);
  }
}

void SandboxAgency::fast_forward(int64_t ms) {
  if (ms <= 0) return;
  for (Case& c : cases_) {
    int64_t floor = c.submitted_ms;
    for (Planned& p : c.plan) {
      if (p.published) {
        floor = std::max(floor, p.event.time_ms);
        continue;
      }
      p.event.time_ms = std::max(floor, p.event.time_ms - ms);
      floor = p.event.time_ms;  // the plan keeps its order
    }
    // A reply never comes before now: the message it answers was sent at or before now.
    for (Planned& p : c.replies) {
      if (!p.published) p.event.time_ms = std::max(clock_(), p.event.time_ms - ms);
    }
  }
}

Status SandboxAgency::status_of(const Case& c) const {
  Status status = Status::sent;
  for (const Planned& p : c.plan) {
    if (p.published) status = p.event.status;
  }
  return status;
}

SandboxAgency::Case* SandboxAgency::find_case(const std::string& number) {
  auto it = std::find_if(cases_.begin(), cases_.end(), [&](const Case& c) { return c.number == number; });
  return it == cases_.end() ? nullptr : &*it;
}

void SandboxAgency::plan_reply(Case& c) {
  FeedEvent e;
  e.event_id = c.agency_id + "-" + std::to_string(c.next_event++);
  e.application_number = c.number;
  e.status = status_of(c);
  e.time_ms = clock_() + 2 * sandbox::kHour;
  e.body = c.body;
  e.reply = e.status == Status::needs_correction
                ? "Здравствуйте! Ваше сообщение получено. Загрузите, пожалуйста, запрошенные документы на странице "
                  "заявления — после этого рассмотрение продолжится."
                : "Здравствуйте! Ваше сообщение получено и приобщено к заявлению. Специалист учтёт его при "
                  "рассмотрении; срок рассмотрения не меняется. Ответ по существу придёт в этом разделе.";
  c.replies.push_back({std::move(e), false});
}

void SandboxAgency::add_event(Case& c, Status status, int64_t time_ms, std::string comment) {
  FeedEvent e;
  e.event_id = c.agency_id + "-" + std::to_string(c.next_event++);
  e.application_number = c.number;
  e.status = status;
  e.time_ms = time_ms;
  e.body = c.body;
  e.comment = std::move(comment);
  c.plan.push_back({std::move(e), false});
}

Ack SandboxAgency::submit(const json& envelope) {
  Ack ack;
  if (fails(ack)) return ack;
  const submission::Verdict verdict = submission::verify_envelope(envelope);
  if (verdict != submission::Verdict::valid)
    return failure(verdict == submission::Verdict::bad_signature ? "bad_signature" : "malformed");
  const std::string key = text_of(envelope, "idempotency_key");
  const std::string number = text_of(envelope, "application_number");
  const std::string form_id = text_of(envelope, "form");
  if (key.empty() || number.empty() || form_id.empty() || !member(envelope, "data")) return failure("malformed");
  for (const Case& c : cases_) {
    if (c.idempotency_key == key) {
      // Same key, same signed content: acknowledged again, never processed twice.
      if (text_of(c.envelope, "signature") != text_of(envelope, "signature")) return failure("idempotency_conflict");
      ack = Ack{true, true, false, c.agency_id, "duplicate"};
      return drops_response() ? failure("timeout", true) : ack;
    }
    if (c.number == number) return failure("number_conflict");
  }
  if (!forms::FormRegistry::embedded().find(form_id)) return failure("unknown_form");
  Case c;
  c.envelope = envelope;
  c.number = number;
  c.form_id = form_id;
  c.idempotency_key = key;
  c.agency_id = "SFR-" + std::to_string(1'000'000'000 + hash("id|" + key) % 9'000'000'000);
  c.body = kBodies[hash("body|" + number) % std::size(kBodies)];
  c.submitted_ms = clock_();
  c.applicant = sandbox::applicant_of(envelope, applicant_);
  const sandbox::ServiceRule& rule = sandbox::service_rule(form_id);
  add_event(c, Status::received, c.submitted_ms + sandbox::kMinute,
            "Заявление получено ведомством и зарегистрировано.");
  plan_review(c, c.submitted_ms + rule.in_progress_after_ms);
  cases_.push_back(std::move(c));
  stop_corrected(cases_.back());
  ack = Ack{true, false, false, cases_.back().agency_id, "ok"};
  return drops_response() ? failure("timeout", true) : ack;
}

FeedPage SandboxAgency::feed(const std::string& cursor) {
  Ack ack;
  if (fails(ack)) return FeedPage{false, ack.code, {}, cursor};
  const auto from = parse_cursor(cursor);
  if (!from || *from > log_.size()) return FeedPage{false, "bad_cursor", {}, cursor};
  const size_t to = std::min(log_.size(), *from + kPageSize);
  FeedPage page{true, "ok", {}, "sandbox:" + std::to_string(to)};
  page.events.assign(log_.begin() + static_cast<std::ptrdiff_t>(*from), log_.begin() + static_cast<std::ptrdiff_t>(to));
  if (drops_response()) return FeedPage{false, "timeout", {}, cursor};
  return page;
}

Ack SandboxAgency::send_message(const std::string& number, const std::string& text) {
  Ack ack;
  if (fails(ack)) return ack;
  Case* c = find_case(number);
  if (!c) return failure("unknown_application");
  if (text.empty() || text.size() > 4000) return failure("bad_message");
  if (!capabilities(status_of(*c)).message) return failure("not_allowed_now");
  // The same text again is a retry of a call whose answer was lost: one message, one reply.
  if (c->messages.empty() || c->messages.back() != text) {
    c->messages.push_back(text);
    plan_reply(*c);
  }
  return drops_response() ? failure("timeout", true) : Ack{true, false, false, c->agency_id, "ok"};
}

Ack SandboxAgency::upload_documents(const std::string& number, const json& attachments) {
  Ack ack;
  if (fails(ack)) return ack;
  Case* c = find_case(number);
  if (!c) return failure("unknown_application");
  if (!is_attachment_list(attachments)) return failure("malformed");
  const bool pending = std::any_of(c->plan.begin(), c->plan.end(), [](const Planned& p) { return !p.published; });
  if (pending || status_of(*c) != Status::needs_correction) return failure("not_expected");
  const std::vector<std::string> requested = c->plan.back().event.documents_requested;
  json& data = c->envelope["data"];
  for (const std::string& field : requested) data[field] = attachments;
  plan_review(*c, clock_() + sandbox::service_rule(c->form_id).in_progress_after_ms);
  return drops_response() ? failure("timeout", true) : Ack{true, false, false, c->agency_id, "ok"};
}

Ack SandboxAgency::withdraw(const std::string& number) {
  Ack ack;
  if (fails(ack)) return ack;
  Case* c = find_case(number);
  if (!c) return failure("unknown_application");
  const Ack withdrawn{true, false, false, c->agency_id, "ok"};
  // Asked again after a lost answer: withdrawn already.
  if (!c->plan.empty() && c->plan.back().event.status == Status::cancelled)
    return drops_response() ? failure("timeout", true) : withdrawn;
  const Status now = status_of(*c);
  if (now != Status::sent && now != Status::received && now != Status::in_progress && now != Status::needs_correction)
    return failure("not_allowed_now");
  stop_review(*c, "Заявление отозвано по просьбе заявителя. Рассмотрение прекращено.");
  return drops_response() ? failure("timeout", true) : withdrawn;
}

RecoveryAnswer SandboxAgency::access_recovery(const json& request) {
  RecoveryAnswer answer;
  if (fails(answer.ack)) return answer;
  const ids::Result snils = ids::check_snils(text_of(request, "snils"));
  if (!snils.ok()) {
    answer.ack = failure("bad_snils");
    return answer;
  }
  const int64_t day = clock_() / 86'400'000;
  answer.number = "ВД-" + std::to_string(10'000'000 +
                                         hash("recovery|" + snils.normalized + "|" + std::to_string(day)) % 90'000'000);
  answer.ack = Ack{true, false, false, answer.number, "ok"};
  answer.message =
      "Обращение зарегистрировано. Социальный фонд не хранит пароль и ключ от данных кабинета: в этой сборке они "
      "зашифрованы на вашем устройстве вашим паролем, поэтому фонд не может вернуть к ним доступ. Что можно "
      "сделать: войти с паролем, если вы его вспомнили; восстановить кабинет из резервной копии с её паролем; "
      "если не работает только второй фактор — ввести один из кодов восстановления. Сведения фонда (стаж, "
      "выплаты, материнский капитал) хранятся у фонда и не потеряны: их можно получить в клиентской службе с "
      "паспортом. Недоступны только заявления, документы и настройки, сохранённые в кабинете на этом "
      "устройстве.";
  return answer;
}

void SandboxAgency::stop_review(Case& c, std::string comment) {
  // The decision not yet published is dropped; the cancellation is published at the next call.
  std::erase_if(c.plan, [](const Planned& p) { return !p.published; });
  add_event(c, Status::cancelled, clock_(), std::move(comment));
  settle(c, c.plan.back().event);
}

void SandboxAgency::stop_corrected(const Case& correction) {
  const std::string corrected = jsonread::text_of(correction.envelope, "corrects");
  Case* old = corrected.empty() || corrected == correction.number ? nullptr : find_case(corrected);
  if (!old) return;
  // Only the citizen who sent it may replace it: the same device key signed both.
  const json* old_signer = jsonread::member(old->envelope, "signer");
  const json* new_signer = jsonread::member(correction.envelope, "signer");
  if (!old_signer || !new_signer || jsonread::text_of(*old_signer, "public_key").empty() ||
      jsonread::text_of(*old_signer, "public_key") != jsonread::text_of(*new_signer, "public_key"))
    return;
  const Status now = status_of(*old);
  if (now != Status::sent && now != Status::received && now != Status::in_progress && now != Status::needs_correction)
    return;
  stop_review(*old, "Подано исправленное заявление № " + correction.number +
                        ". Рассмотрение этого заявления прекращено, рассматривается исправленное.");
}

}  // namespace cabinet::tracking
