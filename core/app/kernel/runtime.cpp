#include "app/kernel/runtime.hpp"

#include <sodium.h>

#include "app/account/codes.hpp"
#include "app/account/store.hpp"
#include "app/kernel/feature.hpp"
#include "app/kernel/gateway_calls.hpp"
#include "auth/password_hash.hpp"
#include "i18n/catalog.hpp"
#include "json/read.hpp"

namespace cabinet::app {

namespace {

constexpr const char* kAgencyKey = "agency-sandbox.json";
constexpr const char* kAppointmentsAgencyKey = "appointments-sandbox.json";
constexpr const char* kPaymentsAgencyKey = "payments-sandbox.json";
constexpr const char* kCapitalRegisterKey = "capital-sandbox.json";
constexpr const char* kRecordsFixesKey = "records-sandbox.json";  // the corrections the sandbox fund granted

// Wipes a secret string when it goes out of scope.
struct Wiped {
  std::string value;
  ~Wiped() { sodium_memzero(value.data(), value.size()); }
};

// "cabinet-backup-2026-12-05.cabv", or "…-2.cabv" when a backup of that day is already kept.
std::string free_backup_key(const storage::Storage& storage, int64_t now_ms) {
  const std::string first = vault::backup_key_for(now_ms);
  std::string key = first;
  for (int n = 2; storage.read(key) && n < 1000; ++n)
    key = first.substr(0, first.size() - 5) + "-" + std::to_string(n) + ".cabv";
  return key;
}

// Who is signed in, for the sandbox agency: a real fund knows its citizen from
// the sign-in, and the payout services need the SNILS and the birth date. An
// envelope that names its applicant itself overrides this.
void tell_agency_sandbox(tracking::SandboxAgency& agency, const Profile& p) {
  agency.set_applicant({{"snils", p.snils}, {"full_name", p.full_name}, {"birth_date", p.birth_date}});
}

}  // namespace

AccountCrypto test_account_crypto() {
  AccountCrypto crypto;
  crypto.vault = vault::minimal_kdf_params();
  crypto.password = auth::minimal_hash_params();
  return crypto;
}

bool in_account_vault(std::string_view key) {
  if (key == kSettingsKey || key == kAccountPublicKey || key == vault::kVaultKey || key == kEscrowWrapKey ||
      key == kLegacyDeviceEscrowKey)
    return false;
  return !(key.starts_with("cabinet-backup-") && key.ends_with(".cabv"));
}

Runtime::Runtime(storage::Storage& storage, const Clock& clock, AccountCrypto crypto)
    : base_(storage),
      clock_(clock),
      crypto_(crypto),
      // One application with a file in four is asked for a better copy once: «Загрузить документы» is exercised.
      sandbox_([&clock] { return clock.now_ms(); }, {.documents_every = 4}),
      appointments_sandbox_([&clock] { return clock.now_ms(); }, appointments::offices()),
      payments_sandbox_([&clock] { return clock.now_ms(); }),
      records_sandbox_([&clock] { return clock.now_ms(); }),
      capital_sandbox_([&clock] { return clock.now_ms(); }) {
  sandbox_.set_capital(&capital_sandbox_);
  sandbox_.set_records(&records_sandbox_);
  sandbox_blank_ = sandbox_.to_json();
  capital_blank_ = capital_sandbox_.to_json();
  appointments_blank_ = appointments_sandbox_.to_json();
  payments_blank_ = payments_sandbox_.to_json();
  storage_ = std::make_unique<vault::VaultStorage>(base_, nullptr, vault::VaultValues{}, in_account_vault);
  state_.now_ms = clock_.now_ms();
  ports_.agency = &sandbox_;
  ports_.appointments = &appointments_sandbox_;
  ports_.charges = &payments_sandbox_;
  ports_.payment = &payments_sandbox_;
  ports_.records = &records_sandbox_;
  ports_.records_sandbox = &records_sandbox_;
  ports_.capital = &capital_sandbox_;
}

Runtime::~Runtime() = default;

void Runtime::start() {
  for (const char* key : {kSettingsKey, kAccountPublicKey}) {
    if (auto data = base_.read(key)) dispatch(StorageLoaded{.key = std::string(key), .data = *data});
  }
}

bool Runtime::dispatch(const Action& action) {
  return enqueue(action, nullptr);
}

bool Runtime::dispatch(const Action& action, Then then) {
  return enqueue(action, std::move(then));
}

bool Runtime::dispatch(const Command& command) {
  return enqueue(command, nullptr);
}

bool Runtime::dispatch(const Command& command, Then then) {
  return enqueue(command, std::move(then));
}

bool Runtime::enqueue(Queued item, Then then) {
  bool known = true;
  if (held_ || dispatching_) {
    // A frame is drawing (applied when it ends), or an effect dispatches (applied after this action).
    if (const auto* action = std::get_if<Action>(&item)) known = action_known(action->type);
    queue_.push_back(std::move(item));
    if (then) then_.push_back(std::move(then));
    return known;
  }
  known = process(std::move(item));
  if (then) then(state_);
  return known;
}

void Runtime::hold() {
  held_ = true;
}

void Runtime::release() {
  held_ = false;
  if (dispatching_) return;
  if (queue_.empty()) return run_waiting();
  drain();  // in the order dispatched; runs what waits for the outcome too
}

// A network connector's answer may come while a frame draws: it waits for the frame like an action.
void Runtime::answer(Answer answer) {
  enqueue(std::move(answer), nullptr);
}

Inputs Runtime::inputs() {
  Inputs in{clock_.now_ms(), {}};
  random_->fill(in.seed.data(), in.seed.size());
  return in;
}

bool Runtime::process(Queued item) {
  queue_.push_back(std::move(item));
  if (dispatching_) return true;
  return drain();
}

bool Runtime::drain() {
  dispatching_ = true;
  bool known = true;
  while (!queue_.empty()) {
    const Queued next = std::move(queue_.front());
    queue_.pop_front();
    Inputs in = inputs();
    UpdateResult result = std::visit([&](const auto& item) { return update(state_, item, in); }, next);
    sodium_memzero(in.seed.data(), in.seed.size());
    if (!result.known || !result.error.empty()) {
      known = false;
      last_error_ = result.error;
    }
    for (Effect& effect : result.effects) perform(effect);
  }
  dispatching_ = false;
  if (!held_) run_waiting();
  return known;
}

void Runtime::run_waiting() {
  std::vector<Then> waiting;
  waiting.swap(then_);
  for (Then& then : waiting) then(state_);
}

void Runtime::tick() {
  if (auto deadline = next_deadline(); deadline && *deadline <= clock_.now_ms()) dispatch(Tick{});
}

std::optional<std::string> Runtime::vault_backup() const {
  if (!session_) return std::nullopt;
  return base_.read(session_->storage_key());
}

std::optional<std::string> Runtime::stored_file(const std::string& blake2b) const {
  if (!session_ || blake2b.size() != 64) return std::nullopt;
  return storage_->read("file-" + blake2b);
}

void Runtime::perform(Effect& effect) {
  std::visit(
      [this](auto& e) {
        if constexpr (GatewayEffect<std::decay_t<decltype(e)>>) {
          if constexpr (std::is_same_v<std::decay_t<decltype(e)>, SyncAgency>) {
            if (ports_.agency == &sandbox_) tell_agency_sandbox(sandbox_, state_.account.profile);
          }
          Answer got = call_gateway(ports_, e);
          save_sandboxes();  // a sandbox's state changed by the call stays in the vault
          answer(std::move(got));
        } else {
          perform_effect(e);
        }
      },
      effect);
}

void Runtime::perform_effect(Save& e) {
  save(e.key, e.data);
}

void Runtime::perform_effect(Remove& e) {
  // Only stored files (Мои документы, attachments) are ever removed.
  if (e.key.starts_with("file-") && storage_->remove(e.key) && persist_) persist_([](bool, const std::string&) {});
}

void Runtime::perform_effect(DeliverCode& e) {
  deliver_code(e.message);
  sodium_memzero(e.message.code.data(), e.message.code.size());
}

void Runtime::perform_effect(DeliverNotification& e) {
  const ChannelMessage message{e.channel, e.address, channel_catalog().message(e.message_key, e.params)};
  if (ports_.channels) {
    if (!ports_.channels->send(message))
      dispatch(ShowNotice{.kind = "error",
                          .message = "notifications.settings.send_failed",
                          .params = {{"channel_key", "notifications.settings.channel." + message.channel}}});
  } else if (console_) {
    console_("[sandbox] " + message.channel + " to " + message.address + ": " + message.text);
  }
}

void Runtime::perform_effect(VaultCreate& e) {
  Wiped password{std::move(e.password)};
  create_vault(password.value);
}

void Runtime::perform_effect(VaultOpen& e) {
  Wiped password{std::move(e.password)};
  open_vault(password.value, e.remember);
}

void Runtime::perform_effect(VaultRestore& e) {
  Wiped password{std::move(e.password)};
  restore_vault(password.value);
}

void Runtime::perform_effect(VaultOpenByCode& e) {
  Wiped code{std::move(e.code)};
  open_vault_by_code(e.remember, e.reset, code.value);
}

void Runtime::perform_effect(VaultResetPassword& e) {
  Wiped new_password{std::move(e.new_password)};
  reset_password(new_password.value);
}

void Runtime::perform_effect(VaultChangePassword& e) {
  Wiped old_password{std::move(e.old_password)};
  Wiped new_password{std::move(e.new_password)};
  change_password(old_password.value, new_password.value);
}

void Runtime::perform_effect(VaultClose&) {
  close_vault();
}

void Runtime::perform_effect(EscrowSync& e) {
  // After the vault's documents were read (account.json says whether code access is wanted).
  if (session_) dispatch(CodeAccessState{.on = sync_escrow(e.rotate, state_.account.code_access_wanted)});
}

void Runtime::perform_effect(EscrowRekey& e) {
  Wiped password{std::move(e.password)};
  rekey_for_code_access(password.value, e.on);
}

void Runtime::perform_effect(SandboxSetFault& e) {
  if (ports_.agency != &sandbox_) return;
  const tracking::Fault fault = e.fault == "drop_request"    ? tracking::Fault::drop_request
                                : e.fault == "drop_response" ? tracking::Fault::drop_response
                                : e.fault == "reject"        ? tracking::Fault::reject
                                                             : tracking::Fault::none;
  sandbox_.set_fault(fault, fault == tracking::Fault::none ? 0 : e.every);
}

void Runtime::perform_effect(SandboxAskDocuments& e) {
  if (ports_.agency == &sandbox_) sandbox_.set_documents_every(e.every);
}

void Runtime::perform_effect(SandboxFastForward& e) {
  if (ports_.agency != &sandbox_) return;
  sandbox_.fast_forward(e.ms);
  save_sandboxes();
  dispatch(SyncAgencyNow{});
}

void Runtime::save_sandboxes() {
  if (!session_) return;  // signed out: nothing of a citizen's to keep
  const auto keep = [this](const char* key, const nlohmann::json& state, std::string& saved) {
    std::string text = state.dump();
    if (text == saved) return;
    saved = std::move(text);
    save(key, saved);
  };
  keep(kAgencyKey, sandbox_.to_json(), sandbox_saved_);
  keep(kAppointmentsAgencyKey, appointments_sandbox_.to_json(), appointments_saved_);
  keep(kPaymentsAgencyKey, payments_sandbox_.to_json(), payments_saved_);
  keep(kCapitalRegisterKey, capital_sandbox_.to_json(), capital_saved_);
  keep(kRecordsFixesKey, records_sandbox_.to_json(), records_saved_);
}

void Runtime::save(const std::string& key, const std::string& bytes) {
  const storage::WriteResult written = storage_->write_atomic(key, bytes);
  if (!written.ok) {
    dispatch(StorageSaveFailed{.key = key, .reason_key = "errors.storage", .detail = written.error});
    return;
  }
  // Only the settings report "saved" to the citizen; drafts save quietly.
  const bool report = key == kSettingsKey;
  if (!persist_) {
    if (report) dispatch(StorageSaved{.key = key});
    return;
  }
  persist_([this, key, report](bool ok, const std::string& reason_key) {
    if (ok) {
      if (report) dispatch(StorageSaved{.key = key});
    } else {
      dispatch(StorageSaveFailed{.key = key, .reason_key = reason_key.empty() ? "errors.storage" : reason_key});
    }
  });
}

const i18n::Catalog& Runtime::channel_catalog() {
  // Loaded once per language, not per message: a morning after the quiet hours sends many at once.
  if (!channel_catalog_ || channel_catalog_->language() != state_.language)
    channel_catalog_ = i18n::Catalog::load(state_.language);
  return *channel_catalog_;
}

void Runtime::deliver_code(const CodeMessage& message) {
  if (ports_.delivery) {
    if (!ports_.delivery->deliver(message)) dispatch(ShowNotice{.kind = "error", .message = "auth.code.not_sent"});
    return;
  }
  // The sandbox channel: the code in the notification area, marked as such.
  dispatch(ShowNotice{.kind = "info",
                      .message = "auth.sandbox.code",
                      .params = {{"code", message.code},
                                 {"purpose", message.purpose},
                                 {"masked", message.masked},
                                 {"channel_key", "auth.channel." + message.channel}},
                      .ttl_ms = kCodeLifetimeMs});
  if (console_)
    console_("[sandbox] one-time code " + message.code + " for " + message.purpose + " to " + message.masked);
}

void Runtime::create_vault(const std::string& password) {
  // A vault already here (its public part lost or damaged) is never overwritten:
  // it is kept as a backup file that opens with its own password.
  if (auto previous = base_.read(vault::kVaultKey)) {
    const storage::WriteResult kept = base_.write_atomic(free_backup_key(base_, clock_.now_ms()), *previous);
    if (!kept.ok) {
      dispatch(VaultFailed{.error = "write_failed"});
      return;
    }
  }
  // Data saved on this device before any account existed moves into the vault.
  vault::VaultValues values;
  for (const std::string& key : base_.keys()) {
    if (!in_account_vault(key) || key == vault::kVaultKey) continue;
    if (auto bytes = base_.read(key)) values[key] = *bytes;
  }
  auto created = vault::VaultSession::create(base_, vault::VaultStorage::serialize(values), password, crypto_.vault);
  if (!created.ok()) {
    dispatch(VaultFailed{.error = std::string(vault::vault_error_id(created.result.error))});
    return;
  }
  session_ = std::move(created.session);
  storage_ = std::make_unique<vault::VaultStorage>(base_, &*session_, values, in_account_vault);
  for (const auto& [key, bytes] : values) base_.remove(key);
  const auto hash = auth::hash_password(password, crypto_.password);
  VaultOpened opened{.created = true, .code_access = sync_escrow(true, false), .device = device_label_};
  if (hash) opened.password_hash = *hash;
  for (const auto& [key, bytes] : values) {
    if (key == kFormsKey) dispatch(StorageLoaded{.key = std::string(key), .data = bytes});
  }
  dispatch(opened);
}

void Runtime::restore_vault(const std::string& password) {
  const std::string& bytes = state_.account.restore_bytes;
  if (session_ || bytes.empty()) return;
  // The password is checked before anything here is touched.
  vault::OpenResult checked = vault::open(bytes, password);
  sodium_memzero(checked.plaintext.data(), checked.plaintext.size());
  if (!checked.ok()) {
    dispatch(VaultFailed{.error = std::string(vault::vault_error_id(checked.error))});
    return;
  }
  // An account already on this device is never lost: it is kept as a backup file with its own password.
  if (auto previous = base_.read(vault::kVaultKey)) {
    const storage::WriteResult kept = base_.write_atomic(free_backup_key(base_, clock_.now_ms()), *previous);
    if (!kept.ok) {
      dispatch(VaultFailed{.error = "write_failed"});
      return;
    }
  }
  const vault::StoreResult imported = vault::VaultStore(base_).import_backup(bytes, password);
  if (!imported.ok()) {
    dispatch(VaultFailed{.error = std::string(vault::vault_error_id(imported.error))});
    return;
  }
  open_vault(password, false, true);
}

void Runtime::open_vault(const std::string& password, bool remember, bool restored) {
  auto opened = vault::VaultSession::open(base_, password);
  if (!opened.ok()) {
    dispatch(VaultFailed{.error = std::string(vault::vault_error_id(opened.error))});
    return;
  }
  VaultOpened done{.restored = restored, .remember = remember, .device = device_label_};
  // Parameters raised since the vault was made, or halves of an on-device escrow left by an
  // earlier build (a copy of them opens the current key): re-seal it under a new salt. The
  // escrow files themselves go at escrow_sync, right after.
  const bool rekey = opened.session->needs_rehash(crypto_.vault) || device_escrow_left();
  if (rekey && opened.session->rehash(password, crypto_.vault).ok()) {
    if (auto hash = auth::hash_password(password, crypto_.password)) done.password_hash = *hash;
  }
  adopt_session(opened, std::move(done));
}

void Runtime::adopt_session(vault::SessionOpenResult& opened, VaultOpened done) {
  vault::ValuesResult values = vault::VaultStorage::parse(opened.plaintext);
  sodium_memzero(opened.plaintext.data(), opened.plaintext.size());
  if (!values.ok()) {
    dispatch(VaultFailed{.error = "damaged"});
    return;
  }
  session_ = std::move(opened.session);
  storage_ = std::make_unique<vault::VaultStorage>(base_, &*session_, std::move(*values.values), in_account_vault);
  load_vault_documents();
  dispatch(done);
}

void Runtime::open_vault_by_code(bool remember, bool reset, const std::string& code) {
  if (session_) return;
  const auto text = base_.read(kEscrowWrapKey);
  const auto wrapped = text ? wrapped_key_from_json(*text) : std::nullopt;
  auto key = wrapped && ports_.escrow ? ports_.escrow->release(wrapped->escrow_id, code) : std::nullopt;
  if (!key || key->size() != vault::kKeyBytes) {
    if (key) sodium_memzero(key->data(), key->size());
    dispatch(VaultFailed{.error = "escrow_unavailable", .by_code = true});
    return;
  }
  vault::SecretKey wrapping;
  std::copy(key->begin(), key->end(), wrapping.data());
  sodium_memzero(key->data(), key->size());
  auto opened = vault::VaultSession::open_wrapped(base_, wrapped->wrapped, wrapping);
  if (!opened.ok()) {
    // The wrapped key belongs to another vault or was changed: the password still opens it.
    const bool stale = opened.error == vault::VaultError::wrong_password_or_tampered;
    dispatch(VaultFailed{.error = stale ? "escrow_unavailable" : std::string(vault::vault_error_id(opened.error)),
                         .by_code = true});
    return;
  }
  adopt_session(opened, VaultOpened{.by_code = true, .reset = reset, .remember = remember, .device = device_label_});
}

void Runtime::reset_password(const std::string& new_password) {
  if (!session_) return;
  const vault::StoreResult changed = session_->reset_password(new_password, crypto_.vault);
  if (!changed.ok()) {
    dispatch(PasswordChangeFailed{.error = std::string(vault::vault_error_id(changed.error))});
    return;
  }
  PasswordChanged changed_to{.code_access = sync_escrow(true, state_.account.code_access_wanted), .reset = true};
  if (auto hash = auth::hash_password(new_password, crypto_.password)) changed_to.password_hash = *hash;
  dispatch(changed_to);
}

bool Runtime::device_escrow_left() const {
  return base_.read(std::string(kLegacyDeviceEscrowKey)).has_value() ||
         (!ports_.escrow && base_.read(std::string(kEscrowWrapKey)).has_value());
}

bool Runtime::sync_escrow(bool rotate, bool wanted) {
  if (!session_) return false;
  bool removed = base_.read(std::string(kLegacyDeviceEscrowKey)).has_value() && base_.remove(kLegacyDeviceEscrowKey);
  const auto text = base_.read(kEscrowWrapKey);
  auto current = text ? wrapped_key_from_json(*text) : std::nullopt;
  if (!wanted || !ports_.escrow) {
    if (current && ports_.escrow) ports_.escrow->forget(current->escrow_id);
    removed = (text && base_.remove(kEscrowWrapKey)) || removed;
    if (removed) persist_quietly();
    return false;
  }
  const std::string salt = auth::to_hex(
      std::string_view(reinterpret_cast<const char*>(session_->header().salt.data()), session_->header().salt.size()));
  if (!rotate && current && current->salt_hex == salt) return true;
  // A new escrow key under a new id for every rotation: deposited first, then the wrapped key
  // written, then the old entry forgotten, so a failure half-way leaves the old pair whole.
  vault::SecretKey escrow_key;
  randombytes_buf(escrow_key.data(), vault::kKeyBytes);
  unsigned char id[16];
  random_->fill(id, sizeof id);
  WrappedVaultKey wrapped{auth::to_hex(std::string_view(reinterpret_cast<const char*>(id), sizeof id)), salt,
                          session_->wrap_key(escrow_key)};
  bool ok = ports_.escrow->deposit(
      wrapped.escrow_id, std::string_view(reinterpret_cast<const char*>(escrow_key.data()), vault::kKeyBytes));
  ok = ok && base_.write_atomic(kEscrowWrapKey, wrapped_key_json(wrapped)).ok;
  if (!ok) ports_.escrow->forget(wrapped.escrow_id);
  if (ok && current) ports_.escrow->forget(current->escrow_id);
  persist_quietly();
  return ok;
}

void Runtime::rekey_for_code_access(const std::string& password, bool on) {
  if (!session_) return;
  // The password proves it is the citizen, and a new vault key makes escrow halves copied before useless.
  const vault::StoreResult rekeyed = session_->rehash(password, crypto_.vault);
  if (!rekeyed.ok()) {
    dispatch(CodeAccessFailed{.error = std::string(vault::vault_error_id(rekeyed.error))});
    return;
  }
  dispatch(CodeAccessChanged{.on = sync_escrow(true, on), .wanted = on});
}

void Runtime::persist_quietly() {
  if (persist_) persist_([](bool, const std::string&) {});
}

void Runtime::load_vault_documents() {
  if (auto agency = storage_->read(kAgencyKey)) {
    const nlohmann::json saved = nlohmann::json::parse(*agency, nullptr, false);
    if (!sandbox_.restore(saved)) storage_->write_atomic("agency-sandbox.damaged.json", *agency);
  }
  if (auto bookings = storage_->read(kAppointmentsAgencyKey)) {
    const nlohmann::json saved = nlohmann::json::parse(*bookings, nullptr, false);
    if (!appointments_sandbox_.restore(saved)) storage_->write_atomic("appointments-sandbox.damaged.json", *bookings);
  }
  if (auto payments = storage_->read(kPaymentsAgencyKey)) {
    const nlohmann::json saved = nlohmann::json::parse(*payments, nullptr, false);
    if (!payments_sandbox_.restore(saved)) storage_->write_atomic("payments-sandbox.damaged.json", *payments);
  }
  if (auto capital = storage_->read(kCapitalRegisterKey)) {
    const nlohmann::json saved = nlohmann::json::parse(*capital, nullptr, false);
    if (!capital_sandbox_.restore(saved)) storage_->write_atomic("capital-sandbox.damaged.json", *capital);
  }
  if (auto fixes = storage_->read(kRecordsFixesKey)) {
    const nlohmann::json saved = nlohmann::json::parse(*fixes, nullptr, false);
    if (!records_sandbox_.restore(saved)) storage_->write_atomic("records-sandbox.damaged.json", *fixes);
  }
  sandbox_saved_ = sandbox_.to_json().dump();
  capital_saved_ = capital_sandbox_.to_json().dump();
  records_saved_ = records_sandbox_.to_json().dump();
  appointments_saved_ = appointments_sandbox_.to_json().dump();
  payments_saved_ = payments_sandbox_.to_json().dump();
  // The features' documents, in the list's order (features.cpp).
  for (std::string_view key : feature_keys()) {
    if (auto data = storage_->read(std::string(key))) dispatch(StorageLoaded{.key = std::string(key), .data = *data});
  }
}

void Runtime::change_password(const std::string& old_password, const std::string& new_password) {
  if (!session_) return;
  const vault::StoreResult changed = session_->change_password(old_password, new_password, crypto_.vault);
  if (!changed.ok()) {
    dispatch(PasswordChangeFailed{.error = std::string(vault::vault_error_id(changed.error))});
    return;
  }
  PasswordChanged changed_to{.code_access = sync_escrow(true, state_.account.code_access_wanted)};
  if (auto hash = auth::hash_password(new_password, crypto_.password)) changed_to.password_hash = *hash;
  dispatch(changed_to);
}

void Runtime::close_vault() {
  storage_ = std::make_unique<vault::VaultStorage>(base_, nullptr, vault::VaultValues{}, in_account_vault);
  session_.reset();
  sandbox_.restore(sandbox_blank_);
  appointments_sandbox_.restore(appointments_blank_);
  payments_sandbox_.restore(payments_blank_);
  capital_sandbox_.restore(capital_blank_);
  sandbox_saved_.clear();
  capital_saved_.clear();
  records_saved_.clear();
  appointments_saved_.clear();
  payments_saved_.clear();
  // The careers made for the citizen's SNILS go with the session.
  const Clock& clock = clock_;
  records_sandbox_ = records::SandboxRecords([&clock] { return clock.now_ms(); });
}

}  // namespace cabinet::app
