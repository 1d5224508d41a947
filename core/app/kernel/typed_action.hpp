#pragma once
// Typed actions: one struct per thing a citizen (or the platform) can do, with
// its JSON name (`type`) and its arguments as members. `args()` lists each
// argument (arg<&A::member>("name")); from that one list the edge decodes the
// JSON vocabulary (decode_typed: a missing required argument, a wrongly typed
// one or an unknown name is refused with a message saying which) and encodes
// it back (encode_typed: scenarios, the README's tables, window.cabinet).
//
// Member types and what the JSON must hold:
//   std::string / int64_t / bool          required: text / a whole number / true or false
//   std::optional<...> of those           may be left out
//   std::vector<std::string>              optional: a list of texts
//   nlohmann::json                        optional: any value (checked by the handler)
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::app {

namespace typed_detail {

template <typename T>
struct is_optional : std::false_type {};
template <typename T>
struct is_optional<std::optional<T>> : std::true_type {};

inline bool read(const nlohmann::json& v, std::string& out) {
  if (!v.is_string()) return false;
  out = v.get<std::string>();
  return true;
}
inline bool read(const nlohmann::json& v, int64_t& out) {
  if (!v.is_number_integer()) return false;
  out = v.get<int64_t>();
  return true;
}
inline bool read(const nlohmann::json& v, bool& out) {
  if (!v.is_boolean()) return false;
  out = v.get<bool>();
  return true;
}
inline bool read(const nlohmann::json& v, std::vector<std::string>& out) {
  if (!v.is_array()) return false;
  out.clear();
  for (const nlohmann::json& item : v) {
    if (!item.is_string()) return false;
    out.push_back(item.get<std::string>());
  }
  return true;
}
inline bool read(const nlohmann::json& v, nlohmann::json& out) {
  out = v;
  return true;
}
template <typename T>
bool read(const nlohmann::json& v, std::optional<T>& out) {
  T value{};
  if (!read(v, value)) return false;
  out = std::move(value);
  return true;
}

template <typename T>
constexpr std::string_view kind() {
  if constexpr (is_optional<T>::value) {
    return kind<typename T::value_type>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    return "text";
  } else if constexpr (std::is_same_v<T, int64_t>) {
    return "a whole number";
  } else if constexpr (std::is_same_v<T, bool>) {
    return "true or false";
  } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
    return "a list of texts";
  } else {
    return "any value";
  }
}

template <typename T>
constexpr bool required() {
  return std::is_same_v<T, std::string> || std::is_same_v<T, int64_t> || std::is_same_v<T, bool>;
}

template <typename T>
void write(nlohmann::json& out, std::string_view name, const T& value) {
  if constexpr (is_optional<T>::value) {
    if (value) out[std::string(name)] = *value;
  } else if constexpr (std::is_same_v<T, nlohmann::json>) {
    if (!value.is_null()) out[std::string(name)] = value;
  } else {
    out[std::string(name)] = value;
  }
}

}  // namespace typed_detail

// One argument of a typed action: its JSON name, what it holds, and how it is
// read into (and written from) the action. Made by arg<&Action::member>("name").
struct FieldSpec {
  std::string_view name;
  std::string_view kind;
  bool required = false;
  bool (*read)(const nlohmann::json& value, void* action) = nullptr;
  void (*write)(nlohmann::json& out, std::string_view name, const void* action) = nullptr;
};

namespace typed_detail {

template <typename M>
struct member_of;
template <typename A, typename T>
struct member_of<T A::*> {
  using action = A;
  using type = T;
};

template <auto Member>
bool read_into(const nlohmann::json& value, void* action) {
  using A = typename member_of<decltype(Member)>::action;
  return read(value, static_cast<A*>(action)->*Member);
}

template <auto Member>
void write_from(nlohmann::json& out, std::string_view name, const void* action) {
  using A = typename member_of<decltype(Member)>::action;
  write(out, name, static_cast<const A*>(action)->*Member);
}

// The loop over the arguments, the same for every action: unknown names, missing and wrongly typed ones.
bool decode_fields(std::string_view type, const nlohmann::json& args, const FieldSpec* fields, size_t count,
                   void* action, std::string& error);
nlohmann::json encode_fields(const FieldSpec* fields, size_t count, const void* action);

}  // namespace typed_detail

template <auto Member>
constexpr FieldSpec arg(std::string_view name) {
  using T = typename typed_detail::member_of<decltype(Member)>::type;
  return {name, typed_detail::kind<T>(), typed_detail::required<T>(), &typed_detail::read_into<Member>,
          &typed_detail::write_from<Member>};
}

// The action `A` from its JSON arguments, or nullopt with `error` saying why.
template <typename A>
std::optional<A> decode_typed(const nlohmann::json& args, std::string& error) {
  static constexpr auto fields = A::args();
  A out{};
  if (!typed_detail::decode_fields(A::type, args, fields.data(), fields.size(), &out, error)) return std::nullopt;
  return out;
}

// The JSON arguments of `action` (what decode_typed reads back).
template <typename A>
nlohmann::json encode_typed(const A& action) {
  static constexpr auto fields = A::args();
  return typed_detail::encode_fields(fields.data(), fields.size(), &action);
}

// Every argument of `A` (the README's tables).
template <typename A>
std::vector<FieldSpec> typed_args() {
  static constexpr auto fields = A::args();
  return {fields.begin(), fields.end()};
}

// The bytes of a file an action carries: `content` as binary JSON (the browser's
// file picker), else `content_base64` (scenarios, the CLI); empty when neither reads.
std::string file_bytes(const nlohmann::json& content, const std::optional<std::string>& content_base64);

// The arguments of an action that carries a file: `content` as binary JSON (the
// browser's picker) or `content_base64` (scenarios, the CLI); `declared_size` is
// the size the picker saw. An action with only these derives from it and lists
// them with file_args<Action>() (a standard-layout first base, so the decoder's
// pointer to the action is one to these members).
struct FileArgs {
  std::optional<std::string> name;
  nlohmann::json content;
  std::optional<std::string> content_base64;
  std::optional<int64_t> declared_size;
};
template <typename A>
constexpr auto file_args() {
  static_assert(std::is_standard_layout_v<A> && std::is_base_of_v<FileArgs, A>);
  return std::array{arg<&A::name>("name"), arg<&A::content>("content"), arg<&A::content_base64>("content_base64"),
                    arg<&A::declared_size>("declared_size")};
}

// A file an action carried (attach_file, drop_file, document_file), decoded:
// its name, its bytes and the size the picker saw (a huge file sends only that).
struct CarriedFile {
  std::string name, bytes;
  std::optional<int64_t> declared_size;
};
template <typename A>
CarriedFile carried_file(const A& action) {
  return {action.name.value_or(""), file_bytes(action.content, action.content_base64), action.declared_size};
}

}  // namespace cabinet::app
