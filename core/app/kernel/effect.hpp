#pragma once
// Effects: the work update() asks for, as values. update() never performs
// anything; the Runtime (runtime.hpp) performs each effect through the port
// it owns and, where there is an answer, feeds it back as an Answer
// (answer.hpp). A port may answer at once (the embedded sandboxes) or later
// (the network). Every alternative here has a performer in runtime.cpp: the
// visitor there does not compile when one is missing.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/kernel/delivery.hpp"
#include "appointments/gateway.hpp"
#include "payments/gateway.hpp"

namespace cabinet::app {

// Storage.
struct Save {  // writes `key` atomically (text or binary bytes)
  std::string key;
  std::string data;
};
struct Remove {  // only stored files ("file-<blake2b>") are ever removed
  std::string key;
};

// Delivery.
struct DeliverCode {  // a one-time code, through Delivery or the sandbox channel
  CodeMessage message;
};
struct DeliverNotification {  // a copy of an Уведомления entry for email, SMS or push
  std::string channel, address, message_key;
  nlohmann::json params = nlohmann::json::object();
};

// The vault and the escrow (secrets are wiped by the Runtime once performed).
struct VaultCreate {
  std::string password;
};
struct VaultOpen {
  std::string password;
  bool remember = false;
};
struct VaultRestore {  // the backup chosen by attach_file (AccountState::restore_bytes)
  std::string password;
};
struct VaultOpenByCode {
  std::string code;
  bool remember = false, reset = false;
};
struct VaultResetPassword {
  std::string new_password;
};
struct VaultChangePassword {
  std::string old_password, new_password;
};
struct VaultClose {};
struct EscrowSync {
  bool rotate = true;
};
struct EscrowRekey {
  std::string password;
  bool on = false;
};

// The fund's gateways. `epoch` is AppState::epoch when asked; the answer
// carries it back, and an answer from before a sign-out is dropped.
struct SyncAgency {  // hands over what is due in the outbox, then reads the feed after `cursor`
  struct Envelope {
    std::string idempotency_key;
    nlohmann::json envelope;
  };
  uint64_t epoch = 0;
  std::vector<Envelope> due;
  std::string cursor;
};
struct SendMessage {
  uint64_t epoch = 0;
  std::string number, text;
};
struct SandboxSetFault {  // the sandbox agency fails every `every`-th call (its developer switch)
  std::string fault;      // none, drop_request, drop_response, reject
  int every = 0;
};
struct SandboxAskDocuments {  // the sandbox agency asks for a better copy in one review in `every` (0: never)
  int every = 0;
};
struct SandboxFastForward {  // the sandbox agency decides this much sooner (a real one ignores it)
  int64_t ms = 0;
};
struct FetchCharges {
  uint64_t epoch = 0;
  std::string snils, inn;
};
struct Pay {
  uint64_t epoch = 0;
  payments::PaymentRequest request;  // the card number is wiped once performed
};
struct CheckPayment {
  uint64_t epoch = 0;
  std::string idempotency_key;
};
struct FetchSlots {
  uint64_t epoch = 0;
  std::string office, service;
  int64_t from_ms = 0, to_ms = 0;
};
struct Book {
  uint64_t epoch = 0;
  appointments::BookingRequest request;
};
struct Reschedule {
  uint64_t epoch = 0;
  std::string number, citizen;
  int64_t start_ms = 0;
  std::string idempotency_key;
};
struct CancelBooking {
  uint64_t epoch = 0;
  std::string number, citizen;
};
struct FetchRecords {
  uint64_t epoch = 0;
  std::string snils;
  std::string birth_date;  // ISO, "" when unknown: the sandbox makes the career up from it
};
struct FetchCapital {  // «Материнский капитал»: the certificate, balance and journal
  uint64_t epoch = 0;
  std::string snils;
};
struct WithdrawApplication {  // «Отменить заявление» once the agency has it
  uint64_t epoch = 0;
  std::string number;
};
struct RequestAccessRecovery {  // «Восстановление доступа» asked of the fund while signed out
  uint64_t epoch = 0;
  nlohmann::json request;  // {snils, full_name, birth_date, contact}
};
struct UploadDocuments {  // «Отправить документы» the agency asked for
  uint64_t epoch = 0;
  std::string number;
  nlohmann::json attachments;  // [{name, type, size, blake2b}]
};
struct FetchStatement {
  uint64_t epoch = 0;
  std::string snils, from, to;  // "YYYY-MM-DD"
  std::string birth_date;
};

using Effect =
    std::variant<Save, Remove, DeliverCode, DeliverNotification, VaultCreate, VaultOpen, VaultRestore, VaultOpenByCode,
                 VaultResetPassword, VaultChangePassword, VaultClose, EscrowSync, EscrowRekey, SyncAgency, SendMessage,
                 SandboxFastForward, SandboxSetFault, SandboxAskDocuments, FetchCharges, Pay, CheckPayment, FetchSlots,
                 Book, Reschedule, CancelBooking, FetchRecords, FetchStatement, FetchCapital, WithdrawApplication,
                 UploadDocuments, RequestAccessRecovery>;
using Effects = std::vector<Effect>;

// The effect's name ("save", "fetch_charges", ...), for logs, tests and the README's table.
std::string_view effect_name(const Effect& effect);
// Every alternative's name, in the variant's order.
std::vector<std::string_view> effect_names();

}  // namespace cabinet::app
