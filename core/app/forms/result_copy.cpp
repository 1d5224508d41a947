// The copy of a result by email (result_copy.hpp), sent when the feed reports «Услуга оказана».
#include "app/forms/result_copy.hpp"

#include <algorithm>

#include "app/account/codes.hpp"
#include "app/forms/handlers.hpp"
#include "json/read.hpp"

namespace cabinet::app {

namespace {

// The profile's email, or the login when it is one.
std::string email_of(const AppState& s) {
  if (!s.account.profile.email.empty()) return s.account.profile.email;
  return s.account.login.find('@') != std::string::npos ? s.account.login : "";
}

}  // namespace

nlohmann::json result_letter_params(const tracking::Tracked& tracked) {
  return {{"number", tracked.number}, {"document", tracked.result_document}};
}

void send_result_copy(AppState& s, Effects& e, const std::string& number) {
  Applications& apps = s.forms.applications;
  const auto a =
      std::find_if(apps.items.begin(), apps.items.end(), [&](const Application& x) { return x.number == number; });
  const auto t = std::find_if(apps.tracked.begin(), apps.tracked.end(),
                              [&](const tracking::Tracked& x) { return x.number == number; });
  if (a == apps.items.end() || t == apps.tracked.end() || t->status != tracking::Status::done) return;
  if (a->copy_sent_ms != 0 || a->copy_no_address) return;  // once
  const nlohmann::json* data = jsonread::member(a->envelope, "data");
  if (!data || jsonread::text_of(*data, "delivery") != "email") return;
  const std::string address = email_of(s);
  if (address.empty()) {
    a->copy_no_address = true;
    return;
  }
  a->copy_sent_to = mask_target("email", address);
  a->copy_sent_ms = s.now_ms;
  e.push_back(DeliverNotification{"email", address, kResultLetterKey, result_letter_params(*t)});
}

}  // namespace cabinet::app
