// cabinet-cli totp: one-time codes (RFC 6238) for interoperability checks
// against authenticator apps and other implementations.
#include <charconv>
#include <chrono>
#include <limits>
#include <map>
#include <ostream>
#include <set>

#include "auth/base32.hpp"
#include "auth/sodium.hpp"
#include "auth/totp.hpp"
#include "command.hpp"

namespace cabinet::cli {
namespace {

constexpr const char* kUsage =
    "totp (--secret-hex HEX | --secret-base32 B32) [--time UNIX] [--digits 6..8] [--algo sha1|sha256|sha512] "
    "[--period SECONDS]";

std::optional<int64_t> parse_integer(const std::string& text) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int usage_error(Io& io, const std::string& message) {
  io.err << "totp: " << message << "\nИспользование: cabinet-cli " << kUsage << "\n";
  return kExitUsage;
}

int run_totp_command(const Args& args, Io& io) {
  static const std::set<std::string> kOptions = {"--secret-hex", "--secret-base32", "--time",
                                                 "--digits",     "--algo",          "--period"};
  std::map<std::string, std::string> given;
  for (size_t i = 0; i < args.size(); i += 2) {
    if (!kOptions.count(args[i])) return usage_error(io, "неизвестный параметр «" + args[i] + "»");
    if (i + 1 >= args.size()) return usage_error(io, "после " + args[i] + " нужно значение");
    if (given.count(args[i])) return usage_error(io, "параметр " + args[i] + " указан дважды");
    given[args[i]] = args[i + 1];
  }

  std::optional<std::string> secret;
  if (given.count("--secret-hex") == given.count("--secret-base32"))
    return usage_error(io, "укажите секрет: либо --secret-hex, либо --secret-base32");
  if (given.count("--secret-hex")) {
    secret = auth::from_hex(given["--secret-hex"]);
    if (!secret) return usage_error(io, "секрет --secret-hex должен состоять из пар шестнадцатеричных цифр (0-9, a-f)");
  } else {
    secret = auth::base32_decode(given["--secret-base32"]);
    if (!secret) return usage_error(io, "секрет --secret-base32 записан с ошибкой (допустимы A-Z и 2-7)");
  }
  if (secret->empty()) return usage_error(io, "секрет пуст");

  auth::TotpParams params;
  if (given.count("--algo")) {
    const auto algorithm = auth::otp_algorithm_from_name(given["--algo"]);
    if (!algorithm) return usage_error(io, "алгоритм --algo должен быть sha1, sha256 или sha512");
    params.algorithm = *algorithm;
  }
  if (given.count("--digits")) {
    const auto digits = parse_integer(given["--digits"]);
    if (!digits || *digits < auth::kMinOtpDigits || *digits > auth::kMaxOtpDigits)
      return usage_error(io, "число цифр --digits должно быть от 6 до 8");
    params.digits = static_cast<int>(*digits);
  }
  if (given.count("--period")) {
    const auto period = parse_integer(given["--period"]);
    if (!period || *period < 1 || *period > 86400)
      return usage_error(io, "период --period должен быть от 1 до 86400 секунд");
    params.period_seconds = static_cast<int>(*period);
  }
  int64_t unix_ms;
  if (given.count("--time")) {
    const auto seconds = parse_integer(given["--time"]);
    if (!seconds || *seconds < 0 || *seconds > std::numeric_limits<int64_t>::max() / 1000)
      return usage_error(io, "время --time должно быть неотрицательным числом секунд Unix");
    unix_ms = *seconds * 1000;
  } else {
    unix_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
  }
  io.out << *auth::totp(*secret, unix_ms, params) << "\n";
  return kExitOk;
}

CABINET_CLI_COMMAND("totp", kUsage, "print the TOTP code (RFC 6238) of a secret at a Unix time (default: now)",
                    run_totp_command);

}  // namespace
}  // namespace cabinet::cli
