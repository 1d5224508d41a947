#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_runner.hpp"

using cabinet::cli::testing::CliResult;
using cabinet::cli::testing::run;
using cabinet::cli::testing::write_temp;
using nlohmann::json;

namespace {

constexpr const char* kSchema = R"({
  "type": "object",
  "required": ["snils", "last_name"],
  "properties": {
    "snils": {"type": "string", "format": "snils"},
    "last_name": {"type": "string", "minLength": 1, "maxLength": 5},
    "children": {"type": "integer", "minimum": 0}
  },
  "additionalProperties": false
})";

}  // namespace

TEST(ValidateCli, ValidDataPrintsNoErrors) {
  const std::string schema = write_temp("validate-schema.json", kSchema);
  const std::string data = write_temp("validate-valid.json", R"({"snils": "112-233-445 95", "last_name": "Пётр"})");
  const CliResult result = run({"validate", schema, data});
  EXPECT_EQ(result.code, 0) << result.out << result.err;
  EXPECT_EQ(json::parse(result.out), json::parse(R"({"errors": []})"));
  EXPECT_TRUE(result.err.empty());
}

TEST(ValidateCli, InvalidDataPrintsStructuredRussianErrors) {
  const std::string schema = write_temp("validate-schema2.json", kSchema);
  const std::string data =
      write_temp("validate-bad.json", R"({"snils": "112-233-445 96", "children": -1, "pet": "кот"})");
  const CliResult result = run({"validate", schema, data});
  EXPECT_EQ(result.code, 1) << result.err;
  const json out = json::parse(result.out, nullptr, false);
  ASSERT_TRUE(out.is_object()) << result.out;
  const json& errors = out["errors"];
  ASSERT_EQ(errors.size(), 4u) << result.out;
  EXPECT_EQ(errors[0], json::parse(R"({"path": "", "code": "required", "params": {"property": "last_name"},
                                       "message": "Заполните поле «last_name»."})"));
  EXPECT_EQ(errors[1]["path"], "/children");
  EXPECT_EQ(errors[1]["code"], "minimum");
  EXPECT_EQ(errors[1]["message"], "Значение не должно быть меньше 0.");
  EXPECT_EQ(errors[2]["path"], "");
  EXPECT_EQ(errors[2]["code"], "additionalProperties");
  EXPECT_EQ(errors[2]["message"], "Поле «pet» в этой форме не предусмотрено.");
  EXPECT_EQ(errors[3]["path"], "/snils");
  EXPECT_EQ(errors[3]["code"], "format");
  EXPECT_EQ(errors[3]["params"]["code"], "checksum");
  EXPECT_EQ(errors[3]["message"], "Контрольное число СНИЛС не совпадает. Проверьте номер по документу.");
}

TEST(ValidateCli, AcceptsAFormDefinition) {
  const std::string form = write_temp("validate-form.json", std::string(R"({"id": "sample", "schema": )") + kSchema +
                                                                R"(, "steps": []})");
  const std::string data = write_temp("validate-form-data.json", R"({"snils": "112-233-445 95"})");
  const CliResult result = run({"validate", form, data});
  EXPECT_EQ(result.code, 1);
  const json out = json::parse(result.out, nullptr, false);
  ASSERT_EQ(out["errors"].size(), 1u) << result.out;
  EXPECT_EQ(out["errors"][0]["params"]["property"], "last_name");
}

TEST(ValidateCli, UnusableFilesExitTwoWithARussianMessage) {
  const std::string schema = write_temp("validate-schema3.json", kSchema);
  const std::string good = write_temp("validate-good3.json", "{}");
  struct Case {
    std::string name, content, message;
  };
  const Case cases[] = {
      {"empty.json", "  \n", "пуст"},
      {"latin1.json", "{\"a\": \"\xcf\xf0\xe8\xe2\xe5\xf2\"}", "не в кодировке UTF-8"},
      {"broken.json", "{\n  \"a\": [1, 2,\n}", "не является корректным JSON: ошибка около места «строка 3, символ 1»"},
      {"huge.json", "[" + std::string(11 * 1024 * 1024, ' ') + "]", "слишком большой"},
  };
  for (const Case& c : cases) {
    const std::string path = write_temp(c.name, c.content);
    const CliResult as_data = run({"validate", schema, path});
    EXPECT_EQ(as_data.code, 2) << c.name;
    EXPECT_NE(as_data.err.find(c.message), std::string::npos) << c.name << ": " << as_data.err;
    EXPECT_NE(as_data.err.find("Файл данных"), std::string::npos) << as_data.err;
    EXPECT_TRUE(as_data.out.empty());
    const CliResult as_schema = run({"validate", path, good});
    EXPECT_EQ(as_schema.code, 2) << c.name;
    EXPECT_NE(as_schema.err.find("Файл схемы"), std::string::npos) << as_schema.err;
  }
  const CliResult missing = run({"validate", schema, "/nonexistent/data.json"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("не удалось открыть"), std::string::npos) << missing.err;
  const CliResult not_a_schema = run({"validate", write_temp("validate-number.json", "42"), good});
  EXPECT_EQ(not_a_schema.code, 2);
  EXPECT_NE(not_a_schema.err.find("не содержит схему"), std::string::npos) << not_a_schema.err;
  EXPECT_EQ(run({"validate", schema}).code, 2);
}
