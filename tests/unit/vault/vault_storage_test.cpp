#include "vault/vault_storage.hpp"

#include <gtest/gtest.h>

#include "faulty_storage.hpp"

using namespace cabinet::vault;
using cabinet::storage::MemoryStorage;
using cabinet::storage::Storage;
using cabinet::vault::testing::FaultyStorage;

namespace {

const std::string kPassword = "Вечер#Луна7";
const std::string kForms = R"({"applications":[{"number":"20261123-000001","form":"pension-assignment"}]})";
const std::string kFormsNew =
    R"({"applications":[{"number":"20261123-000001","form":"pension-assignment","status":"Услуга оказана"}]})";

std::string all_bytes() {
  std::string bytes;
  for (int b = 0; b < 256; ++b) bytes.push_back(static_cast<char>(b));
  return bytes;
}

// A vault created in `base` with `values`, and the session over it.
VaultSession make_vault(Storage& base, const VaultValues& values = {}) {
  SessionCreateResult made =
      VaultSession::create(base, VaultStorage::serialize(values), kPassword, minimal_kdf_params());
  EXPECT_TRUE(made.ok()) << vault_error_id(made.result.error);
  return std::move(*made.session);
}

// What a fresh sign-in finds in `base`: opened with the password and parsed.
VaultValues reopened_values(Storage& base) {
  SessionOpenResult opened = VaultSession::open(base, kPassword);
  EXPECT_TRUE(opened.ok()) << vault_error_id(opened.error);
  ValuesResult parsed = VaultStorage::parse(opened.plaintext);
  EXPECT_TRUE(parsed.ok()) << parsed.error;
  return parsed.values.value_or(VaultValues{});
}

}  // namespace

TEST(VaultStorage, DefaultPredicateKeepsDeviceFilesOutside) {
  EXPECT_TRUE(default_in_vault("forms.json"));
  EXPECT_TRUE(default_in_vault("agency-sandbox.json"));
  EXPECT_TRUE(default_in_vault("forms.damaged.json"));
  EXPECT_FALSE(default_in_vault("settings.json"));
  EXPECT_FALSE(default_in_vault("account.json"));
  EXPECT_FALSE(default_in_vault("vault.bin"));
  EXPECT_FALSE(default_in_vault("cabinet-backup-2026-11-23.cabv"));
}

TEST(VaultStorage, VaultKeysStayInsideOthersPassThrough) {
  MemoryStorage base;
  VaultSession session = make_vault(base);
  VaultStorage storage(base, &session);
  ASSERT_TRUE(storage.write_atomic("settings.json", R"({"theme":"dark"})").ok);
  ASSERT_TRUE(storage.write_atomic("forms.json", kForms).ok);
  EXPECT_EQ(base.read("settings.json"), R"({"theme":"dark"})");  // device settings stay in the clear
  EXPECT_FALSE(base.read("forms.json"));
  EXPECT_EQ(base.read("vault.bin")->find("20261123"), std::string::npos);
  EXPECT_EQ(storage.read("forms.json"), kForms);
  EXPECT_EQ(storage.read("settings.json"), R"({"theme":"dark"})");
  EXPECT_EQ(storage.keys(), (std::vector<std::string>{"forms.json", "settings.json", "vault.bin"}));
  EXPECT_EQ(reopened_values(base), (VaultValues{{"forms.json", kForms}}));

  EXPECT_FALSE(storage.write_atomic("Forms.JSON", kForms).ok);  // keys as Storage allows them
  EXPECT_FALSE(storage.remove("absent.json"));
  ASSERT_TRUE(storage.remove("forms.json"));
  EXPECT_FALSE(storage.read("forms.json"));
  EXPECT_TRUE(reopened_values(base).empty());
  ASSERT_TRUE(storage.remove("settings.json"));
  EXPECT_FALSE(base.read("settings.json"));
}

TEST(VaultStorage, ACustomPredicate) {
  MemoryStorage base;
  VaultSession session = make_vault(base);
  VaultStorage storage(base, &session, {}, [](std::string_view key) { return key.starts_with("secret-"); });
  ASSERT_TRUE(storage.write_atomic("secret-a", "1").ok);
  ASSERT_TRUE(storage.write_atomic("forms.json", "2").ok);
  EXPECT_EQ(base.read("forms.json"), "2");
  EXPECT_FALSE(base.read("secret-a"));
  EXPECT_EQ(reopened_values(base), (VaultValues{{"secret-a", "1"}}));
}

TEST(VaultStorage, ValuesOpenedWithACustomPredicateAreKept) {
  // The values a session was opened with are filtered by the predicate given
  // (a moved-from copy of it once threw bad_function_call here).
  MemoryStorage base;
  VaultSession session = make_vault(base, {{"secret-a", "1"}});
  VaultStorage storage(base, &session, {{"secret-a", "1"}, {"plain", "2"}},
                       [](std::string_view key) { return key.starts_with("secret-"); });
  EXPECT_EQ(storage.read("secret-a"), "1");
  EXPECT_EQ(storage.values(), (VaultValues{{"secret-a", "1"}}));
}

TEST(VaultStorage, BinaryAndInvalidUtf8ValuesSurvive) {
  const VaultValues values = {
      {"all-bytes.bin", all_bytes()},
      {"invalid-utf8.txt", std::string("\xC3\x28 \xA0\xA1 \xE2\x82 \xF0\x28\x8C\x28 \xFF", 15)},
      {"surrogate.txt", "\xED\xA0\x80"},    // UTF-16 surrogates are not UTF-8
      {"overlong.txt", "\xC0\xAF"},         // an overlong '/'
      {"nul.txt", std::string("a\0b", 3)},  // valid UTF-8 with a NUL
      {"escapes.json", "\"quoted\" \\ \t\n\r\x01\x1f\x7f"},
      {"cyrillic.json", R"({"name":"Ёлкина Анна","city":"Санкт-Петербург"})"},
      {"empty.txt", ""},
  };
  MemoryStorage base;
  VaultSession session = make_vault(base);
  {
    VaultStorage storage(base, &session);
    for (const auto& [key, value] : values) ASSERT_TRUE(storage.write_atomic(key, value).ok) << key;
    for (const auto& [key, value] : values) EXPECT_EQ(storage.read(key), value) << key;
  }
  const VaultValues back = reopened_values(base);
  EXPECT_EQ(back, values);
  VaultStorage again(base, &session, back);
  EXPECT_EQ(again.read("all-bytes.bin"), all_bytes());

  // Text stays readable JSON; only the binary values are base64.
  const std::string content = VaultStorage::serialize(values);
  EXPECT_NE(content.find(R"("cyrillic.json":"{\"name\":\"Ёлкина Анна\")"), std::string::npos);
  EXPECT_NE(content.find(R"("all-bytes.bin":{"b64":"AAECAwQF)"), std::string::npos);
  EXPECT_NE(content.find(R"("nul.txt":"a\u0000b")"), std::string::npos);
  EXPECT_EQ(content.substr(0, 22), R"({"format":1,"values":{)");
}

TEST(VaultStorage, DamagedContentIsRefusedWithoutThrowing) {
  const std::string cases[] = {
      "",
      "not json",
      "[]",
      "{}",
      "{\"format\":1,\"values\":{\"a.json\":\"\xC3\x28\"}}",  // invalid UTF-8 inside the JSON text
      R"({"format":2,"values":{}})",
      R"({"format":"1","values":{}})",
      R"({"format":1,"values":[]})",
      R"({"format":1})",
      R"({"format":1,"values":{"a.json":5}})",
      R"({"format":1,"values":{"a.json":null}})",
      R"({"format":1,"values":{"a.json":{"b64":5}}})",
      R"({"format":1,"values":{"a.json":{"b64":"!!!!"}}})",
      R"({"format":1,"values":{"a.json":{"b64":"AAA"}}})",
      R"({"format":1,"values":{"a.json":{"b64":"AA==","x":1}}})",
      R"({"format":1,"values":{"../a.json":"x"}})",
      R"({"format":1,"values":{"A.json":"x"}})",
      R"({"format":1,"values":{"":"x"}})",
      R"({"format":1,"values":{"a.json":"x"}} trailing)",
      std::string(20000, '[') + std::string(20000, ']'),
  };
  for (const std::string& content : cases) {
    const ValuesResult parsed = VaultStorage::parse(content);
    EXPECT_FALSE(parsed.ok()) << content.substr(0, 80);
    EXPECT_FALSE(parsed.error.empty()) << content.substr(0, 80);
  }
  const ValuesResult fine = VaultStorage::parse(R"({"format":1,"values":{"a.json":"x","b.bin":{"b64":"AP8="}}})");
  ASSERT_TRUE(fine.ok()) << fine.error;
  EXPECT_EQ(*fine.values, (VaultValues{{"a.json", "x"}, {"b.bin", std::string("\0\xFF", 2)}}));
}

TEST(VaultStorage, ALockedVaultHidesItsKeysAndRefusesWrites) {
  MemoryStorage base;
  ASSERT_TRUE(base.write_atomic("settings.json", "{}").ok);
  VaultStorage storage(base, nullptr, {{"forms.json", kForms}});
  EXPECT_FALSE(storage.read("forms.json"));
  EXPECT_FALSE(storage.write_atomic("forms.json", kForms).ok);
  EXPECT_FALSE(storage.remove("forms.json"));
  EXPECT_EQ(storage.read("settings.json"), "{}");
  EXPECT_EQ(storage.keys(), std::vector<std::string>{"settings.json"});
  EXPECT_EQ(base.keys(), std::vector<std::string>{"settings.json"});
}

// A vault save cut off at any byte, or "saved" but truncated, changes nothing:
// the map is as before and the previous vault opens with the previous content.
TEST(VaultStorage, AFailedSaveAtEveryByteOffsetRollsBack) {
  FaultyStorage base;
  VaultSession session = make_vault(base, {{"forms.json", kForms}});
  VaultStorage storage(base, &session, {{"forms.json", kForms}});
  const VaultValues before = storage.values();
  const std::string previous = *base.read("vault.bin");

  struct Change {
    const char* what;
    std::function<bool()> apply;
    VaultValues after;
  };
  const Change changes[] = {
      {"replace", [&] { return storage.write_atomic("forms.json", kFormsNew).ok; }, {{"forms.json", kFormsNew}}},
      {"add",
       [&] { return storage.write_atomic("photo.bin", all_bytes()).ok; },
       {{"forms.json", kForms}, {"photo.bin", all_bytes()}}},
      {"remove", [&] { return storage.remove("forms.json"); }, {}},
  };
  for (const Change& change : changes) {
    const size_t new_size = kHeaderBytes + VaultStorage::serialize(change.after).size() + kTagBytes;
    for (int mode = 0; mode < 2; ++mode) {
      for (size_t offset = 0; offset < new_size; ++offset) {
        base.fail_after.reset();
        base.truncate_next.reset();
        (mode == 0 ? base.fail_after : base.truncate_next) = offset;
        ASSERT_FALSE(change.apply()) << change.what << " mode " << mode << " offset " << offset;
        ASSERT_EQ(storage.values(), before) << change.what << " mode " << mode << " offset " << offset;
        ASSERT_EQ(*base.read("vault.bin"), previous) << change.what << " mode " << mode << " offset " << offset;
      }
    }
    base.fail_after.reset();
    base.truncate_next.reset();
    EXPECT_EQ(reopened_values(base), before) << change.what;
  }
  // The same changes on a healthy disk.
  for (const Change& change : changes) {
    ASSERT_TRUE(change.apply()) << change.what;
    EXPECT_EQ(reopened_values(base), change.after) << change.what;
    EXPECT_EQ(storage.values(), change.after) << change.what;
    ASSERT_TRUE(storage.write_atomic("forms.json", kForms).ok);
    if (storage.values().contains("photo.bin")) {
      ASSERT_TRUE(storage.remove("photo.bin"));
    }
  }
}

TEST(VaultStorage, AFailedSaveReportsWhy) {
  FaultyStorage base;
  VaultSession session = make_vault(base);
  VaultStorage storage(base, &session);
  base.fail_after = 10;
  const cabinet::storage::WriteResult written = storage.write_atomic("forms.json", kForms);
  EXPECT_FALSE(written.ok);
  EXPECT_NE(written.error.find("write_failed"), std::string::npos) << written.error;
  EXPECT_NE(written.error.find("disk full"), std::string::npos) << written.error;
  EXPECT_FALSE(storage.read("forms.json"));
}
