#pragma once
// «Вход по коду» and «Забыли пароль?»: the vault can be opened without the
// password only by two halves together. This device keeps the vault's key
// wrapped (`vault-escrow.json`, outside the vault); the escrow keeps the key
// that unwraps it and hands it out for a right one-time code sent to the
// account's confirmed phone or email.
//
// In service the escrow is the fund's server, and it must also be the one that
// sends and checks the code (this interface passes the code the citizen typed to
// `release`; a server connector also has to take over issuing the code, which the
// core does itself today: not built, as there is no server). Only then does a copy
// of this device's storage open nothing. This build has no such server:
// SandboxEscrow keeps the key in `escrow-sandbox.json` on the same device, so
// while code access is on, a copy of the browser's storage opens the vault
// without the password. That is why code access is off until the citizen turns
// it on in Безопасность with the password, after reading exactly that; turning it
// on or off re-keys the vault, so halves copied earlier open nothing, and a
// backup restored on another device starts with it off.
#include <optional>
#include <string>
#include <string_view>

#include "storage/storage.hpp"

namespace cabinet::app {

inline constexpr std::string_view kEscrowWrapKey = "vault-escrow.json";
inline constexpr std::string_view kSandboxEscrowKey = "escrow-sandbox.json";

class KeyEscrow {
 public:
  virtual ~KeyEscrow() = default;
  // Keeps `key` (32 bytes) for `escrow_id`, replacing an earlier one. False when it could not.
  virtual bool deposit(std::string_view escrow_id, std::string_view key) = 0;
  // The key kept for `escrow_id`, for the one-time `code` the citizen typed (a server checks
  // it; the sandbox relies on the core's check); nullopt when refused, not kept or unreachable.
  virtual std::optional<std::string> release(std::string_view escrow_id, std::string_view code) = 0;
  virtual void forget(std::string_view escrow_id) = 0;
};

// The sandbox's escrow: one JSON file in the device's storage (outside the vault).
class SandboxEscrow final : public KeyEscrow {
 public:
  explicit SandboxEscrow(storage::Storage& storage) : storage_(storage) {}
  bool deposit(std::string_view escrow_id, std::string_view key) override;
  std::optional<std::string> release(std::string_view escrow_id, std::string_view code) override;
  void forget(std::string_view escrow_id) override;

 private:
  storage::Storage& storage_;
};

// What this device keeps: which escrow entry, and the vault key wrapped
// (vault::VaultSession::wrap_key) for the vault whose salt is `salt_hex`.
struct WrappedVaultKey {
  std::string escrow_id;
  std::string salt_hex;
  std::string wrapped;  // bytes
};
std::string wrapped_key_json(const WrappedVaultKey& key);
std::optional<WrappedVaultKey> wrapped_key_from_json(std::string_view text);

}  // namespace cabinet::app
