#pragma once
// «Вход по коду» and «Забыли пароль?»: the vault can be opened without the
// password only by two halves together. This device keeps the vault's key
// wrapped (`vault-escrow.json`, outside the vault); the escrow keeps the key
// that unwraps it and hands it out for a right one-time code sent to the
// account's confirmed phone or email.
//
// The escrow must live elsewhere: the fund's server, which also sends and
// checks the code (`release` gets the code the citizen typed). Kept on the same
// device, a copy of the browser's storage would hold both halves and open the
// vault without the password. So there is no on-device escrow: without a remote
// escrow (Runtime::set_escrow, planned with the fund server's account sync) code
// access is not offered, and the files an earlier build kept on the device
// (`vault-escrow.json`, `escrow-sandbox.json`) are removed, and the vault
// re-keyed, at the next sign-in with the password.
#include <optional>
#include <string>
#include <string_view>

namespace cabinet::app {

inline constexpr std::string_view kEscrowWrapKey = "vault-escrow.json";
// Where an earlier build kept the escrow key on the device itself; removed at the next sign-in.
inline constexpr std::string_view kLegacyDeviceEscrowKey = "escrow-sandbox.json";

class KeyEscrow {
 public:
  virtual ~KeyEscrow() = default;
  // Keeps `key` (32 bytes) for `escrow_id`, replacing an earlier one. False when it could not.
  virtual bool deposit(std::string_view escrow_id, std::string_view key) = 0;
  // The key kept for `escrow_id`, for the one-time `code` the citizen typed (the server checks
  // it); nullopt when refused, not kept or unreachable.
  virtual std::optional<std::string> release(std::string_view escrow_id, std::string_view code) = 0;
  virtual void forget(std::string_view escrow_id) = 0;
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
