#pragma once
// Runtime: owns the AppState and the ports (ports.hpp), feeds actions through
// update() one at a time and performs the effects: storage, the vault
// (Argon2id and XChaCha20-Poly1305), one-time code delivery and the fund's
// gateways (the embedded sandboxes by default), whose answers come back as
// actions (answer.hpp). The platform adds what only it can do: in the
// browser, `persist` syncs IDBFS after a write.
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

#include "app/kernel/clock.hpp"
#include "app/kernel/ports.hpp"
#include "app/kernel/update.hpp"
#include "appointments/sandbox_appointments.hpp"
#include "auth/password_hash.hpp"
#include "capital/sandbox_capital.hpp"
#include "i18n/catalog.hpp"
#include "payments/sandbox_payments.hpp"
#include "records/sandbox_records.hpp"
#include "storage/storage.hpp"
#include "tracking/sandbox_agency.hpp"
#include "vault/vault_storage.hpp"

namespace cabinet::app {

// The cost of Argon2id for the vault key and the password hashes.
struct AccountCrypto {
  vault::KdfParams vault;  // defaults: OWASP's minimum (see core/vault)
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
    ports_.delivery = delivery;
    state_.account.codes_leave_the_device = delivery != nullptr;
  }
  // Real email / SMS / push gateways; without them Уведомления shows each delivery as the sandbox's.
  void set_channels(NotificationChannels* channels) { ports_.channels = channels; }
  // The fund's escrow of «вход по коду» (kernel/key_escrow.hpp): never on this device, so without
  // one code access is not offered.
  void set_escrow(KeyEscrow* escrow) {
    ports_.escrow = escrow;
    state_.account.code_access_offered = escrow != nullptr;
  }
  // The fund's gateways instead of the embedded sandboxes (nullptr: none, effects go unanswered).
  void set_agency(tracking::AgencyGateway* agency) { ports_.agency = agency; }
  void set_appointments(appointments::AppointmentsGateway* gateway) { ports_.appointments = gateway; }
  void set_payments(payments::ChargesGateway* charges, payments::PaymentProvider* payment) {
    ports_.charges = charges;
    ports_.payment = payment;
  }
  void set_records(records::RecordsGateway* records) { ports_.records = records; }
  // Entropy for update() and the Runtime's ids; the system's CSPRNG unless a
  // scenario or test seeds one. The vault's salts and nonces always come from the system.
  void set_random(Random& random) { random_ = &random; }
  // Where the sandbox channel also prints codes (the native console).
  void set_console(Console console) { console_ = std::move(console); }
  // "Chrome · Android": shown in the list of sessions.
  void set_device_label(std::string label) { device_label_ = std::move(label); }
  // Reads what was saved before (settings, the public part of the account).
  void start();
  // Queues the action and processes the queue unless already inside dispatch.
  // Returns false for an unknown action type.
  bool dispatch(const Action& action);
  // The same, then `then` with the state once the action was applied (after the frame
  // when held): how a screen learns the outcome without reading half-updated state.
  using Then = std::function<void(const AppState& state)>;
  bool dispatch(const Action& action, Then then);
  // A typed action (command.hpp): what the screens send.
  bool dispatch(const Command& command);
  bool dispatch(const Command& command, Then then);
  // Why the last action dispatched was refused (unknown, or its arguments), for the CLI and the console.
  const std::string& last_error() const { return last_error_; }
  // A port's answer that arrives later (a network connector): queued like an action.
  void answer(Answer answer);
  // While a frame draws (hold .. release), dispatch only queues; release applies the
  // queue, so no frame draws half-updated state (ui::draw_app holds for its frame).
  void hold();
  void release();
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
  // «Сведения» come from the embedded sandbox (the screen says so).
  bool records_from_sandbox() const { return ports_.records == &records_sandbox_; }
  // The embedded maternity capital register (tests compare with its answers).
  capital::SandboxCapital& capital_sandbox() { return capital_sandbox_; }
  // «Материнский капитал» comes from the embedded register (the screen says so).
  bool capital_from_sandbox() const { return ports_.capital == &capital_sandbox_; }

 private:
  using Queued = std::variant<Action, Command, Answer>;
  bool enqueue(Queued item, Then then);
  void run_waiting();  // the `then` of actions applied
  bool process(Queued item);
  bool drain();  // applies the queue in order
  void perform(Effect& effect);
  // One per effect of effect.hpp that is not a gateway's (kernel/gateway_calls.hpp); the visitor in
  // runtime.cpp does not compile when one is missing.
  void perform_effect(Save& effect);
  void perform_effect(Remove& effect);
  void perform_effect(DeliverCode& effect);
  void perform_effect(DeliverNotification& effect);
  void perform_effect(VaultCreate& effect);
  void perform_effect(VaultOpen& effect);
  void perform_effect(VaultRestore& effect);
  void perform_effect(VaultOpenByCode& effect);
  void perform_effect(VaultResetPassword& effect);
  void perform_effect(VaultChangePassword& effect);
  void perform_effect(VaultClose& effect);
  void perform_effect(EscrowSync& effect);
  void perform_effect(EscrowRekey& effect);
  void perform_effect(SandboxFastForward& effect);
  void perform_effect(SandboxSetFault& effect);
  void perform_effect(SandboxAskDocuments& effect);
  // The sandboxes' state lives in the vault: written after a call changed it.
  void save_sandboxes();
  Inputs inputs();
  void save(const std::string& key, const std::string& bytes);
  void deliver_code(const CodeMessage& message);
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
  void adopt_session(vault::SessionOpenResult& opened, VaultOpened done);
  // A write to the device's storage outside save() (the escrow): synced like the rest.
  void persist_quietly();
  // True when an earlier build left escrow files on this device (kernel/key_escrow.hpp).
  bool device_escrow_left() const;
  void close_vault();
  void load_vault_documents();

  storage::Storage& base_;
  const Clock& clock_;
  AccountCrypto crypto_;
  // The embedded sandbox agency (core/tracking); its state lives in the vault.
  tracking::SandboxAgency sandbox_;
  nlohmann::json sandbox_blank_;
  std::string sandbox_saved_;  // as last written or read, so an unchanged one is not written again
  // The embedded sandbox of Запись на приём (core/appointments); its bookings live in the vault too.
  appointments::SandboxAppointments appointments_sandbox_;
  nlohmann::json appointments_blank_;
  std::string appointments_saved_;
  // The embedded sandbox of Платежи (core/payments): charges and payments, in the vault too.
  payments::SandboxPayments payments_sandbox_;
  nlohmann::json payments_blank_;
  std::string payments_saved_;
  // The embedded sandbox of «Сведения» (core/records): careers made from the SNILS; the corrections it granted are kept
  // (records-sandbox.json).
  records::SandboxRecords records_sandbox_;
  // The embedded maternity capital register (core/capital): the agency reserves and completes disposals in it.
  capital::SandboxCapital capital_sandbox_;
  nlohmann::json capital_blank_;
  std::string capital_saved_;
  std::string records_saved_;
  std::optional<vault::VaultSession> session_;
  std::unique_ptr<vault::VaultStorage> storage_;  // locked (no session) while signed out
  Persist persist_;
  Ports ports_;
  SystemRandom system_random_;
  Random* random_ = &system_random_;
  std::optional<i18n::Catalog> channel_catalog_;
  Console console_;
  std::string device_label_;
  AppState state_;
  std::deque<Queued> queue_;
  bool dispatching_ = false;
  bool held_ = false;
  std::string last_error_;
  std::vector<Then> then_;  // waiting for release()
};

}  // namespace cabinet::app
