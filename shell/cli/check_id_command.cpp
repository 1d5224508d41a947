// cabinet-cli check-id KIND VALUE [--bik BIK] | check-id --batch FILE: the
// identifier checks of core/ids from outside, with the Russian messages.
#include <filesystem>
#include <fstream>
#include <ostream>

#include "command.hpp"
#include "i18n/catalog.hpp"
#include "ids/ids.hpp"
#include "ids/messages.hpp"

namespace cabinet::cli {
namespace {

constexpr const char* kUsage = "usage: cabinet-cli check-id KIND VALUE [--bik BIK] | check-id --batch FILE\n";

void print_kinds(std::ostream& out) {
  out << "Виды:";
  for (const ids::KindInfo& kind : ids::kinds()) out << " " << kind.name;
  out << "\n";
}

int check_one(const Args& args, Io& io) {
  ids::Options options;
  if (args.size() == 4 && args[2] == "--bik") {
    options.bik = args[3];
  } else if (args.size() != 2) {
    io.err << kUsage;
    return kExitUsage;
  }
  if (!ids::find_kind(args[0])) {
    io.err << "Неизвестный вид идентификатора: " << args[0] << "\n";
    print_kinds(io.err);
    return kExitUsage;
  }
  const ids::Result result = ids::check(args[0], args[1], options);
  if (result.ok()) {
    io.out << result.normalized << "\n";
    return kExitOk;
  }
  if (result.code == ids::Code::kBikMissing) {
    io.err << "Для вида " << args[0] << " нужен БИК банка: --bik BIK\n";
    return kExitUsage;
  }
  io.out << ids::message(i18n::Catalog::load("ru"), result) << "\n";
  return kExitInvalid;
}

// One verdict per line: "KIND<TAB>VALUE[<TAB>BIK]" -> "valid" or "invalid<TAB>CODE".
std::string check_line(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const size_t tab = line.find('\t');
  const std::string_view kind = line.substr(0, tab);
  std::string_view value = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
  ids::Options options;
  if (const size_t second = value.find('\t'); second != std::string_view::npos) {
    options.bik = std::string(value.substr(second + 1));
    value = value.substr(0, second);
  }
  if (!ids::find_kind(kind)) return "invalid\tunknown_kind";
  const ids::Result result = ids::check(kind, value, options);
  return result.ok() ? "valid" : "invalid\t" + std::string(ids::code_name(result.code));
}

int check_batch(const std::string& path, Io& io) {
  std::error_code error;
  std::ifstream in;
  if (!std::filesystem::is_directory(path, error)) in.open(path, std::ios::binary);
  if (!in.is_open()) {
    io.err << "Не удалось прочитать файл: " << path << "\n";
    return kExitUsage;
  }
  bool all_valid = true;
  std::string line;
  while (std::getline(in, line)) {
    const std::string verdict = check_line(line);
    all_valid = all_valid && verdict == "valid";
    io.out << verdict << "\n";
  }
  if (in.bad()) {
    io.err << "Не удалось дочитать файл: " << path << "\n";
    return kExitUsage;
  }
  return all_valid ? kExitOk : kExitInvalid;
}

int run_check_id(const Args& args, Io& io) {
  if (!args.empty() && args[0] == "--batch") {
    if (args.size() != 2) {
      io.err << kUsage;
      return kExitUsage;
    }
    return check_batch(args[1], io);
  }
  return check_one(args, io);
}

CABINET_CLI_COMMAND("check-id", "check-id KIND VALUE [--bik BIK] | check-id --batch FILE",
                    "check a SNILS, INN, account, phone, date... (exit 0 valid, 1 invalid with the message, 2 usage); "
                    "--batch: KIND<TAB>VALUE[<TAB>BIK] per line",
                    run_check_id);

}  // namespace
}  // namespace cabinet::cli
