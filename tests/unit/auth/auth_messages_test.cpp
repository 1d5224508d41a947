// Every code the auth, vault and audit modules can report has a Russian and an
// English message, with the same placeholders.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "audit/actions.hpp"
#include "audit/audit_verify.hpp"
#include "auth/lockout.hpp"
#include "auth/password_policy.hpp"
#include "auth/recovery_codes.hpp"
#include "auth/totp.hpp"
#include "i18n/catalog.hpp"
#include "vault/vault.hpp"

namespace {

std::vector<std::string> all_keys() {
  std::vector<std::string> keys = cabinet::auth::all_password_error_keys();
  for (auto status :
       {cabinet::auth::TotpStatus::ok, cabinet::auth::TotpStatus::invalid, cabinet::auth::TotpStatus::reused})
    keys.push_back(cabinet::auth::totp_status_key(status));
  keys.emplace_back(cabinet::auth::kRecoveryCodeInvalidKey);
  keys.emplace_back(cabinet::auth::kRecoveryCodesLeftKey);
  keys.emplace_back(cabinet::auth::kWrongPasswordKey);
  keys.emplace_back(cabinet::auth::kLockedKey);
  keys.push_back(cabinet::vault::vault_error_key(cabinet::vault::VaultError::ok));
  for (auto error : cabinet::vault::kAllVaultErrors) keys.push_back(cabinet::vault::vault_error_key(error));
  keys.push_back(cabinet::audit::audit_problem_key(cabinet::audit::AuditProblem::none));
  for (auto problem : cabinet::audit::kAllAuditProblems) keys.push_back(cabinet::audit::audit_problem_key(problem));
  for (auto action : cabinet::audit::actions::kAll) keys.push_back("auth.audit.actions." + std::string(action));
  for (const char* column : {"seq", "time", "actor", "action", "object", "details"})
    keys.push_back(std::string("auth.audit.csv.") + column);
  return keys;
}

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> out;
  const std::regex pattern(R"(\{[a-z_]+\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}

}  // namespace

TEST(AuthMessages, EveryCodeHasRussianAndEnglish) {
  const auto ru = cabinet::i18n::Catalog::load("ru");
  const auto en = cabinet::i18n::Catalog::load("en");
  const auto keys = all_keys();
  EXPECT_GT(keys.size(), 60u);
  for (const std::string& key : keys) {
    ASSERT_TRUE(ru.messages().count(key)) << "missing in ru: " << key;
    ASSERT_TRUE(en.messages().count(key)) << "missing in en: " << key;
    EXPECT_EQ(placeholders(ru.messages().at(key)), placeholders(en.messages().at(key))) << key;
  }
}

TEST(AuthMessages, PlaceholdersAreFilled) {
  const auto ru = cabinet::i18n::Catalog::load("ru");
  EXPECT_EQ(ru.tr("auth.password.too_short", {{"min", 8}}), "Пароль слишком короткий: нужно не менее 8 символов");
  EXPECT_NE(ru.tr("auth.vault.wrong_password_or_tampered").find("неверный пароль или файл был изменён"),
            std::string::npos);
}
