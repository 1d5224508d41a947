#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.hpp"

using cabinet::cli::testing::CliResult;
using cabinet::cli::testing::run;
using cabinet::cli::testing::write_temp;

TEST(CheckIdCli, ValidPrintsTheNormalizedValue) {
  const CliResult snils = run({"check-id", "snils", "11223344595"});
  EXPECT_EQ(snils.code, 0) << snils.err;
  EXPECT_EQ(snils.out, "112-233-445 95\n");
  EXPECT_EQ(run({"check-id", "phone", "8 (912) 345-67-89"}).out, "+79123456789\n");
  EXPECT_EQ(run({"check-id", "amount", "1 500,5"}).out, "1500.50\n");
  EXPECT_EQ(run({"check-id", "passport-office-code", "770001"}).out, "770-001\n");
  const CliResult corr = run({"check-id", "corr-account", "30101810400000000225", "--bik", "044525225"});
  EXPECT_EQ(corr.code, 0) << corr.out << corr.err;
}

TEST(CheckIdCli, InvalidPrintsTheRussianMessage) {
  const CliResult snils = run({"check-id", "snils", "112-233-445 94"});
  EXPECT_EQ(snils.code, 1);
  EXPECT_EQ(snils.out, "Контрольное число СНИЛС не совпадает. Проверьте номер по документу.\n");
  const CliResult inn = run({"check-id", "inn", "12345"});
  EXPECT_EQ(inn.code, 1);
  EXPECT_NE(inn.out.find("введено цифр: 5"), std::string::npos) << inn.out;
  const CliResult account = run({"check-id", "account", "30101810400000000225", "--bik", "044525225"});
  EXPECT_EQ(account.code, 1);
  EXPECT_NE(account.out.find("не подходит к БИК"), std::string::npos) << account.out;
}

TEST(CheckIdCli, UsageErrors) {
  EXPECT_EQ(run({"check-id"}).code, 2);
  EXPECT_EQ(run({"check-id", "snils"}).code, 2);
  EXPECT_EQ(run({"check-id", "snils", "1", "2"}).code, 2);
  EXPECT_EQ(run({"check-id", "snils", "1", "--bik"}).code, 2);
  EXPECT_EQ(run({"check-id", "--batch"}).code, 2);
  const CliResult unknown = run({"check-id", "vin", "123"});
  EXPECT_EQ(unknown.code, 2);
  EXPECT_NE(unknown.err.find("Неизвестный вид"), std::string::npos);
  EXPECT_NE(unknown.err.find("corr-account"), std::string::npos);
  const CliResult no_bik = run({"check-id", "account", "40817810000001234567"});
  EXPECT_EQ(no_bik.code, 2);
  EXPECT_NE(no_bik.err.find("--bik"), std::string::npos);
  EXPECT_NE(run({"--help"}).out.find("check-id KIND VALUE"), std::string::npos);
}

TEST(CheckIdCli, BatchPrintsOneVerdictPerLineInOrder) {
  const std::string file = write_temp("batch.tsv",
                                      "snils\t112-233-445 95\n"
                                      "snils\t112-233-445 94\r\n"
                                      "inn\t7707083893\n"
                                      "corr-account\t30101810400000000225\t044525225\n"
                                      "account\t30101810400000000225\n"
                                      "\n"
                                      "vin\t123\n"
                                      "date\t31.04.2025\n"
                                      "phone\t" +
                                          std::string("+7\0", 3) +
                                          "\n"
                                          "email\t\xFF@mail.ru\n"
                                          "amount\t-5");
  const CliResult result = run({"check-id", "--batch", file});
  EXPECT_EQ(result.code, 1);
  EXPECT_EQ(result.out,
            "valid\n"
            "invalid\tchecksum\n"
            "valid\n"
            "valid\n"
            "invalid\tbik_missing\n"
            "invalid\tunknown_kind\n"
            "invalid\tunknown_kind\n"
            "invalid\tcalendar\n"
            "invalid\tformat\n"
            "invalid\tinvalid_utf8\n"
            "invalid\tnegative\n");
  std::filesystem::remove(file);

  const std::string all_valid = write_temp("valid.tsv", "bik\t044525225\nogrn\t1027700132195\n");
  const CliResult ok = run({"check-id", "--batch", all_valid});
  EXPECT_EQ(ok.code, 0);
  EXPECT_EQ(ok.out, "valid\nvalid\n");
  std::filesystem::remove(all_valid);
}

TEST(CheckIdCli, BatchWithAnUnreadableFileSaysSoInRussian) {
  const CliResult missing = run({"check-id", "--batch", "/nonexistent/ids.tsv"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.out, "");
  EXPECT_EQ(missing.err, "Не удалось прочитать файл: /nonexistent/ids.tsv\n");
  const CliResult directory = run({"check-id", "--batch", std::filesystem::temp_directory_path().string()});
  EXPECT_EQ(directory.code, 2);
  EXPECT_NE(directory.err.find("Не удалось прочитать файл"), std::string::npos);
}
