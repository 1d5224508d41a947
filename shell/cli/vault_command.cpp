// cabinet-cli vault inspect FILE: opens a vault (password on stdin, one line)
// and prints what is in it without printing the content itself.
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "i18n/catalog.hpp"
#include "vault/vault.hpp"

namespace cabinet::cli {
namespace {

std::string_view json_type(const nlohmann::json& value) {
  if (value.is_object()) return "object";
  if (value.is_array()) return "array";
  if (value.is_string()) return "string";
  if (value.is_boolean()) return "boolean";
  if (value.is_number()) return "number";
  return "null";
}

nlohmann::json describe_content(const std::string& plaintext) {
  const nlohmann::json content = nlohmann::json::parse(plaintext, nullptr, false);
  if (content.is_discarded()) return {{"json", false}};
  nlohmann::json out = {{"json", true}, {"type", json_type(content)}};
  if (!content.is_object()) return out;
  nlohmann::json keys = nlohmann::json::object();
  for (const auto& [key, value] : content.items()) {
    nlohmann::json item = {{"type", json_type(value)}};
    if (value.is_object() || value.is_array()) item["count"] = value.size();
    keys[key] = item;
  }
  out["keys"] = keys;
  return out;
}

int run_inspect(const std::string& path, Io& io) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    io.err << "Не удалось открыть файл: " << path << "\n";
    return kExitUsage;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = buffer.str();

  std::string password;
  if (!std::getline(io.in, password)) {
    io.err << "vault: введите пароль одной строкой в стандартный ввод\n";
    return kExitUsage;
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();

  const vault::OpenResult opened = vault::open(bytes, password);
  if (!opened.ok()) {
    const i18n::Catalog ru = i18n::Catalog::load("ru");
    io.err << "vault: " << ru.tr(vault::vault_error_key(opened.error)) << " (" << vault::vault_error_id(opened.error)
           << ")\n";
    return kExitInvalid;
  }
  const vault::Header& h = opened.header;
  const nlohmann::json summary = {{"format_version", h.version},
                                  {"kdf",
                                   {{"algorithm", "argon2id13"},
                                    {"opslimit", h.kdf.opslimit},
                                    {"memlimit", h.kdf.memlimit},
                                    {"memlimit_kib", h.kdf.memlimit / 1024}}},
                                  {"file_size", bytes.size()},
                                  {"header_size", vault::kHeaderBytes},
                                  {"ciphertext_size", h.ciphertext_size},
                                  {"content_size", opened.plaintext.size()},
                                  {"content", describe_content(opened.plaintext)}};
  io.out << summary.dump(2) << "\n";
  return kExitOk;
}

int run_vault_command(const Args& args, Io& io) {
  if (args.size() != 2 || args[0] != "inspect") {
    io.err << "Использование: cabinet-cli vault inspect FILE (пароль — одной строкой в стандартный ввод)\n";
    return kExitUsage;
  }
  return run_inspect(args[1], io);
}

CABINET_CLI_COMMAND("vault", "vault inspect FILE",
                    "open an encrypted vault (password on stdin) and print its format, KDF parameters, sizes and "
                    "top-level keys as JSON",
                    run_vault_command);

}  // namespace
}  // namespace cabinet::cli
