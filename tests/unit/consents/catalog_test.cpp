#include <gtest/gtest.h>

#include "assets/embedded.hpp"
#include "consents/consent_book.hpp"
#include "consents/enforcement.hpp"
#include "i18n/catalog.hpp"

using namespace cabinet;

TEST(ConsentCatalog, LabelsEveryStatusLevelRefusalAndErrorInBothLanguages) {
  std::vector<std::string> keys;
  for (int i = 0; i <= static_cast<int>(consents::Status::refused); ++i)
    keys.push_back("consents.status." + std::string(consents::status_id(static_cast<consents::Status>(i))));
  for (int i = 0; i <= static_cast<int>(consents::AccessLevel::full); ++i)
    keys.push_back("consents.level." + std::string(consents::level_id(static_cast<consents::AccessLevel>(i))));
  for (int i = 1; i <= static_cast<int>(consents::Refusal::access_level); ++i)
    keys.push_back("consents.refusal." + std::string(consents::refusal_id(static_cast<consents::Refusal>(i))));
  for (int i = 0; i <= static_cast<int>(consents::Operation::refuse); ++i)
    keys.push_back("consents.operation." + std::string(consents::operation_id(static_cast<consents::Operation>(i))));
  for (int i = 1; i <= static_cast<int>(consents::OpError::not_later); ++i)
    keys.push_back("consents.error." + std::string(consents::error_id(static_cast<consents::OpError>(i))));
  for (const char* lang : {"ru", "en"}) {
    const auto catalog = i18n::Catalog::load(lang);
    for (const auto& key : keys) EXPECT_TRUE(catalog.messages().count(key)) << lang << " " << key;
  }
  EXPECT_EQ(i18n::Catalog::load("ru").tr("consents.status.withdrawn"), "Отозвано");
  EXPECT_EQ(i18n::Catalog::load("ru").tr("consents.level.partial"), "Частичный");
}

TEST(ConsentCatalog, PurposesStayInJourneyCatalog) {
  for (const char* path : {"i18n/ru/consents.json", "i18n/en/consents.json"}) {
    const auto bytes = assets::find(path);
    ASSERT_TRUE(bytes.has_value()) << path;
    const auto doc = nlohmann::json::parse(*bytes, nullptr, false);
    ASSERT_TRUE(doc.is_object());
    EXPECT_FALSE(doc["consents"].contains("purposes")) << path;
  }
  for (const char* lang : {"ru", "en"}) {
    const auto catalog = i18n::Catalog::load(lang);
    for (auto purpose : consents::kPurposes)
      EXPECT_TRUE(catalog.messages().count("consents.purposes." + std::string(purpose))) << lang << " " << purpose;
  }
  EXPECT_EQ(i18n::Catalog::load("ru").tr("consents.purposes.registry_autofill"),
            "Получение сведений из государственных реестров для автозаполнения");
}
