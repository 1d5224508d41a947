// Услуги and Заявления's typed actions at the edge: a wrongly typed or unknown
// argument is refused with a message saying which and changes nothing; the
// JSON the scenarios, the CLI and window.cabinet send still works, arguments
// left out included.
#include <gtest/gtest.h>

#include "app/kernel/command.hpp"
#include "app/kernel/handlers.hpp"
#include "app/kernel/update.hpp"

using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;  // 2026-11-23T09:00:00Z

AppState signed_in() {
  AppState s;
  s.account.phase = AccountPhase::signed_in;
  s.account.last_activity_ms = kNow;
  return s;
}

}  // namespace

TEST(FormsActions, AWronglyTypedOrUnknownArgumentIsRefusedSayingWhichAndChangesNothing) {
  AppState s = signed_in();
  const uint64_t revision = s.revision;
  const json forms_before = forms_document(s.forms);
  const struct {
    Action action;
    std::string error;
  } refused[] = {
      {{"open_service", {{"form", 7}}}, "open_service: \"form\" must be text"},
      {{"goto_step", {{"step", "2"}}}, "goto_step: \"step\" must be a whole number"},
      {{"catalog_filter", {{"favourites_only", "yes"}}}, "catalog_filter: \"favourites_only\" must be true or false"},
      {{"set_field", {{"path", json::array({"description"})}, {"value", "x"}}}, "set_field: \"path\" must be text"},
      {{"drop_file", {{"field", "attachments"}, {"name", "a.pdf"}}}, "drop_file: no argument \"field\""},
      {{"send_message", {{"number", "20261123-000001"}, {"message", "Здравствуйте"}}},
       "send_message: no argument \"message\""},
  };
  for (const auto& [action, error] : refused) {
    const UpdateResult result = update(s, action, kNow);
    EXPECT_TRUE(result.known) << action.type;
    EXPECT_EQ(result.error, error);
    EXPECT_TRUE(result.effects.empty()) << action.type;
  }
  EXPECT_EQ(s.revision, revision);
  EXPECT_EQ(forms_document(s.forms), forms_before);
  EXPECT_TRUE(s.forms.open_service.empty());
}

TEST(FormsActions, TheSameJsonStillWorksThroughUpdateWithArgumentsLeftOut) {
  AppState s = signed_in();
  EXPECT_EQ(update(s, {"open_service", {{"form", "appeal"}}}, kNow).error, "");
  EXPECT_EQ(s.forms.open_service, "appeal");
  EXPECT_EQ(s.section, Section::services);
  // An appeal needs the standard level: SNILS and a passport in the profile.
  EXPECT_EQ(
      update(s, {"set_profile_data", {{"values", {{"snils", "112-233-445 95"}, {"passport", "4510 123456"}}}}}, kNow)
          .error,
      "");
  ASSERT_EQ(update(s, {"start_form", {{"form", "appeal"}}}, kNow).error, "");
  ASSERT_TRUE(s.forms.has_journey);
  EXPECT_EQ(update(s, {"set_field", {{"path", "/description"}, {"value", "Прошу разъяснить"}}}, kNow).error, "");
  EXPECT_EQ(s.forms.journey.data.value("description", ""), "Прошу разъяснить");
  const json typed = s.forms.journey.data;
  // Left out: decoded, and nothing changes (as before the actions were typed).
  EXPECT_EQ(update(s, {"set_field", {{"value", "без пути"}}}, kNow).error, "");
  EXPECT_EQ(update(s, {"set_field", {{"path", "/description"}}}, kNow).error, "");
  EXPECT_EQ(update(s, {"goto_step", json::object()}, kNow).error, "");
  EXPECT_EQ(s.forms.journey.data, typed);
  // A null value removes the answer, as "" does.
  EXPECT_EQ(update(s, {"set_field", {{"path", "/description"}, {"value", nullptr}}}, kNow).error, "");
  EXPECT_FALSE(s.forms.journey.data.contains("description"));
  // catalog_search without `query` clears the search.
  EXPECT_EQ(update(s, {"catalog_search", {{"query", "пенсия"}}}, kNow).error, "");
  EXPECT_EQ(s.forms.catalog.query, "пенсия");
  EXPECT_EQ(update(s, {"catalog_search", json::object()}, kNow).error, "");
  EXPECT_EQ(s.forms.catalog.query, "");
}

TEST(FormsActions, AnExplicitNullValueSurvivesEncoding) {
  const Action action = encode_command(SetField{.path = "/description", .value = json()});
  EXPECT_EQ(action.type, "set_field");
  EXPECT_EQ(action.args, json({{"path", "/description"}, {"value", nullptr}}));
  EXPECT_EQ(encode_command(SetField{.path = "/description"}).args, json({{"path", "/description"}}));
}
