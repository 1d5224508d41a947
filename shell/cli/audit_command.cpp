// cabinet-cli audit verify FILE: checks the hash chain of an audit log (JSONL).
#include <fstream>
#include <ostream>
#include <sstream>

#include "audit/audit_verify.hpp"
#include "command.hpp"
#include "i18n/catalog.hpp"

namespace cabinet::cli {
namespace {

// «1 запись», «2 записи», «5 записей», «21 запись», «11 записей».
std::string entries_ru(size_t count) {
  const size_t last_two = count % 100;
  const size_t last = count % 10;
  const char* word = "записей";
  if (last_two < 11 || last_two > 14) {
    if (last == 1)
      word = "запись";
    else if (last >= 2 && last <= 4)
      word = "записи";
  }
  return std::to_string(count) + " " + word;
}

int run_verify(const std::string& path, Io& io) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    io.err << "Не удалось открыть файл: " << path << "\n";
    return kExitUsage;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const audit::VerifyResult result = audit::verify_jsonl(buffer.str());
  if (result.ok()) {
    io.out << "OK (" << entries_ru(result.count) << ")\n";
    return kExitOk;
  }
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  io.out << ru.tr(audit::audit_problem_key(result.problem), {{"entry", result.entry}, {"line", result.line}}) << "\n("
         << audit::audit_problem_id(result.problem) << ": " << result.detail << ")\n";
  return kExitInvalid;
}

int run_audit_command(const Args& args, Io& io) {
  if (args.size() != 2 || args[0] != "verify") {
    io.err << "Использование: cabinet-cli audit verify FILE\n";
    return kExitUsage;
  }
  return run_verify(args[1], io);
}

CABINET_CLI_COMMAND("audit", "audit verify FILE",
                    "check the hash chain of an audit log (JSONL): print OK with the count, or the first broken entry",
                    run_audit_command);

}  // namespace
}  // namespace cabinet::cli
