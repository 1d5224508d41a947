#include "app/kernel/effect.hpp"

#include <array>

#include "app/kernel/answer.hpp"

namespace cabinet::app {

namespace {

// In the variants' order; the static_asserts keep the lists and the variants the same length.
constexpr std::array<std::string_view, 31> kEffectNames = {"save",
                                                           "remove",
                                                           "deliver_code",
                                                           "deliver_notification",
                                                           "vault_create",
                                                           "vault_open",
                                                           "vault_restore",
                                                           "vault_open_by_code",
                                                           "vault_reset_password",
                                                           "vault_change_password",
                                                           "vault_close",
                                                           "escrow_sync",
                                                           "escrow_rekey",
                                                           "sync_agency",
                                                           "send_message",
                                                           "sandbox_fast_forward",
                                                           "sandbox_set_fault",
                                                           "sandbox_ask_documents",
                                                           "fetch_charges",
                                                           "pay",
                                                           "check_payment",
                                                           "fetch_slots",
                                                           "book",
                                                           "reschedule",
                                                           "cancel_booking",
                                                           "fetch_records",
                                                           "fetch_statement",
                                                           "fetch_capital",
                                                           "withdraw_application",
                                                           "upload_documents",
                                                           "request_access_recovery"};
static_assert(kEffectNames.size() == std::variant_size_v<Effect>);

constexpr std::array<std::string_view, 13> kAnswerNames = {
    "agency_synced",     "message_answered", "charges_received",        "payment_answered",   "slots_received",
    "booking_answered",  "cancel_answered",  "records_received",        "statement_received", "capital_received",
    "withdraw_answered", "upload_answered",  "access_recovery_answered"};
static_assert(kAnswerNames.size() == std::variant_size_v<Answer>);

}  // namespace

std::string_view effect_name(const Effect& effect) {
  return kEffectNames[effect.index()];
}

std::vector<std::string_view> effect_names() {
  return {kEffectNames.begin(), kEffectNames.end()};
}

std::string_view answer_name(const Answer& answer) {
  return kAnswerNames[answer.index()];
}

}  // namespace cabinet::app
