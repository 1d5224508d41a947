#pragma once
// The fund's gateway effects performed through the ports: one call (or, for
// SyncAgency, a round of them) and the answer update() gets back. Used by the
// Runtime, and by tests that drive update() on an AppState of their own.
#include "app/kernel/answer.hpp"
#include "app/kernel/effect.hpp"
#include "app/kernel/ports.hpp"

namespace cabinet::app {

// A gateway left empty answers as if offline (transient), so nothing is recorded as done.
AgencySynced call_gateway(const Ports& ports, const SyncAgency& effect);
MessageAnswered call_gateway(const Ports& ports, const SendMessage& effect);
ChargesReceived call_gateway(const Ports& ports, const FetchCharges& effect);
PaymentAnswered call_gateway(const Ports& ports, Pay& effect);  // wipes the card number once asked
PaymentAnswered call_gateway(const Ports& ports, const CheckPayment& effect);
SlotsReceived call_gateway(const Ports& ports, const FetchSlots& effect);
BookingAnswered call_gateway(const Ports& ports, const Book& effect);
BookingAnswered call_gateway(const Ports& ports, const Reschedule& effect);
CancelAnswered call_gateway(const Ports& ports, const CancelBooking& effect);
AccessRecoveryAnswered call_gateway(const Ports& ports, const RequestAccessRecovery& effect);
RecordsReceived call_gateway(const Ports& ports, const FetchRecords& effect);
StatementReceived call_gateway(const Ports& ports, const FetchStatement& effect);
CapitalReceived call_gateway(const Ports& ports, const FetchCapital& effect);
WithdrawAnswered call_gateway(const Ports& ports, const WithdrawApplication& effect);
UploadAnswered call_gateway(const Ports& ports, const UploadDocuments& effect);

// True for the effects above.
template <typename E>
concept GatewayEffect = requires(const Ports& ports, E& effect) {
  call_gateway(ports, effect);
};

}  // namespace cabinet::app
