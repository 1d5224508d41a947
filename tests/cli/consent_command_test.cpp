#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.hpp"
#include "consents/consent_book.hpp"
#include "consents/receipt.hpp"

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
