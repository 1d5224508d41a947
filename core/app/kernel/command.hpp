#pragma once
// Command: every typed action of the features (<feature>/actions.hpp), one
// line per feature below. The JSON vocabulary is decoded into it at the edge
// (decode_command); actions not converted yet still go by JSON (handlers.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/account/actions.hpp"
#include "app/appointments/actions.hpp"
#include "app/capital/actions.hpp"
#include "app/consents/actions.hpp"
#include "app/documents/actions.hpp"
#include "app/forms/actions.hpp"
#include "app/kernel/action.hpp"
#include "app/kernel/actions.hpp"
#include "app/notifications/actions.hpp"
#include "app/payments/actions.hpp"
#include "app/records/actions.hpp"

namespace cabinet::app {

template <typename... Variants>
struct joined;
template <typename... A>
struct joined<std::variant<A...>> {
  using type = std::variant<A...>;
};
template <typename... A, typename... B, typename... Rest>
struct joined<std::variant<A...>, std::variant<B...>, Rest...> : joined<std::variant<A..., B...>, Rest...> {};

using Command = joined<KernelActions, AccountActions, AppointmentsActions, ConsentsActions, DocumentsActions,
                       FormsActions, NotificationsActions, PaymentsActions, RecordsActions, CapitalActions>::type;

std::string_view command_type(const Command& command);

// The command named `type` from its JSON arguments. nullopt with `error` empty: no typed
// action has that name (it may be a JSON one); with `error` set: its arguments are refused.
std::optional<Command> decode_command(std::string_view type, const nlohmann::json& args, std::string& error);
// The command as the JSON vocabulary's action (its type and arguments apart: Мои документы has an argument "type").
Action encode_command(const Command& command);

// The names of every typed action, and the arguments of one (empty when unknown).
const std::vector<std::string_view>& command_types();
std::vector<FieldSpec> command_args(std::string_view type);

}  // namespace cabinet::app
