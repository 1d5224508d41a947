#pragma once
// What a password must not contain: parts of the citizen's own data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::auth {

struct BirthDate {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
};

struct PersonalData {
  std::string login;                    // a phone number or an email
  std::string email;                    // only the local part (before '@') counts
  std::vector<std::string> name_parts;  // surname, given name, patronymic
  std::optional<BirthDate> birth_date;
};

enum class PersonalField { login, email, name, birth_date };

struct PersonalMatch {
  PersonalField field;
  std::string fragment;  // the four or more characters found, as written in the data (folded)
};

// The first piece of personal data found in the password: any four consecutive
// characters of the login, the email's local part, a name part (also
// romanized, «Иван» -> "ivan", and typed with the other keyboard layout,
// "bdfy") or the birth date (DDMMYYYY, YYYYMMDD, DDMMYY, DD.MM.YYYY).
// Case is ignored, ё = е. Parts shorter than four characters are not checked.
std::optional<PersonalMatch> find_personal_data(std::string_view password, const PersonalData& person);

}  // namespace cabinet::auth
