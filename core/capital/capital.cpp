// The capital's ids and the journal's consistency check (gateway.hpp).
#include "capital/gateway.hpp"

namespace cabinet::capital {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> parse_id(const std::array<std::string_view, N>& ids, std::string_view id) {
  for (size_t i = 0; i < N; ++i) {
    if (ids[i] == id) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view kind_id(OperationKind kind) {
  return kOperationKindIds[static_cast<size_t>(kind)];
}
std::optional<OperationKind> parse_kind(std::string_view id) {
  return parse_id<OperationKind>(kOperationKindIds, id);
}
std::string_view status_id(OperationStatus status) {
  return kOperationStatusIds[static_cast<size_t>(status)];
}
std::optional<OperationStatus> parse_status(std::string_view id) {
  return parse_id<OperationStatus>(kOperationStatusIds, id);
}

bool is_consistent(const Account& account) {
  int64_t balance = 0, reserved = 0;
  for (const Operation& op : account.operations) {
    const bool credit = op.kind != OperationKind::disposal;
    if (credit != (op.amount_kopecks > 0) || op.amount_kopecks == 0) return false;
    if (op.status == OperationStatus::completed) balance += op.amount_kopecks;
    if (op.status == OperationStatus::in_progress) {
      if (credit) return false;
      reserved -= op.amount_kopecks;
    }
  }
  return balance == account.balance_kopecks && reserved == account.reserved_kopecks && balance >= 0 &&
         reserved <= balance;
}

}  // namespace cabinet::capital
