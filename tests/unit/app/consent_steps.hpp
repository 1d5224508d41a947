#pragma once
// Gives a consent the way a citizen does, through the real actions: the form
// with the subject's details, «Я ознакомлен(а)», a one-time code read from the
// sandbox delivery's notice, and the confirmation. Shared by the app, journey
// and UI tests, which need consents before autofill and submission.
#include <string>

#include "app/kernel/runtime.hpp"

namespace cabinet::consent_steps {

inline nlohmann::json subject() {
  return {{"full_name", "Иванова Анна Петровна"},
          {"address", "г. Москва, ул. Тверская, д. 1, кв. 2"},
          {"passport", "4510 123456"},
          {"passport_issue_date", "12.03.2015"},
          {"passport_issued_by", "ОВД района Хамовники г. Москвы"},
          {"phone", "+7 912 345-67-89"}};
}

// The code the sandbox delivery showed last ("" when none).
inline std::string sandbox_code(const app::AppState& state) {
  std::string code;
  for (const app::Notice& n : state.notices) {
    if (n.message_key == "auth.sandbox.code") code = n.params.value("code", std::string());
  }
  return code;
}

// Starts, fills, ticks, requests the code and confirms; returns the new consent's id ("" when refused).
inline std::string give(app::Runtime& runtime, const std::string& template_id, const std::string& return_to = "",
                        const nlohmann::json& extra = nlohmann::json::object()) {
  const size_t before = runtime.state().consents.book.records().size();
  runtime.dispatch({"consent_start", {{"op", "give"}, {"template", template_id}, {"return_to", return_to}}});
  nlohmann::json set = {{"acknowledged", true}, {"subject", subject()}};
  set.update(extra);
  runtime.dispatch({"consent_set", set});
  runtime.dispatch({"consent_request_code", {}});
  runtime.dispatch({"consent_confirm", {{"code", sandbox_code(runtime.state())}}});
  const auto& records = runtime.state().consents.book.records();
  return records.size() > before ? records.back().id : "";
}

}  // namespace cabinet::consent_steps
