#include "app/kernel/command.hpp"

#include <utility>

namespace cabinet::app {

namespace {

template <size_t... I>
std::optional<Command> decode_at(std::string_view type, const nlohmann::json& args, std::string& error,
                                 std::index_sequence<I...>) {
  std::optional<Command> out;
  (
      [&] {
        using A = std::variant_alternative_t<I, Command>;
        if (out || !error.empty() || A::type != type) return;
        if (auto decoded = decode_typed<A>(args, error)) out = std::move(*decoded);
      }(),
      ...);
  return out;
}

template <size_t... I>
std::vector<FieldSpec> args_at(std::string_view type, std::index_sequence<I...>) {
  std::vector<FieldSpec> out;
  ((std::variant_alternative_t<I, Command>::type == type
        ? (out = typed_args<std::variant_alternative_t<I, Command>>(), 0)
        : 0),
   ...);
  return out;
}

template <size_t... I>
std::vector<std::string_view> types_at(std::index_sequence<I...>) {
  return {std::variant_alternative_t<I, Command>::type...};
}

constexpr auto kAll = std::make_index_sequence<std::variant_size_v<Command>>();

}  // namespace

std::string_view command_type(const Command& command) {
  return std::visit([](const auto& c) { return std::remove_cvref_t<decltype(c)>::type; }, command);
}

std::optional<Command> decode_command(std::string_view type, const nlohmann::json& args, std::string& error) {
  error.clear();
  return decode_at(type, args, error, kAll);
}

Action encode_command(const Command& command) {
  return {std::string(command_type(command)), std::visit([](const auto& c) { return encode_typed(c); }, command)};
}

const std::vector<std::string_view>& command_types() {
  static const std::vector<std::string_view> types = types_at(kAll);  // asked at every dispatch while a frame draws
  return types;
}

std::vector<FieldSpec> command_args(std::string_view type) {
  return args_at(type, kAll);
}

}  // namespace cabinet::app
