// Differential test: our validator and valijson must agree on every generated
// submission (valid ones and their mutations) of every form definition.
// Formats are not compared: valijson ignores the custom ones (snils, inn, ...)
// and checks date/time its own way, so ours runs with check_formats = false
// and the generator leaves out mutations that a format could decide.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <set>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "forms/schema_validator.hpp"
#include "instance_generator.hpp"
#include "support/test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr uint32_t kSeeds = 10;

std::vector<fs::path> form_files() {
  std::vector<fs::path> folders = {fs::path(cabinet::test::source_dir()) / "assets" / "forms",
                                   fs::path(cabinet::test::source_dir()) / "tests" / "differential" / "samples"};
  if (const char* extra = std::getenv("CABINET_FORMS_DIR")) folders.emplace_back(extra);
  std::vector<fs::path> files;
  for (const fs::path& folder : folders) {
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      if (it->path().extension() == ".json") files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

json read_json(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return json::parse(buffer.str(), nullptr, false);
}

class Valijson {
 public:
  explicit Valijson(const json& schema) {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(schema);
    parser.populateSchema(adapter, schema_);
  }
  bool is_valid(const json& instance) const {
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter adapter(instance);
    return validator.validate(schema_, adapter, nullptr);
  }

 private:
  valijson::Schema schema_;
};

struct Tally {
  size_t valid = 0, invalid = 0;
  size_t generated_valid = 0, generated_invalid = 0;
};

void compare_form(const fs::path& file, Tally& tally) {
  const json form = read_json(file);
  ASSERT_TRUE(form.is_object()) << file << " is not a JSON object";
  const json& schema = cabinet::forms::schema_of(form);
  ASSERT_TRUE(schema.is_object()) << file << " has no schema";
  std::unique_ptr<Valijson> reference;
  try {
    reference = std::make_unique<Valijson>(schema);
  } catch (const std::exception& error) {
    FAIL() << file << ": valijson cannot read the schema: " << error.what();
  }
  const cabinet::forms::SchemaValidator ours(schema, {.check_formats = false});
  for (uint32_t seed = 1; seed <= kSeeds; ++seed) {
    cabinet::forms::testing::InstanceGenerator generator(schema, seed);
    const json submission = generator.valid();
    // The generator is simple (a schema may ask for "at least one change" in
    // ways it does not read): most, not all, of its submissions are valid.
    ++(reference->is_valid(submission) ? tally.generated_valid : tally.generated_invalid);
    std::vector<json> instances = generator.mutations(submission);
    instances.insert(instances.begin(), submission);
    for (const json& instance : instances) {
      const bool expected = reference->is_valid(instance);
      EXPECT_EQ(ours.is_valid(instance), expected)
          << file.filename() << " seed " << seed << ": valijson says " << (expected ? "valid" : "invalid") << "\n"
          << instance.dump(2);
      EXPECT_EQ(ours.validate(instance).empty(), expected) << file.filename() << " seed " << seed;
      ++(expected ? tally.valid : tally.invalid);
    }
  }
}

TEST(DifferentialValijson, EveryFormAgrees) {
  const std::vector<fs::path> files = form_files();
  ASSERT_GE(files.size(), 2u) << "the samples are missing";
  Tally tally;
  for (const fs::path& file : files) compare_form(file, tally);
  // The mutations must really exercise the invalid side, the generator the valid one.
  EXPECT_GT(tally.invalid, tally.valid);
  EXPECT_GT(tally.generated_valid, 3 * tally.generated_invalid);
  std::cout << files.size() << " forms: " << tally.valid << " valid and " << tally.invalid
            << " invalid instances agreed on\n";
}

TEST(DifferentialValijson, GeneratorMutationsCoverTheKeywords) {
  std::set<std::string> keywords;
  for (const char* name : {"sample-child-benefit.json", "sample-pension-certificate.json"}) {
    const json form = read_json(fs::path(cabinet::test::source_dir()) / "tests" / "differential" / "samples" / name);
    const json& schema = cabinet::forms::schema_of(form);
    const cabinet::forms::SchemaValidator ours(schema);  // formats on: the generator writes real values
    for (uint32_t seed = 1; seed <= 10; ++seed) {
      cabinet::forms::testing::InstanceGenerator generator(schema, seed);
      const json submission = generator.valid();
      EXPECT_TRUE(ours.validate(submission).empty()) << name << " seed " << seed << "\n" << submission.dump(2);
      for (const json& mutation : generator.mutations(submission)) {
        for (const auto& error : ours.validate(mutation)) keywords.insert(error.keyword);
      }
    }
  }
  for (const char* keyword : {"required", "type", "additionalProperties", "minimum", "maximum", "maxLength",
                              "minLength", "enum", "maxItems", "if"}) {
    EXPECT_TRUE(keywords.count(keyword)) << keyword;
  }
}

}  // namespace
