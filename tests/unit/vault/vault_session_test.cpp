#include "vault/vault_session.hpp"

#include <gtest/gtest.h>

#include "faulty_storage.hpp"

using namespace cabinet::vault;
using cabinet::storage::MemoryStorage;
using cabinet::vault::testing::FaultyStorage;

namespace {

const std::string kOld = R"({"profile":{"name":"Анна"},"applications":[]})";
const std::string kNew = R"({"profile":{"name":"Анна"},"applications":[{"id":1,"kind":"пенсия"}]})";
const std::string kPassword = "Вечер#Луна7";
const std::string kOtherPassword = "Новый#Пароль8";

// Salt and KDF parameters: header bytes 6..35.
std::string kdf_part(const std::string& bytes) {
  return bytes.substr(6, 30);
}
std::string nonce_part(const std::string& bytes) {
  return bytes.substr(36, kNonceBytes);
}

VaultSession created(cabinet::storage::Storage& storage, const std::string& content = kOld) {
  SessionCreateResult made = VaultSession::create(storage, content, kPassword, minimal_kdf_params());
  EXPECT_TRUE(made.ok()) << vault_error_id(made.result.error);
  return std::move(*made.session);
}

std::string opened_content(cabinet::storage::Storage& storage, const std::string& password = kPassword) {
  SessionOpenResult opened = VaultSession::open(storage, password);
  EXPECT_TRUE(opened.ok()) << vault_error_id(opened.error);
  return opened.plaintext;
}

}  // namespace

TEST(VaultSession, CreateSaveOpenRoundTrip) {
  MemoryStorage storage;
  VaultSession session = created(storage);
  EXPECT_EQ(opened_content(storage), kOld);
  ASSERT_TRUE(session.save(kNew).ok());
  EXPECT_EQ(opened_content(storage), kNew);
  ASSERT_TRUE(session.save("").ok());
  EXPECT_EQ(opened_content(storage), "");

  SessionOpenResult reopened = VaultSession::open(storage, kPassword);
  ASSERT_TRUE(reopened.ok());
  ASSERT_TRUE(reopened.session->save(kOld).ok());  // an opened session saves as well as a created one
  EXPECT_EQ(opened_content(storage), kOld);
  EXPECT_EQ(reopened.session->header().kdf.memlimit, minimal_kdf_params().memlimit);
}

TEST(VaultSession, SaveKeepsSaltAndParametersWithAFreshNonce) {
  MemoryStorage storage;
  VaultSession session = created(storage);
  const std::string first = *storage.read("vault.bin");
  ASSERT_TRUE(session.save(kOld).ok());
  const std::string second = *storage.read("vault.bin");
  EXPECT_EQ(kdf_part(second), kdf_part(first));
  EXPECT_NE(nonce_part(second), nonce_part(first));
  EXPECT_NE(second, first);  // the same content, encrypted anew
  EXPECT_EQ(nonce_part(second), std::string(reinterpret_cast<const char*>(session.header().nonce.data()), kNonceBytes));
}

TEST(VaultSession, OpenRefusals) {
  MemoryStorage storage;
  SessionOpenResult missing = VaultSession::open(storage, kPassword);
  EXPECT_EQ(missing.error, VaultError::not_found);
  EXPECT_FALSE(missing.session);

  created(storage);
  SessionOpenResult wrong = VaultSession::open(storage, "вечер#Луна7");
  EXPECT_EQ(wrong.error, VaultError::wrong_password_or_tampered);
  EXPECT_FALSE(wrong.session);
  EXPECT_TRUE(wrong.plaintext.empty());

  EXPECT_EQ(VaultSession::create(storage, kOld, kPassword, KdfParams{kKdfArgon2id13, 0, 8192}).result.error,
            VaultError::bad_params);
  EXPECT_EQ(opened_content(storage), kOld);  // the refused create wrote nothing
}

TEST(VaultSession, WorksUnderAnotherStorageKey) {
  MemoryStorage storage;
  SessionCreateResult made =
      VaultSession::create(storage, kOld, kPassword, minimal_kdf_params(), cabinet::auth::system_random(), "other.bin");
  ASSERT_TRUE(made.ok());
  ASSERT_TRUE(made.session->save(kNew).ok());
  EXPECT_EQ(storage.keys(), std::vector<std::string>{"other.bin"});
  EXPECT_EQ(VaultSession::open(storage, kPassword, cabinet::auth::system_random(), "other.bin").plaintext, kNew);
}

TEST(VaultSession, ChangePassword) {
  MemoryStorage storage;
  VaultSession session = created(storage);
  ASSERT_TRUE(session.save(kNew).ok());
  const std::string before = *storage.read("vault.bin");

  EXPECT_EQ(session.change_password("wrong", kOtherPassword, minimal_kdf_params()).error,
            VaultError::wrong_password_or_tampered);
  EXPECT_EQ(*storage.read("vault.bin"), before);

  ASSERT_TRUE(session.change_password(kPassword, kOtherPassword, minimal_kdf_params()).ok());
  const std::string after = *storage.read("vault.bin");
  EXPECT_NE(after.substr(20, kSaltBytes), before.substr(20, kSaltBytes));  // a new salt
  EXPECT_EQ(opened_content(storage, kOtherPassword), kNew);
  EXPECT_EQ(VaultSession::open(storage, kPassword).error, VaultError::wrong_password_or_tampered);

  // The session now holds the new key: what it saves opens with the new password.
  ASSERT_TRUE(session.save(kOld).ok());
  EXPECT_EQ(opened_content(storage, kOtherPassword), kOld);
  EXPECT_EQ(kdf_part(*storage.read("vault.bin")), kdf_part(after));
}

TEST(VaultSession, NeedsRehashWhenBelowTheCurrentParameters) {
  MemoryStorage storage;
  VaultSession session = created(storage);
  EXPECT_TRUE(session.needs_rehash());  // minimal parameters are below the defaults
  EXPECT_FALSE(session.needs_rehash(minimal_kdf_params()));

  const KdfParams raised{kKdfArgon2id13, minimal_kdf_params().opslimit + 1, 64u * 1024};
  EXPECT_TRUE(session.needs_rehash(raised));
  EXPECT_EQ(session.rehash("wrong", raised).error, VaultError::wrong_password_or_tampered);
  EXPECT_TRUE(session.needs_rehash(raised));

  ASSERT_TRUE(session.rehash(kPassword, raised).ok());
  EXPECT_FALSE(session.needs_rehash(raised));
  EXPECT_EQ(session.header().kdf.opslimit, raised.opslimit);
  EXPECT_EQ(session.header().kdf.memlimit, raised.memlimit);
  SessionOpenResult reopened = VaultSession::open(storage, kPassword);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(reopened.plaintext, kOld);
  EXPECT_EQ(reopened.session->header().kdf.memlimit, raised.memlimit);
  EXPECT_FALSE(reopened.session->needs_rehash(raised));
  EXPECT_TRUE(reopened.session->needs_rehash());  // still below the defaults (19 MiB, t = 2)
}

TEST(VaultSession, AFailedSaveKeepsThePreviousVaultAndTheSession) {
  FaultyStorage storage;
  VaultSession session = created(storage);
  const std::string previous = *storage.read("vault.bin");
  const size_t new_size = kHeaderBytes + kNew.size() + kTagBytes;
  for (size_t budget = 0; budget < new_size; ++budget) {
    storage.fail_after = budget;
    ASSERT_EQ(session.save(kNew).error, VaultError::write_failed) << budget;
    ASSERT_EQ(*storage.read("vault.bin"), previous) << budget;
  }
  storage.fail_after.reset();
  for (size_t keep = 0; keep < new_size; ++keep) {
    storage.truncate_next = keep;
    ASSERT_EQ(session.save(kNew).error, VaultError::verify_failed) << keep;
    ASSERT_EQ(*storage.read("vault.bin"), previous) << keep;
  }
  EXPECT_EQ(opened_content(storage), kOld);
  ASSERT_TRUE(session.save(kNew).ok());
  EXPECT_EQ(opened_content(storage), kNew);
}

TEST(VaultSession, FlippingAnySingleByteOfTheSavedVaultIsRefused) {
  MemoryStorage storage;
  VaultSession session = created(storage);
  ASSERT_TRUE(session.save(R"({"a":"б"})").ok());
  const std::string bytes = *storage.read("vault.bin");
  for (size_t offset = 0; offset < bytes.size(); ++offset) {
    std::string tampered = bytes;
    tampered[offset] = static_cast<char>(tampered[offset] ^ 0x01);
    MemoryStorage copy;
    ASSERT_TRUE(copy.write_atomic("vault.bin", tampered).ok);
    const SessionOpenResult opened = VaultSession::open(copy, kPassword);
    EXPECT_FALSE(opened.ok()) << "offset " << offset;
    EXPECT_FALSE(opened.session) << "offset " << offset;
    EXPECT_TRUE(opened.plaintext.empty()) << "offset " << offset;
  }
}

TEST(VaultSession, SealWithKeyOpensWithThePasswordToo) {
  SecretKey key;
  const SealResult first = seal_keeping_key(kOld, kPassword, minimal_kdf_params(), cabinet::auth::system_random(), key);
  ASSERT_TRUE(first.ok());
  const Header header = parse_header(first.bytes).header;
  const SealResult again = seal_with_key(kNew, header, key, cabinet::auth::system_random());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(kdf_part(again.bytes), kdf_part(first.bytes));
  EXPECT_EQ(open_with_key(again.bytes, key).plaintext, kNew);
  EXPECT_EQ(open(again.bytes, kPassword).plaintext, kNew);
  Header bad = header;
  bad.kdf.opslimit = 0;
  EXPECT_EQ(seal_with_key(kNew, bad, key, cabinet::auth::system_random()).error, VaultError::bad_params);
}

namespace {

// A random 32-byte key, as the escrow draws one.
struct RandomKey : SecretKey {
  RandomKey() { cabinet::auth::system_random()(data(), kKeyBytes); }
};

}  // namespace

TEST(VaultSession, AWrappedKeyOpensTheVaultWithoutThePasswordAndOnlyThatVault) {
  MemoryStorage storage;
  VaultSession session = created(storage);
  const RandomKey escrow;
  const std::string wrapped = session.wrap_key(escrow);
  ASSERT_EQ(wrapped.size(), kWrappedKeyBytes);
  SessionOpenResult opened = VaultSession::open_wrapped(storage, wrapped, escrow);
  ASSERT_TRUE(opened.ok()) << vault_error_id(opened.error);
  EXPECT_EQ(opened.plaintext, kOld);
  // The session opened that way saves like any other, and the password still opens it.
  ASSERT_TRUE(opened.session->save(kNew).ok());
  EXPECT_EQ(opened_content(storage), kNew);
  // Another escrow key, any flipped byte of the wrapped key, a cut one: refused.
  EXPECT_EQ(VaultSession::open_wrapped(storage, wrapped, RandomKey()).error, VaultError::wrong_password_or_tampered);
  for (size_t i = 0; i < wrapped.size(); ++i) {
    std::string flipped = wrapped;
    flipped[i] ^= 0x01;
    EXPECT_EQ(VaultSession::open_wrapped(storage, flipped, escrow).error, VaultError::wrong_password_or_tampered) << i;
  }
  EXPECT_EQ(VaultSession::open_wrapped(storage, wrapped.substr(1), escrow).error,
            VaultError::wrong_password_or_tampered);
  // After a password change the vault's salt and key are new: the old wrapped key opens nothing.
  ASSERT_TRUE(session.change_password(kPassword, kOtherPassword, minimal_kdf_params()).ok());
  EXPECT_EQ(VaultSession::open_wrapped(storage, wrapped, escrow).error, VaultError::wrong_password_or_tampered);
  EXPECT_TRUE(VaultSession::open_wrapped(storage, session.wrap_key(escrow), escrow).ok());
  MemoryStorage empty;
  EXPECT_EQ(VaultSession::open_wrapped(empty, wrapped, escrow).error, VaultError::not_found);
}

TEST(VaultSession, ResetPasswordSealsUnderTheNewOneWithoutTheOld) {
  MemoryStorage storage;
  VaultSession session = created(storage);
  const RandomKey escrow;
  SessionOpenResult opened = VaultSession::open_wrapped(storage, session.wrap_key(escrow), escrow);
  ASSERT_TRUE(opened.ok());
  const std::string before = *storage.read(kVaultKey);
  ASSERT_TRUE(opened.session->reset_password(kOtherPassword, minimal_kdf_params()).ok());
  EXPECT_NE(kdf_part(*storage.read(kVaultKey)), kdf_part(before)) << "a new salt";
  EXPECT_EQ(opened_content(storage, kOtherPassword), kOld);
  EXPECT_EQ(VaultSession::open(storage, kPassword).error, VaultError::wrong_password_or_tampered);
}

TEST(VaultSession, AResetThatCannotBeWrittenChangesNothing) {
  FaultyStorage storage;
  VaultSession session = created(storage);
  for (size_t budget : {size_t{0}, kHeaderBytes, kHeaderBytes + kOld.size()}) {
    storage.fail_after = budget;
    EXPECT_EQ(session.reset_password(kOtherPassword, minimal_kdf_params()).error, VaultError::write_failed) << budget;
  }
  storage.fail_after.reset();
  EXPECT_EQ(opened_content(storage, kPassword), kOld);
  EXPECT_TRUE(session.save(kNew).ok()) << "the session keeps the key that fits the vault";
  EXPECT_EQ(opened_content(storage, kPassword), kNew);
}
