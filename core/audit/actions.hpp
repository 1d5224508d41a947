#pragma once
// The actions the cabinet records. Labels: "auth.audit.actions.<action>".
#include <array>
#include <string_view>

namespace cabinet::audit::actions {

inline constexpr std::string_view kSignIn = "sign_in";
inline constexpr std::string_view kSignInFailed = "sign_in_failed";
inline constexpr std::string_view kSignOut = "sign_out";
inline constexpr std::string_view kLocked = "locked";
inline constexpr std::string_view kRegistration = "registration";
inline constexpr std::string_view kPasswordChange = "password_change";
inline constexpr std::string_view kPasswordReset = "password_reset";         // «Забыли пароль?» by a code
inline constexpr std::string_view kCodeAccessChange = "code_access_change";  // «Вход по коду» on or off
inline constexpr std::string_view kTwoFactorChange = "two_factor_change";
inline constexpr std::string_view kRecoveryCodeUsed = "recovery_code_used";
inline constexpr std::string_view kProfileChange = "profile_change";
inline constexpr std::string_view kConsentChange = "consent_change";
inline constexpr std::string_view kSubmission = "submission";
inline constexpr std::string_view kExport = "export";
inline constexpr std::string_view kImport = "import";
inline constexpr std::string_view kDeviceChange = "device_change";
inline constexpr std::string_view kSessionEnded = "session_ended";
inline constexpr std::string_view kDocumentChange = "document_change";
inline constexpr std::string_view kAppointmentChange = "appointment_change";
inline constexpr std::string_view kPayment = "payment";
inline constexpr std::string_view kApplicationCancel = "application_cancel";  // «Отменить заявление»

inline constexpr std::array<std::string_view, 21> kAll = {kSignIn,
                                                          kSignInFailed,
                                                          kSignOut,
                                                          kLocked,
                                                          kRegistration,
                                                          kPasswordChange,
                                                          kPasswordReset,
                                                          kCodeAccessChange,
                                                          kTwoFactorChange,
                                                          kRecoveryCodeUsed,
                                                          kProfileChange,
                                                          kConsentChange,
                                                          kSubmission,
                                                          kExport,
                                                          kImport,
                                                          kDeviceChange,
                                                          kSessionEnded,
                                                          kDocumentChange,
                                                          kAppointmentChange,
                                                          kPayment,
                                                          kApplicationCancel};

}  // namespace cabinet::audit::actions
