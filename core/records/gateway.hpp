#pragma once
// RecordsGateway: «Сведения» from the fund: the work-book records (ЭТК, СЗВ-ТД)
// and the individual personal account (ИЛС) statement. Shaped like
// appointments::AppointmentsGateway for a later HTTP connector: JSON-friendly
// values (records_json.hpp), dates as ISO "YYYY-MM-DD" strings, amounts in
// kopecks, an answer with `ok` + `code`, no exceptions. The embedded default
// is SandboxRecords.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::records {

// What a work-book record says (labels: "records.kind.<id>").
enum class RecordKind { hire, transfer, dismissal, period };
inline constexpr std::array<std::string_view, 4> kRecordKindIds = {"hire", "transfer", "dismissal", "period"};

// What an account operation is (labels: "records.operation.<id>").
enum class OperationKind { contribution, additional, correction };
inline constexpr std::array<std::string_view, 3> kOperationKindIds = {"contribution", "additional", "correction"};

std::string_view kind_id(RecordKind kind);
std::optional<RecordKind> parse_record_kind(std::string_view id);
std::string_view kind_id(OperationKind kind);
std::optional<OperationKind> parse_operation_kind(std::string_view id);

// One record of the work book. hire / transfer / period: the span worked in
// `position` from `start` to `end`; dismissal: the last working day
// (start == end), inside the span it closes.
struct WorkRecord {
  std::string id;  // unique among the citizen's records
  RecordKind kind = RecordKind::period;
  std::string employer;        // the insurer's name, e.g. ООО «Ромашка»
  std::string employer_inn;    // 10 digits (organisation) or 12 (individual entrepreneur)
  std::string insurer_number;  // the insurer's registration number at the fund, "" when not known
  std::string start;           // "YYYY-MM-DD"
  std::string end;             // "YYYY-MM-DD"; "" while it lasts (the current job)
  std::string position;
  std::string basis;       // the document, e.g. «Приказ № 12-к от 01.02.2010»; "" when none
  bool part_time = false;  // совместительство
  bool operator==(const WorkRecord&) const = default;
};

struct RecordsAnswer {
  bool ok = false;
  std::string code;  // "ok", "offline", "bad_snils", "unknown_citizen" (catalog: records.code.<code>)
  std::vector<WorkRecord> records;
  bool operator==(const RecordsAnswer&) const = default;
};

// One operation on the individual personal account.
struct Operation {
  std::string date;  // when it was posted, "YYYY-MM-DD"
  OperationKind kind = OperationKind::contribution;
  int64_t amount_kopecks = 0;  // negative for a withholding (correction)
  std::string source;          // «источник платежа»: the insurer's name
  std::string source_inn;
  std::string period_from, period_to;  // the period the payment is for, "YYYY-MM-DD", inclusive
  bool operator==(const Operation&) const = default;
};

struct YearTotal {
  int year = 0;
  int64_t contributions_kopecks = 0;  // the sum of the statement's operations posted in that year
  // The individual pension coefficient (ИПК) earned that year, x1000; only for
  // years from 2015 that the statement covers whole (statement.hpp).
  std::optional<int64_t> ipk_thousandths;
  bool operator==(const YearTotal&) const = default;
};

// The statement for [from, to]: opening + the sum of `operations` = closing.
struct Statement {
  std::string from, to;               // inclusive, "YYYY-MM-DD"
  int64_t opening_kopecks = 0;        // the balance before `from`
  int64_t closing_kopecks = 0;        // the balance at the end of `to`
  std::vector<Operation> operations;  // posted in [from, to], by date
  std::vector<YearTotal> years;       // ascending
  bool operator==(const Statement&) const = default;
};

struct StatementAnswer {
  bool ok = false;
  // "ok", "offline", "bad_snils", "unknown_citizen", "bad_date", "bad_range", "bad_data"
  // (catalog: records.code.<code>)
  std::string code;
  Statement statement;  // meaningful when ok
  bool operator==(const StatementAnswer&) const = default;
};

class RecordsGateway {
 public:
  virtual ~RecordsGateway() = default;
  // The citizen's work-book records (any order; records_view.hpp sorts). `snils` in any spelling.
  virtual RecordsAnswer work_records(const std::string& snils) = 0;
  // The ИЛС statement for the dates [from, to] ("YYYY-MM-DD").
  virtual StatementAnswer account_statement(const std::string& snils, const std::string& from,
                                            const std::string& to) = 0;
};

}  // namespace cabinet::records
