#include "auth/personal_data.hpp"

#include <cstdio>

#include "auth/code_points.hpp"
#include "auth/keyboard_layout.hpp"

namespace cabinet::auth {

namespace {

constexpr size_t kFragment = 4;

std::string_view local_part(std::string_view address) {
  const size_t at = address.find('@');
  return at == std::string_view::npos ? address : address.substr(0, at);
}

// The written form and the forms a citizen might type instead.
std::vector<std::u32string> variants(std::string_view text) {
  const std::u32string decoded = decode_utf8(text);
  std::vector<std::u32string> out = {fold_for_match(decoded), fold_for_match(transliterate_russian(decoded)),
                                     fold_for_match(russian_to_latin_keys(decoded)),
                                     fold_for_match(latin_to_russian_keys(decoded))};
  std::u32string digits;
  for (char32_t c : decoded)
    if (is_ascii_digit(c)) digits.push_back(c);
  if (digits.size() >= kFragment && digits.size() != decoded.size()) out.push_back(digits);  // +7 (916) 123-45-67
  return out;
}

std::vector<std::string> birth_date_forms(const BirthDate& date) {
  char dmy[16], ymd[16], dmyy[16], dotted[16];
  const unsigned year = static_cast<unsigned>(date.year) % 10000;
  std::snprintf(dmy, sizeof dmy, "%02u%02u%04u", date.day % 100, date.month % 100, year);
  std::snprintf(ymd, sizeof ymd, "%04u%02u%02u", year, date.month % 100, date.day % 100);
  std::snprintf(dmyy, sizeof dmyy, "%02u%02u%02u", date.day % 100, date.month % 100, year % 100);
  std::snprintf(dotted, sizeof dotted, "%02u.%02u.%04u", date.day % 100, date.month % 100, year);
  return {dmy, ymd, dmyy, dotted};
}

// A fragment of `token` of kFragment characters that occurs in `password`.
std::optional<std::u32string> shared_fragment(const std::u32string& password, const std::u32string& token) {
  if (token.size() < kFragment) return std::nullopt;
  for (size_t i = 0; i + kFragment <= token.size(); ++i) {
    const std::u32string fragment = token.substr(i, kFragment);
    if (password.find(fragment) != std::u32string::npos) return fragment;
  }
  return std::nullopt;
}

}  // namespace

std::optional<PersonalMatch> find_personal_data(std::string_view password, const PersonalData& person) {
  const std::u32string folded = fold_for_match(decode_utf8(password));
  std::vector<std::pair<PersonalField, std::string>> sources;
  if (!person.login.empty()) sources.emplace_back(PersonalField::login, std::string(local_part(person.login)));
  if (!person.email.empty()) sources.emplace_back(PersonalField::email, std::string(local_part(person.email)));
  for (const std::string& part : person.name_parts) sources.emplace_back(PersonalField::name, part);
  if (person.birth_date)
    for (std::string& form : birth_date_forms(*person.birth_date))
      sources.emplace_back(PersonalField::birth_date, form);

  for (const auto& [field, text] : sources) {
    for (const std::u32string& token : variants(text)) {
      if (auto fragment = shared_fragment(folded, token)) return PersonalMatch{field, encode_utf8(*fragment)};
    }
  }
  return std::nullopt;
}

}  // namespace cabinet::auth
