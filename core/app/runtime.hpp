#pragma once
// Runtime: owns the AppState, feeds actions through update() one at a time and
// performs the effects: storage, the vault (Argon2id and XChaCha20-Poly1305),
// one-time code delivery and the sandbox agency. The platform adds what only
// it can do: in the browser, `persist` syncs IDBFS after a write.
#include <deque>
#include <functional>
#include <memory>
#include <optional>

#include "app/clock.hpp"
#include "app/delivery.hpp"
#include "app/key_escrow.hpp"
#include "app/update.hpp"
#include "appointments/sandbox_appointments.hpp"
#include "auth/password_hash.hpp"
#include "i18n/catalog.hpp"
#include "payments/sandbox_payments.hpp"
#include "records/sandbox_records.hpp"
#include "storage/storage.hpp"
#include "tracking/sandbox_agency.hpp"
#include "vault/vault_storage.hpp"

namespace cabinet::app {

// The cost of Argon2id for the vault key and the password hashes.
struct AccountCrypto {
  vault::KdfParams vault;         // defaults: OWASP's minimum (see core/vault)
  auth::HashParams password = auth::kInteractiveBrowser;
};
// The smallest parameters libsodium accepts: tests and scenarios only.
AccountCrypto test_account_crypto();

// Keys kept outside the vault: the device's settings and the public part of the account.
bool in_account_vault(std::string_view key);

class Runtime {
 public:
  // Called after a successful write; must eventually call done(ok, reason_key),
  // reason_key naming a catalog message when ok is false.
  using Done = std::function<void(bool ok, const std::string& reason_key)>;
  using Persist = std::function<void(Done done)>;
  using Console = std::function<void(const std::string& line)>;

  Runtime(storage::Storage& storage, const Clock& clock, AccountCrypto crypto = {});
  ~Runtime();

  void set_persist(Persist persist) { persist_ = std::move(persist); }
  // A real code gateway; without one, codes go to the sandbox channel.
  void set_delivery(Delivery* delivery) {
    delivery_ = delivery;
    state_.account.codes_leave_the_device = delivery != nullptr;
  }
  // Real email / SMS / push gateways; without them Уведомления shows each delivery as the sandbox's.
  void set_channels(NotificationChannels* channels) { channels_ = channels; }
  // The fund's escrow of «вход по коду» (key_escrow.hpp): never on this device, so without
  // one code access is not offered.
  void set_escrow(KeyEscrow* escrow) {
    escrow_ = escrow;
    state_.account.code_access_offered = escrow != nullptr;
  }
  // Where the sandbox channel also prints codes (the native console).
  void set_console(Console console) { console_ = std::move(console); }
  // "Chrome · Android": shown in the list of sessions.
  void set_device_label(std::string label) { device_label_ = std::move(label); }
  // Reads what was saved before (settings, the public part of the account).
  void start();
  // Queues the action and processes the queue unless already inside dispatch.
  // Returns false for an unknown action type.
  bool dispatch(const Action& action);
  // Dispatches "tick" when a deadline of the state has passed.
  void tick();

  const AppState& state() const { return state_; }
  std::optional<int64_t> next_deadline() const { return app::next_deadline(state_); }
  // The encrypted vault file as saved: the backup a signed-in citizen downloads.
  std::optional<std::string> vault_backup() const;
  // A stored file (a document's version, an attachment) by its BLAKE2b hex, while signed in.
  std::optional<std::string> stored_file(const std::string& blake2b) const;
  // The embedded sandbox bank and agency of Платежи (tests lose its answers, add charges).
  payments::SandboxPayments& payments_sandbox() { return payments_sandbox_; }
  // The embedded sandbox of «Сведения» (tests compare with its answers, take it offline).
  records::SandboxRecords& records_sandbox() { return records_sandbox_; }

 private:
  void perform(const Effect& effect);
  void save(const std::string& key, const std::string& bytes);
  void deliver_code(const nlohmann::json& args);
  // The catalog the copies of notifications are written in (the citizen's language).
  const i18n::Catalog& channel_catalog();
  void create_vault(const std::string& password);
  void open_vault(const std::string& password, bool remember, bool restored = false);
  // «Восстановить из резервной копии»: the chosen file becomes the vault once it opens with `password`.
  void restore_vault(const std::string& password);
  void change_password(const std::string& old_password, const std::string& new_password);
  // «Вход по коду» / «Забыли пароль?» after the right code: the escrow's key unwraps the vault's.
  void open_vault_by_code(bool remember, bool reset, const std::string& code);
  // «Вход по коду» on or off: the vault re-keyed with the password, then the wrapped key made or removed.
  void rekey_for_code_access(const std::string& password, bool on);
  // «Забыли пароль?»: the vault opened by code is sealed under the new password.
  void reset_password(const std::string& new_password);
  // Makes this device's wrapped key fit the open vault's current key (or removes
  // it unless the citizen turned code access on and a remote escrow is there);
  // true when code access works. Files of an earlier on-device escrow go too.
  // `rotate`: a new escrow key even when the wrapped one fits (after the
  // password opened the vault, so damage to either half is mended).
  bool sync_escrow(bool rotate, bool wanted);
  // The session is open: read the documents and tell the update.
  void adopt_session(vault::SessionOpenResult& opened, nlohmann::json args);
  // A write to the device's storage outside save() (the escrow): synced like the rest.
  void persist_quietly();
  // True when an earlier build left escrow files on this device (key_escrow.hpp).
  bool device_escrow_left() const;
  void close_vault();
  void load_vault_documents();

  storage::Storage& base_;
  const Clock& clock_;
  AccountCrypto crypto_;
  // The embedded sandbox agency (core/tracking); its state lives in the vault.
  tracking::SandboxAgency sandbox_;
  nlohmann::json sandbox_blank_;
  // The embedded sandbox of Запись на приём (core/appointments); its bookings live in the vault too.
  appointments::SandboxAppointments appointments_sandbox_;
  nlohmann::json appointments_blank_;
  // The embedded sandbox of Платежи (core/payments): charges and payments, in the vault too.
  payments::SandboxPayments payments_sandbox_;
  nlohmann::json payments_blank_;
  // The embedded sandbox of «Сведения» (core/records): deterministic from the SNILS, nothing to save.
  records::SandboxRecords records_sandbox_;
  std::optional<vault::VaultSession> session_;
  std::unique_ptr<vault::VaultStorage> storage_;  // locked (no session) while signed out
  Persist persist_;
  KeyEscrow* escrow_ = nullptr;
  Delivery* delivery_ = nullptr;
  NotificationChannels* channels_ = nullptr;
  std::optional<i18n::Catalog> channel_catalog_;
  Console console_;
  std::string device_label_;
  AppState state_;
  std::deque<Action> queue_;
  bool dispatching_ = false;
};

}  // namespace cabinet::app
