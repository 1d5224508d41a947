// cabinet-cli consent verify FILE: checks a signed consent receipt (Kantara CR v1.1).
// cabinet-cli consent pdf BOOK.json ID OUT.pdf [--font FONT.ttf] [--lang LANG]:
// the consent ID of a consent book (ConsentBook::to_json) as a printable PDF.
#include <algorithm>
#include <fstream>
#include <ostream>
#include <sstream>

#include "command.hpp"
#include "consents/receipt.hpp"
#include "consents/receipt_pdf.hpp"
#include "i18n/catalog.hpp"
#include "text/utf8.hpp"

// The DejaVu Sans of Debian's fonts-dejavu-core, found by CMake.
#ifndef CABINET_PDF_FONT
#define CABINET_PDF_FONT ""
#endif

namespace cabinet::cli {
namespace {

using json = nlohmann::json;

int fail(Io& io, const i18n::Catalog& ru, std::string_view key, const std::string& path, int code) {
  io.err << ru.tr(key, {{"file", path}}) << "\n";
  return code;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return !in.bad();
}

// Reads a UTF-8 JSON file; on failure prints why and returns false.
bool read_json(const std::string& path, Io& io, const i18n::Catalog& ru, json& out) {
  std::string text;
  std::string_view problem;
  if (!read_file(path, text))
    problem = "consents.cli.unreadable";
  else if (text::trim(text).empty())
    problem = "consents.cli.empty";
  else if (!text::is_valid_utf8(text))
    problem = "consents.cli.not_utf8";
  else if (out = json::parse(text, nullptr, false); out.is_discarded())
    problem = "consents.cli.not_json";
  if (problem.empty()) return true;
  fail(io, ru, problem, path, kExitUsage);
  return false;
}

int run_verify(const std::string& path, Io& io) {
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  json receipt;
  if (!read_json(path, io, ru, receipt)) return kExitUsage;
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

int usage(Io& io) {
  io.err << i18n::Catalog::load("ru").tr("consents.cli.usage") << "\n";
  return kExitUsage;
}

int run_pdf(const Args& args, Io& io) {
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  std::vector<std::string> positional;
  std::string font_path = CABINET_PDF_FONT, language(i18n::kDefaultLanguage);
  for (size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "--font" || args[i] == "--lang") && i + 1 < args.size()) {
      (args[i] == "--font" ? font_path : language) = args[i + 1];
      ++i;
    } else if (args[i].starts_with("--")) {
      return usage(io);
    } else {
      positional.push_back(args[i]);
    }
  }
  const auto languages = i18n::available_languages();
  if (positional.size() != 3 || font_path.empty() ||
      std::find(languages.begin(), languages.end(), language) == languages.end())
    return usage(io);
  const std::string &book_path = positional[0], &id = positional[1], &out_path = positional[2];

  json book_json;
  if (!read_json(book_path, io, ru, book_json)) return kExitUsage;
  const auto book = consents::ConsentBook::from_json(book_json);
  if (!book) return fail(io, ru, "consents.cli.not_book", book_path, kExitInvalid);
  const consents::ConsentRecord* record = book->find(id);
  if (!record) {
    io.err << ru.tr("consents.cli.unknown_consent", {{"id", id}, {"file", book_path}}) << "\n";
    return kExitInvalid;
  }
  std::string font;
  if (!read_file(font_path, font)) return fail(io, ru, "consents.cli.unreadable", font_path, kExitUsage);
  const auto pdf = consents::consent_receipt_pdf(*record, book->history_of(id), font, i18n::Catalog::load(language));
  if (!pdf.ok()) {
    io.err << ru.tr("consents.cli.bad_font", {{"file", font_path}, {"reason", pdf::font_error_id(pdf.error)}}) << "\n";
    return kExitUsage;
  }
  std::ofstream out(out_path, std::ios::binary);
  out << pdf.bytes;
  out.close();
  if (!out) return fail(io, ru, "consents.cli.unwritable", out_path, kExitUsage);
  io.out << ru.tr("consents.cli.pdf_written", {{"file", out_path}, {"pages", pdf.pages}}) << "\n";
  return kExitOk;
}

int run_consent_command(const Args& args, Io& io) {
  if (args.size() == 2 && args[0] == "verify") return run_verify(args[1], io);
  if (!args.empty() && args[0] == "pdf") return run_pdf(Args(args.begin() + 1, args.end()), io);
  return usage(io);
}

CABINET_CLI_COMMAND("consent", "consent verify FILE | consent pdf BOOK.json ID OUT.pdf [--font FONT.ttf] [--lang en]",
                    "check a signed consent receipt (Kantara CR v1.1): print OK with its id, or why it is not valid; "
                    "or write consent ID of a consent book as a printable PDF (DejaVu Sans by default)",
                    run_consent_command);

}  // namespace
}  // namespace cabinet::cli
