// The real screens, driven headless through the semantics tree.
#include <gtest/gtest.h>
#include <imgui.h>

#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

using ui_test::Fixture;

std::vector<std::string> labels_with_role(const ui::SemanticsTree& tree, ui::Role role) {
  std::vector<std::string> out;
  for (const auto& node : tree.nodes()) {
    if (node.role == role) out.push_back(node.label);
  }
  return out;
}

}  // namespace

TEST(Navigation, SidebarListsEverySectionInRussian) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  EXPECT_EQ(labels_with_role(app.semantics(), ui::Role::navigation_item),
            (std::vector<std::string>{"Главная", "Услуги", "Заявления", "Уведомления", "Документы", "Запись на приём",
                                      "Согласия", "Платежи", "Сведения", "Материнский капитал", "Профиль", "Помощь"}));
}

TEST(Navigation, ClickingNavigatesAndSignedOutSectionsAskToSignIn) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Сведения"));
  EXPECT_EQ(f.runtime.state().section, app::Section::records);
  EXPECT_TRUE(app.find("nav.records")->selected);
  EXPECT_TRUE(app.find("records.tab.work"));
  EXPECT_FALSE(app.find("Раздел в разработке"));  // every section is built
  f.runtime.dispatch({"sign_out", {}});
  ASSERT_TRUE(app.click("Сведения"));
  EXPECT_EQ(f.runtime.state().section, app::Section::records);
  EXPECT_TRUE(app.find("nav.records")->selected);
  EXPECT_TRUE(app.find("sign_in.submit"));  // «Войти»: the personal data waits behind the sign-in
  EXPECT_FALSE(app.find("records.tab.work"));
  EXPECT_FALSE(app.find("Раздел в разработке"));
}

TEST(Navigation, NarrowScreensUseAMenu) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 360, 740, cabinet::test::font_dir());
  EXPECT_TRUE(labels_with_role(app.semantics(), ui::Role::navigation_item).empty());
  ASSERT_TRUE(app.click("Меню"));
  EXPECT_EQ(labels_with_role(app.semantics(), ui::Role::navigation_item).size(),
            12u);  // every section, Запись на приём, Сведения and Материнский капитал included
  EXPECT_TRUE(app.find("Выйти"));  // on a phone «Выйти» closes the menu's list
  app.press_key(ImGuiKey_Escape);
  EXPECT_TRUE(labels_with_role(app.semantics(), ui::Role::navigation_item).empty());
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, 360.5f) << node.label;
}

TEST(Navigation, LanguageSwitchUsesTheEnglishCatalog) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("English"));
  app.frame();
  EXPECT_TRUE(app.find("Home"));
  EXPECT_TRUE(app.find("Services"));
  EXPECT_EQ(f.runtime.state().language, "en");
}

TEST(Keyboard, TabVisitsEveryWidgetInOrderAndEnterActivates) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  std::vector<std::string> focused;
  for (int i = 0; i < 5; ++i) {
    app.press_tab();
    for (const auto& node : app.semantics().nodes()) {
      if (node.focused) focused.push_back(node.id);
    }
  }
  // «Выйти» first: it leads the header row of the signed-in citizen.
  EXPECT_EQ(focused, (std::vector<std::string>{"sign_out", "language.ru", "language.en", "nav.home", "nav.services"}));
  app.press_tab(/*shift=*/true);
  EXPECT_TRUE(app.find("nav.home")->focused);
  app.press_key(ImGuiKey_Enter);
  EXPECT_EQ(f.runtime.state().section, app::Section::home);
  app.press_tab();
  app.press_key(ImGuiKey_Space);
  EXPECT_EQ(f.runtime.state().section, app::Section::services);
}

TEST(Keyboard, TabContinuesFromTheClickedWidget) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Документы"));
  app.press_tab();
  EXPECT_TRUE(app.find("nav.appointments")->focused);
}

TEST(Keyboard, TabIntoATextFieldStartsEditing) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Профиль"));
  for (int i = 0; i < 20 && !app.find("profile.display_name")->editing; ++i) app.press_tab();
  ASSERT_TRUE(app.find("profile.display_name")->editing);
  ImGui::GetIO().AddInputCharactersUTF8("Ёж");
  app.frame();
  EXPECT_EQ(app.find("profile.display_name")->value, "Ёж");
  app.press_tab();
  ASSERT_TRUE(app.find("profile.save")->focused);
  app.press_key(ImGuiKey_Enter);
  EXPECT_EQ(f.runtime.state().display_name, "Ёж");
}

TEST(Profile, TypingAndSavingUpdatesTheGreeting) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Профиль"));
  ASSERT_TRUE(app.type("Как к вам обращаться", "Анна"));
  EXPECT_EQ(app.find("profile.display_name")->value, "Анна");
  ASSERT_TRUE(app.click("Сохранить"));
  EXPECT_EQ(f.runtime.state().display_name, "Анна");
  EXPECT_TRUE(app.find("Сохранено"));
  ASSERT_TRUE(app.click("Главная"));
  EXPECT_TRUE(app.find("Здравствуйте, Анна!"));
}

TEST(Profile, AnInvalidNameShowsTheErrorOnTheField) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Профиль"));
  ASSERT_TRUE(app.click("Сохранить"));
  const ui::SemanticsNode* field = app.find("profile.display_name");
  ASSERT_NE(field, nullptr);
  EXPECT_TRUE(field->invalid);
  EXPECT_EQ(field->error, "Заполните поле");
}

TEST(Notices, SavedNoticeGoesAtTheFirstClickAfterItsTime) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"saved", {}});
  app.frame();
  EXPECT_TRUE(app.find("Сохранено"));
  f.clock.advance_ms(app::kNoticeMs);
  f.runtime.tick();
  app.frame();
  EXPECT_TRUE(app.find("Сохранено")) << "never on a timer: the page does not move under a finger";
  ASSERT_TRUE(app.click("Помощь"));
  EXPECT_FALSE(app.find("Сохранено"));
}

TEST(Display, LargeTextReflowsWithinAPhoneWidth) {
  for (int percent : app::kTextSizes) {
    Fixture f;
    ui::HeadlessApp app(f.runtime, 360, 740, cabinet::test::font_dir());
    f.runtime.dispatch({"set_text_size", {{"percent", percent}}});
    f.runtime.dispatch({"navigate", {{"section", "profile"}}});
    app.frame();
    app.frame();
    ASSERT_TRUE(app.find("Меню")) << percent;
    EXPECT_GE(app.find("Меню")->rect.h, 44.0f * percent / 100 - 0.5f);
    for (const auto& node : app.semantics().nodes()) {
      EXPECT_LE(node.rect.x + node.rect.w, 360.5f) << percent << "% " << node.label << " " << node.id << " y=" << node.rect.y;
      EXPECT_GE(node.rect.x, -0.5f) << percent << "% " << node.label;
    }
  }
}

TEST(Display, TextSizeAndContrastAreChosenOnTheProfile) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 1200, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Профиль"));
  ASSERT_TRUE(app.click("150 %"));
  EXPECT_EQ(f.runtime.state().text_size_percent, 150);
  app.frame();
  EXPECT_TRUE(app.find("profile.text_size.150")->selected);
  ASSERT_TRUE(app.click("Высокая контрастность"));
  EXPECT_TRUE(f.runtime.state().high_contrast);
  EXPECT_EQ(app.find("profile.high_contrast")->value, "true");
}

TEST(Mirror, FocusRequestsMoveImGuiFocus) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  app.focus("nav.payments");
  EXPECT_TRUE(app.find("nav.payments")->focused);
  app.press_key(ImGuiKey_Space);
  EXPECT_EQ(f.runtime.state().section, app::Section::payments);
}

TEST(Mirror, TheSemanticsRevisionChangesOnlyWithTheTree) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  app.frame();
  const auto revision = app.semantics().revision();
  app.frame();
  app.frame();
  EXPECT_EQ(app.semantics().revision(), revision);
  f.runtime.dispatch({"navigate", {{"section", "help"}}});
  app.frame();
  EXPECT_GT(app.semantics().revision(), revision);
}

TEST(PhoneKeyboard, TextFromTheHiddenInputReplacesTheFieldWhileEditing) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "profile"}}});
  app.frame();
  ASSERT_TRUE(app.type("profile.display_name", "Ан"));
  app.replace_text("profile.display_name", "Анна", static_cast<int>(std::string("Анна").size()));
  EXPECT_EQ(app.find("profile.display_name")->value, "Анна");
  EXPECT_TRUE(app.find("profile.display_name")->editing);
  ImGui::GetIO().AddInputCharactersUTF8("!");  // the caret ended after the replacement
  app.frame();
  EXPECT_EQ(app.find("profile.display_name")->value, "Анна!");
  // Not being edited: the value is simply set.
  f.runtime.dispatch({"navigate", {{"section", "home"}}});
  app.frame();
  f.runtime.dispatch({"navigate", {{"section", "profile"}}});
  app.frame();
  ASSERT_FALSE(app.find("profile.display_name")->editing);
  app.replace_text("profile.display_name", "Вера", 0);
  EXPECT_EQ(app.find("profile.display_name")->value, "Вера");
}

TEST(Keyboard, KeyboardOnlyJourneyThroughTheProfile) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  for (int i = 0; i < 30 && !app.find("nav.profile")->focused; ++i) app.press_tab();
  app.press_key(ImGuiKey_Enter);
  ASSERT_EQ(f.runtime.state().section, app::Section::profile);
  for (int i = 0; i < 30 && !app.find("profile.display_name")->focused; ++i) app.press_tab();
  EXPECT_TRUE(app.find("profile.display_name")->editing);
  ImGui::GetIO().AddInputCharactersUTF8("Anna");
  app.frame();
  EXPECT_EQ(app.find("profile.display_name")->value, "Anna");
}

TEST(Keyboard, CharactersTypedJustBeforeTabStayInTheField) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Профиль"));
  ASSERT_TRUE(app.type("profile.display_name", ""));
  ImGui::GetIO().AddInputCharactersUTF8("Anna");  // the same frame as the Tab
  app.press_tab();
  app.frame();
  EXPECT_EQ(app.find("profile.display_name")->value, "Anna");
  EXPECT_TRUE(app.find("profile.save")->focused);
}
