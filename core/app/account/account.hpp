#pragma once
// Internal to update(): the account's shared steps (account/session.cpp),
// used by the registration, sign-in and security handlers.
#include <optional>
#include <string>
#include <string_view>

#include "app/kernel/handlers.hpp"
#include "app/kernel/typed_action.hpp"
#include "auth/personal_data.hpp"
#include "ids/ids.hpp"
#include "text/utf8.hpp"

namespace cabinet::app {

inline constexpr int kMoscowOffsetMinutes = 180;

// A typed action's text argument, "" when left out (a reference: passwords and codes are not copied).
inline const std::string& text_or_empty(const std::optional<std::string>& value) {
  static const std::string empty;
  return value ? *value : empty;
}
// A text the citizen typed, read as json_text reads JSON: "" when left out or not valid UTF-8.
inline const std::string& typed_text(const std::optional<std::string>& value) {
  static const std::string empty;
  return value && text::is_valid_utf8(*value) ? *value : empty;
}
inline constexpr int64_t kTrustedDeviceMs = 30LL * 24 * 60 * 60 * 1000;  // «Запомнить меня»
inline constexpr int64_t kPasswordWarningMs = 7LL * 24 * 60 * 60 * 1000;  // Уведомления: before the password expires

// What the password rules compare against.
struct AccountDraft {
  std::string phone, email, full_name;
  std::optional<ids::Date> birth_date;
};
auth::PersonalData personal_data(const AccountDraft& draft);
// The signed-in citizen's draft from the profile.
AccountDraft account_draft(const AppState& state);
std::string iso_date(const ids::Date& date);  // "1985-03-14"

// After the vault opened (or was created): the second factor, or straight in.
void complete_sign_in(AppState& state, Effects& effects, bool remember);
// «Забыли пароль?»: the code opened the vault; the new password is asked before anything else.
void ask_new_password(AppState& state, Effects& effects, bool remember);
// A refusal shown above the sign-in and registration forms.
void set_refusal(AppState& state, std::string key, nlohmann::json params = nlohmann::json::object());
// The lock's end as the citizen reads it: DD.MM.YYYY HH:MM, Moscow time.
nlohmann::json lock_params(const AppState& state);
// A wrong password, login or code: counts towards the lock, and says how many tries are left.
void count_failure(AppState& state, Effects& effects);
// A wrong password while signed in (Профиль asks for it before a contact change, code access or
// a new password): counts towards the same lock; the lock signs out.
void count_step_up_failure(AppState& state, Effects& effects);
// An SMS code as the second factor: only through a real gateway (the sandbox shows codes in the
// app) and never after the vault was opened by a code (one channel twice is one factor).
bool sms_second_factor_allowed(const AppState& state);
// The feed's entries a week before the password expires and when it has (once each per password).
void notify_password_age(AppState& state);
// Closes the vault and forgets everything personal. `reason`: sign_out | idle.
void sign_out(AppState& state, Effects& effects, std::string_view reason);
// Closes the vault and forgets everything personal, keeping the device's public part (sign_out's last step).
void close_and_forget(AppState& state, Effects& effects);
// The idle warning and sign-out; called on every tick.
void check_idle(AppState& state, Effects& effects);
// Whether an action is the citizen's own doing (resets the idle timer).
bool is_citizen_action(std::string_view type);
// basic | standard | confirmed, from what the profile holds (seed 000).
std::string identity_level(const AppState& state);
// The level enforced for a service that declares `required` (basic < standard < confirmed).
std::string enforced_level(std::string_view required);
// Whether the account's level reaches the enforced one.
bool level_allows(const AppState& state, std::string_view required);
// Seed 000: a service needing a higher level is refused with a notice naming
// the way up ("journey.level_required.<level>"); true when refused.
bool refuse_below_level(AppState& state, const std::string& required);
// The level the form `form_id` needs ("basic" when it is unknown).
std::string form_level(std::string_view form_id);
// The service whose result confirms the citizen's identity.
inline constexpr const char* kIdentityConfirmationForm = "identity-confirmation";
// The agency confirmed `checked_passport` (the one in the application): the level becomes
// подтверждённая while the profile holds SNILS and that passport.
void confirm_identity(AppState& state, Effects& effects, const std::string& checked_passport);
// The service whose result changes the profile's name and address.
inline constexpr const char* kPersonalDataChangeForm = "personal-data-change";
// «Изменение персональных данных» done: the name and the address the agency
// accepted (`data`: the application as sent) go into the profile, audited and
// told; the phone and e-mail sign in, so they change only in Профиль with a code.
void apply_personal_data_change(AppState& state, Effects& effects, const std::string& number,
                                const nlohmann::json& data);
// Recomputes the level after the profile changed; a change is audited, told in a notice and saved.
void refresh_identity_level(AppState& state, Effects& effects);

// The file picker answers «Выбрать файл резервной копии» with this field.
inline constexpr const char* kBackupFileField = "account.backup";
inline constexpr size_t kBackupMaxBytes = 256u * 1024 * 1024;
// Keeps the chosen backup file in memory once its header reads as a vault's;
// a wrong, empty or huge file is refused with the reason.
void choose_backup(AppState& state, const CarriedFile& file);

}  // namespace cabinet::app
