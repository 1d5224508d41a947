#pragma once
// Согласия's actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// «Отмена» on a consent's form or its withdrawal: nothing is signed.
struct ConsentCancel {
  static constexpr std::string_view type = "consent_cancel";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// Opens a consent's form: `op` give (from `template`, a template id or a purpose),
// change or renew (the active consent `id`); `return_to` journey | review | service
// (then `form`) | appointments says where to go once it is signed or refused.
struct ConsentStart {
  static constexpr std::string_view type = "consent_start";
  std::optional<std::string> op, template_id, id, return_to, form;
  static constexpr auto args() {
    return std::array{arg<&ConsentStart::op>("op"), arg<&ConsentStart::template_id>("template"),
                      arg<&ConsentStart::id>("id"), arg<&ConsentStart::return_to>("return_to"),
                      arg<&ConsentStart::form>("form")};
  }
};

// What the citizen sets on the open form; `subject` and `representative` are objects of
// the person's fields (full_name, address, passport, ...), checked as they arrive.
struct ConsentSet {
  static constexpr std::string_view type = "consent_set";
  std::optional<std::string> level;
  std::optional<int64_t> term_months;
  std::optional<std::string> purpose;
  std::optional<bool> acknowledged;
  nlohmann::json subject;
  std::optional<bool> by_representative;
  nlohmann::json representative;
  static constexpr auto args() {
    return std::array{arg<&ConsentSet::level>("level"),
                      arg<&ConsentSet::term_months>("term_months"),
                      arg<&ConsentSet::purpose>("purpose"),
                      arg<&ConsentSet::acknowledged>("acknowledged"),
                      arg<&ConsentSet::subject>("subject"),
                      arg<&ConsentSet::by_representative>("by_representative"),
                      arg<&ConsentSet::representative>("representative")};
  }
};

// «Получить код»: the one-time code that signs the open form.
struct ConsentRequestCode {
  static constexpr std::string_view type = "consent_request_code";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Подписать»: the form with the code typed.
struct ConsentConfirm {
  static constexpr std::string_view type = "consent_confirm";
  std::string code;
  static constexpr auto args() { return std::array{arg<&ConsentConfirm::code>("code")}; }
};

// «Отказаться»: the refusal is recorded like a consent.
struct ConsentRefuse {
  static constexpr std::string_view type = "consent_refuse";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Отозвать»: asks to confirm the withdrawal of the active consent `id`.
struct ConsentWithdraw {
  static constexpr std::string_view type = "consent_withdraw";
  std::string id;
  static constexpr auto args() { return std::array{arg<&ConsentWithdraw::id>("id")}; }
};

// The withdrawal confirmed (only after ConsentWithdraw asked for the same `id`).
struct ConsentWithdrawConfirm {
  static constexpr std::string_view type = "consent_withdraw_confirm";
  std::string id;
  static constexpr auto args() { return std::array{arg<&ConsentWithdrawConfirm::id>("id")}; }
};

// The list's tab, orders and filters, and the consent shown in full ("" for none).
struct ConsentsShow {
  static constexpr std::string_view type = "consents_view";
  std::optional<std::string> tab, sort, journal_sort, status, purpose, selected;
  static constexpr auto args() {
    return std::array{arg<&ConsentsShow::tab>("tab"),
                      arg<&ConsentsShow::sort>("sort"),
                      arg<&ConsentsShow::journal_sort>("journal_sort"),
                      arg<&ConsentsShow::status>("status"),
                      arg<&ConsentsShow::purpose>("purpose"),
                      arg<&ConsentsShow::selected>("selected")};
  }
};

// «Заполнить из профиля» on a form's step, when a consent allows it.
struct PrefillFromProfile {
  static constexpr std::string_view type = "prefill_from_profile";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

using ConsentsActions =
    std::variant<ConsentCancel, ConsentStart, ConsentSet, ConsentRequestCode, ConsentConfirm, ConsentRefuse,
                 ConsentWithdraw, ConsentWithdrawConfirm, ConsentsShow, PrefillFromProfile>;

}  // namespace cabinet::app
