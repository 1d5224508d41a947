// Argon2id per hash at the app's parameters (sign-in password hash and the
// vault's key), and the vault of an account with 10,000 applications: a keyed
// save through VaultSession, a change through VaultStorage, and an open (with
// its one Argon2id run). Counters: memlimit_MiB / opslimit of the KDF,
// vault_MiB the size of the vault's content.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "auth/password_hash.hpp"
#include "time/iso8601.hpp"
#include "vault/vault_crypto.hpp"
#include "vault/vault_session.hpp"
#include "vault/vault_storage.hpp"

namespace {

using nlohmann::json;
using namespace cabinet;

constexpr size_t kApplications = 10000;
const std::string kPassword = "Вечер#Луна7-Ёлка";

const char* const kForms[] = {"pension-assignment",   "pension-recalculation",      "maternity-capital",
                              "social-benefit",       "pension-amount-certificate", "account-statement",
                              "payments-information", "personal-data-change",       "work-record-error",
                              "appointment"};
const char* const kLastNames[] = {"Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Ёлкина"};
const char* const kFirstNames[] = {"Анна", "Сергей", "Мария", "Алексей", "Ольга", "Дмитрий", "Татьяна"};
const char* const kMiddleNames[] = {"Сергеевна", "Иванович", "Петровна", "Алексеевич", "Викторовна"};
const char* const kCities[] = {"г. Москва", "г. Санкт-Петербург", "г. Казань", "г. Новосибирск", "г. Екатеринбург"};
const char* const kComments[] = {"Заявление зарегистрировано", "Передано в Отделение СФР по г. Москве",
                                 "Принято к рассмотрению специалистом клиентской службы",
                                 "Решение принято, уведомление направлено в личный кабинет"};

std::string digits(std::mt19937& rng, int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += static_cast<char>('0' + rng() % 10);
  return s;
}

template <size_t N>
const char* pick(std::mt19937& rng, const char* const (&options)[N]) {
  return options[rng() % N];
}

// One application as the app keeps it: number, form, dates, answers with
// Cyrillic text and a status history of four entries.
json application(std::mt19937& rng, size_t index) {
  const int64_t day_ms = 86'400'000;
  const int64_t submitted = 1'704'067'200'000 + static_cast<int64_t>(rng() % (3 * 365)) * day_ms +
                            static_cast<int64_t>(rng() % 86'400) * 1000;  // 2024..2026
  std::string date = time::format_iso_utc(submitted).substr(0, 10);
  std::erase(date, '-');
  const std::string seq = std::to_string(1'000'000 + index).substr(1);
  const char* const steps[] = {"registered", "sent", "received", rng() % 3 ? "in_progress" : "done"};
  const char* const actors[] = {"system", "system", "agency", "agency"};
  json history = json::array();
  int64_t at = submitted;
  for (int i = 0; i < 4; ++i) {
    history.push_back(
        {{"time", time::format_iso_utc(at)}, {"status", steps[i]}, {"actor", actors[i]}, {"comment", kComments[i]}});
    at += static_cast<int64_t>(1 + rng() % 72) * 3'600'000;
  }
  return {{"number", date + "-" + seq},
          {"form", pick(rng, kForms)},
          {"form_version", 1 + rng() % 3},
          {"submitted", time::format_iso_utc(submitted)},
          {"updated", time::format_iso_utc(at)},
          {"status", steps[3]},
          {"agency_id", "SFR-" + digits(rng, 10)},
          {"data",
           {{"last_name", pick(rng, kLastNames)},
            {"first_name", pick(rng, kFirstNames)},
            {"middle_name", pick(rng, kMiddleNames)},
            {"snils", digits(rng, 3) + "-" + digits(rng, 3) + "-" + digits(rng, 3) + " " + digits(rng, 2)},
            {"address", std::string(pick(rng, kCities)) + ", ул. Ленина, д. " + std::to_string(1 + rng() % 120) +
                            ", кв. " + std::to_string(1 + rng() % 300)},
            {"phone", "+7 9" + digits(rng, 2) + " " + digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 2)}}},
          {"history", history}};
}

// The vault's values for the account: its applications and a profile.
const vault::VaultValues& account() {
  static const vault::VaultValues values = [] {
    std::mt19937 rng(11);
    json applications = json::array();
    for (size_t i = 0; i < kApplications; ++i) applications.push_back(application(rng, i));
    const json forms = {{"version", 1}, {"applications", applications}, {"drafts", json::array()}};
    const json profile = {{"name", "Ёлкина Анна Сергеевна"}, {"snils", "112-233-445 95"}, {"region", "Москва"}};
    return vault::VaultValues{{"forms.json", forms.dump()}, {"profile.json", profile.dump()}};
  }();
  return values;
}

void kdf_counters(benchmark::State& state, uint64_t opslimit, uint64_t memlimit) {
  state.counters["memlimit_MiB"] = static_cast<double>(memlimit) / (1024.0 * 1024.0);
  state.counters["opslimit"] = static_cast<double>(opslimit);
}

void content_counters(benchmark::State& state, size_t content_bytes) {
  state.counters["vault_MiB"] = static_cast<double>(content_bytes) / (1024.0 * 1024.0);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * content_bytes));
}

// crypto_pwhash_str (Argon2id) as auth::hash_password does it at sign-up.
void BM_Argon2idPasswordHash(benchmark::State& state) {
  const auth::HashParams params = auth::kInteractiveBrowser;
  for (auto _ : state) {
    auto hash = auth::hash_password(kPassword, params);
    if (!hash) state.SkipWithError("Argon2id could not get its memory");
    benchmark::DoNotOptimize(hash);
  }
  kdf_counters(state, params.opslimit, params.memlimit);
}

// crypto_pwhash (Argon2id) deriving the vault's key at the default KdfParams.
void BM_Argon2idVaultKey(benchmark::State& state) {
  vault::Header header;  // default KdfParams
  auth::system_random()(header.salt.data(), header.salt.size());
  for (auto _ : state) {
    vault::SecretKey key;
    if (!vault::derive_key(kPassword, header, key)) state.SkipWithError("Argon2id could not get its memory");
    benchmark::DoNotOptimize(key.data());
  }
  kdf_counters(state, header.kdf.opslimit, header.kdf.memlimit);
}

// A save with the session's key: serialize is not included, seal + write + read back + decrypt are.
void BM_VaultSessionSave10k(benchmark::State& state) {
  const std::string content = vault::VaultStorage::serialize(account());
  storage::MemoryStorage storage;
  auto created = vault::VaultSession::create(storage, content, kPassword);
  if (!created.ok()) return state.SkipWithError("create failed");
  for (auto _ : state) {
    const vault::StoreResult saved = created.session->save(content);
    if (!saved.ok()) state.SkipWithError("save failed");
  }
  content_counters(state, content.size());
}

// One application changes: VaultStorage serializes the whole vault and saves it.
void BM_VaultStorageWrite10k(benchmark::State& state) {
  storage::MemoryStorage base;
  auto created = vault::VaultSession::create(base, vault::VaultStorage::serialize(account()), kPassword);
  if (!created.ok()) return state.SkipWithError("create failed");
  vault::VaultStorage storage(base, &*created.session, account());
  std::string forms = account().at("forms.json");
  const size_t status_at = forms.rfind("\"status\":\"done\"") + 10;
  size_t round = 0;
  for (auto _ : state) {
    forms.replace(status_at, 4, ++round % 2 ? "sent" : "done");
    if (!storage.write_atomic("forms.json", forms).ok) state.SkipWithError("write failed");
  }
  content_counters(state, vault::VaultStorage::serialize(account()).size());
}

// Sign-in: read, Argon2id at the default parameters, decrypt, parse the values.
void BM_VaultOpen10k(benchmark::State& state) {
  storage::MemoryStorage storage;
  const std::string content = vault::VaultStorage::serialize(account());
  if (!vault::VaultSession::create(storage, content, kPassword).ok()) return state.SkipWithError("create failed");
  for (auto _ : state) {
    auto opened = vault::VaultSession::open(storage, kPassword);
    auto values = vault::VaultStorage::parse(opened.plaintext);
    if (!opened.ok() || !values.ok()) state.SkipWithError("open failed");
    benchmark::DoNotOptimize(values);
  }
  content_counters(state, content.size());
}

// The parts of a save and an open without any cryptography.
void BM_VaultContentSerialize10k(benchmark::State& state) {
  size_t size = 0;
  for (auto _ : state) {
    const std::string content = vault::VaultStorage::serialize(account());
    size = content.size();
    benchmark::DoNotOptimize(content.data());
  }
  content_counters(state, size);
}

void BM_VaultContentParse10k(benchmark::State& state) {
  const std::string content = vault::VaultStorage::serialize(account());
  for (auto _ : state) {
    auto values = vault::VaultStorage::parse(content);
    if (!values.ok()) state.SkipWithError("parse failed");
    benchmark::DoNotOptimize(values);
  }
  content_counters(state, content.size());
}

}  // namespace

BENCHMARK(BM_Argon2idPasswordHash)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Argon2idVaultKey)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_VaultSessionSave10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_VaultStorageWrite10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_VaultOpen10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_VaultContentSerialize10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_VaultContentParse10k)->Unit(benchmark::kMillisecond);
