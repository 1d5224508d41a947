#pragma once
// Scenarios: a scripted journey against a fresh app with a fake clock and
// in-memory storage (format in core/app/README.md). Used by `cabinet-cli
// scenario` and by tests.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::app {

struct ScenarioResult {
  bool ok = false;                  // false: the scenario itself is malformed
  std::string error;                // why it is malformed (English, for developers)
  std::vector<std::string> failed;  // "step 3: expected section = profile, got home"
  nlohmann::json summary;           // the final state (see summary())
};

ScenarioResult run_scenario(const nlohmann::json& scenario);

class Runtime;

// A sandbox citizen for scenarios, tests and demos (valid SNILS, a password
// that passes every rule).
struct DemoPerson {
  std::string full_name = "Иванова Мария Петровна";
  std::string birth_date = "14.03.1985";
  std::string phone = "+7 912 345-67-89";
  std::string email = "maria.ivanova@example.ru";
  std::string snils = "112-233-445 95";
  std::string password = "Zv$7qLm!pR2x";
  // Typed into Профиль after registering, so the account is стандартная (most
  // services need it); empty: a базовая account.
  std::string passport = "4510 123456";
  std::string passport_issue_date = "20.03.2005";
  std::string passport_issued_by = "ГУ МВД России по г. Москве";
  std::string passport_office_code = "770-001";
};

// The last one-time code the sandbox channel showed for `purpose`, or "".
std::string sandbox_code(const Runtime& runtime, const std::string& purpose);
// Registers through the real actions (codes read from the sandbox channel),
// then saves the passport in Профиль unless it is empty; true when the
// account is open afterwards.
bool register_demo_account(Runtime& runtime, const DemoPerson& person = {});
// Signs in again (after a restart or sign-out).
bool sign_in_demo_account(Runtime& runtime, const DemoPerson& person = {});
// «Подтверждение личности» as a citizen does it, through the real actions:
// the consent to process applications (its code from the sandbox channel),
// the form with the profile's passport and scans of the passport and SNILS,
// the submission, then «Ускорить рассмотрение» until the sandbox agency has
// decided. True when the account is подтверждённая afterwards.
bool confirm_demo_identity(Runtime& runtime, const DemoPerson& person = {});

}  // namespace cabinet::app
