// cabinet-cli consent verify FILE: checks a signed consent receipt (Kantara CR v1.1).
#include <fstream>
#include <ostream>
#include <sstream>

#include "command.hpp"
#include "consents/receipt.hpp"
#include "i18n/catalog.hpp"
#include "text/utf8.hpp"

namespace cabinet::cli {
namespace {

using json = nlohmann::json;

int fail(Io& io, const i18n::Catalog& ru, std::string_view key, const std::string& path, int code) {
  io.err << ru.tr(key, {{"file", path}}) << "\n";
  return code;
}

int run_verify(const std::string& path, Io& io) {
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(io, ru, "consents.cli.unreadable", path, kExitUsage);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return fail(io, ru, "consents.cli.unreadable", path, kExitUsage);
  const std::string text = buffer.str();
  if (text::trim(text).empty()) return fail(io, ru, "consents.cli.empty", path, kExitUsage);
  if (!text::is_valid_utf8(text)) return fail(io, ru, "consents.cli.not_utf8", path, kExitUsage);
  const json receipt = json::parse(text, nullptr, false);
  if (receipt.is_discarded()) return fail(io, ru, "consents.cli.not_json", path, kExitUsage);
  switch (consents::verify_receipt(receipt)) {
    case submission::Verdict::valid:
      io.out << ru.tr("consents.cli.ok", {{"id", receipt["consentReceiptID"]}}) << "\n";
      return kExitOk;
    case submission::Verdict::bad_signature:
      io.out << ru.tr("consents.cli.bad_signature", {{"file", path}}) << "\n";
      return kExitInvalid;
    case submission::Verdict::malformed:
      break;
  }
  io.out << ru.tr("consents.cli.malformed", {{"file", path}}) << "\n";
  return kExitInvalid;
}

int run_consent_command(const Args& args, Io& io) {
  if (args.size() != 2 || args[0] != "verify") {
    io.err << i18n::Catalog::load("ru").tr("consents.cli.usage") << "\n";
    return kExitUsage;
  }
  return run_verify(args[1], io);
}

CABINET_CLI_COMMAND("consent", "consent verify FILE",
                    "check a signed consent receipt (Kantara CR v1.1): print OK with its id, or why it is not valid",
                    run_consent_command);

}  // namespace
}  // namespace cabinet::cli
