#pragma once
// draw_app: one frame of the whole application. A screen is drawn from the
// state (read only) and its view (ViewState: an open menu, text being typed)
// and sends typed actions through Dispatch, which only queues them.
#include <functional>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/kernel/runtime.hpp"
#include "forms/form_definition.hpp"
#include "forms/suggestions.hpp"
#include "ui/kit/dispatch.hpp"
#include "ui/kit/ui.hpp"

namespace cabinet::app {
struct AccountDraft;
}

namespace cabinet::ui {

inline constexpr float kWideLayoutMin = 760.0f;  // CSS px: sidebar from here, top menu below

// What the account screens are typing (never saved; passwords wiped on use).
struct AccountView {
  std::string mode = "sign_in";  // sign_in | register | forgot | code_sign_in | restore | recovery
  std::string login, password;
  bool remember = false;
  std::string full_name, birth_date, phone, email, snils, inn, new_password, password_repeat;
  bool agree = false;
  std::string phone_code, email_code, second_code;
  std::string code_snils, code_phone, reset_login, access_code;  // «Войти по СНИЛС», «Забыли пароль?»
  std::string code_access_password;  // Безопасность: the switch of «Вход по коду»
  std::string old_password, change_password, change_repeat;  // Профиль: смена пароля
  std::string totp_code;
  std::string journal_action, journal_query;  // Журнал действий: filters
  std::string journal_from, journal_to;       // Журнал действий: the period as typed (ДД.ММ.ГГГГ)
  std::string restore_password;               // «Восстановить из резервной копии»
  std::string recovery_name, recovery_birth, recovery_snils, recovery_contact;  // «Восстановление доступа»
  bool restore_replace = false;
  // Профиль → «Личные данные»: what is being changed ("phone", "email", "passport", "address" or none) and as typed.
  std::string personal_editing;
  std::string new_contact, contact_code, contact_password;
  std::string passport, passport_issue_date, passport_issued_by, passport_office_code, address;
  void wipe_secrets();
};

// Платежи: the history's filters as typed and the page drawn last (a new one scrolls to the top).
struct PaymentsView {
  std::string from, to;  // the period (ДД.ММ.ГГГГ)
  std::string kind, status;
  bool filters_open = false;
  std::string page;
};

// Сведения: the records' search and order, the statement's period as typed, the tab drawn last.
struct RecordsView {
  std::string query;
  // start_descending | start_ascending | employer_ascending | employer_descending
  std::string sort = "start_descending";
  std::string from, to;  // the statement's period (ДД.ММ.ГГГГ)
  bool period_prefilled = false;  // the last statement's period was typed back in once
  std::string page;
};

inline constexpr size_t kApplicationsPage = 50;
inline constexpr size_t kDocumentsPage = 50;
inline constexpr size_t kCapitalPage = 30;

struct PlatformHooks;

struct ViewState {
  const PlatformHooks* hooks = nullptr;  // this frame's (set by draw_app), for screens drawn without them
  bool menu_open = false;
  // The last frame's phase: leaving an open vault (signed in, the second factor, the new
  // password) by any road wipes what the account screens hold.
  app::AccountPhase last_phase = app::AccountPhase::none;
  // A field asked for on another screen («Указать паспорт в профиле»): focused once it is
  // drawn, within a few frames, else forgotten.
  std::string focus_when_shown;
  int focus_frames_left = 0;
  std::string profile_draft;
  bool profile_draft_fresh = false;  // the draft mirrors the stored name
  app::Section drawn_section = app::Section::home;
  std::string file_path;       // native: the path typed for a file field
  std::string filter_name;     // the name for «Сохранить фильтр»
  bool filters_open = false;   // Услуги: the filters are shown
  std::string help_query;      // Помощь: the search box
  std::string applications_query;  // Заявления: search by number
  bool applications_filters_open = false;
  std::map<std::string, std::string> message_drafts;  // Заявления: a message being written, by application number
  size_t applications_shown = kApplicationsPage;  // Заявления: entries drawn («Показать ещё» adds a page)
  std::string letter_open;                        // Заявления: the application whose emailed copy is shown
  std::string open_article;    // Помощь: the article shown in full
  bool reset_scroll = false;  // scroll the main area to the top (a new page of a journey)
  AccountView account;
  std::string consent_code;           // Согласия: the one-time code being typed
  bool consent_filters_open = false;  // Согласия: the filters are shown
  std::string consent_page;           // Согласия: the page drawn last (list or a form), to scroll a new one to the top
  bool documents_filters_open = false;  // Мои документы: the filters are shown
  bool documents_panel_drawn = false;   // Мои документы: the upload panel was drawn last frame (scroll to the top on change)
  std::string new_folder;               // Мои документы: the name for «Создать папку»
  bool folder_form_open = false;        // Мои документы: the new folder's name field is shown
  size_t documents_shown = kDocumentsPage;
  std::map<std::string, std::string> document_queries;  // a form's file field: «Найти в моих документах», by field path
  bool appointments_panel_drawn = false;  // Запись на приём: the booking panel was drawn last frame
  PaymentsView payments;
  std::string payment_code;  // Платежи: the SMS code being typed
  RecordsView records;
  bool capital_filters_open = false;  // Материнский капитал: the journal's filters unfolded
  size_t capital_shown = kCapitalPage;
  // «Отменить заявление» waiting for «Да, отменить» (the application's number; "" when none).
  std::string cancel_asked;
  // Уведомления: the unread count as of a state revision (read flags change the
  // revision), so a frame does not walk a 50,000-entry feed for the menu.
  bool notification_settings_open = false;  // Уведомления: «Настройки уведомлений» unfolded
  app::NotificationSettings settings_draft;  // what the settings panel shows until «Сохранить»
  std::string quiet_from, quiet_to;          // the quiet hours as typed
  uint64_t unread_revision = UINT64_MAX;
  // Мои предложения matched once per state revision (the profile and the time are the state's), not every frame.
  uint64_t suggestions_revision = UINT64_MAX;
  std::vector<forms::Suggestion> suggestions;
  size_t unread = 0;
};

struct PlatformHooks {
  std::function<void()> apply_update;  // reload into the new version (service worker)
  // Opens the platform's file picker for a file field; the chosen file comes
  // back as an "attach_file" action. Absent: the field asks for a file path.
  std::function<void(const std::string& field, const std::string& accept)> pick_file;
  // Hands a file to the person (a browser download, a file in the data folder).
  std::function<void(const std::string& name, const std::string& mime, const std::string& bytes)> download;
};

// The root: holds the Runtime for the frame (what the screens dispatch is applied
// after it) and hands each screen the state and a Dispatch, never the Runtime.
void draw_app(Ui& ui, ViewState& view, app::Runtime& runtime, const PlatformHooks& hooks = {});

// Screens (shell/ui/<feature>/).
void draw_home(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
void draw_profile(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
void draw_under_construction(Ui& ui, app::Section section);
void draw_display_settings(Ui& ui, const app::AppState& state, Dispatch& dispatch);
void draw_services(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
void draw_journey(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
void draw_applications(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                       const PlatformHooks& hooks);
void draw_help(Ui& ui, ViewState& view, Dispatch& dispatch);
// «О сервисе» (about/screens.cpp), and the link to it.
void draw_about(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
void about_link(Ui& ui, ViewState& view, const char* id, Dispatch& dispatch);
// The account (account/sign_in.cpp, account/security.cpp).
void draw_account_gate(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
void draw_idle_warning(Ui& ui, const app::AppState& state, Dispatch& dispatch);
void draw_security(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
void draw_personal_data(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
// account/code_access.cpp: «Войти по СНИЛС и коду», «Забыли пароль?», the new password, the switch.
void draw_code_sign_in(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
void draw_password_reset(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
void draw_new_password(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
void draw_code_access_switch(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
// The password rules of seed 002 §4.2, ticked off while the citizen types.
void password_checklist(Ui& ui, const std::string& password, const app::AccountDraft& draft);
void draw_journal(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
// A period typed as two dates ДД.ММ.ГГГГ (either may be empty): from the first
// day's start to the last day's end, Moscow time; a wrong date or an end
// before the start is left out with its reason.
struct TypedPeriod {
  std::optional<int64_t> from_ms, until_ms;  // [from, until)
  std::string from_error, to_error;
};
TypedPeriod typed_period(const Ui& ui, const std::string& from, const std::string& to);
// «Период» with its «С» and «По» fields (ids `prefix`.from and `prefix`.to).
void period_fields(Ui& ui, const std::string& prefix, std::string& from, std::string& to, const TypedPeriod& period);
// The text of a field error: a full catalog key ("ids.snils.checksum") or an "errors.<code>" code.
std::string field_error_text(const Ui& ui, const app::AppState& state, std::string_view field);
// Согласия and the consent parts of other screens (consents/screens.cpp).
void draw_consents(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
void draw_form_consents(Ui& ui, const app::AppState& state, Dispatch& dispatch, const forms::FormDefinition& form);
void draw_step_consents(Ui& ui, const app::AppState& state, Dispatch& dispatch, const forms::FormDefinition& form,
                        size_t step);
void draw_review_consent(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                         const forms::FormDefinition& form);
void draw_suggestions(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);

// Мои документы (documents/screens.cpp).
void draw_documents(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                    const PlatformHooks& hooks);
// Запись на приём (appointments/screens.cpp).
void draw_appointments(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                       const PlatformHooks& hooks);

// Платежи (payments/screens.cpp).
void draw_payments(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
// Сведения (records/screens.cpp).
void draw_records(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
// Материнский капитал (capital/screens.cpp).
void draw_capital(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks);
// «Отменить заявление» with its confirmation, for the application `number` whose
// status allows it (forms/applications.cpp; Материнский капитал's journal too).
void draw_cancel_application(Ui& ui, ViewState& view, Dispatch& dispatch, const std::string& number);

// Уведомления (notifications/screens.cpp).
void draw_notifications(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch);
// The number of unread entries in the feed, counted once per state revision.
size_t unread_entries(ViewState& view, const app::AppState& state);

// The menu label; Уведомления with a count of unread entries when `unread` > 0.
std::string section_label(const Ui& ui, app::Section section, size_t unread = 0);
// A service's title in the UI language (the form id when the form is unknown).
std::string form_title(const Ui& ui, const std::string& form_id);
// Radio buttons «any» + one per form id (service titles are long and must wrap
// on a phone); widget ids are "<prefix>.all" and "<prefix>.<form id>".
void service_radios(Ui& ui, const std::string& prefix, const std::string& any_label, const std::string& current,
                    const std::vector<std::string>& form_ids, const std::function<void(const std::string&)>& on_choose);
// A catalog text whose parameters named "<name>_key" are catalog keys filling {<name>}.
std::string message_text(const Ui& ui, const std::string& key, const nlohmann::json& params);

}  // namespace cabinet::ui
