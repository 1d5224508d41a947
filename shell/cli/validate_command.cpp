// cabinet-cli validate FORM.json DATA.json: checks a submission against a
// JSON Schema draft-07 (a bare schema or a form definition with "schema") and
// prints {"errors": [{"path", "code", "params", "message"}]} with the Russian
// messages of assets/i18n/ru/forms.json. Exit 0 valid, 1 invalid, 2 when an
// input file cannot be used (missing, empty, huge, not UTF-8, not JSON).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "command.hpp"
#include "forms/messages.hpp"
#include "forms/schema_validator.hpp"
#include "i18n/catalog.hpp"
#include "text/utf8.hpp"

namespace cabinet::cli {
namespace {

using nlohmann::json;

constexpr std::uintmax_t kMaxFileBytes = 10 * 1024 * 1024;

// Records where parsing stopped; accepts everything else (nothing is built).
struct ErrorPosition : nlohmann::json_sax<json> {
  size_t position = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t at, const std::string&, const nlohmann::detail::exception&) override {
    position = at;
    return false;
  }
};

// "строка 3, символ 14" for a byte offset (1-based, characters counted as code points).
std::string line_and_column(const std::string& text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i + 1 < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
      ++column;
    }
  }
  return "строка " + std::to_string(line) + ", символ " + std::to_string(column);
}

// Reads and parses a JSON file; prints a Russian message and returns false on failure.
bool read_json_file(const std::string& path, const char* what, json& out, Io& io) {
  std::error_code error;
  const std::string name = std::string("Файл ") + what + " «" + path + "»";
  if (std::filesystem::is_directory(path, error)) {
    io.err << name << " — это папка, а нужен файл JSON.\n";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) {
    io.err << name << " не удалось открыть: проверьте путь и права доступа.\n";
    return false;
  }
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > kMaxFileBytes) {
    io.err << name << " слишком большой: " << size / (1024 * 1024) << " МБ, допускается не больше "
           << kMaxFileBytes / (1024 * 1024) << " МБ.\n";
    return false;
  }
  std::string text;
  {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  }
  if (text.size() > kMaxFileBytes) {  // not a regular file (a pipe): its size is known only now
    io.err << name << " слишком большой: допускается не больше " << kMaxFileBytes / (1024 * 1024) << " МБ.\n";
    return false;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    io.err << name << " пуст.\n";
    return false;
  }
  if (!text::is_valid_utf8(text)) {
    io.err << name << " не в кодировке UTF-8: сохраните его в UTF-8.\n";
    return false;
  }
  out = json::parse(text, nullptr, false);
  if (out.is_discarded()) {
    ErrorPosition where;
    json::sax_parse(text, &where, json::input_format_t::json, false);
    io.err << name << " не является корректным JSON: ошибка около места «" << line_and_column(text, where.position)
           << "».\n";
    return false;
  }
  return true;
}

int run_validate(const Args& args, Io& io) {
  if (args.size() != 2) {
    io.err << "usage: cabinet-cli validate FORM.json DATA.json\n";
    return kExitUsage;
  }
  json form, data;
  if (!read_json_file(args[0], "схемы", form, io) || !read_json_file(args[1], "данных", data, io)) return kExitUsage;
  const json& schema = forms::schema_of(form);
  if (!schema.is_object() && !schema.is_boolean()) {
    io.err << "Файл схемы «" << args[0] << "» не содержит схему: нужен объект JSON Schema или форма с полем \"schema\".\n";
    return kExitUsage;
  }
  const forms::SchemaValidator validator(schema);
  const std::vector<forms::ValidationError> errors = validator.validate(data);
  const i18n::Catalog catalog = i18n::Catalog::load("ru");
  json out = {{"errors", json::array()}};
  for (const forms::ValidationError& error : errors) {
    out["errors"].push_back({{"path", error.instance_path},
                             {"code", error.keyword},
                             {"params", error.params},
                             {"message", forms::message(catalog, error)}});
  }
  io.out << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  return errors.empty() ? kExitOk : kExitInvalid;
}

CABINET_CLI_COMMAND("validate", "validate FORM.json DATA.json",
                    "check data against a JSON Schema draft-07 (or a form with \"schema\"); print the errors as JSON "
                    "with Russian messages (exit 0 valid, 1 invalid, 2 unreadable input)",
                    run_validate);

}  // namespace
}  // namespace cabinet::cli
