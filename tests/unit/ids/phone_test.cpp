#include <gtest/gtest.h>

#include "ids/ids.hpp"

using namespace cabinet::ids;

TEST(Phone, NormalizesPlusSevenEightAndSeven) {
  for (const char* text : {"+7 (912) 345-67-89", "8 912 345 67 89", "79123456789", "+79123456789", "8(912)3456789",
                           "+7\u00A0912\u00A0345\u201167\u201189"}) {
    const Result result = check_phone(text);
    EXPECT_TRUE(result.ok()) << text;
    EXPECT_EQ(result.normalized, "+79123456789") << text;
  }
  EXPECT_EQ(check_phone("8 (800) 100-00-00").normalized, "+78001000000");
  EXPECT_EQ(check_phone("+7 495 123-45-67").normalized, "+74951234567");
  EXPECT_EQ(check_phone("8 3812 12-34-56").normalized, "+73812123456");
}

TEST(Phone, RejectsOtherCountriesAndLengths) {
  EXPECT_EQ(check_phone("+8 912 345-67-89").code, Code::kFormat);
  EXPECT_EQ(check_phone("+380 44 123 4567").code, Code::kFormat);
  EXPECT_EQ(check_phone("912 345-67-89").code, Code::kFormat);  // no +7 or 8
  EXPECT_EQ(check_phone("+7 912 345-67-8").code, Code::kLength);
  EXPECT_EQ(check_phone("+7 912 345-67-8").params["count"], 10);
  EXPECT_EQ(check_phone("8 912 345-67-890").code, Code::kLength);
  EXPECT_EQ(check_phone("+7 701 123-45-67").code, Code::kRange);  // Kazakhstan
  EXPECT_EQ(check_phone("+7 612 345-67-89").code, Code::kRange);
  EXPECT_EQ(check_phone("+7 012 345-67-89").code, Code::kRange);
  EXPECT_EQ(check_phone("+7 912 345-67-89 доб. 12").code, Code::kFormat);
  EXPECT_EQ(check_phone("++79123456789").code, Code::kFormat);
  EXPECT_EQ(check_phone("7912345678+9").code, Code::kFormat);
  EXPECT_EQ(check_phone("+").code, Code::kFormat);
  EXPECT_EQ(check_phone("()").code, Code::kFormat);
}

TEST(Email, AcceptsPracticalAddressesAndCyrillic) {
  EXPECT_EQ(check_email("ivanova@mail.ru").normalized, "ivanova@mail.ru");
  EXPECT_EQ(check_email(" Ivan.Petrov+sfr@Example.COM ").normalized, "Ivan.Petrov+sfr@example.com");
  EXPECT_EQ(check_email("почта@пример.рф").normalized, "почта@пример.рф");
  EXPECT_EQ(check_email("почта@ПРИМЕР.РФ").normalized, "почта@пример.рф");
  EXPECT_TRUE(check_email("a@xn--e1afmkfd.xn--p1ai").ok());
  EXPECT_TRUE(check_email("o'neil_1@sub-domain.gov.ru").ok());
}

TEST(Email, TellsWhichPartIsWrong) {
  EXPECT_EQ(check_email("ivanova.mail.ru").code, Code::kFormat);
  EXPECT_EQ(check_email("a@b@mail.ru").code, Code::kFormat);
  EXPECT_EQ(check_email("@mail.ru").code, Code::kLocalPart);
  EXPECT_EQ(check_email(".ivan@mail.ru").code, Code::kLocalPart);
  EXPECT_EQ(check_email("ivan.@mail.ru").code, Code::kLocalPart);
  EXPECT_EQ(check_email("iv..an@mail.ru").code, Code::kLocalPart);
  EXPECT_EQ(check_email("iv an@mail.ru").code, Code::kLocalPart);
  EXPECT_EQ(check_email("ivan@").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@mail").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@mail.").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@.mail.ru").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@mail..ru").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@-mail.ru").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@mail-.ru").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@mail.r").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@mail.r2").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@mail_box.ru").code, Code::kDomain);
  EXPECT_EQ(check_email("ivan@[127.0.0.1]").code, Code::kDomain);
}

TEST(Email, LengthLimitsInBytes) {
  const std::string local64(64, 'a');
  EXPECT_TRUE(check_email(local64 + "@mail.ru").ok());
  const Result local65 = check_email(local64 + "a@mail.ru");
  EXPECT_EQ(local65.code, Code::kLocalLength);
  EXPECT_EQ(local65.params["max"], 64);
  // 32 Cyrillic letters are 64 bytes; 33 are over the limit.
  std::string cyrillic;
  for (int i = 0; i < 32; ++i) cyrillic += "ж";
  EXPECT_TRUE(check_email(cyrillic + "@mail.ru").ok());
  EXPECT_EQ(check_email(cyrillic + "ж@mail.ru").code, Code::kLocalLength);
  // Total: 254 bytes pass, 255 do not (labels of at most 63 characters).
  const std::string label(63, 'd');
  const std::string domain = label + "." + label + "." + label + "." + std::string(48, 'd') + ".ru";
  const std::string total254 = std::string(10, 'a') + "@" + domain;
  ASSERT_EQ(total254.size(), 254u);
  EXPECT_TRUE(check_email(total254).ok());
  EXPECT_EQ(check_email("a" + total254).code, Code::kLength);
  EXPECT_EQ(check_email("a@" + std::string(64, 'd') + ".ru").code, Code::kDomain);
}

TEST(Phone, DisplaysTheNormalizedNumberGrouped) {
  EXPECT_EQ(display_phone(check_phone("8 (916) 123-45-67").normalized), "+7 916 123-45-67");
  EXPECT_EQ(display_phone("+7916123456"), "+7916123456");  // not a normalized number: unchanged
  EXPECT_EQ(display_phone("+7916123456x"), "+7916123456x");
  EXPECT_EQ(display_phone(""), "");
}
