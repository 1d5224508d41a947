#pragma once
// Платежи's actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// Ticks an unpaid charge for paying several «единой суммой».
struct PaymentsSelect {
  static constexpr std::string_view type = "payments_select";
  std::string uin;
  bool selected = false;
  static constexpr auto args() {
    return std::array{arg<&PaymentsSelect::uin>("uin"), arg<&PaymentsSelect::selected>("selected")};
  }
};

// Opens the payment panel for one charge, or (without `uin`) for the ticked ones.
struct PaymentsPay {
  static constexpr std::string_view type = "payments_pay";
  std::optional<std::string> uin;
  static constexpr auto args() { return std::array{arg<&PaymentsPay::uin>("uin")}; }
};

// The panel's method and its details as typed (only those given change).
struct PaymentsDraft {
  static constexpr std::string_view type = "payments_draft";
  std::optional<std::string> method, card_number, card_expiry, card_holder, wallet_phone, bik, account;
  static constexpr auto args() {
    return std::array{arg<&PaymentsDraft::method>("method"),
                      arg<&PaymentsDraft::card_number>("card_number"),
                      arg<&PaymentsDraft::card_expiry>("card_expiry"),
                      arg<&PaymentsDraft::card_holder>("card_holder"),
                      arg<&PaymentsDraft::wallet_phone>("wallet_phone"),
                      arg<&PaymentsDraft::bik>("bik"),
                      arg<&PaymentsDraft::account>("account")};
  }
};

// «Получить код»: checks the details and that the charges are still due, then the SMS code.
struct PaymentsRequestCode {
  static constexpr std::string_view type = "payments_request_code";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Оплатить» with the SMS code.
struct PaymentConfirm {
  static constexpr std::string_view type = "payment_confirm";
  std::string code;
  static constexpr auto args() { return std::array{arg<&PaymentConfirm::code>("code")}; }
};

// «Проверить оплату» after a lost answer: the same idempotency key again.
struct PaymentCheck {
  static constexpr std::string_view type = "payment_check";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// Closes the panel (card details wiped, the code dropped).
struct PaymentsPanelClose {
  static constexpr std::string_view type = "payments_panel_close";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// The tab, the archive, a history entry unfolded; `refresh` asks the agency again.
struct PaymentsView {
  static constexpr std::string_view type = "payments_view";
  std::optional<std::string> tab;
  std::optional<bool> show_archive;
  std::optional<std::string> opened;
  std::optional<bool> refresh;
  static constexpr auto args() {
    return std::array{arg<&PaymentsView::tab>("tab"), arg<&PaymentsView::show_archive>("show_archive"),
                      arg<&PaymentsView::opened>("opened"), arg<&PaymentsView::refresh>("refresh")};
  }
};

using PaymentsActions = std::variant<PaymentsSelect, PaymentsPay, PaymentsDraft, PaymentsRequestCode, PaymentConfirm,
                                     PaymentCheck, PaymentsPanelClose, PaymentsView>;

}  // namespace cabinet::app
