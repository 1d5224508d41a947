// The action vocabulary at the edge: typed actions decode from the JSON the
// scenarios, the CLI and window.cabinet send, refuse what is missing, wrongly
// typed or unknown with a message that says which, and encode back; the
// README's tables list exactly the actions update() knows, with the typed
// ones' arguments.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/kernel/command.hpp"
#include "app/kernel/update.hpp"
#include "support/test_paths.hpp"

using namespace cabinet::app;
using nlohmann::json;

namespace {

std::string decode_error(std::string_view type, const json& args) {
  std::string error;
  const auto command = decode_command(type, args, error);
  if (!error.empty()) {
    EXPECT_FALSE(command.has_value()) << type << " " << args.dump();
  }
  return error;
}

std::string readme() {
  std::ifstream in(cabinet::test::source_path("core/app/README.md"));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST(Actions, TypedActionsRefuseMissingWrongAndUnknownArgumentsSayingWhich) {
  EXPECT_EQ(decode_error("payments_select", {{"uin", "188"}, {"selected", true}}), "");
  EXPECT_EQ(decode_error("payments_select", {{"uin", "188"}}),
            "payments_select: \"selected\" is missing (true or false)");
  EXPECT_EQ(decode_error("payments_select", {{"uin", 188}, {"selected", true}}),
            "payments_select: \"uin\" must be text");
  EXPECT_EQ(decode_error("payments_view", {{"tab", "history"}, {"refresh", "yes"}}),
            "payments_view: \"refresh\" must be true or false");
  EXPECT_EQ(decode_error("records_statement", {{"from", "01.01.2000"}, {"to", "01.01.2001"}, {"form", "x"}}),
            "records_statement: no argument \"form\"");
  EXPECT_EQ(decode_error("payments_view", json::array()), "payments_view: the arguments must be a JSON object");
  // Not a typed action: nothing decoded, nothing refused (the JSON handlers take it).
  EXPECT_EQ(decode_error("navigate", {{"section", "home"}}), "");
}

TEST(Actions, ARefusedActionChangesNothingAndSaysWhyThroughUpdate) {
  AppState state;
  state.account.phase = AccountPhase::signed_in;
  const uint64_t revision = state.revision;
  const UpdateResult refused = update(state, {"payments_view", {{"tab", 7}}}, 1);
  EXPECT_TRUE(refused.known);
  EXPECT_EQ(refused.error, "payments_view: \"tab\" must be text");
  EXPECT_EQ(state.revision, revision);
  const UpdateResult applied = update(state, {"payments_view", {{"tab", "history"}}}, 1);
  EXPECT_EQ(applied.error, "");
  EXPECT_EQ(state.payments.tab, "history");
  const UpdateResult unknown = update(state, {"launch_rockets", {}}, 1);
  EXPECT_FALSE(unknown.known);
  EXPECT_EQ(unknown.error, "unknown action type \"launch_rockets\"");
}

// The kernel's and Согласия's actions: what the platform and the screens send is
// decoded strictly too; a platform that sends the wrong kind is told, not ignored.
TEST(Actions, KernelAndConsentActionsAreDecodedStrictly) {
  EXPECT_EQ(decode_error("set_online", {{"online", "yes"}}), "set_online: \"online\" must be true or false");
  EXPECT_EQ(decode_error("navigate", json::object()), "navigate: \"section\" is missing (text)");
  EXPECT_EQ(decode_error("show_notice", {{"kind", "info"}, {"message", 5}}), "show_notice: \"message\" must be text");
  EXPECT_EQ(decode_error("consent_confirm", json::object()), "consent_confirm: \"code\" is missing (text)");
  EXPECT_EQ(decode_error("consent_start", {{"op", "give"}, {"template", "registry_autofill"}}), "");
  AppState state;
  state.online = true;
  EXPECT_FALSE(update(state, {"set_online", {{"online", 0}}}, 1).error.empty());
  EXPECT_TRUE(state.online);
  EXPECT_EQ(update(state, {"set_online", {{"online", false}}}, 1).error, "");
  EXPECT_FALSE(state.online);
  // A document's bytes come as binary JSON or as base64, the same either way.
  EXPECT_EQ(file_bytes(json::binary({0x25, 0x50}), std::nullopt), "%P");
  EXPECT_EQ(file_bytes(json(), std::string("JVA=")), "%P");
  EXPECT_EQ(file_bytes(json(), std::string("not base64!")), "");
}

TEST(Actions, EveryTypedActionEncodesToWhatItDecodesFrom) {
  for (std::string_view type : command_types()) {
    json args = json::object();
    for (const FieldSpec& arg : command_args(type)) {
      if (arg.kind == "text") args[std::string(arg.name)] = "Проверка";
      if (arg.kind == "a whole number") args[std::string(arg.name)] = 3;
      if (arg.kind == "true or false") args[std::string(arg.name)] = true;
      if (arg.kind == "a list of texts") args[std::string(arg.name)] = json::array({"а", "б"});
      if (arg.kind == "any value") args[std::string(arg.name)] = json{{"k", 1}};
    }
    std::string error;
    const auto command = decode_command(type, args, error);
    ASSERT_TRUE(command) << error;
    const Action back = encode_command(*command);
    EXPECT_EQ(back.type, type);
    EXPECT_EQ(back.args, args) << type;
  }
}

// The README's tables are the vocabulary's documentation: every action update()
// knows is in one, every row names an action it knows, and every argument of a
// typed action is in its row.
TEST(Actions, TheReadmesTablesListExactlyTheActionsUpdateKnows) {
  const std::string text = readme();
  std::set<std::string> documented;
  std::map<std::string, std::string> rows;
  std::istringstream lines(text);
  std::string line;
  // The row's actions: the first name, and those after " / " or "or " (`navigate` with `section` = ... names one).
  const std::regex name("(^\\| |/ |or )`([a-z][a-z0-9_]*)`");
  while (std::getline(lines, line)) {
    if (!line.starts_with("| `")) continue;
    const std::string first = line.substr(0, line.find(" |", 2));
    for (auto it = std::sregex_iterator(first.begin(), first.end(), name); it != std::sregex_iterator(); ++it) {
      documented.insert((*it)[2]);
      rows[(*it)[2]] = line;
    }
  }
  const std::vector<std::string> known = action_types();
  for (const std::string& type : known) EXPECT_TRUE(documented.contains(type)) << type << " is not in the README";
  for (const std::string& type : documented)
    EXPECT_TRUE(std::find(known.begin(), known.end(), type) != known.end()) << "the README lists " << type;
  for (std::string_view type : command_types()) {
    for (const FieldSpec& arg : command_args(type))
      EXPECT_NE(rows[std::string(type)].find("`" + std::string(arg.name) + "`"), std::string::npos)
          << type << "'s row does not name " << arg.name;
  }
}
