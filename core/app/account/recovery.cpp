// «Восстановление доступа» while signed out (seed 003, «Восстановление
// доступа»): who asks is checked like registration (name, birth date, SNILS,
// a phone or email for the answer), then the fund is asked; what its answer
// lets the citizen do is shown as it says it. The sandbox fund of this build
// cannot give the access back (the vault's key exists only on the device,
// under the password); a network fund with the key escrow could
// (`RecoveryAnswer::restores_access`).
#include <cstdio>

#include "app/account/account.hpp"
#include "app/account/handlers.hpp"
#include "app/kernel/field_errors.hpp"
#include "ids/ids.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

constexpr std::string_view kPrefix = "recovery.";

ids::Date today_of(int64_t now_ms) {
  int year = 0;
  unsigned month = 0, day = 0;
  time::civil_from_days(now_ms / 86'400'000, year, month, day);
  return {year, month, day};
}

}  // namespace

void handle(AppState& s, const AccessRecoveryRequest& a, Effects& e) {
  if (s.account.phase == AccountPhase::signed_in || s.account.recovery_waiting) return;
  clear_field_errors(s, kPrefix);
  const std::string full_name = text::trim(typed_text(a.full_name));
  const std::string contact = text::trim(typed_text(a.contact));
  const auto name = ids::check_person_name(full_name);
  check_field(s, "recovery.full_name", name);
  const auto birth = ids::check_date(text::trim(typed_text(a.birth_date)), {today_of(s.now_ms), true, 14, 130});
  check_field(s, "recovery.birth_date", birth);
  const auto snils = ids::check_snils(text::trim(typed_text(a.snils)));
  check_field(s, "recovery.snils", snils);
  const auto phone = ids::check_phone(contact), email = ids::check_email(contact);
  if (!phone.ok() && !email.ok()) add_field_error(s, "recovery.contact", "auth.recovery.contact_invalid");
  if (!name.ok() || !birth.ok() || !snils.ok() || (!phone.ok() && !email.ok())) return;
  if (!s.online) return add_notice(s, "error", "auth.recovery.offline");
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", birth.date.year % 10000, birth.date.month % 100,
                birth.date.day % 100);
  s.account.recovery.reset();
  s.account.recovery_waiting = true;
  e.push_back(RequestAccessRecovery{s.epoch,
                                    {{"snils", snils.normalized},
                                     {"full_name", name.normalized},
                                     {"birth_date", iso},
                                     {"contact", phone.ok() ? phone.normalized : email.normalized}}});
}

void on_answer(AppState& s, const AccessRecoveryAnswered& answered, Effects&) {
  s.account.recovery_waiting = false;
  const tracking::RecoveryAnswer& answer = answered.answer;
  if (!answer.ack.accepted) {
    if (answer.ack.code == "bad_snils") return add_field_error(s, "recovery.snils", "auth.recovery.unknown_snils");
    return add_notice(s, "error",
                      answer.ack.transient                 ? "auth.recovery.offline"
                      : answer.ack.code == "not_supported" ? "auth.recovery.not_supported"
                                                           : "auth.recovery.refused");
  }
  s.account.recovery = answer;
  add_notice(s, "info", "auth.recovery.registered", {{"number", answer.number}});
}

}  // namespace cabinet::app
