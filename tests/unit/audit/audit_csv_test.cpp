#include "audit/audit_csv.hpp"

#include <gtest/gtest.h>

#include "audit/actions.hpp"
#include "time/iso8601.hpp"

using namespace cabinet::audit;

TEST(AuditCsv, FormulaInjectionIsNeutralized) {
  for (const char* risky : {"=1+2", "+7 916 555-44-33", "-5", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")",
                            "＝1+2", "＋1", "－1", "＠x"})
    EXPECT_EQ(neutralize_formula(risky), std::string("'") + risky) << risky;
  for (const char* safe : {"", "a=b", "1+2", "Анна", "'=already", " =1", "{\"a\":1}"})
    EXPECT_EQ(neutralize_formula(safe), safe) << safe;
}

TEST(AuditCsv, Rfc4180Quoting) {
  EXPECT_EQ(csv_cell("plain"), "plain");
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_cell("cr\rhere"), "\"cr\rhere\"");
  // Neutralized first, then quoted: the apostrophe is inside the quotes.
  EXPECT_EQ(csv_cell("=cmd|' /C calc'!A0,x"), "\"'=cmd|' /C calc'!A0,x\"");
  EXPECT_EQ(csv_cell("\rcmd"), "\"'\rcmd\"");
  EXPECT_EQ(csv_cell("-1,\"2\""), "\"'-1,\"\"2\"\"\"");
}

TEST(AuditCsv, ExportWithRussianHeadersAndLabels) {
  AuditLog log;
  log.append(*cabinet::time::parse_iso("2026-11-23T09:00:05Z"), "citizen", actions::kSignIn, "session",
             {{"device", "Firefox"}});
  log.append(*cabinet::time::parse_iso("2026-11-23T21:30:00Z"), "=HYPERLINK(\"http://evil\")", "custom_action",
             "-profile", nlohmann::json::object());
  const auto ru = cabinet::i18n::Catalog::load("ru");
  const std::string csv = to_csv(log.entries(), ru);
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "№,Дата и время (UTC+3),Кто,Действие,Объект,Подробности\r\n"
            "1,23.11.2026 12:00:05,citizen,Вход,session,\"{\"\"device\"\":\"\"Firefox\"\"}\"\r\n"
            "2,24.11.2026 00:30:00,\"'=HYPERLINK(\"\"http://evil\"\")\",custom_action,'-profile,\r\n");

  const auto en = cabinet::i18n::Catalog::load("en");
  const std::string english = to_csv(log.entries(), en, {.utc_offset_minutes = -90, .byte_order_mark = false});
  EXPECT_EQ(english.substr(0, english.find("\r\n")), "No.,Date and time (UTC-1:30),Who,Action,Object,Details");
  EXPECT_NE(english.find("23.11.2026 07:30:05,citizen,Sign-in"), std::string::npos);
}
