// The list of features (feature.hpp). Its order is the order the vault's
// documents are read in (the feed before the consents: loading them may add
// reminders to it) and the order of the hooks (the account's idle check first:
// a reminder raised just before an idle sign-out would be marked shown and never seen).
#include "app/kernel/feature.hpp"

#include "app/account/account.hpp"
#include "app/account/store.hpp"
#include "app/appointments/handlers.hpp"
#include "app/capital/handlers.hpp"
#include "app/consents/handlers.hpp"
#include "app/documents/handlers.hpp"
#include "app/kernel/handlers.hpp"
#include "app/payments/handlers.hpp"
#include "app/records/handlers.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

bool signed_in(const AppState& s) {
  return s.account.phase == AccountPhase::signed_in;
}

// The account: account.json and the audit log; the idle timer.
Feature account() {
  return {
      .name = "account",
      .forget =
          [](AppState& s) {
            // The public part of the account and the device stay (account-public.json is outside the vault).
            const AccountState& a = s.account;
            AccountState kept;
            kept.phase = AccountPhase::signed_out;
            kept.login_hashes = a.login_hashes;
            kept.lockout = a.lockout;
            kept.failed_sign_ins = a.failed_sign_ins;
            kept.device_id = a.device_id;
            kept.device_label = a.device_label;
            kept.code_access = a.code_access;
            kept.codes_leave_the_device = a.codes_leave_the_device;
            kept.code_access_offered = a.code_access_offered;
            s.account = std::move(kept);
          },
      .keys = {kAccountKey, kAuditKey},
      .load =
          [](AppState& s, std::string_view key, const std::string& text, Effects& e) {
            if (key == kAuditKey) {
              load_audit(s, text, e);  // a broken chain is kept aside by the log itself
              return true;
            }
            return load_account(s, text);
          },
      .damaged_notice = "auth.account_damaged",
      .on_tick = check_idle,
      .next_deadline = [](const AppState& s) -> std::optional<int64_t> {
        const AccountState& a = s.account;
        if (a.phase != AccountPhase::signed_in && a.phase != AccountPhase::second_factor &&
            a.phase != AccountPhase::new_password)
          return std::nullopt;
        return a.last_activity_ms + (a.idle_warning ? kIdleSignOutMs : kIdleWarningMs);
      },
      .summary = account_summary,
  };
}

// Услуги and Заявления: the catalog's favourites, journeys, drafts, applications, the outbox and the feed.
Feature forms() {
  return {
      .name = "forms",
      .forget = [](AppState& s) { s.forms = FormsState(); },
      .keys = {kFormsKey},
      .load = [](AppState& s, std::string_view, const std::string& text, Effects&) { return load_forms(s, text); },
      .damaged_notice = "errors.corrupt_forms",
      .on_section =
          [](AppState& s, Section section, Effects& e) {
            // «Услуги» again from inside a form: back to the catalog (the draft stays).
            if (section == Section::services && s.section == Section::services) leave_journey(s, e);
            s.forms.applications.opened.clear();  // Заявления from the menu: the whole list
          },
      .on_online = sync_agency,
      .on_tick =
          [](AppState& s, Effects& e) {
            if (s.forms.drafts.dirty_since >= 0 && s.now_ms >= s.forms.drafts.dirty_since + kAutosaveMs)
              save_forms(s, e);
            if (s.forms.applications.next_sync_ms >= 0 && s.now_ms >= s.forms.applications.next_sync_ms) sync_agency(s, e);
          },
      .next_deadline = [](const AppState& s) -> std::optional<int64_t> {
        const FormsState& f = s.forms;
        std::optional<int64_t> next;
        if (f.applications.next_sync_ms >= 0) next = f.applications.next_sync_ms;
        if (f.drafts.dirty_since >= 0 && (!next || f.drafts.dirty_since + kAutosaveMs < *next))
          next = f.drafts.dirty_since + kAutosaveMs;
        return next;
      },
      .summary = [](const AppState& s) { return forms_summary(s.forms); },
  };
}

Feature notifications() {
  return {
      .name = "notifications",
      .forget = [](AppState& s) { s.notifications = NotificationsState(); },
      .keys = {kNotificationsKey},
      .load = [](AppState& s, std::string_view, const std::string& text,
                 Effects&) { return notifications_from_json(s.notifications, text); },
      .damaged_notice = "errors.corrupt_notifications",
      .next_deadline = notifications_deadline,
      .summary = [](const AppState& s) -> json {
        const NotificationsState& n = s.notifications;
        return {{"total", n.entries.size()},
                {"unread", unread_count(n)},
                {"latest", n.entries.empty() ? "" : n.entries.back().message_key}};
      },
  };
}

Feature documents() {
  return {
      .name = "documents",
      .forget = [](AppState& s) { s.documents = DocumentsState(); },
      .keys = {kDocumentsKey},
      .load = [](AppState& s, std::string_view, const std::string& text,
                 Effects& e) { return load_documents(s, text, e); },
      .damaged_notice = "errors.corrupt_documents",
      .on_online =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) documents_tick(s, e);
          },
      .on_tick =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) documents_tick(s, e);
          },
      .next_deadline = documents_deadline,
      .summary = [](const AppState& s) { return documents_summary(s.documents, s.now_ms); },
  };
}

Feature appointments() {
  return {
      .name = "appointments",
      .forget = [](AppState& s) { s.appointments = AppointmentsState(); },
      .keys = {kAppointmentsKey},
      .load = [](AppState& s, std::string_view, const std::string& text,
                 Effects& e) { return load_appointments(s, text, e); },
      .damaged_notice = "errors.corrupt_appointments",
      .on_online =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) appointments_online(s, e);
          },
      .on_tick =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) appointments_tick(s, e);
          },
      .next_deadline = appointments_deadline,
      .summary = [](const AppState& s) { return appointments_summary(s.appointments, s.now_ms); },
  };
}

Feature payments() {
  return {
      .name = "payments",
      .forget =
          [](AppState& s) {
            wipe_draft(s.payments.draft);  // card details never linger in freed memory
            s.payments = PaymentsState();
          },
      .keys = {kPaymentsKey},
      .load = [](AppState& s, std::string_view, const std::string& text, Effects&) { return load_payments(s, text); },
      .damaged_notice = "errors.corrupt_payments",
      .on_section =
          [](AppState& s, Section section, Effects& e) {
            if (section == Section::payments) payments_opened(s, e);
          },
      .on_online =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) payments_online(s, e);
          },
      .summary = [](const AppState& s) { return payments_summary(s.payments, s.now_ms); },
  };
}

Feature records() {
  return {
      .name = "records",
      .forget = [](AppState& s) { s.records = RecordsState(); },
      .keys = {kRecordsKey},
      .load = [](AppState& s, std::string_view, const std::string& text, Effects&) { return load_records(s, text); },
      .damaged_notice = "errors.corrupt_records",
      .on_section =
          [](AppState& s, Section section, Effects& e) {
            if (section == Section::records) records_opened(s, e);
          },
      .on_online =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) records_online(s, e);
          },
      .summary = [](const AppState& s) { return records_summary(s.records); },
  };
}

// «Материнский капитал»: the fund's figures, asked for when the section opens.
Feature capital() {
  return {
      .name = "capital",
      .forget = [](AppState& s) { s.capital = CapitalState(); },
      .keys = {kCapitalKey},
      .load = [](AppState& s, std::string_view, const std::string& text, Effects&) { return load_capital(s, text); },
      .damaged_notice = "errors.corrupt_capital",
      .on_section =
          [](AppState& s, Section section, Effects& e) {
            if (section == Section::capital) capital_refresh(s, e);
          },
      .on_online =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) capital_online(s, e);
          },
      .summary = [](const AppState& s) { return capital_summary(s.capital); },
  };
}

Feature consents() {
  return {
      .name = "consents",
      .forget = [](AppState& s) { s.consents = ConsentsState(); },
      .keys = {kConsentsKey},
      .load = [](AppState& s, std::string_view, const std::string& text,
                 Effects& e) { return load_consents(s, text, e); },
      .damaged_notice = "errors.corrupt_consents",
      .on_tick =
          [](AppState& s, Effects& e) {
            if (signed_in(s)) consents_tick(s, e);
          },
      .next_deadline = consents_deadline,
      .summary = [](const AppState& s) { return consents_summary(s.consents); },
  };
}

}  // namespace

const std::vector<Feature>& features() {
  static const std::vector<Feature> list = {account(),  forms(),   notifications(), documents(), appointments(),
                                            payments(), records(), capital(),       consents()};
  return list;
}

std::vector<std::string_view> feature_keys() {
  std::vector<std::string_view> keys;
  for (const Feature& feature : features()) keys.insert(keys.end(), feature.keys.begin(), feature.keys.end());
  return keys;
}

}  // namespace cabinet::app
