// Every embedded form: its definition parses, every schema property is a field
// of exactly one step and every field a schema property, and its fixture
// submissions (tests/fixtures/forms/<id>/) get the verdict they expect.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "forms/form_check.hpp"
#include "forms/form_registry.hpp"
#include "support/test_paths.hpp"

using namespace cabinet::forms;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json read_json(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str(), nullptr, false);
}

std::set<std::string> schema_properties(const json& schema) {
  std::set<std::string> names;
  if (schema.contains("properties"))
    for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it) names.insert(it.key());
  if (schema.contains("patternProperties"))
    for (auto it = schema["patternProperties"].begin(); it != schema["patternProperties"].end(); ++it) {
      std::string key = it.key();
      if (key.size() > 2 && key.front() == '^' && key.back() == '$') names.insert(key.substr(1, key.size() - 2));
    }
  return names;
}

}  // namespace

TEST(FormDefinitions, AllThirteenServicesAreEmbeddedAndParse) {
  const FormRegistry& registry = FormRegistry::embedded();
  EXPECT_TRUE(registry.errors().empty()) << registry.errors().front();
  EXPECT_EQ(registry.forms().size(), 13u);
  for (const char* id : {"pension-assignment", "pension-recalculation", "maternity-capital", "social-benefit",
                         "pension-amount-certificate", "account-statement", "payments-information", "appointment",
                         "appeal", "personal-data-change", "work-record-error", "identity-confirmation",
                         "access-recovery"})
    EXPECT_NE(registry.find(id), nullptr) << id;
}

TEST(FormDefinitions, LayoutAndSchemaNameTheSameFields) {
  for (const auto& form : FormRegistry::embedded().forms()) {
    const FormDefinition& d = form->definition;
    std::set<std::string> in_layout;
    for (const Step& step : d.steps) {
      EXPECT_FALSE(step.title.in("ru").empty()) << d.id << " " << step.id;
      EXPECT_FALSE(step.title.in("en").empty()) << d.id << " " << step.id;
      for (const Field& field : step.fields) {
        EXPECT_TRUE(in_layout.insert(field.name).second) << d.id << ": " << field.name << " twice";
        EXPECT_FALSE(field.label.in("ru").empty()) << d.id << ": " << field.name;
      }
    }
    EXPECT_EQ(in_layout, schema_properties(d.schema)) << d.id;
  }
}

TEST(FormDefinitions, FixturesGetTheVerdictsTheyExpect) {
  size_t valid = 0, invalid = 0;
  for (const auto& entry : fs::directory_iterator(cabinet::test::source_path("tests/fixtures/forms"))) {
    if (!entry.is_directory()) continue;
    const RegisteredForm* form = FormRegistry::embedded().find(entry.path().filename().string());
    ASSERT_NE(form, nullptr) << entry.path();
    for (const auto& file : fs::directory_iterator(entry.path())) {
      const std::string name = file.path().filename().string();
      const json fixture = read_json(file.path());
      ASSERT_FALSE(fixture.is_discarded()) << file.path();
      if (name.starts_with("valid")) {
        ++valid;
        const auto errors = form->validator.validate(fixture);
        EXPECT_TRUE(errors.empty()) << file.path() << ": " << (errors.empty() ? "" : errors[0].instance_path + " " + errors[0].keyword);
        continue;
      }
      ++invalid;
      const auto errors = form->validator.validate(fixture["data"]);
      for (const json& expected : fixture["expect"]) {
        const bool found = std::any_of(errors.begin(), errors.end(), [&](const ValidationError& e) {
          return e.instance_path == expected["path"] && e.keyword == expected["keyword"];
        });
        EXPECT_TRUE(found) << file.path() << ": " << expected.dump();
      }
    }
  }
  EXPECT_GE(valid, 26u);
  EXPECT_GE(invalid, 39u);
}

TEST(FormDefinitions, ValidFixturesPassTheJourneyChecksToo) {
  // The journey adds cross-field checks; a valid submission must pass them (the
  // maternity capital balance comes from the profile).
  const json profile = {{"maternity_capital_balance", 100'000'000}};
  for (const auto& entry : fs::directory_iterator(cabinet::test::source_path("tests/fixtures/forms"))) {
    if (!entry.is_directory()) continue;
    const RegisteredForm* form = FormRegistry::embedded().find(entry.path().filename().string());
    ASSERT_NE(form, nullptr);
    for (const auto& file : fs::directory_iterator(entry.path())) {
      if (!file.path().filename().string().starts_with("valid")) continue;
      const auto errors = check_form(*form, read_json(file.path()), profile);
      EXPECT_TRUE(errors.empty()) << file.path() << ": " << (errors.empty() ? "" : errors[0].instance_path + " " + errors[0].keyword);
    }
  }
}
