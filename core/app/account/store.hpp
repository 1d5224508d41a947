#pragma once
// The account's two documents: "account.json" inside the vault (login,
// password history, second factor, sessions, devices) and
// "account-public.json" outside it (hashed logins and the lockout, which
// must be readable before the password is known).
#include <string>
#include <string_view>

#include "app/kernel/handlers.hpp"

namespace cabinet::app {

inline constexpr const char* kAccountKey = "account.json";
inline constexpr const char* kAccountPublicKey = "account-public.json";

// BLAKE2b of the normalized login (digits of a phone, lower-case email):
// enough to recognise a login without keeping it in clear.
std::string login_hash(std::string_view login);
// "+7 (912) 345-67-89" and "89123456789" -> "79123456789"; emails lower-cased.
std::string normalize_login(std::string_view login);

void save_account(AppState& state, Effects& effects);
void save_account_public(AppState& state, Effects& effects);
bool load_account(AppState& state, const std::string& text);
// account.json's document (the sessions, devices, password hashes, second factor, ...).
nlohmann::json account_document(const AccountState& account);
// Damaged public data locks sign-in afresh (it can only be damaged on purpose).
void load_account_public(AppState& state, const std::string& text);

}  // namespace cabinet::app
