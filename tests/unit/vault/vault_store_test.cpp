#include "vault/vault_store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

using namespace cabinet::vault;
using cabinet::storage::MemoryStorage;
using cabinet::storage::Storage;
using cabinet::storage::WriteResult;

namespace {

const std::string kOld = R"({"profile":{"name":"Анна"},"applications":[]})";
const std::string kNew = R"({"profile":{"name":"Анна"},"applications":[{"id":1,"kind":"пенсия"}]})";
const std::string kPassword = "Вечер#Луна7";

// Stands for a disk that fails part-way: write_atomic copies bytes to a
// temporary buffer and gives up after `budget` of them, never committing.
class FailingStorage final : public Storage {
 public:
  std::optional<std::string> read(std::string_view key) const override { return inner.read(key); }
  WriteResult write_atomic(std::string_view key, std::string_view bytes) override {
    if (budget && bytes.size() > *budget) {
      temp.assign(bytes.substr(0, *budget));  // the half-written temporary file
      return {false, "disk full after " + std::to_string(*budget) + " bytes"};
    }
    return inner.write_atomic(key, bytes);
  }
  bool remove(std::string_view key) override { return inner.remove(key); }
  std::vector<std::string> keys() const override { return inner.keys(); }

  MemoryStorage inner;
  std::optional<size_t> budget;
  std::string temp;
};

// A storage that says "saved" but keeps something else: a flipped byte, or nothing new at all.
class LyingStorage final : public Storage {
 public:
  enum class Lie { none, flip_byte, drop_write };
  std::optional<std::string> read(std::string_view key) const override { return inner.read(key); }
  WriteResult write_atomic(std::string_view key, std::string_view bytes) override {
    if (lie == Lie::drop_write) return {};
    std::string stored(bytes);
    if (lie == Lie::flip_byte && !stored.empty()) stored[stored.size() / 2] ^= 0x10;
    lie = Lie::none;  // the restore that follows is honest
    return inner.write_atomic(key, stored);
  }
  bool remove(std::string_view key) override { return inner.remove(key); }
  std::vector<std::string> keys() const override { return inner.keys(); }

  MemoryStorage inner;
  Lie lie = Lie::none;
};

}  // namespace

TEST(VaultStore, SavesAndLoads) {
  MemoryStorage storage;
  VaultStore store(storage);
  EXPECT_FALSE(store.exists());
  EXPECT_EQ(store.load(kPassword).error, VaultError::not_found);
  ASSERT_TRUE(store.save(kOld, kPassword, minimal_kdf_params()).ok());
  EXPECT_TRUE(store.exists());
  EXPECT_EQ(storage.keys(), std::vector<std::string>{"vault.bin"});
  EXPECT_EQ(store.load(kPassword).plaintext, kOld);
  EXPECT_EQ(store.load("wrong").error, VaultError::wrong_password_or_tampered);
}

// A save that fails at any byte offset leaves the previous vault as it was.
TEST(VaultStore, WriteFailingAtEveryByteOffsetKeepsThePreviousVault) {
  FailingStorage storage;
  VaultStore store(storage);
  ASSERT_TRUE(store.save(kOld, kPassword, minimal_kdf_params()).ok());
  const std::string previous = *storage.read("vault.bin");
  const size_t new_size = kHeaderBytes + kNew.size() + kTagBytes;

  for (size_t budget = 0; budget < new_size; ++budget) {
    storage.budget = budget;
    const StoreResult saved = store.save(kNew, kPassword, minimal_kdf_params());
    ASSERT_EQ(saved.error, VaultError::write_failed) << "budget " << budget;
    EXPECT_NE(saved.detail.find("disk full"), std::string::npos);
    EXPECT_EQ(storage.temp.size(), budget);
    ASSERT_EQ(storage.read("vault.bin"), previous) << "budget " << budget;
    ASSERT_EQ(store.load(kPassword).plaintext, kOld) << "budget " << budget;
  }
  storage.budget = new_size;
  ASSERT_TRUE(store.save(kNew, kPassword, minimal_kdf_params()).ok());
  EXPECT_EQ(store.load(kPassword).plaintext, kNew);
}

TEST(VaultStore, AWriteThatDoesNotReadBackIsUndone) {
  for (LyingStorage::Lie lie : {LyingStorage::Lie::flip_byte, LyingStorage::Lie::drop_write}) {
    LyingStorage storage;
    VaultStore store(storage);
    ASSERT_TRUE(store.save(kOld, kPassword, minimal_kdf_params()).ok());
    storage.lie = lie;
    EXPECT_EQ(store.save(kNew, kPassword, minimal_kdf_params()).error, VaultError::verify_failed);
    EXPECT_EQ(store.load(kPassword).plaintext, kOld);
  }
}

TEST(VaultStore, ChangePassword) {
  MemoryStorage storage;
  VaultStore store(storage);
  ASSERT_TRUE(store.save(kOld, kPassword, minimal_kdf_params()).ok());
  EXPECT_EQ(store.change_password("wrong", "Новый#Пароль8", minimal_kdf_params()).error,
            VaultError::wrong_password_or_tampered);
  ASSERT_TRUE(store.change_password(kPassword, "Новый#Пароль8", minimal_kdf_params()).ok());
  EXPECT_EQ(store.load("Новый#Пароль8").plaintext, kOld);
  EXPECT_EQ(store.load(kPassword).error, VaultError::wrong_password_or_tampered);
}

TEST(VaultStore, BackupIsTheSameBytesUnderAnotherKey) {
  MemoryStorage storage;
  VaultStore store(storage);
  EXPECT_EQ(store.export_backup_to("backup.cabv").error, VaultError::not_found);
  ASSERT_TRUE(store.save(kOld, kPassword, minimal_kdf_params()).ok());
  const std::string backup_key = backup_key_for(1'795'420'800'000);  // 2026-11-23
  EXPECT_EQ(backup_key, "cabinet-backup-2026-11-23.cabv");
  ASSERT_TRUE(store.export_backup_to(backup_key).ok());
  EXPECT_EQ(storage.read(backup_key), storage.read("vault.bin"));
  const std::string backup = *store.export_backup();

  // Later changes, then the backup comes back.
  ASSERT_TRUE(store.save(kNew, kPassword, minimal_kdf_params()).ok());
  EXPECT_EQ(store.import_backup(backup, "wrong").error, VaultError::wrong_password_or_tampered);
  EXPECT_EQ(store.import_backup(backup.substr(0, 50), kPassword).error, VaultError::truncated);
  EXPECT_EQ(store.import_backup("not a backup", kPassword).error, VaultError::bad_magic);
  EXPECT_EQ(store.load(kPassword).plaintext, kNew);  // refused imports changed nothing
  ASSERT_TRUE(store.import_backup(backup, kPassword).ok());
  EXPECT_EQ(store.load(kPassword).plaintext, kOld);

  MemoryStorage other_device;
  VaultStore restored(other_device);
  ASSERT_TRUE(restored.import_backup(backup, kPassword).ok());
  EXPECT_EQ(restored.load(kPassword).plaintext, kOld);
}

TEST(VaultStore, WorksOnFiles) {
  const auto root = std::filesystem::temp_directory_path() / ("cabinet-vault-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(root);
  {
    cabinet::storage::FileStorage storage(root.string());
    VaultStore store(storage);
    ASSERT_TRUE(store.save(kOld, kPassword, minimal_kdf_params()).ok());
    ASSERT_TRUE(store.save(kNew, kPassword, minimal_kdf_params()).ok());
  }
  cabinet::storage::FileStorage reopened(root.string());
  EXPECT_EQ(VaultStore(reopened).load(kPassword).plaintext, kNew);
  EXPECT_EQ(reopened.keys(), std::vector<std::string>{"vault.bin"});
  std::filesystem::remove_all(root);
}
