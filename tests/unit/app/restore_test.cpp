// «Восстановить из резервной копии» through the Runtime over real vaults: a
// backup downloaded on one device opens on another with its password and its
// logins work from then on; a wrong file type, an empty, a cut-short or a
// changed file and a wrong password are each refused with a Russian message
// and change nothing; an account already on the device is kept as a backup file;
// «Вход по коду» chosen on the old device starts off on the new one.
#include <gtest/gtest.h>

#include <algorithm>

#include "../vault_peek.hpp"
#include "app/account/account.hpp"
#include "app/kernel/key_escrow.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "i18n/catalog.hpp"
#include "support/remote_escrow_stand_in.hpp"
#include "vault/vault_store.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

json file(const std::string& name, const std::string& bytes) {
  return {{"field", kBackupFileField},
          {"name", name},
          {"content", json::binary(std::vector<uint8_t>(bytes.begin(), bytes.end()))}};
}

std::string error_of(const Runtime& runtime, const std::string& field) {
  const FieldError* e = find_error(runtime.state(), field);
  return e ? e->code : "";
}

// A device with the demo citizen's data, and the backup it downloads.
struct Source : vault_peek::SignedIn {
  std::string backup;
  Source() {
    send("set_profile_data", {{"values", {{"passport", "4510 123456"}}}});
    backup = runtime->vault_backup().value_or("");
  }
};

}  // namespace

TEST(Restore, ABackupOpensOnAnotherDeviceWithItsPasswordAndItsLoginWorks) {
  Source source;
  ASSERT_FALSE(source.backup.empty());
  storage::MemoryStorage fresh;
  FakeClock clock{vault_peek::SignedIn::kStart};
  Runtime device(fresh, clock, test_account_crypto());
  device.start();
  ASSERT_EQ(device.state().account.phase, AccountPhase::none);
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  // Files that are not a backup: refused at once, with the reason in Russian.
  const std::pair<std::string, const char*> wrong[] = {
      {"", "auth.restore.empty"},
      {"\xFF\xD8\xFF\xE0 a photo", "auth.restore.not_a_backup"},
      {source.backup.substr(0, source.backup.size() / 2), "auth.restore.damaged"},
  };
  for (const auto& [bytes, key] : wrong) {
    device.dispatch({"attach_file", file("backup.cabv", bytes)});
    EXPECT_EQ(error_of(device, "restore.file"), key);
    EXPECT_TRUE(device.state().account.restore_bytes.empty());
    EXPECT_EQ(ru.tr(key).find("auth."), std::string::npos) << key;
  }
  device.dispatch({"restore_backup", {{"password", DemoPerson{}.password}}});
  EXPECT_EQ(error_of(device, "restore.file"), "auth.restore.no_file");
  // A changed byte and a wrong password look alike to the AEAD: both refused, both counted.
  std::string changed = source.backup;
  changed[changed.size() - 10] ^= 0x01;
  device.dispatch({"attach_file", file("backup.cabv", changed)});
  device.dispatch({"restore_backup", {{"password", DemoPerson{}.password}}});
  EXPECT_EQ(device.state().account.error_key, "auth.restore.wrong_password");
  device.dispatch({"attach_file", file("backup.cabv", source.backup)});
  EXPECT_EQ(device.state().account.restore_name, "backup.cabv");
  device.dispatch({"restore_backup", {{"password", "Wr0ng!Passw0rd"}}});
  EXPECT_EQ(device.state().account.error_key, "auth.restore.wrong_password");
  EXPECT_EQ(device.state().account.lockout.remaining_attempts(clock.now_ms()), 3);
  EXPECT_FALSE(fresh.read(vault::kVaultKey).has_value()) << "nothing written before the password is right";
  // The right password: the account is the backup's, signed in, with its data.
  device.dispatch({"restore_backup", {{"password", DemoPerson{}.password}}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in) << device.state().account.error_key;
  EXPECT_EQ(device.state().account.profile.text("passport"), "4510 123456");
  EXPECT_TRUE(device.state().account.restore_bytes.empty());
  // The import is in the restored journal, followed by this device and the sign-in.
  const auto& audit = device.state().account.audit.entries();
  const auto import = std::find_if(audit.begin(), audit.end(), [](const audit::AuditEntry& e) {
    return e.action == "import" && e.object == "backup";
  });
  ASSERT_NE(import, audit.end());
  EXPECT_EQ(audit.back().action, "sign_in");
  EXPECT_GT(audit.back().seq, import->seq);
  bool told = false;
  for (const Notice& n : device.state().notices) told = told || n.message_key == "auth.restore.done";
  EXPECT_TRUE(told);
  // From now on the citizen signs in here with the phone or the email and that password.
  device.dispatch({"sign_out", {}});
  device.dispatch({"sign_in", {{"login", DemoPerson{}.email}, {"password", DemoPerson{}.password}}});
  EXPECT_EQ(device.state().account.phase, AccountPhase::signed_in);
}

TEST(Restore, AnAccountAlreadyHereIsKeptAsABackupFileAndReplacedOnlyWhenTicked) {
  Source source;
  vault_peek::SignedIn here;
  here.send("set_profile_data", {{"values", {{"passport", "4510 654321"}}}});
  here.send("sign_out");
  const std::string before = here.storage.read(vault::kVaultKey).value_or("");
  ASSERT_FALSE(before.empty());
  here.send("attach_file", file("copy.cabv", source.backup));
  here.send("restore_backup", {{"password", DemoPerson{}.password}});
  EXPECT_EQ(error_of(*here.runtime, "restore.replace"), "auth.restore.confirm_replace");
  EXPECT_EQ(here.storage.read(vault::kVaultKey).value_or(""), before);
  here.send("restore_backup", {{"password", DemoPerson{}.password}, {"replace", true}});
  ASSERT_EQ(here.state().account.phase, AccountPhase::signed_in);
  EXPECT_EQ(here.state().account.profile.text("passport"), "4510 123456");
  // The account that was here opens from its own backup file, with its own password.
  const auto kept = here.storage.read(vault::backup_key_for(vault_peek::SignedIn::kStart));
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(*kept, before);
}

TEST(Restore, CodeAccessChosenOnTheOldDeviceStartsOffOnTheNewOne) {
  Source source;
  test::RemoteEscrowStandIn escrow;  // the fund's escrow, reachable from both devices
  source.runtime->set_escrow(&escrow);
  source.send("set_code_access", {{"on", true}, {"password", DemoPerson{}.password}});
  ASSERT_TRUE(source.state().account.code_access_wanted);
  const std::string backup = source.runtime->vault_backup().value_or("");
  storage::MemoryStorage fresh;
  FakeClock clock{vault_peek::SignedIn::kStart};
  Runtime device(fresh, clock, test_account_crypto());
  device.set_escrow(&escrow);
  device.start();
  device.dispatch({"attach_file", file("backup.cabv", backup)});
  device.dispatch({"restore_backup", {{"password", DemoPerson{}.password}}});
  ASSERT_EQ(device.state().account.phase, AccountPhase::signed_in) << device.state().account.error_key;
  // Its warning was read on the old device: here the key stays with the password only.
  EXPECT_FALSE(device.state().account.code_access_wanted);
  EXPECT_FALSE(device.state().account.code_access);
  EXPECT_FALSE(fresh.read(std::string(kEscrowWrapKey)).has_value());
  EXPECT_FALSE(fresh.read(std::string(kLegacyDeviceEscrowKey)).has_value());
  device.dispatch({"sign_out", {}});
  device.dispatch({"password_reset_request", {{"login", DemoPerson{}.email}}});
  EXPECT_EQ(device.state().account.error_key, "auth.code_access.unavailable");
}
