#pragma once
// CapitalGateway: «Материнский капитал» from the fund (seed 000 «Оформление и
// распоряжение средствами материнского капитала», seed 004 §6.3): the
// certificate, the balance and the operations journal of the citizen's
// maternity (family) capital. Shaped like records::RecordsGateway for a later
// HTTP connector: dates as ISO "YYYY-MM-DD", amounts in kopecks, an answer
// with `ok` + `code`, no exceptions. The embedded default is SandboxCapital.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::capital {

// What an operation of the journal is (labels: "capital.kind.<id>").
enum class OperationKind { issue, indexation, disposal };
inline constexpr std::array<std::string_view, 3> kOperationKindIds = {"issue", "indexation", "disposal"};

// Where it stands (labels: "capital.status.<id>"): a disposal is `in_progress`
// from the application until the decision (the amount is reserved), then
// `completed`, or `cancelled` when the citizen withdrew it (nothing moved).
enum class OperationStatus { completed, in_progress, cancelled };
inline constexpr std::array<std::string_view, 3> kOperationStatusIds = {"completed", "in_progress", "cancelled"};

// What the money went to (labels: the maternity-capital form's purposes).
inline constexpr std::array<std::string_view, 4> kPurposeIds = {"housing", "mortgage", "education", "other"};

std::string_view kind_id(OperationKind kind);
std::optional<OperationKind> parse_kind(std::string_view id);
std::string_view status_id(OperationStatus status);
std::optional<OperationStatus> parse_status(std::string_view id);

// The state certificate for maternity (family) capital.
struct Certificate {
  std::string series;            // «МК-10»
  std::string number;            // seven digits
  std::string issued_on;         // "YYYY-MM-DD"
  std::string issued_by;         // the fund's office that issued it
  int child_order = 1;           // the birth (or adoption) that gave the right: 1 or 2
  std::string child_birth_date;  // "YYYY-MM-DD"
  bool operator==(const Certificate&) const = default;
};

struct Operation {
  std::string id;    // unique in the journal
  std::string date;  // "YYYY-MM-DD"
  OperationKind kind = OperationKind::issue;
  OperationStatus status = OperationStatus::completed;
  int64_t amount_kopecks = 0;      // signed: + issue and indexation, - disposal
  std::string purpose;             // disposal: one of kPurposeIds
  std::string application_number;  // disposal: the citizen's application ("" for one made at an office)
  int rate_tenths = 0;             // indexation: the rate in tenths of a percent (84 = 8,4 %)
  bool operator==(const Operation&) const = default;
};

struct Account {
  Certificate certificate;
  std::vector<Operation> operations;  // by date, oldest first
  int64_t balance_kopecks = 0;        // what remains: the completed operations' sum
  int64_t reserved_kopecks = 0;       // disposals in progress (not yet decided)
  int64_t available() const { return balance_kopecks - reserved_kopecks; }
  bool operator==(const Account&) const = default;
};

struct CapitalAnswer {
  bool ok = false;
  // "ok", "offline", "bad_snils", "no_certificate" (catalog: capital.code.<code>)
  std::string code;
  std::optional<Account> account;  // when ok
  bool operator==(const CapitalAnswer&) const = default;
};

class CapitalGateway {
 public:
  virtual ~CapitalGateway() = default;
  // The certificate, balance and journal as of today; `snils` in any spelling.
  virtual CapitalAnswer account(const std::string& snils) = 0;
};

// True when the journal adds up: the completed operations sum to the balance,
// the in-progress disposals to the reserve, and both are non-negative.
bool is_consistent(const Account& account);

}  // namespace cabinet::capital
