#pragma once
// The account's actions (typed_action.hpp): registration, sign-in, the code
// access, Безопасность, Личные данные; handled in the account folder's files.
// Every argument may be left out, as before the actions were typed: a missing
// text reads as "" and a missing flag as false (the handlers say so).
#include <array>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// Registration (update.cpp).

// «Продолжить» on the registration form: every field checked, then codes to the phone and the email.
struct RegisterSubmit {
  static constexpr std::string_view type = "register_submit";
  std::optional<std::string> full_name, birth_date, phone, email, snils, inn, password, password_repeat;
  std::optional<bool> agree;
  static constexpr auto args() {
    return std::array{
        arg<&RegisterSubmit::full_name>("full_name"), arg<&RegisterSubmit::birth_date>("birth_date"),
        arg<&RegisterSubmit::phone>("phone"),         arg<&RegisterSubmit::email>("email"),
        arg<&RegisterSubmit::snils>("snils"),         arg<&RegisterSubmit::inn>("inn"),
        arg<&RegisterSubmit::password>("password"),   arg<&RegisterSubmit::password_repeat>("password_repeat"),
        arg<&RegisterSubmit::agree>("agree")};
  }
};

// The two codes of the registration: both right, the vault is created.
struct RegisterConfirm {
  static constexpr std::string_view type = "register_confirm";
  std::optional<std::string> phone_code, email_code;
  static constexpr auto args() {
    return std::array{arg<&RegisterConfirm::phone_code>("phone_code"), arg<&RegisterConfirm::email_code>("email_code")};
  }
};

// «Отправить код повторно» for `channel` (phone, email).
struct RegisterResend {
  static constexpr std::string_view type = "register_resend";
  std::optional<std::string> channel;
  static constexpr auto args() { return std::array{arg<&RegisterResend::channel>("channel")}; }
};

// Back from the codes to the registration form.
struct RegisterBack {
  static constexpr std::string_view type = "register_back";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// Sign-in (update.cpp).

// «Войти» with the login (phone or email) and the password.
struct SignIn {
  static constexpr std::string_view type = "sign_in";
  std::optional<std::string> login, password;
  std::optional<bool> remember;
  static constexpr auto args() {
    return std::array{arg<&SignIn::login>("login"), arg<&SignIn::password>("password"),
                      arg<&SignIn::remember>("remember")};
  }
};

// «Восстановить из резервной копии»: the chosen file opens with the backup's password.
struct RestoreBackup {
  static constexpr std::string_view type = "restore_backup";
  std::optional<std::string> password;
  std::optional<bool> replace;
  static constexpr auto args() {
    return std::array{arg<&RestoreBackup::password>("password"), arg<&RestoreBackup::replace>("replace")};
  }
};

// The second factor: the authenticator's code, a recovery code or the SMS code.
struct SecondFactor {
  static constexpr std::string_view type = "second_factor";
  std::optional<std::string> code;
  static constexpr auto args() { return std::array{arg<&SecondFactor::code>("code")}; }
};

// «Получить код по СМС» on the second factor's screen.
struct SecondFactorSendCode {
  static constexpr std::string_view type = "second_factor_send_code";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// The Runtime: the vault did not open (or was not created); `by_code`: opened by a code.
struct VaultFailed {
  static constexpr std::string_view type = "vault_failed";
  std::optional<std::string> error;
  std::optional<bool> by_code;
  static constexpr auto args() {
    return std::array{arg<&VaultFailed::error>("error"), arg<&VaultFailed::by_code>("by_code")};
  }
};

// The Runtime: the vault is open (session.cpp). Created at registration, restored
// from a backup, or opened by the password or a code (`reset`: «Забыли пароль?»).
struct VaultOpened {
  static constexpr std::string_view type = "vault_opened";
  std::optional<bool> created, restored, by_code, reset, remember, code_access;
  std::optional<std::string> device, password_hash;
  static constexpr auto args() {
    return std::array{arg<&VaultOpened::created>("created"),   arg<&VaultOpened::restored>("restored"),
                      arg<&VaultOpened::by_code>("by_code"),   arg<&VaultOpened::reset>("reset"),
                      arg<&VaultOpened::remember>("remember"), arg<&VaultOpened::code_access>("code_access"),
                      arg<&VaultOpened::device>("device"),     arg<&VaultOpened::password_hash>("password_hash")};
  }
};

// Безопасность (security.cpp).

// «Завершить» another device's session.
struct EndSession {
  static constexpr std::string_view type = "end_session";
  std::optional<std::string> id;
  static constexpr auto args() { return std::array{arg<&EndSession::id>("id")}; }
};

// A new authenticator secret, shown as a QR code.
struct TwoFactorStart {
  static constexpr std::string_view type = "two_factor_start";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// The authenticator's first code: two-factor protection is on.
struct TwoFactorConfirm {
  static constexpr std::string_view type = "two_factor_confirm";
  std::optional<std::string> code;
  static constexpr auto args() { return std::array{arg<&TwoFactorConfirm::code>("code")}; }
};

// Off with the authenticator's code or a recovery code.
struct TwoFactorDisable {
  static constexpr std::string_view type = "two_factor_disable";
  std::optional<std::string> code;
  static constexpr auto args() { return std::array{arg<&TwoFactorDisable::code>("code")}; }
};

// The recovery codes were written down: they are hidden.
struct RecoveryCodesSeen {
  static constexpr std::string_view type = "recovery_codes_seen";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Сменить пароль»: the JSON names are "old", "new" and "repeat".
struct ChangePassword {
  static constexpr std::string_view type = "change_password";
  std::optional<std::string> old_password, new_password, repeat;
  static constexpr auto args() {
    return std::array{arg<&ChangePassword::old_password>("old"), arg<&ChangePassword::new_password>("new"),
                      arg<&ChangePassword::repeat>("repeat")};
  }
};

// The Runtime: the password was changed or reset. `reset` is its note that a reset
// was asked for; the state alone decides whether one was (AccountState::step).
struct PasswordChanged {
  static constexpr std::string_view type = "password_changed";
  std::optional<std::string> password_hash;
  std::optional<bool> code_access, reset;
  static constexpr auto args() {
    return std::array{arg<&PasswordChanged::password_hash>("password_hash"),
                      arg<&PasswordChanged::code_access>("code_access"), arg<&PasswordChanged::reset>("reset")};
  }
};

// The Runtime: the password was not changed (a VaultError id).
struct PasswordChangeFailed {
  static constexpr std::string_view type = "password_change_failed";
  std::optional<std::string> error;
  static constexpr auto args() { return std::array{arg<&PasswordChangeFailed::error>("error")}; }
};

// The encrypted backup was downloaded: its audit entry.
struct ExportBackup {
  static constexpr std::string_view type = "export_backup";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// A download (the journal's CSV, a receipt, records): its audit entry; `what` defaults to "data".
struct RecordExport {
  static constexpr std::string_view type = "record_export";
  std::optional<std::string> what;
  static constexpr auto args() { return std::array{arg<&RecordExport::what>("what")}; }
};

// Личные данные (personal.cpp).

// The passport: number, date of issue (ДД.ММ.ГГГГ), issuer, office code.
struct PersonalPassportSave {
  static constexpr std::string_view type = "personal_passport_save";
  std::optional<std::string> passport, issue_date, issued_by, office_code;
  static constexpr auto args() {
    return std::array{
        arg<&PersonalPassportSave::passport>("passport"), arg<&PersonalPassportSave::issue_date>("issue_date"),
        arg<&PersonalPassportSave::issued_by>("issued_by"), arg<&PersonalPassportSave::office_code>("office_code")};
  }
};

// The registration address.
struct PersonalAddressSave {
  static constexpr std::string_view type = "personal_address_save";
  std::optional<std::string> address;
  static constexpr auto args() { return std::array{arg<&PersonalAddressSave::address>("address")}; }
};

// A new phone or email (`channel`), with the account's password: a code goes to it.
struct ContactChangeRequest {
  static constexpr std::string_view type = "contact_change_request";
  std::optional<std::string> channel, value, password;
  static constexpr auto args() {
    return std::array{arg<&ContactChangeRequest::channel>("channel"), arg<&ContactChangeRequest::value>("value"),
                      arg<&ContactChangeRequest::password>("password")};
  }
};

// The code sent to the new contact.
struct ContactChangeConfirm {
  static constexpr std::string_view type = "contact_change_confirm";
  std::optional<std::string> code;
  static constexpr auto args() { return std::array{arg<&ContactChangeConfirm::code>("code")}; }
};

// Drops the change waiting for its code.
struct ContactChangeCancel {
  static constexpr std::string_view type = "contact_change_cancel";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Вход по коду» and «Забыли пароль?» (code_access.cpp).

// «Войти по СНИЛС»: SNILS and the login phone; a code goes to the phone.
struct CodeSignInRequest {
  static constexpr std::string_view type = "code_sign_in_request";
  std::optional<std::string> snils, phone;
  static constexpr auto args() {
    return std::array{arg<&CodeSignInRequest::snils>("snils"), arg<&CodeSignInRequest::phone>("phone")};
  }
};

// The sign-in code: right, the escrow's key opens the vault.
struct CodeSignInConfirm {
  static constexpr std::string_view type = "code_sign_in_confirm";
  std::optional<std::string> code;
  std::optional<bool> remember;
  static constexpr auto args() {
    return std::array{arg<&CodeSignInConfirm::code>("code"), arg<&CodeSignInConfirm::remember>("remember")};
  }
};

// «Забыли пароль?»: the login (phone or email); a code goes to it.
struct PasswordResetRequest {
  static constexpr std::string_view type = "password_reset_request";
  std::optional<std::string> login;
  static constexpr auto args() { return std::array{arg<&PasswordResetRequest::login>("login")}; }
};

// The reset code: right, the vault opens and a new password is asked for.
struct PasswordResetConfirm {
  static constexpr std::string_view type = "password_reset_confirm";
  std::optional<std::string> code;
  std::optional<bool> remember;
  static constexpr auto args() {
    return std::array{arg<&PasswordResetConfirm::code>("code"), arg<&PasswordResetConfirm::remember>("remember")};
  }
};

// «Отправить код повторно» for the code sign-in or the reset.
struct CodeAccessResend {
  static constexpr std::string_view type = "code_access_resend";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// Back to the sign-in form: the code waiting is withdrawn.
struct CodeAccessBack {
  static constexpr std::string_view type = "code_access_back";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// The new password after «Забыли пароль?»: the JSON names are "new" and "repeat".
struct PasswordResetSet {
  static constexpr std::string_view type = "password_reset_set";
  std::optional<std::string> new_password, repeat;
  static constexpr auto args() {
    return std::array{arg<&PasswordResetSet::new_password>("new"), arg<&PasswordResetSet::repeat>("repeat")};
  }
};

// Безопасность: code access on or off, with the password.
struct SetCodeAccess {
  static constexpr std::string_view type = "set_code_access";
  std::optional<bool> on;
  std::optional<std::string> password;
  static constexpr auto args() {
    return std::array{arg<&SetCodeAccess::on>("on"), arg<&SetCodeAccess::password>("password")};
  }
};

// The Runtime after set_code_access: whether code access works now, and whether it was wanted.
struct CodeAccessChanged {
  static constexpr std::string_view type = "code_access_changed";
  std::optional<bool> on, wanted;
  static constexpr auto args() {
    return std::array{arg<&CodeAccessChanged::on>("on"), arg<&CodeAccessChanged::wanted>("wanted")};
  }
};

// The Runtime after set_code_access: the password did not open the vault, or the re-keying failed.
struct CodeAccessFailed {
  static constexpr std::string_view type = "code_access_failed";
  std::optional<std::string> error;
  static constexpr auto args() { return std::array{arg<&CodeAccessFailed::error>("error")}; }
};

// The Runtime after a sign-in: whether code access works on this device.
struct CodeAccessState {
  static constexpr std::string_view type = "code_access_state";
  std::optional<bool> on;
  static constexpr auto args() { return std::array{arg<&CodeAccessState::on>("on")}; }
};

// Sign-out and the idle warning (update.cpp).

// «Выйти»: closes the vault and forgets everything personal.
struct SignOut {
  static constexpr std::string_view type = "sign_out";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Продолжить работу» in the idle warning.
struct StaySignedIn {
  static constexpr std::string_view type = "stay_signed_in";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Восстановление доступа» from the sign-in screen (signed out): who asks; the fund answers.
struct AccessRecoveryRequest {
  static constexpr std::string_view type = "access_recovery_request";
  std::optional<std::string> snils, full_name, birth_date, contact;
  static constexpr auto args() {
    return std::array{arg<&AccessRecoveryRequest::snils>("snils"), arg<&AccessRecoveryRequest::full_name>("full_name"),
                      arg<&AccessRecoveryRequest::birth_date>("birth_date"),
                      arg<&AccessRecoveryRequest::contact>("contact")};
  }
};

using AccountActions =
    std::variant<RegisterSubmit, RegisterConfirm, RegisterResend, RegisterBack, SignIn, RestoreBackup, SecondFactor,
                 SecondFactorSendCode, VaultFailed, VaultOpened, EndSession, TwoFactorStart, TwoFactorConfirm,
                 TwoFactorDisable, RecoveryCodesSeen, ChangePassword, PasswordChanged, PasswordChangeFailed,
                 ExportBackup, RecordExport, PersonalPassportSave, PersonalAddressSave, ContactChangeRequest,
                 ContactChangeConfirm, ContactChangeCancel, CodeSignInRequest, CodeSignInConfirm, PasswordResetRequest,
                 PasswordResetConfirm, CodeAccessResend, CodeAccessBack, PasswordResetSet, SetCodeAccess,
                 CodeAccessChanged, CodeAccessFailed, CodeAccessState, SignOut, StaySignedIn, AccessRecoveryRequest>;

}  // namespace cabinet::app
