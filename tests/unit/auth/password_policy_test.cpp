#include "auth/password_policy.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "auth/password_blocklist.hpp"
#include "auth/password_hash.hpp"
#include "time/iso8601.hpp"

using namespace cabinet::auth;

namespace {

PersonalData anna() {
  PersonalData person;
  person.login = "+7 (916) 555-44-33";
  person.email = "kotik.zima@example.ru";
  person.name_parts = {"Смирнова", "Анна", "Семёновна"};
  person.birth_date = BirthDate{1985, 3, 15};
  return person;
}

PasswordCheck find(const std::vector<PasswordCheck>& checks, PasswordRule rule) {
  for (const PasswordCheck& check : checks)
    if (check.rule == rule) return check;
  throw std::runtime_error("rule missing");
}

struct Row {
  PasswordRule rule;
  const char* password;
  bool passes;
  const char* error_key = "";  // checked when it fails
};

}  // namespace

// One table for every rule: at least one passing and one failing example each, Cyrillic included.
TEST(PasswordPolicy, EachRuleOnItsOwn) {
  const Row rows[] = {
      {PasswordRule::min_length, "Жук#7мир", true},
      {PasswordRule::min_length, "Ёжик#7ру", true},  // 8 code points, 14 bytes
      {PasswordRule::min_length, "Жук#7ми", false, "auth.password.too_short"},
      {PasswordRule::min_length, "Ab#1", false, "auth.password.too_short"},

      {PasswordRule::upper_case, "Жук#7мир", true},
      {PasswordRule::upper_case, "zuk#7Mir", true},
      {PasswordRule::upper_case, "жук#7мир!", false, "auth.password.no_upper_case"},
      {PasswordRule::upper_case, "ёж#7мир!", false, "auth.password.no_upper_case"},
      {PasswordRule::upper_case, "Ёж#7мир!", true},

      {PasswordRule::lower_case, "ЖУК#7мИР", true},
      {PasswordRule::lower_case, "ЖУК#7ёИР", true},
      {PasswordRule::lower_case, "ЖУК#7МИР", false, "auth.password.no_lower_case"},
      {PasswordRule::lower_case, "ZUK#7MIR", false, "auth.password.no_lower_case"},

      {PasswordRule::digit, "Жук#7мир", true},
      {PasswordRule::digit, "Жук#Эмир", false, "auth.password.no_digit"},
      {PasswordRule::digit, "Жук#٣мир", false, "auth.password.no_digit"},  // Arabic-Indic three is not 0-9

      {PasswordRule::special, "Жук#7мир", true},
      {PasswordRule::special, "Жук№7мир", true},
      {PasswordRule::special, "Жук_7мир", true},
      {PasswordRule::special, "Жук77мирZ", false, "auth.password.no_special"},
      {PasswordRule::special, "Zuk7mirAé", false, "auth.password.no_special"},  // é is a letter

      {PasswordRule::no_space_or_control, "Жук#7мир", true},
      {PasswordRule::no_space_or_control, "Жук 7#мир", false, "auth.password.space_or_control"},
      {PasswordRule::no_space_or_control, "Жук\t7#мир", false, "auth.password.space_or_control"},
      {PasswordRule::no_space_or_control, "Жук\x01#7мир", false, "auth.password.space_or_control"},
      {PasswordRule::no_space_or_control, "Жук\u00A07#мир", false, "auth.password.space_or_control"},
      {PasswordRule::no_space_or_control, "Жук\u200B7#мир", false, "auth.password.space_or_control"},
      {PasswordRule::no_space_or_control,
       "Жук\xFF"
       "7#мир",
       false, "auth.password.space_or_control"},

      {PasswordRule::no_sequence, "Xx123#a9", true},
      {PasswordRule::no_sequence, "Xx7890#a", true},  // no wrap-around
      {PasswordRule::no_sequence, "Xxabвг#1", true},  // Latin then Cyrillic is no run
      {PasswordRule::no_sequence, "Xx1234#a", false, "auth.password.sequence"},
      {PasswordRule::no_sequence, "Xx4321#a", false, "auth.password.sequence"},
      {PasswordRule::no_sequence, "Xxabcd#1", false, "auth.password.sequence"},
      {PasswordRule::no_sequence, "Xx#1DcBa", false, "auth.password.sequence"},
      {PasswordRule::no_sequence, "Ж#1абвгz", false, "auth.password.sequence"},
      {PasswordRule::no_sequence, "Z#1ЯЮЭЬ", false, "auth.password.sequence"},
      {PasswordRule::no_sequence, "Z#1деёж", false, "auth.password.sequence"},
      {PasswordRule::no_sequence, "Z#1дежз", false, "auth.password.sequence"},  // ё written as е
      {PasswordRule::no_sequence, "Z#1ЁЕДГ", false, "auth.password.sequence"},

      {PasswordRule::no_repeat, "Xx1#aa9b", true},
      {PasswordRule::no_repeat, "Жук#7мм1", true},
      {PasswordRule::no_repeat, "Xx1#aaa9", false, "auth.password.repeated"},
      {PasswordRule::no_repeat, "Жук#7ммм", false, "auth.password.repeated"},
      {PasswordRule::no_repeat, "Жук#7мМм", false, "auth.password.repeated"},
      {PasswordRule::no_repeat, "Жук#7!!!", false, "auth.password.repeated"},

      {PasswordRule::no_personal_data, "Кот#Лес7x", true},
      {PasswordRule::no_personal_data, "Анн#7лес", true},  // three letters are not a part
      {PasswordRule::no_personal_data, "Qw#5554x", false, "auth.password.contains_login"},
      {PasswordRule::no_personal_data, "xZIMA#20y", false, "auth.password.contains_email"},
      {PasswordRule::no_personal_data, "Я#Смирн7", false, "auth.password.contains_name"},
      {PasswordRule::no_personal_data, "Smirn#7x", false, "auth.password.contains_name"},  // romanized
      {PasswordRule::no_personal_data, "Cvbh#7ab", false, "auth.password.contains_name"},  // «Смир», Latin keys
      {PasswordRule::no_personal_data, "Семен#7X", false, "auth.password.contains_name"},  // ё = е
      {PasswordRule::no_personal_data, "Xx#1985y", false, "auth.password.contains_birth_date"},
      {PasswordRule::no_personal_data, "Xx#1503y", false, "auth.password.contains_birth_date"},
      {PasswordRule::no_personal_data, "Xx#0315y", false, "auth.password.contains_birth_date"},
      {PasswordRule::no_personal_data, "Кот#150385", false, "auth.password.contains_birth_date"},

      {PasswordRule::not_common, "Кот#Лес7x", true},
      {PasswordRule::not_common, "P@ssw0rd", false, "auth.password.common"},
      {PasswordRule::not_common, "Qwerty123!", false, "auth.password.common"},
      {PasswordRule::not_common, "ЙЦУКЕН", false, "auth.password.common"},
      {PasswordRule::not_common, "Пароль123!", false, "auth.password.common"},
      {PasswordRule::not_common, "зфыыцщкв", false, "auth.password.common"},  // "password", Russian layout
      {PasswordRule::not_common, "Ntcn123!", true},
  };
  const PersonalData person = anna();
  for (const Row& row : rows) {
    const PasswordCheck check = find(check_password(row.password, person), row.rule);
    EXPECT_EQ(check.passed, row.passes) << rule_id(row.rule) << ": " << row.password;
    if (!row.passes) {
      EXPECT_EQ(check.error_key, row.error_key) << row.password;
    }
  }
}

TEST(PasswordPolicy, ChecklistNamesEveryRuleInOrderWithParams) {
  const auto checks = check_password("Xx1234", anna());
  ASSERT_EQ(checks.size(), kAllPasswordRules.size() - 1);  // not_recent needs the history
  for (size_t i = 0; i < checks.size(); ++i) EXPECT_EQ(checks[i].rule, kAllPasswordRules[i]);
  EXPECT_EQ(checks[0].params["min"], 8);
  EXPECT_EQ(checks[0].params["length"], 6);
  EXPECT_EQ(find(checks, PasswordRule::no_sequence).params["sequence"], "1234");
  EXPECT_EQ(find(check_password("Жук#7мМм", {}), PasswordRule::no_repeat).params["repeat"], "мМм");
  EXPECT_EQ(find(check_password("Я#Смирн7", anna()), PasswordRule::no_personal_data).params["fragment"], "смир");
  EXPECT_EQ(rule_label_key(PasswordRule::no_sequence), "auth.password.rules.no_sequence");
}

TEST(PasswordPolicy, AGoodPasswordPassesEverything) {
  for (const char* good : {"Вечер#Луна7", "Tiger&Ручей42", "Сова_на_ветке9"}) {
    const auto checks = check_password(good, anna());
    EXPECT_TRUE(all_passed(checks)) << good;
    for (const auto& c : checks) EXPECT_TRUE(c.passed) << good << " fails " << rule_id(c.rule);
  }
  EXPECT_FALSE(all_passed(check_password("password", anna())));
}

TEST(PasswordPolicy, NotOneOfTheLastFive) {
  const HashParams fast = minimal_hash_params();
  std::vector<std::string> history;
  // Oldest first: #0 falls out of the history of five when #5 is remembered.
  for (int i = 0; i <= 5; ++i)
    remember_password_hash(history, *hash_password("Старый#" + std::to_string(i) + "x", fast));
  ASSERT_EQ(history.size(), kPasswordHistorySize);
  EXPECT_TRUE(is_recent_password("Старый#5x", history));
  EXPECT_TRUE(is_recent_password("Старый#1x", history));
  EXPECT_FALSE(is_recent_password("Старый#0x", history));

  const auto reused = check_new_password("Старый#3x", {}, history);
  ASSERT_EQ(reused.size(), kAllPasswordRules.size());
  EXPECT_FALSE(reused.back().passed);
  EXPECT_EQ(reused.back().rule, PasswordRule::not_recent);
  EXPECT_EQ(reused.back().error_key, "auth.password.recently_used");
  EXPECT_EQ(reused.back().params["count"], 5);
  EXPECT_TRUE(check_new_password("Старый#0x", {}, history).back().passed);
  EXPECT_TRUE(check_new_password("Старый#0x", {}, {}).back().passed);
}

TEST(PasswordPolicy, ExpiresAfterNinetyDays) {
  const int64_t changed = *cabinet::time::parse_iso("2026-01-10T08:00:00Z");
  EXPECT_EQ(password_expires_at(changed), *cabinet::time::parse_iso("2026-04-10T08:00:00Z"));
  EXPECT_FALSE(password_expired(changed, changed));
  EXPECT_FALSE(password_expired(changed, *cabinet::time::parse_iso("2026-04-10T07:59:59.999Z")));
  EXPECT_TRUE(password_expired(changed, *cabinet::time::parse_iso("2026-04-10T08:00:00Z")));
  EXPECT_TRUE(password_expired(changed, *cabinet::time::parse_iso("2027-01-01T00:00:00Z")));
}

TEST(PasswordBlocklist, ShippedAsDataAndCaseInsensitive) {
  EXPECT_GE(common_password_count(), 300u);
  for (const char* common : {"password", "PASSWORD", "qwerty123", "Qwerty123!", "P@ssw0rd", "йцукен", "ЙцУкЕн",
                             "gfhjkm", "пароль", "ПАРОЛЬ", "qwerty", "Госуслуги2024!"})
    EXPECT_TRUE(is_common_password(common)) << common;
  for (const char* rare : {"Вечер#Луна7", "Tiger&Ручей42", "", "passwor"})
    EXPECT_FALSE(is_common_password(rare)) << rare;
}
