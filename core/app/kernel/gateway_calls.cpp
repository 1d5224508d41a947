#include "app/kernel/gateway_calls.hpp"

#include <sodium.h>

#include "records/sandbox_records.hpp"

namespace cabinet::app {

AgencySynced call_gateway(const Ports& ports, const SyncAgency& e) {
  AgencySynced synced{e.epoch, {}, {.ok = false, .code = "offline"}};
  if (!ports.agency) return synced;  // no agency: submissions wait in the outbox
  for (const SyncAgency::Envelope& due : e.due) {
    synced.handed.push_back({due.idempotency_key, ports.agency->submit(due.envelope)});
    if (!synced.handed.back().ack.accepted && synced.handed.back().ack.transient) break;  // likely offline
  }
  synced.page = ports.agency->feed(e.cursor);
  return synced;
}

MessageAnswered call_gateway(const Ports& ports, const SendMessage& e) {
  MessageAnswered answered{e.epoch, e.number, e.text, {.transient = true, .code = "offline"}};
  if (ports.agency) answered.ack = ports.agency->send_message(e.number, e.text);
  return answered;
}

ChargesReceived call_gateway(const Ports& ports, const FetchCharges& e) {
  ChargesReceived received{e.epoch, {.ok = false, .code = "offline"}};
  if (ports.charges) received.answer = ports.charges->charges(e.snils, e.inn);
  return received;
}

PaymentAnswered call_gateway(const Ports& ports, Pay& e) {
  PaymentAnswered answered{e.epoch, e.request.idempotency_key, false, {.transient = true, .code = "no_answer"}};
  if (ports.payment) answered.ack = ports.payment->pay(e.request);
  sodium_memzero(e.request.method.card_number.data(), e.request.method.card_number.size());
  return answered;
}

PaymentAnswered call_gateway(const Ports& ports, const CheckPayment& e) {
  PaymentAnswered answered{e.epoch, e.idempotency_key, true, {.transient = true, .code = "no_answer"}};
  if (ports.payment) answered.ack = ports.payment->check(e.idempotency_key);
  return answered;
}

SlotsReceived call_gateway(const Ports& ports, const FetchSlots& e) {
  SlotsReceived received{e.epoch, e.office, e.service, {.ok = false, .code = "offline"}};
  if (ports.appointments) received.answer = ports.appointments->free_slots(e.office, e.service, e.from_ms, e.to_ms);
  return received;
}

BookingAnswered call_gateway(const Ports& ports, const Book& e) {
  BookingAnswered answered{e.epoch, e.request.idempotency_key, {.transient = true, .code = "offline"}};
  if (ports.appointments) answered.ack = ports.appointments->book(e.request);
  return answered;
}

BookingAnswered call_gateway(const Ports& ports, const Reschedule& e) {
  BookingAnswered answered{e.epoch, e.idempotency_key, {.transient = true, .code = "offline"}};
  if (ports.appointments)
    answered.ack = ports.appointments->reschedule(e.number, e.citizen, e.start_ms, e.idempotency_key);
  return answered;
}

CancelAnswered call_gateway(const Ports& ports, const CancelBooking& e) {
  CancelAnswered answered{e.epoch, e.number, {.transient = true, .code = "offline"}};
  if (ports.appointments) answered.ack = ports.appointments->cancel(e.number, e.citizen);
  return answered;
}

namespace {

// The sandbox makes the career up from the birth date the effect carries; a real fund knows it.
void tell_sandbox(const Ports& ports, const std::string& snils, const std::string& birth_date) {
  if (ports.records_sandbox && ports.records == ports.records_sandbox && !birth_date.empty())
    ports.records_sandbox->set_birth_date(snils, birth_date);
}

}  // namespace

RecordsReceived call_gateway(const Ports& ports, const FetchRecords& e) {
  RecordsReceived received{e.epoch, {.ok = false, .code = "offline"}};
  tell_sandbox(ports, e.snils, e.birth_date);
  if (ports.records) received.answer = ports.records->work_records(e.snils);
  return received;
}

StatementReceived call_gateway(const Ports& ports, const FetchStatement& e) {
  StatementReceived received{e.epoch, {.ok = false, .code = "offline"}};
  tell_sandbox(ports, e.snils, e.birth_date);
  if (ports.records) received.answer = ports.records->account_statement(e.snils, e.from, e.to);
  return received;
}

CapitalReceived call_gateway(const Ports& ports, const FetchCapital& e) {
  CapitalReceived received{e.epoch, {.ok = false, .code = "offline"}};
  if (ports.capital) received.answer = ports.capital->account(e.snils);
  return received;
}

WithdrawAnswered call_gateway(const Ports& ports, const WithdrawApplication& e) {
  WithdrawAnswered answered{e.epoch, e.number, {.transient = true, .code = "offline"}};
  if (ports.agency) answered.ack = ports.agency->withdraw(e.number);
  return answered;
}

AccessRecoveryAnswered call_gateway(const Ports& ports, const RequestAccessRecovery& e) {
  AccessRecoveryAnswered answered{e.epoch, {.ack = {.transient = true, .code = "offline"}}};
  if (ports.agency) answered.answer = ports.agency->access_recovery(e.request);
  return answered;
}

UploadAnswered call_gateway(const Ports& ports, const UploadDocuments& e) {
  UploadAnswered answered{e.epoch, e.number, {.transient = true, .code = "offline"}};
  if (ports.agency) answered.ack = ports.agency->upload_documents(e.number, e.attachments);
  return answered;
}

}  // namespace cabinet::app
