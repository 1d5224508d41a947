#pragma once
// Answers: what a port said to an effect (effect.hpp), fed back into update()
// by the Runtime as typed actions. Each carries the `epoch` of its request:
// update() drops an answer asked for before a sign-out, so one citizen's data
// never reaches the next one on a shared device, however late it arrives.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "appointments/gateway.hpp"
#include "capital/gateway.hpp"
#include "payments/gateway.hpp"
#include "records/gateway.hpp"
#include "tracking/gateway.hpp"
#include "tracking/outbox.hpp"

namespace cabinet::app {

struct AgencySynced {  // SyncAgency: each envelope handed over (stopping at the first transient failure), then the feed
  uint64_t epoch = 0;
  std::vector<tracking::Outbox::HandedOver> handed;
  tracking::FeedPage page;
};
struct MessageAnswered {
  uint64_t epoch = 0;
  std::string number, text;
  tracking::Ack ack;
};
struct ChargesReceived {
  uint64_t epoch = 0;
  payments::ChargesAnswer answer;
};
struct PaymentAnswered {  // Pay or CheckPayment
  uint64_t epoch = 0;
  std::string idempotency_key;
  bool check = false;
  payments::PaymentAck ack;
};
struct SlotsReceived {
  uint64_t epoch = 0;
  std::string office, service;
  appointments::SlotsAnswer answer;
};
struct BookingAnswered {  // Book or Reschedule
  uint64_t epoch = 0;
  std::string idempotency_key;
  appointments::BookingAck ack;
};
struct CancelAnswered {
  uint64_t epoch = 0;
  std::string number;
  appointments::BookingAck ack;
};
struct RecordsReceived {
  uint64_t epoch = 0;
  records::RecordsAnswer answer;
};
struct StatementReceived {
  uint64_t epoch = 0;
  records::StatementAnswer answer;
};

struct CapitalReceived {
  uint64_t epoch = 0;
  capital::CapitalAnswer answer;
};
struct WithdrawAnswered {
  uint64_t epoch = 0;
  std::string number;
  tracking::Ack ack;
};

struct UploadAnswered {
  uint64_t epoch = 0;
  std::string number;
  tracking::Ack ack;
};

struct AccessRecoveryAnswered {
  uint64_t epoch = 0;
  tracking::RecoveryAnswer answer;
};

using Answer = std::variant<AgencySynced, MessageAnswered, ChargesReceived, PaymentAnswered, SlotsReceived,
                            BookingAnswered, CancelAnswered, RecordsReceived, StatementReceived, CapitalReceived,
                            WithdrawAnswered, UploadAnswered, AccessRecoveryAnswered>;

// "agency_synced", "charges_received", ...: for logs and tests.
std::string_view answer_name(const Answer& answer);

}  // namespace cabinet::app
