// «Материнский капитал» (seed 000, seed 004 §6.3.1 «Получение сведений о
// размере материнского капитала»): the certificate, the balance and the
// operations journal from the fund for the citizen's SNILS, kept for offline
// reading; the journal's filters. The disposal itself is the
// maternity-capital form, checked against the balance received here.
#include "app/capital/handlers.hpp"
#include "ids/ids.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

void save_capital(AppState& s, Effects& e) {
  e.push_back(Save{kCapitalKey, capital_to_json(s.capital).dump(-1, ' ', false, json::error_handler_t::replace)});
}

bool is_kind(const std::string& id) {
  return id.empty() || capital::parse_kind(id).has_value();
}
bool is_status(const std::string& id) {
  return id.empty() || capital::parse_status(id).has_value();
}
bool is_year(const std::string& id) {
  return id.empty() || (id.size() == 4 && id.find_first_not_of("0123456789") == std::string::npos);
}

}  // namespace

void capital_refresh(AppState& s, Effects& e) {
  if (s.account.phase != AccountPhase::signed_in) return;
  const std::string snils = s.account.profile.text("snils");
  if (!ids::check_snils(snils).ok()) {
    s.capital.code = "snils_required";
    return;
  }
  if (!s.online) {
    s.capital.code = "offline";
    return;
  }
  e.push_back(FetchCapital{s.epoch, snils});
}

void on_answer(AppState& s, const CapitalReceived& answer, Effects& e) {
  CapitalState& st = s.capital;
  if (!answer.answer.ok || !answer.answer.account) {
    st.code = answer.answer.code.empty() ? "unknown" : answer.answer.code;
    return;
  }
  if (!capital::is_consistent(*answer.answer.account)) {
    st.code = "bad_data";  // never shows a balance that does not add up
    return;
  }
  st.account = answer.answer.account;
  st.updated_ms = s.now_ms;
  st.code.clear();
  save_capital(s, e);
}

void handle(AppState& s, const CapitalView& a, Effects& e) {
  capital::JournalFilter& f = s.capital.filter;
  if (a.kind && is_kind(*a.kind)) f.kind = *a.kind;
  if (a.status && is_status(*a.status)) f.status = *a.status;
  if (a.year && is_year(*a.year)) f.year = *a.year;
  if (a.refresh.value_or(false)) capital_refresh(s, e);
}

void capital_online(AppState& s, Effects& e) {
  if (s.section == Section::capital && s.capital.code == "offline") capital_refresh(s, e);
}

bool load_capital(AppState& s, const std::string& text) {
  return capital_from_json(s.capital, text);
}

json forms_check_profile(const AppState& s) {
  json profile = s.account.profile.to_json();
  if (auto available = capital_available(s.capital)) profile["maternity_capital_balance"] = *available;
  return profile;
}

}  // namespace cabinet::app
