#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "cli_runner.hpp"
#include "consents/consent_book.hpp"
#include "consents/receipt.hpp"
#include "support/test_paths.hpp"

namespace {

using cabinet::cli::testing::run;
using cabinet::cli::testing::write_temp;
using nlohmann::json;
namespace consents = cabinet::consents;

json receipt() {
  const auto key = cabinet::submission::generate_signing_key([](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>(i * 3 + 5);
  });
  consents::ConsentRecord r;
  r.subject = {"Иванова Анна Петровна", "г. Москва", {"passport_rf", "4510 123456", "2015-03-12", "ОВД"}};
  r.operator_party = {"Социальный фонд России", "г. Москва, ул. Шаболовка, д. 4", "info@sfr.gov.ru", "8-800"};
  r.purpose = "document_sharing";
  r.categories = {"snils"};
  r.actions = {"передача"};
  r.method = consents::ProcessingMethod::automated;
  r.withdrawal_method = "в личном кабинете";
  r.recipient = "Банк";
  r.valid_until_ms = 1'800'000'000'000;
  consents::ConsentBook book;
  auto given = book.give(r, true, key, 1'795'424'400'000, "citizen");
  return consents::export_receipt(*book.find(given.consent_id), key);
}

}  // namespace

TEST(ConsentCommand, PrintsOkWithTheReceiptId) {
  const json r = receipt();
  const std::string file = write_temp("consent-ok.json", r.dump(2));
  const auto result = run({"consent", "verify", file});
  EXPECT_EQ(result.code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("OK"), std::string::npos);
  EXPECT_NE(result.out.find(r["consentReceiptID"].get<std::string>()), std::string::npos) << result.out;
  std::filesystem::remove(file);
}

TEST(ConsentCommand, BadSignatureOrNotAReceiptIsExitOne) {
  json r = receipt();
  r["services"][0]["service"] = "Другой банк";
  const std::string tampered = write_temp("consent-tampered.json", r.dump());
  auto result = run({"consent", "verify", tampered});
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.out.find("Подпись квитанции о согласии недействительна"), std::string::npos) << result.out;
  const std::string other = write_temp("consent-other.json", R"({"hello": "мир"})");
  result = run({"consent", "verify", other});
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.out.find("не является квитанцией о согласии"), std::string::npos) << result.out;
  for (const auto& f : {tampered, other}) std::filesystem::remove(f);
}

TEST(ConsentCommand, UnreadableEmptyNotUtf8OrNotJsonIsExitTwo) {
  const std::pair<std::string, const char*> cases[] = {{"", "Файл пуст"},
                                                       {" \n", "Файл пуст"},
                                                       {"{\"a\":\"\xff\"}", "не в кодировке UTF-8"},
                                                       {"{not json", "не является JSON"},
                                                       {"{\"a\":1} trailing", "не является JSON"}};
  for (const auto& [content, message] : cases) {
    const std::string file = write_temp("consent-bad.json", content);
    const auto result = run({"consent", "verify", file});
    EXPECT_EQ(result.code, 2) << content;
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
    std::filesystem::remove(file);
  }
  auto result = run({"consent", "verify", "/nonexistent/receipt.json"});
  EXPECT_EQ(result.code, 2);
  EXPECT_NE(result.err.find("Не удалось открыть файл"), std::string::npos);
  EXPECT_EQ(run({"consent"}).code, 2);
  EXPECT_EQ(run({"consent", "check", "x"}).code, 2);
  EXPECT_NE(run({"consent"}).err.find("consent verify FILE"), std::string::npos);
}

namespace {

// A consent book with one consent given through a representative and withdrawn.
std::string book_file(std::string& id) {
  const auto key = cabinet::submission::generate_signing_key([](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>(i * 5 + 1);
  });
  consents::ConsentRecord r;
  r.subject = {
      "Петрова Мария Ивановна", "г. Тверь, ул. Советская, д. 3", {"passport_rf", "2810 654321", "2012-05-04", "УФМС"}};
  r.representative = consents::Representative{
      {"Петров Иван Ильич", "г. Тверь", {"passport_rf", "2811 111111", "2011-01-01", "УФМС"}}, "69 АА 7654321"};
  r.operator_party = {"Социальный фонд России", "г. Москва, ул. Шаболовка, д. 4", "", ""};
  r.purpose = "registry_autofill";
  r.categories = {"snils", "income"};
  r.actions = {"сбор", "хранение"};
  r.method = consents::ProcessingMethod::automated;
  r.withdrawal_method = "в личном кабинете";
  r.recipient = "ПФР";
  r.valid_until_ms = 1'800'000'000'000;
  consents::ConsentBook book;
  id = book.give(r, true, key, 1'795'424'400'000, "citizen").consent_id;
  book.withdraw(id, 1'795'424'400'000 + 3'600'000, "citizen");
  return write_temp("consent-book.json", book.to_json().dump(2));
}

}  // namespace

TEST(ConsentCommand, PdfWritesTheConsentOfABook) {
  std::string id;
  const std::string book = book_file(id);
  const std::string out = write_temp("consent.pdf", "");
  auto result = run({"consent", "pdf", book, id, out});
  EXPECT_EQ(result.code, 0) << result.err;
  EXPECT_NE(result.out.find("PDF сохранён: " + out), std::string::npos) << result.out;
  std::ifstream in(out, std::ios::binary);
  const std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(pdf.rfind("%PDF-1.7\n", 0), 0u);
  EXPECT_NE(pdf.find("/FontName /DejaVuSans"), std::string::npos);  // the default font: full DejaVu Sans
  EXPECT_NE(pdf.find("/Lang (ru)"), std::string::npos);
  result = run({"consent", "pdf", "--lang", "en", book, id, out, "--font", cabinet::test::font_path("DejaVuSans.ttf")});
  EXPECT_EQ(result.code, 0) << result.err;
  std::ifstream again(out, std::ios::binary);
  const std::string english((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
  EXPECT_NE(english.find("/Lang (en)"), std::string::npos);
  EXPECT_LT(english.size(), pdf.size());  // the subset font is smaller
  std::filesystem::remove(out);
  std::filesystem::remove(book);
}

TEST(ConsentCommand, PdfReportsABadBookIdFontOrArguments) {
  std::string id;
  const std::string book = book_file(id);
  const std::string out = write_temp("consent-bad.pdf", "");
  auto result = run({"consent", "pdf", book, "C-999999", out});
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.err.find("нет согласия C-999999"), std::string::npos) << result.err;
  const std::string not_book = write_temp("consent-not-book.json", R"({"records": []})");
  result = run({"consent", "pdf", not_book, id, out});
  EXPECT_EQ(result.code, 1);
  EXPECT_NE(result.err.find("не является книгой согласий"), std::string::npos) << result.err;
  result = run({"consent", "pdf", book, id, out, "--font", not_book});
  EXPECT_EQ(result.code, 2);
  EXPECT_NE(result.err.find("Шрифт не подходит для PDF (not_truetype)"), std::string::npos) << result.err;
  result = run({"consent", "pdf", book, id, out, "--font", "/nonexistent/font.ttf"});
  EXPECT_EQ(result.code, 2);
  EXPECT_NE(result.err.find("Не удалось открыть файл: /nonexistent/font.ttf"), std::string::npos) << result.err;
  result = run({"consent", "pdf", book, id, "/nonexistent/dir/out.pdf"});
  EXPECT_EQ(result.code, 2);
  EXPECT_NE(result.err.find("Не удалось записать файл"), std::string::npos) << result.err;
  for (const cabinet::cli::Args& args :
       std::vector<cabinet::cli::Args>{{"consent", "pdf", book, id},
                                       {"consent", "pdf", book, id, out, "--lang", "de"},
                                       {"consent", "pdf", book, id, out, "--font"},
                                       {"consent", "pdf", book, id, out, "--verbose"}}) {
    result = run(args);
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("consent pdf BOOK.json ID OUT.pdf"), std::string::npos) << result.err;
  }
  for (const auto& f : {book, not_book, out}) std::filesystem::remove(f);
}
