#pragma once
// Internal to update(): the account's typed handlers (account/*.cpp).
#include "app/account/actions.hpp"
#include "app/kernel/handlers.hpp"

namespace cabinet::app {

void handle(AppState& state, const RegisterSubmit& action, Effects& effects);        // update.cpp
void handle(AppState& state, const RegisterConfirm& action, Effects& effects);       // update.cpp
void handle(AppState& state, const RegisterResend& action, Effects& effects);        // update.cpp
void handle(AppState& state, const RegisterBack& action, Effects& effects);          // update.cpp
void handle(AppState& state, const SignIn& action, Effects& effects);                // update.cpp
void handle(AppState& state, const RestoreBackup& action, Effects& effects);         // update.cpp
void handle(AppState& state, const SecondFactor& action, Effects& effects);          // update.cpp
void handle(AppState& state, const SecondFactorSendCode& action, Effects& effects);  // update.cpp
void handle(AppState& state, const VaultFailed& action, Effects& effects);           // update.cpp
void handle(AppState& state, const VaultOpened& action, Effects& effects);           // session.cpp
void handle(AppState& state, const SignOut& action, Effects& effects);               // update.cpp
void handle(AppState& state, const StaySignedIn& action, Effects& effects);          // update.cpp

void handle(AppState& state, const EndSession& action, Effects& effects);            // security.cpp
void handle(AppState& state, const TwoFactorStart& action, Effects& effects);        // security.cpp
void handle(AppState& state, const TwoFactorConfirm& action, Effects& effects);      // security.cpp
void handle(AppState& state, const TwoFactorDisable& action, Effects& effects);      // security.cpp
void handle(AppState& state, const RecoveryCodesSeen& action, Effects& effects);     // security.cpp
void handle(AppState& state, const ChangePassword& action, Effects& effects);        // security.cpp
void handle(AppState& state, const PasswordChanged& action, Effects& effects);       // security.cpp
void handle(AppState& state, const PasswordChangeFailed& action, Effects& effects);  // security.cpp
void handle(AppState& state, const ExportBackup& action, Effects& effects);          // security.cpp
void handle(AppState& state, const RecordExport& action, Effects& effects);          // security.cpp

void handle(AppState& state, const PersonalPassportSave& action, Effects& effects);  // personal.cpp
void handle(AppState& state, const PersonalAddressSave& action, Effects& effects);   // personal.cpp
void handle(AppState& state, const ContactChangeRequest& action, Effects& effects);  // personal.cpp
void handle(AppState& state, const ContactChangeConfirm& action, Effects& effects);  // personal.cpp
void handle(AppState& state, const ContactChangeCancel& action, Effects& effects);   // personal.cpp

void handle(AppState& state, const CodeSignInRequest& action, Effects& effects);     // code_access.cpp
void handle(AppState& state, const CodeSignInConfirm& action, Effects& effects);     // code_access.cpp
void handle(AppState& state, const PasswordResetRequest& action, Effects& effects);  // code_access.cpp
void handle(AppState& state, const PasswordResetConfirm& action, Effects& effects);  // code_access.cpp
void handle(AppState& state, const CodeAccessResend& action, Effects& effects);      // code_access.cpp
void handle(AppState& state, const CodeAccessBack& action, Effects& effects);        // code_access.cpp
void handle(AppState& state, const PasswordResetSet& action, Effects& effects);      // code_access.cpp
void handle(AppState& state, const SetCodeAccess& action, Effects& effects);         // code_access.cpp
void handle(AppState& state, const CodeAccessChanged& action, Effects& effects);     // code_access.cpp
void handle(AppState& state, const CodeAccessFailed& action, Effects& effects);      // code_access.cpp
void handle(AppState& state, const AccessRecoveryRequest& action, Effects& effects);  // recovery.cpp
void handle(AppState& state, const CodeAccessState& action, Effects& effects);       // code_access.cpp

}  // namespace cabinet::app
