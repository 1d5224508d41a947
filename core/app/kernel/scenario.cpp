#include "app/kernel/scenario.hpp"

#include "app/account/account.hpp"
#include "app/kernel/runtime.hpp"
#include "json/read.hpp"
#include "storage/storage.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

constexpr int64_t kDefaultStart = 1'795'424'400'000;  // 2026-11-23T09:00:00Z

std::optional<int64_t> step_duration(const nlohmann::json& value) {
  if (value.is_number_unsigned() || value.is_number_integer()) {
    const int64_t seconds = value.get<int64_t>();
    if (seconds < 0) return std::nullopt;
    return seconds * 1000;
  }
  if (value.is_string()) return time::parse_duration(value.get<std::string>());
  return std::nullopt;
}

// Compares `expected` with `actual` as a subset: every key given must match;
// arrays must have the same length and match element by element.
void compare(const nlohmann::json& expected, const nlohmann::json& actual, const std::string& path,
             std::vector<std::string>& out) {
  if (expected.is_object() && actual.is_object()) {
    for (const auto& [key, value] : expected.items()) {
      const std::string sub = path.empty() ? key : path + "." + key;
      if (!actual.contains(key)) {
        out.push_back("expected " + sub + " = " + value.dump() + ", it is missing");
      } else {
        compare(value, actual[key], sub, out);
      }
    }
    return;
  }
  if (expected.is_array() && actual.is_array() && expected.size() == actual.size()) {
    for (size_t i = 0; i < expected.size(); ++i)
      compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]", out);
    return;
  }
  if (expected != actual) out.push_back("expected " + path + " = " + expected.dump() + ", got " + actual.dump());
}

// The one-time code the sandbox delivery showed last, for a step that types
// "{sandbox_code}" (codes are random, so a scenario cannot spell them out).
void fill_sandbox_code(Action& action, const AppState& state) {
  std::string code;
  for (const Notice& n : state.notices) {
    if (n.message_key == "auth.sandbox.code" && n.params.is_object() && n.params.contains("code") &&
        n.params["code"].is_string())
      code = n.params["code"].get<std::string>();
  }
  for (auto& item : action.args.items()) {
    if (item.value().is_string() && item.value().get<std::string>() == "{sandbox_code}") item.value() = code;
  }
}

}  // namespace

ScenarioResult run_scenario(const nlohmann::json& scenario) {
  ScenarioResult result;
  if (!scenario.is_object()) {
    result.error = "a scenario is a JSON object with \"steps\"";
    return result;
  }
  int64_t start = kDefaultStart;
  if (auto it = scenario.find("start"); it != scenario.end()) {
    auto parsed = it->is_string() ? time::parse_iso(it->get<std::string>()) : std::nullopt;
    if (!parsed) {
      result.error = "\"start\" must be an ISO 8601 time such as 2026-11-23T09:00:00Z";
      return result;
    }
    start = *parsed;
  }
  // Seeded: a scenario replays exactly, one-time codes included (read them with "{sandbox_code}").
  uint64_t seed = 1;
  if (auto it = scenario.find("seed"); it != scenario.end()) {
    if (!it->is_number_integer() || it->get<int64_t>() < 0) {
      result.error = "\"seed\" must be a whole number from 0";
      return result;
    }
    seed = it->get<uint64_t>();
  }
  SeededRandom random(seed);
  FakeClock clock(start);
  storage::MemoryStorage storage;
  if (auto it = scenario.find("storage"); it != scenario.end() && it->is_object()) {
    for (const auto& [key, value] : it->items())
      storage.write_atomic(key, value.is_string() ? value.get<std::string>() : value.dump());
  }
  Runtime runtime(storage, clock);
  runtime.set_random(random);
  runtime.start();
  const nlohmann::json steps = scenario.value("steps", nlohmann::json::array());
  if (!steps.is_array()) {
    result.error = "\"steps\" must be an array";
    return result;
  }
  for (size_t i = 0; i < steps.size(); ++i) {
    const nlohmann::json& step = steps[i];
    const std::string where = "step " + std::to_string(i + 1);
    if (step.is_object() && step.contains("advance")) {
      auto ms = step_duration(step["advance"]);
      if (!ms) {
        result.error = where + ": \"advance\" takes seconds or \"90s\", \"15m\", \"2h\", \"3d\"";
        return result;
      }
      clock.advance_ms(*ms);
      runtime.tick();
    } else if (step.is_object() && step.contains("expect")) {
      std::vector<std::string> mismatches;
      compare(step["expect"], summary(runtime.state()), "", mismatches);
      for (const auto& m : mismatches) result.failed.push_back(where + ": " + m);
    } else if (step.is_object() && jsonread::string_of(step, "type") == "register_demo_account") {
      if (!register_demo_account(runtime))
        result.failed.push_back(where + ": the demo account could not be registered");
    } else if (step.is_object() && jsonread::string_of(step, "type") == "confirm_demo_identity") {
      if (!confirm_demo_identity(runtime)) result.failed.push_back(where + ": the identity could not be confirmed");
    } else if (auto action = action_from_json(step)) {
      fill_sandbox_code(*action, runtime.state());
      if (!runtime.dispatch(*action)) {
        result.error = where + ": " + runtime.last_error();
        return result;
      }
    } else {
      result.error = where + ": a step is an action {\"type\": ...}, {\"advance\": ...} or {\"expect\": {...}}";
      return result;
    }
  }
  result.ok = true;
  result.summary = summary(runtime.state());
  nlohmann::json stored = nlohmann::json::object();
  for (const auto& key : storage.keys()) {
    // Attachments are bytes, not text: shown by their size so the summary stays valid JSON.
    const std::string value = storage.read(key).value_or("");
    stored[key] = text::is_valid_utf8(value) ? nlohmann::json(value) : nlohmann::json{{"bytes", value.size()}};
  }
  result.summary["storage"] = stored;
  return result;
}

std::string sandbox_code(const Runtime& runtime, const std::string& purpose) {
  const auto& notices = runtime.state().notices;
  for (auto it = notices.rbegin(); it != notices.rend(); ++it) {
    if (it->message_key == "auth.sandbox.code" && it->params.value("purpose", "") == purpose)
      return it->params.value("code", "");
  }
  return "";
}

bool register_demo_account(Runtime& runtime, const DemoPerson& p) {
  runtime.dispatch({"register_submit",
                    {{"full_name", p.full_name},
                     {"birth_date", p.birth_date},
                     {"phone", p.phone},
                     {"email", p.email},
                     {"snils", p.snils},
                     {"password", p.password},
                     {"password_repeat", p.password},
                     {"agree", true}}});
  runtime.dispatch({"register_confirm",
                    {{"phone_code", sandbox_code(runtime, "register_phone")},
                     {"email_code", sandbox_code(runtime, "register_email")}}});
  if (runtime.state().account.phase != AccountPhase::signed_in) return false;
  if (!p.passport.empty())
    runtime.dispatch({"personal_passport_save",
                      {{"passport", p.passport},
                       {"issue_date", p.passport_issue_date},
                       {"issued_by", p.passport_issued_by},
                       {"office_code", p.passport_office_code}}});
  return runtime.state().account.phase == AccountPhase::signed_in;
}

bool confirm_demo_identity(Runtime& runtime, const DemoPerson& p) {
  if (p.passport.empty()) return false;
  runtime.dispatch({"consent_start", {{"op", "give"}, {"template", "application_processing"}}});
  runtime.dispatch({"consent_set",
                    {{"acknowledged", true},
                     {"subject",
                      {{"full_name", p.full_name},
                       {"address", "г. Москва, ул. Тверская, д. 1, кв. 2"},
                       {"passport", p.passport},
                       {"passport_issue_date", p.passport_issue_date},
                       {"passport_issued_by", p.passport_issued_by},
                       {"phone", p.phone}}}}});
  runtime.dispatch({"consent_request_code", {}});
  runtime.dispatch({"consent_confirm", {{"code", sandbox_code(runtime, "consent")}}});
  runtime.dispatch({"start_form", {{"form", kIdentityConfirmationForm}}});
  // The date as the form keeps it (ISO), from the ДД.ММ.ГГГГ the citizen typed in Профиль.
  const std::string& d = p.passport_issue_date;
  const std::string iso = d.size() == 10 ? d.substr(6, 4) + "-" + d.substr(3, 2) + "-" + d.substr(0, 2) : d;
  const std::pair<const char*, std::string> fields[] = {{"/passport", p.passport},
                                                        {"/passport_issue_date", iso},
                                                        {"/passport_issued_by", p.passport_issued_by},
                                                        {"/passport_office_code", p.passport_office_code}};
  for (const auto& [path, value] : fields) runtime.dispatch({"set_field", {{"path", path}, {"value", value}}});
  // "%PDF-1.4\n": a scan as the file check sees one.
  for (const char* field : {"passport_scan", "snils_scan"})
    runtime.dispatch(
        {"attach_file", {{"field", field}, {"name", std::string(field) + ".pdf"}, {"content_base64", "JVBERi0xLjQK"}}});
  for (int step = 0;
       step < 5 && runtime.state().forms.has_journey && runtime.state().forms.journey.page != JourneyPage::review;
       ++step)
    runtime.dispatch({"next_step", {}});
  runtime.dispatch({"submit", {}});
  for (int day = 0; day < 10 && runtime.state().account.identity_level != "confirmed"; ++day)
    runtime.dispatch({"sandbox_fast_forward", {{"hours", 24}}});
  runtime.dispatch(Navigate{.section = "home"});
  return runtime.state().account.identity_level == "confirmed";
}

bool sign_in_demo_account(Runtime& runtime, const DemoPerson& p) {
  runtime.dispatch({"sign_in", {{"login", p.phone}, {"password", p.password}}});
  return runtime.state().account.phase == AccountPhase::signed_in;
}

}  // namespace cabinet::app
