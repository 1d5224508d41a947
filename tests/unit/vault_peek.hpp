#pragma once
// Tests look inside the account's vault the way support would: open it with
// the sandbox citizen's password, read or damage one stored document.
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "vault/vault_storage.hpp"

namespace cabinet::vault_peek {

inline std::optional<std::string> read(storage::Storage& storage, const std::string& key) {
  auto opened = vault::VaultSession::open(storage, app::DemoPerson{}.password);
  if (!opened.ok()) return std::nullopt;
  auto values = vault::VaultStorage::parse(opened.plaintext);
  if (!values.ok()) return std::nullopt;
  auto it = values.values->find(key);
  if (it == values.values->end()) return std::nullopt;
  return it->second;
}

inline void write(storage::Storage& storage, const std::string& key, const std::string& bytes) {
  auto opened = vault::VaultSession::open(storage, app::DemoPerson{}.password);
  ASSERT_TRUE(opened.ok());
  auto values = vault::VaultStorage::parse(opened.plaintext);
  ASSERT_TRUE(values.ok());
  vault::VaultStorage inside(storage, &*opened.session, *values.values, app::in_account_vault);
  ASSERT_TRUE(inside.write_atomic(key, bytes).ok);
}

// A Runtime over `storage` with the sandbox citizen signed in (registered on first use),
// with the fund's escrow of «Вход по коду» when one is given.
inline std::unique_ptr<app::Runtime> signed_in_runtime(storage::Storage& storage, const app::Clock& clock,
                                                       const app::DemoPerson& person = {},
                                                       app::KeyEscrow* escrow = nullptr) {
  auto runtime = std::make_unique<app::Runtime>(storage, clock, app::test_account_crypto());
  runtime->set_escrow(escrow);
  runtime->start();
  const bool open = runtime->state().account.phase == app::AccountPhase::none
                        ? app::register_demo_account(*runtime, person)
                        : app::sign_in_demo_account(*runtime, person);
  EXPECT_TRUE(open);
  return runtime;
}

// The sandbox citizen signed in over in-memory storage and a fake clock at
// 2026-11-23T09:00:00Z (12:00 in Moscow); restart() reopens the app over the same storage.
struct SignedIn {
  static constexpr int64_t kStart = 1'795'424'400'000;
  explicit SignedIn(app::DemoPerson who = {}) : person(std::move(who)) {}
  app::DemoPerson person;
  storage::MemoryStorage storage;
  app::FakeClock clock{kStart};
  std::unique_ptr<app::Runtime> runtime = signed_in_runtime(storage, clock, person);
  void restart(app::KeyEscrow* escrow = nullptr) { runtime = signed_in_runtime(storage, clock, person, escrow); }
  const app::AppState& state() const { return runtime->state(); }
  void send(const std::string& type, nlohmann::json args = nlohmann::json::object()) {
    ASSERT_TRUE(runtime->dispatch({type, std::move(args)}));
  }
};

}  // namespace cabinet::vault_peek
