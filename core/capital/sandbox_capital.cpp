#include "capital/sandbox_capital.hpp"

#include <algorithm>

#include "ids/ids.hpp"
#include "json/read.hpp"
#include "records/dates.hpp"
#include "time/iso8601.hpp"

namespace cabinet::capital {

namespace {

using nlohmann::json;

constexpr Indexation kIndexations[] = {
    {2012, 1, 1, 60}, {2013, 1, 1, 55},  {2014, 1, 1, 50}, {2015, 1, 1, 55}, {2020, 1, 1, 30}, {2021, 1, 1, 37},
    {2022, 2, 1, 84}, {2022, 6, 1, 100}, {2023, 1, 1, 17}, {2024, 1, 1, 74}, {2025, 1, 1, 73}, {2026, 1, 1, 68},
};
constexpr int64_t kAmount2011 = 36'569'840;  // 365 698,40 ₽ from 1 January 2011

constexpr const char* kOffices[] = {
    "Клиентская служба СФР в Центральном районе г. Москвы",
    "Отделение СФР по г. Санкт-Петербургу и Ленинградской области",
    "Клиентская служба СФР в Советском районе г. Казани",
    "Отделение СФР по Новосибирской области",
};
constexpr const char* kOfficePurposes[] = {"education", "mortgage", "housing"};
constexpr const char* kFormat = "cabinet.capital-sandbox/1";

std::string snils_digits(const std::string& snils) {
  std::string digits;
  if (!ids::check_snils(snils).ok()) return digits;
  for (char c : snils) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

int64_t day_of(const Indexation& i) {
  return time::days_from_civil(i.year, i.month, i.day);
}

int64_t indexed(int64_t kopecks, int rate_tenths) {
  return kopecks + (kopecks * rate_tenths + 500) / 1000;
}

// One line of the timeline before the balance is worked out.
struct Event {
  int64_t day = 0;
  int order = 0;  // on the same day: the issue, then indexation, then disposals
  Operation op;
  int share_percent = 0;  // an office disposal: its share of the balance that day
};

}  // namespace

std::span<const Indexation> indexation_rates() {
  return kIndexations;
}

int64_t certificate_amount(int64_t day) {
  int64_t amount = kAmount2011;
  for (const Indexation& i : kIndexations) {
    if (day_of(i) <= day) amount = indexed(amount, i.rate_tenths);
  }
  return amount;
}

SandboxCapital::SandboxCapital(ClockFn clock, uint64_t seed) : clock_(std::move(clock)), seed_(seed) {}

std::optional<Account> SandboxCapital::make_account(const std::string& digits) const {
  if (digits.empty()) return std::nullopt;
  const auto hash = [&](const std::string& tag) {
    uint64_t h = 1469598103934665603ull ^ seed_;
    for (unsigned char c : tag + "|" + digits) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 29);
  };
  const int64_t today = records::moscow_day(clock_());
  // Before 2020 the amount did not depend on the child's order, so certificates of 2011-2019 keep one rule.
  const int year = 2011 + static_cast<int>(hash("year") % 9);
  const int64_t birth = time::days_from_civil(year, 1, 1) + static_cast<int64_t>(hash("birth") % 365);
  const int64_t issued = std::min(birth + 20 + static_cast<int64_t>(hash("issued") % 60), today);

  Account account;
  Certificate& c = account.certificate;
  c.series = "МК-" + std::to_string(1 + hash("series") % 12);
  c.number = std::to_string(1'000'000 + hash("number") % 9'000'000);
  c.issued_on = records::format_day(issued);
  c.issued_by = kOffices[hash("office") % std::size(kOffices)];
  c.child_order = hash("order") % 4 == 0 ? 2 : 1;
  c.child_birth_date = records::format_day(birth);

  std::vector<Event> events;
  events.push_back({issued,
                    0,
                    {.date = c.issued_on, .kind = OperationKind::issue, .amount_kopecks = certificate_amount(issued)},
                    0});
  for (const Indexation& i : kIndexations) {
    const int64_t day = day_of(i);
    if (day > issued && day <= today)
      events.push_back(
          {day,
           1,
           {.date = records::format_day(day), .kind = OperationKind::indexation, .rate_tenths = i.rate_tenths},
           0});
  }
  // None, one or two disposals made at an office, years apart, each a share of what was left.
  const int office_disposals = static_cast<int>(hash("disposals") % 3);
  for (int n = 0; n < office_disposals; ++n) {
    const std::string tag = "disposal" + std::to_string(n);
    const int64_t day = issued + 365 * (1 + 2 * n) + static_cast<int64_t>(hash(tag + "day") % 300);
    if (day > today - 60) break;
    Operation op{.date = records::format_day(day), .kind = OperationKind::disposal};
    op.purpose = kOfficePurposes[hash(tag + "purpose") % std::size(kOfficePurposes)];
    events.push_back({day, 2, op, 15 + static_cast<int>(hash(tag + "share") % 25)});
  }
  for (const Disposal& d : disposals_) {
    if (d.snils_digits != digits) continue;
    const bool done = d.status == OperationStatus::completed;
    const int64_t day = records::moscow_day(done ? d.decided_ms : d.applied_ms);
    events.push_back({day,
                      2,
                      {.date = records::format_day(day),
                       .kind = OperationKind::disposal,
                       .status = d.status,
                       .amount_kopecks = -d.amount_kopecks,
                       .purpose = d.purpose,
                       .application_number = d.number},
                      0});
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.day != b.day ? a.day < b.day : a.order < b.order; });
  int64_t balance = 0;
  for (Event& e : events) {
    Operation& op = e.op;
    if (op.kind == OperationKind::indexation) {
      op.amount_kopecks = indexed(balance, op.rate_tenths) - balance;
      if (op.amount_kopecks <= 0) continue;  // nothing left to index
    }
    if (e.share_percent > 0)
      op.amount_kopecks = -(balance * e.share_percent / 100 / 100'000 * 100'000);  // whole thousands
    if (op.amount_kopecks == 0) continue;
    if (op.status == OperationStatus::completed) balance += op.amount_kopecks;
    if (op.status == OperationStatus::in_progress) account.reserved_kopecks -= op.amount_kopecks;
    op.id = "op-" + std::to_string(account.operations.size() + 1);
    account.operations.push_back(std::move(op));
  }
  account.balance_kopecks = balance;
  return account;
}

CapitalAnswer SandboxCapital::account(const std::string& snils) {
  if (!online_) return {.ok = false, .code = "offline"};
  const std::string digits = snils_digits(snils);
  if (digits.empty()) return {.ok = false, .code = "bad_snils"};
  return {.ok = true, .code = "ok", .account = make_account(digits)};
}

std::optional<int64_t> SandboxCapital::available(const std::string& snils) {
  const auto account = make_account(snils_digits(snils));
  if (!account) return std::nullopt;
  return account->available();
}

SandboxCapital::Disposal* SandboxCapital::find(const std::string& number) {
  auto it = std::find_if(disposals_.begin(), disposals_.end(), [&](const Disposal& d) { return d.number == number; });
  return it == disposals_.end() ? nullptr : &*it;
}

bool SandboxCapital::reserve(const std::string& snils, const std::string& number, int64_t amount,
                             const std::string& purpose) {
  if (number.empty() || amount <= 0) return false;
  if (Disposal* d = find(number)) return d->status != OperationStatus::cancelled;
  const auto left = available(snils);
  if (!left || amount > *left) return false;
  disposals_.push_back({snils_digits(snils), number, purpose, amount, clock_(), 0, OperationStatus::in_progress});
  return true;
}

void SandboxCapital::complete(const std::string& number, int64_t at_ms) {
  Disposal* d = find(number);
  if (!d || d->status != OperationStatus::in_progress) return;
  d->status = OperationStatus::completed;
  d->decided_ms = at_ms;
}

void SandboxCapital::cancel(const std::string& number) {
  Disposal* d = find(number);
  if (!d || d->status != OperationStatus::in_progress) return;
  d->status = OperationStatus::cancelled;
  d->decided_ms = clock_();
}

json SandboxCapital::to_json() const {
  json list = json::array();
  for (const Disposal& d : disposals_) {
    list.push_back({{"snils", d.snils_digits},
                    {"number", d.number},
                    {"purpose", d.purpose},
                    {"amount", d.amount_kopecks},
                    {"applied_ms", d.applied_ms},
                    {"decided_ms", d.decided_ms},
                    {"status", status_id(d.status)}});
  }
  return {{"format", kFormat}, {"disposals", list}};
}

bool SandboxCapital::restore(const json& saved) {
  using namespace jsonread;
  if (!saved.is_object() || text_of(saved, "format") != kFormat) return false;
  const json* list = member(saved, "disposals");
  if (!list || !list->is_array()) return false;
  std::vector<Disposal> read;
  for (const json& item : *list) {
    const auto status = parse_status(text_of(item, "status"));
    const auto amount = int_of(item, "amount");
    const auto applied = int_of(item, "applied_ms");
    const auto decided = int_of(item, "decided_ms");
    if (!item.is_object() || !status || !amount || *amount <= 0 || !applied || !decided) return false;
    read.push_back({text_of(item, "snils"), text_of(item, "number"), text_of(item, "purpose"), *amount, *applied,
                    *decided, *status});
  }
  disposals_ = std::move(read);
  return true;
}

}  // namespace cabinet::capital
