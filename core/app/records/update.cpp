// «Сведения» in the app (seed 004 §6.1.1 «Проверка пенсионного стажа», §6.1.2
// «Заказ выписки о состоянии лицевого счета»): the work-book records for the
// citizen's SNILS from the fund, kept for offline reading, and the ИЛС
// statement for a period the citizen types.
#include <cstdio>

#include "app/records/handlers.hpp"
#include "ids/ids.hpp"
#include "app/kernel/field_errors.hpp"
#include "json/read.hpp"
#include "records/dates.hpp"
#include "records/statement.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr const char* kFieldPrefix = "records.";
constexpr FeatureErrors kErrors{kFieldPrefix};

void save_records(AppState& s, Effects& e) {
  e.push_back(Save{kRecordsKey, records_to_json(s.records).dump(-1, ' ', false, json::error_handler_t::replace)});
}

std::string iso(const ids::Date& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", d.year % 10000, d.month % 100, d.day % 100);
  return text;
}

ids::Date moscow_today(int64_t now_ms) {
  int year = 0;
  unsigned month = 0, day = 0;
  time::civil_from_days(records::moscow_day(now_ms), year, month, day);
  return {year, month, day};
}

// The profile's birth date as ISO ("" when it has none): the sandbox makes the
// career up from it (the Runtime tells it); a real fund knows it already.
std::string birth_date_iso(const AppState& s) {
  const std::string birth = s.account.profile.text("birth_date");
  if (records::parse_day(birth)) return birth;
  const ids::DateResult typed = ids::check_date(birth);
  return typed.ok() ? iso(typed.date) : "";
}

void refresh(AppState& s, Effects& e) {
  RecordsState& st = s.records;
  const std::string snils = s.account.profile.text("snils");
  if (!ids::check_snils(snils).ok()) {
    st.records_code = "snils_required";
    return;
  }
  if (!s.online) {
    st.records_code = "offline";
    return;
  }
  e.push_back(FetchRecords{s.epoch, snils, birth_date_iso(s)});
}

void records_received(AppState& s, const records::RecordsAnswer& answer, Effects& e) {
  RecordsState& st = s.records;
  if (!answer.ok) {
    st.records_code = answer.code.empty() ? "unknown" : answer.code;
    return;
  }
  st.records = answer.records;
  st.records_updated_ms = s.now_ms;
  st.records_code.clear();
  save_records(s, e);
}

// A date of the period as typed (ДД.ММ.ГГГГ or "YYYY-MM-DD"): its day number,
// or nullopt with the reason as the field's error.
std::optional<int64_t> typed_day(AppState& s, const char* field, const std::string& typed) {
  std::string text = text::is_valid_utf8(typed) ? text::trim(typed) : typed;
  if (records::parse_day(text)) text = records::display_date(text);
  const ids::DateResult date = ids::check_date(text, {.today = moscow_today(s.now_ms), .not_in_future = true});
  if (date.code == ids::Code::kInvalidUtf8) {
    kErrors.add(s, field, "ids.common.invalid_utf8");
    return std::nullopt;
  }
  if (date.code == ids::Code::kRange) {  // a year before 1800; the statement's dates start in 1900
    kErrors.add(s, field, "ids.date.range", {{"min_year", records::kFirstYear}});
    return std::nullopt;
  }
  if (!date.ok()) {
    kErrors.add(s, field, date.message_key(), date.params.is_object() ? date.params : json::object());
    return std::nullopt;
  }
  const auto day = records::parse_day(iso(date.date));
  if (!day) kErrors.add(s, field, "ids.date.range", {{"min_year", records::kFirstYear}});
  return day;
}

// The day `years` calendar years after `day` (29 February: the 28th of a common year).
int64_t years_later(int64_t day, int years) {
  int year = 0;
  unsigned month = 0, d = 0;
  time::civil_from_days(day, year, month, d);
  year += years;
  if (!time::is_valid_date(year, month, d)) d = 28;
  return time::days_from_civil(year, month, d);
}

}  // namespace

void handle(AppState& s, const RecordsStatement& a, Effects& e) {
  RecordsState& st = s.records;
  kErrors.clear(s);
  st.tab = "statement";
  st.statement_code.clear();
  const auto from = typed_day(s, "from", a.from);
  const auto to = typed_day(s, "to", a.to);
  if (!from || !to) return;
  if (*from > *to) return kErrors.add(s, "to", "records.error.order");
  if (*to >= years_later(*from, kStatementMaxYears))
    return kErrors.add(s, "from", "records.error.too_long", {{"years", kStatementMaxYears}});
  const std::string snils = s.account.profile.text("snils");
  if (!ids::check_snils(snils).ok()) {
    st.statement_code = "snils_required";
    return;
  }
  if (!s.online) {
    st.statement_code = "offline";
    return;
  }
  e.push_back(FetchStatement{s.epoch, snils, records::format_day(*from), records::format_day(*to), birth_date_iso(s)});
}

void statement_received(AppState& s, const records::StatementAnswer& answer, Effects& e) {
  RecordsState& st = s.records;
  if (!answer.ok) {
    st.statement_code = answer.code.empty() ? "unknown" : answer.code;
    return;
  }
  if (!records::is_consistent(answer.statement)) {
    st.statement_code = "bad_data";  // never shows a statement that does not add up
    return;
  }
  st.statement = answer.statement;
  st.statement_made_ms = s.now_ms;
  save_records(s, e);
}

void handle(AppState& s, const RecordsView& a, Effects& e) {
  if (a.tab && (*a.tab == "work" || *a.tab == "statement")) s.records.tab = *a.tab;
  if (a.refresh.value_or(false)) refresh(s, e);
}

void on_answer(AppState& s, const RecordsReceived& answer, Effects& e) {
  records_received(s, answer.answer, e);
}
void on_answer(AppState& s, const StatementReceived& answer, Effects& e) {
  statement_received(s, answer.answer, e);
}

void records_opened(AppState& s, Effects& e) {
  if (s.account.phase == AccountPhase::signed_in) refresh(s, e);
}

void records_corrected(AppState& s, Effects& e, const std::string& number) {
  add_notice(s, "success", "records.corrected", {{"number", number}});
  refresh(s, e);
}

void records_online(AppState& s, Effects& e) {
  if (s.section == Section::records && s.records.records_code == "offline") refresh(s, e);
}

bool load_records(AppState& s, const std::string& text) {
  return records_from_json(s.records, text);
}

}  // namespace cabinet::app
