#include "records/records_json.hpp"

#include <algorithm>
#include <limits>

#include "records/dates.hpp"
#include "records/statement.hpp"

namespace cabinet::records {

namespace {

using json = nlohmann::json;

template <typename Kind, size_t N>
std::optional<Kind> parse_id(const std::array<std::string_view, N>& ids, std::string_view id) {
  const auto it = std::find(ids.begin(), ids.end(), id);
  if (it == ids.end()) return std::nullopt;
  return static_cast<Kind>(it - ids.begin());
}

const json* member(const json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(name);
  return it == object.end() ? nullptr : &*it;
}

// A required string member.
bool text(const json& object, const char* name, std::string& out) {
  const json* value = member(object, name);
  if (!value || !value->is_string()) return false;
  out = value->get<std::string>();
  return true;
}

// An optional string member: absent or null leaves `out` empty.
bool optional_text(const json& object, const char* name, std::string& out) {
  const json* value = member(object, name);
  if (!value || value->is_null()) return true;
  return text(object, name, out);
}

bool date(const json& object, const char* name, std::string& out) {
  return text(object, name, out) && parse_day(out);
}

// A required integer that fits int64 (no fractions, no strings).
bool integer(const json* value, int64_t& out) {
  if (!value || !value->is_number_integer()) return false;
  if (value->is_number_unsigned() &&
      value->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
    return false;
  out = value->get<int64_t>();
  return true;
}

bool boolean(const json& object, const char* name, bool& out) {
  const json* value = member(object, name);
  if (!value || !value->is_boolean()) return false;
  out = value->get<bool>();
  return true;
}

}  // namespace

std::string_view kind_id(RecordKind kind) {
  return kRecordKindIds[static_cast<size_t>(kind)];
}
std::optional<RecordKind> parse_record_kind(std::string_view id) {
  return parse_id<RecordKind>(kRecordKindIds, id);
}
std::string_view kind_id(OperationKind kind) {
  return kOperationKindIds[static_cast<size_t>(kind)];
}
std::optional<OperationKind> parse_operation_kind(std::string_view id) {
  return parse_id<OperationKind>(kOperationKindIds, id);
}

json to_json(const WorkRecord& r) {
  return {{"id", r.id},
          {"kind", kind_id(r.kind)},
          {"employer", r.employer},
          {"employer_inn", r.employer_inn},
          {"insurer_number", r.insurer_number.empty() ? json(nullptr) : json(r.insurer_number)},
          {"start", r.start},
          {"end", r.end.empty() ? json(nullptr) : json(r.end)},
          {"position", r.position},
          {"basis", r.basis},
          {"part_time", r.part_time}};
}

std::optional<WorkRecord> work_record_from_json(const json& j) {
  WorkRecord r;
  std::string kind;
  if (!text(j, "id", r.id) || !text(j, "kind", kind) || !text(j, "employer", r.employer) ||
      !text(j, "employer_inn", r.employer_inn) || !optional_text(j, "insurer_number", r.insurer_number) ||
      !date(j, "start", r.start) || !optional_text(j, "end", r.end) || (!r.end.empty() && !parse_day(r.end)) ||
      !text(j, "position", r.position) || !optional_text(j, "basis", r.basis))
    return std::nullopt;
  const auto k = parse_record_kind(kind);
  if (!k) return std::nullopt;
  r.kind = *k;
  if (member(j, "part_time") && !boolean(j, "part_time", r.part_time)) return std::nullopt;
  return r;
}

json to_json(const Operation& op) {
  return {{"date", op.date},          {"kind", kind_id(op.kind)},    {"amount_kopecks", op.amount_kopecks},
          {"source", op.source},      {"source_inn", op.source_inn}, {"period_from", op.period_from},
          {"period_to", op.period_to}};
}

std::optional<Operation> operation_from_json(const json& j) {
  Operation op;
  std::string kind;
  if (!date(j, "date", op.date) || !text(j, "kind", kind) || !integer(member(j, "amount_kopecks"), op.amount_kopecks) ||
      !text(j, "source", op.source) || !text(j, "source_inn", op.source_inn) ||
      !date(j, "period_from", op.period_from) || !date(j, "period_to", op.period_to))
    return std::nullopt;
  const auto k = parse_operation_kind(kind);
  if (!k || op.period_to < op.period_from) return std::nullopt;
  op.kind = *k;
  return op;
}

json to_json(const Statement& s) {
  json operations = json::array(), years = json::array();
  for (const Operation& op : s.operations) operations.push_back(to_json(op));
  for (const YearTotal& y : s.years) {
    years.push_back({{"year", y.year},
                     {"contributions_kopecks", y.contributions_kopecks},
                     {"ipk_thousandths", y.ipk_thousandths ? json(*y.ipk_thousandths) : json(nullptr)}});
  }
  return {{"from", s.from},
          {"to", s.to},
          {"opening_kopecks", s.opening_kopecks},
          {"closing_kopecks", s.closing_kopecks},
          {"operations", operations},
          {"years", years}};
}

std::optional<Statement> statement_from_json(const json& j) {
  Statement s;
  const json* operations = member(j, "operations");
  const json* years = member(j, "years");
  if (!date(j, "from", s.from) || !date(j, "to", s.to) || !integer(member(j, "opening_kopecks"), s.opening_kopecks) ||
      !integer(member(j, "closing_kopecks"), s.closing_kopecks) || !operations || !operations->is_array() || !years ||
      !years->is_array())
    return std::nullopt;
  for (const json& item : *operations) {
    auto op = operation_from_json(item);
    if (!op) return std::nullopt;
    s.operations.push_back(std::move(*op));
  }
  for (const json& item : *years) {
    YearTotal y;
    int64_t year = 0;
    const json* ipk = member(item, "ipk_thousandths");
    if (!integer(member(item, "year"), year) || year < kFirstYear || year > kLastYear ||
        !integer(member(item, "contributions_kopecks"), y.contributions_kopecks) || !ipk)
      return std::nullopt;
    y.year = static_cast<int>(year);
    if (!ipk->is_null()) {
      int64_t value = 0;
      if (!integer(ipk, value) || value < 0) return std::nullopt;
      y.ipk_thousandths = value;
    }
    s.years.push_back(y);
  }
  if (!is_consistent(s)) return std::nullopt;
  return s;
}

json to_json(const RecordsAnswer& a) {
  json records = json::array();
  for (const WorkRecord& r : a.records) records.push_back(to_json(r));
  return {{"ok", a.ok}, {"code", a.code}, {"records", records}};
}

std::optional<RecordsAnswer> records_answer_from_json(const json& j) {
  RecordsAnswer a;
  const json* records = member(j, "records");
  if (!boolean(j, "ok", a.ok) || !text(j, "code", a.code) || !records || !records->is_array()) return std::nullopt;
  for (const json& item : *records) {
    auto r = work_record_from_json(item);
    if (!r) return std::nullopt;
    a.records.push_back(std::move(*r));
  }
  return a;
}

json to_json(const StatementAnswer& a) {
  return {{"ok", a.ok}, {"code", a.code}, {"statement", a.ok ? to_json(a.statement) : json(nullptr)}};
}

std::optional<StatementAnswer> statement_answer_from_json(const json& j) {
  StatementAnswer a;
  const json* statement = member(j, "statement");
  if (!boolean(j, "ok", a.ok) || !text(j, "code", a.code) || !statement) return std::nullopt;
  if (!a.ok) return statement->is_null() ? std::optional<StatementAnswer>(a) : std::nullopt;
  auto s = statement_from_json(*statement);
  if (!s) return std::nullopt;
  a.statement = std::move(*s);
  return a;
}

std::optional<RecordsAnswer> records_answer_from_text(std::string_view text) {
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return records_answer_from_json(j);
}

std::optional<StatementAnswer> statement_answer_from_text(std::string_view text) {
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return statement_answer_from_json(j);
}

}  // namespace cabinet::records
