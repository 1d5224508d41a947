#pragma once
// Shared test data: an account key, a fixed clock origin and complete drafts
// of every record kind (direct, through a representative, entrusted, both).
#include <string>
#include <vector>

#include "consents/consent_book.hpp"
#include "submission/envelope.hpp"

namespace consent_test {

using namespace cabinet;

inline constexpr int64_t kNow = 1'795'424'400'000;  // 2026-11-23T09:00:00Z
inline constexpr int64_t kDay = 24LL * 60 * 60 * 1000;

inline submission::SigningKey test_key(unsigned char salt = 1) {
  return submission::generate_signing_key([salt](unsigned char* out, size_t size) {
    for (size_t i = 0; i < size; ++i) out[i] = static_cast<unsigned char>(i * 7 + salt);
  });
}

inline consents::Person sample_person(const std::string& name) {
  return {name, "г. Москва, ул. Тверская, д. 1, кв. 2", {"passport_rf", "4510 123456", "2015-03-12", "ОВД Хамовники"}};
}

enum class Kind { direct, representative, entrusted, representative_entrusted };
inline const Kind kAllKinds[] = {Kind::direct, Kind::representative, Kind::entrusted, Kind::representative_entrusted};

inline consents::ConsentRecord draft(Kind kind = Kind::direct, const std::string& recipient = "ПФР ЕГИССО",
                                     const std::string& purpose = "registry_autofill",
                                     std::vector<std::string> categories = {"full_name", "snils"},
                                     consents::AccessLevel level = consents::AccessLevel::limited,
                                     int64_t term = 365 * kDay) {
  consents::ConsentRecord r;
  r.subject = sample_person("Иванова Анна Петровна");
  if (kind == Kind::representative || kind == Kind::representative_entrusted)
    r.representative = consents::Representative{sample_person("Иванов Пётр Сергеевич"), "77 АА 1234567 от 01.02.2026"};
  r.operator_party = {"Социальный фонд России", "127006, г. Москва, ул. Шаболовка, д. 4", "info@sfr.gov.ru",
                      "8-800-100-00-01"};
  if (kind == Kind::entrusted || kind == Kind::representative_entrusted)
    r.processor = consents::Party{"ООО «Обработка»", "г. Казань, ул. Баумана, д. 5", "", ""};
  r.purpose = purpose;
  r.categories = std::move(categories);
  r.actions = {"сбор", "запись", "систематизация", "хранение", "использование", "передача"};
  r.method = consents::ProcessingMethod::mixed;
  r.withdrawal_method = "в личном кабинете, раздел «Согласия»";
  r.recipient = recipient;
  r.level = level;
  r.valid_until_ms = kNow + term;
  return r;
}

}  // namespace consent_test
