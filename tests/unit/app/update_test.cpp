#include "app/kernel/update.hpp"

#include <gtest/gtest.h>

#include "app/kernel/settings.hpp"
#include "support/test_paths.hpp"

using namespace cabinet::app;

namespace {
constexpr int64_t kNow = 1'795'424'400'000;
}

TEST(Update, NavigatesToKnownSectionsOnly) {
  AppState state;
  EXPECT_TRUE(update(state, {"navigate", {{"section", "profile"}}}, kNow).known);
  EXPECT_EQ(state.section, Section::profile);
  update(state, {"navigate", {{"section", "nowhere"}}}, kNow);
  EXPECT_EQ(state.section, Section::profile);
  update(state, {"navigate", {{"section", 42}}}, kNow);
  EXPECT_EQ(state.section, Section::profile);
}

TEST(Update, EverySectionNavigatesByItsIdAndAboutOpensSignedOut) {
  for (Section section : kAllSections) {
    EXPECT_EQ(section_from_id(section_id(section)), section) << section_id(section);
    EXPECT_TRUE(section_is_built(section)) << section_id(section);
  }
  AppState state;  // no account: signed out
  update(state, {"navigate", {{"section", "about"}}}, kNow);
  EXPECT_EQ(state.section, Section::about);
  EXPECT_TRUE(state.notices.empty()) << "no «войдите» for «О сервисе»";
}

TEST(Update, UnknownActionsAreReportedAndChangeNothing) {
  AppState state;
  const auto revision = state.revision;
  EXPECT_FALSE(update(state, {"launch_rockets", {}}, kNow).known);
  EXPECT_EQ(state.revision, revision);
}

TEST(Update, SavingTheProfileTrimsAndEmitsASaveEffect) {
  AppState state;
  const UpdateResult result = update(state, {"save_profile", {{"display_name", "  Анна \xC2\xA0"}}}, kNow);
  EXPECT_EQ(state.display_name, "Анна");
  EXPECT_EQ(state.save_state, SaveState::saving);
  ASSERT_EQ(result.effects.size(), 1u);
  const auto* save = std::get_if<Save>(&result.effects[0]);
  ASSERT_NE(save, nullptr);
  EXPECT_EQ(save->key, kSettingsKey);
  const auto saved = nlohmann::json::parse(save->data);
  EXPECT_EQ(saved["display_name"], "Анна");
}

TEST(Update, BadDisplayNamesAreFieldErrorsAndKeepTheOldName) {
  AppState state;
  state.display_name = "Пётр";
  const std::pair<std::string, std::string> cases[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"\xFF\xFE", "invalid_utf8"},
      {"Анна\x01", "control_chars"},
      {std::string(101 * 2, '\0').replace(0, 202, std::string(101, 'a')), "too_long"},
  };
  for (const auto& [input, code] : cases) {
    const UpdateResult result = update(state, {"save_profile", {{"display_name", input}}}, kNow);
    EXPECT_TRUE(result.effects.empty()) << code;
    ASSERT_NE(find_error(state, "profile.display_name"), nullptr) << code;
    EXPECT_EQ(find_error(state, "profile.display_name")->code, code);
    EXPECT_EQ(state.display_name, "Пётр");
  }
  // 100 Cyrillic letters are 200 bytes but within the 100-character limit.
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "ж";
  update(state, {"save_profile", {{"display_name", hundred}}}, kNow);
  EXPECT_EQ(find_error(state, "profile.display_name"), nullptr);
  EXPECT_EQ(state.display_name, hundred);
}

TEST(Update, SavedShowsANoticeThatGoesAtTheFirstActionAfterItsTime) {
  AppState state;
  update(state, {"saved", {{"key", kSettingsKey}}}, kNow);
  EXPECT_EQ(state.save_state, SaveState::saved);
  ASSERT_EQ(state.notices.size(), 1u);
  EXPECT_EQ(state.notices[0].message_key, "app.saved");
  EXPECT_FALSE(next_deadline(state)) << "no timer: the page never moves by itself";
  update(state, {"navigate", {{"section", "help"}}}, kNow + kNoticeMs - 1);
  EXPECT_EQ(state.notices.size(), 1u) << "an action before its time keeps it";
  update(state, {"tick", {}}, kNow + kNoticeMs + 60'000);
  update(state, {"set_online", {{"online", true}}}, kNow + kNoticeMs + 60'000);
  EXPECT_EQ(state.notices.size(), 1u) << "the system's own events keep it";
  update(state, {"navigate", {{"section", "home"}}}, kNow + kNoticeMs + 60'000);
  EXPECT_TRUE(state.notices.empty());
}

TEST(Update, SaveFailuresNameACatalogReason) {
  AppState state;
  update(state, {"save_failed", {{"reason_key", "errors.other_tab"}}}, kNow);
  EXPECT_EQ(state.save_state, SaveState::failed);
  EXPECT_EQ(state.notices.at(0).params["reason_key"], "errors.other_tab");
  update(state, {"save_failed", {{"reason_key", "<script>"}}}, kNow);
  EXPECT_EQ(state.save_error_key, "errors.storage");
}

TEST(Update, LanguageIsValidatedAndSaved) {
  AppState state;
  EXPECT_EQ(update(state, {"set_language", {{"language", "en"}}}, kNow).effects.size(), 1u);
  EXPECT_EQ(state.language, "en");
  EXPECT_TRUE(update(state, {"set_language", {{"language", "xx"}}}, kNow).effects.empty());
  EXPECT_EQ(state.language, "en");
}

TEST(Update, DamagedSettingsAreKeptAsideAndReported) {
  for (const std::string data : {"{not json", "[]", "{\"version\":99}", "{\"version\":\"1\"}",
                                 "{\"version\":1,\"language\":\"ru\",\"display_name\":\"\",\"text_size\":\"big\"}",
                                 "{\"version\":1,\"language\":\"ru\",\"display_name\":\"\",\"high_contrast\":1}",
                                 "{\"version\":1,\"language\":5,\"display_name\":\"\"}",
                                 "{\"version\":1,\"language\":\"ru\",\"display_name\":\"\xFF\"}", ""}) {
    AppState state;
    const UpdateResult result = update(state, {"loaded", {{"key", kSettingsKey}, {"data", data}}}, kNow);
    ASSERT_EQ(result.effects.size(), 1u) << data;
    const auto* save = std::get_if<Save>(&result.effects[0]);
    ASSERT_NE(save, nullptr) << data;
    EXPECT_EQ(save->key, "settings.damaged.json");
    EXPECT_EQ(save->data, data);
    EXPECT_EQ(state.notices.at(0).message_key, "errors.corrupt_settings");
    EXPECT_EQ(state.language, "ru");
  }
}

TEST(Update, SettingsRoundTrip) {
  AppState state;
  state.language = "en";
  state.display_name = "Анна";
  AppState loaded;
  ASSERT_TRUE(apply_settings(loaded, settings_to_json(state).dump()));
  EXPECT_EQ(loaded.language, "en");
  EXPECT_EQ(loaded.display_name, "Анна");
}

TEST(Update, EveryActionTypeIsDocumented) {
  // core/app/README.md lists the vocabulary; this keeps it honest.
  std::FILE* file = std::fopen(cabinet::test::source_path("core/app/README.md").c_str(), "r");
  ASSERT_NE(file, nullptr);
  std::string readme;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, file)) readme.append(buffer, n);
  std::fclose(file);
  for (const std::string& type : action_types()) EXPECT_NE(readme.find("`" + type + "`"), std::string::npos) << type;
}

TEST(Update, DisplaySettingsAcceptOnlyTheOfferedSizes) {
  AppState state;
  EXPECT_EQ(update(state, {"set_text_size", {{"percent", 150}}}, kNow).effects.size(), 1u);
  EXPECT_EQ(state.text_size_percent, 150);
  for (const nlohmann::json& bad : {nlohmann::json(110), nlohmann::json("200"), nlohmann::json(0), nlohmann::json(-100)}) {
    update(state, {"set_text_size", {{"percent", bad}}}, kNow);
    EXPECT_EQ(state.text_size_percent, 150) << bad;
  }
  update(state, {"set_high_contrast", {{"on", true}}}, kNow);
  EXPECT_TRUE(state.high_contrast);
  AppState loaded;
  ASSERT_TRUE(apply_settings(loaded, settings_to_json(state).dump()));
  EXPECT_EQ(loaded.text_size_percent, 150);
  EXPECT_TRUE(loaded.high_contrast);
  EXPECT_FALSE(apply_settings(loaded, R"({"version":1,"language":"ru","display_name":"","text_size":130})"));
  EXPECT_TRUE(apply_settings(loaded, R"({"version":1,"language":"ru","display_name":""})"));
  EXPECT_EQ(loaded.text_size_percent, 100);
}
