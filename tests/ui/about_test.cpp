// «О сервисе»: the sign-in page says what this build is and links to the page,
// which opens signed out too; Помощь and the navigation link to it as well.
#include <gtest/gtest.h>

#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

using ui_test::Fixture;

bool shows_text_containing(const ui::HeadlessApp& app, const std::string& part) {
  for (const auto& node : app.semantics().nodes()) {
    if (node.label.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST(About, TheSignInPageSaysWhatThisBuildIsAndOpensAboutSignedOut) {
  Fixture f;
  ASSERT_TRUE(f.signed_in);
  f.runtime.dispatch({"sign_out", {}});
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  ASSERT_NE(app.find("sign_in.submit"), nullptr);
  const ui::SemanticsNode* line = app.find(
      "Это демонстрационная сборка: ведомство, банк, запись на приём и SMS — учебные песочницы. Входа через ЕСИА "
      "(Госуслуги) нет, подпись заявлений — не КЭП.");
  ASSERT_NE(line, nullptr);
  const ui::SemanticsNode* link = app.find("sign_in.about");
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->role, ui::Role::link);
  EXPECT_EQ(link->label, "О сервисе");
  EXPECT_LT(line->rect.y, app.find("sign_in.login")->rect.y) << "said before anything is typed";

  ASSERT_TRUE(app.click("sign_in.about"));
  EXPECT_EQ(f.runtime.state().section, app::Section::about);
  EXPECT_NE(f.runtime.state().account.phase, app::AccountPhase::signed_in);
  EXPECT_EQ(app.find("sign_in.submit"), nullptr) << "the page itself, not the sign-in gate";
  const ui::SemanticsNode* title = app.find("О сервисе");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->role, ui::Role::heading);
  for (const char* said : {"песочница", "деньги не списываются", "Запись на приём", "«Сведения»", "SMS, письма и push",
                           "ЕСИА (Госуслуги)", "простой электронной подписью", "Ed25519", "(КЭП)",
                           "только на этом устройстве, зашифрованными", "Версия " CABINET_VERSION})
    EXPECT_TRUE(shows_text_containing(app, said)) << said;
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;

  ASSERT_TRUE(app.click("Ко входу"));
  EXPECT_EQ(f.runtime.state().section, app::Section::home);
  EXPECT_NE(app.find("sign_in.submit"), nullptr);
}

TEST(About, TheFirstPageSaysItTooBeforeAnAccountExists) {
  storage::MemoryStorage storage;
  app::FakeClock clock{1'795'424'400'000};
  app::Runtime runtime{storage, clock, app::test_account_crypto()};
  runtime.start();
  ui::HeadlessApp app(runtime, 390, 844, cabinet::test::font_dir());
  ASSERT_NE(app.find("sign_in.register"), nullptr);
  EXPECT_TRUE(shows_text_containing(app, "Входа через ЕСИА (Госуслуги) нет, подпись заявлений — не КЭП."));
  ASSERT_TRUE(app.click("sign_in.about"));
  EXPECT_EQ(runtime.state().section, app::Section::about);
  ASSERT_TRUE(app.click("Ко входу"));
  EXPECT_NE(app.find("sign_in.register"), nullptr);
}

TEST(About, HelpAndTheNavigationLinkToItWithoutAddingASection) {
  Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 1200, cabinet::test::font_dir());
  size_t sections = 0;
  for (const auto& node : app.semantics().nodes()) sections += node.role == ui::Role::navigation_item;
  EXPECT_EQ(sections, app::kAllSections.size() - 1) << "«О сервисе» is a link below the sections, not one more of them";
  ASSERT_NE(app.find("nav.about"), nullptr);
  EXPECT_EQ(app.find("nav.about")->role, ui::Role::link);
  ASSERT_TRUE(app.click("nav.about"));
  EXPECT_EQ(f.runtime.state().section, app::Section::about);
  EXPECT_EQ(app.find("about.to_sign_in"), nullptr) << "signed in: no way back to a sign-in";

  ASSERT_TRUE(app.click("Помощь"));
  ASSERT_TRUE(app.click("help.about"));
  EXPECT_EQ(f.runtime.state().section, app::Section::about);

  ASSERT_TRUE(app.click("English"));
  app.frame();
  ASSERT_NE(app.find("About"), nullptr);
  EXPECT_TRUE(shows_text_containing(app, "not a qualified electronic signature (KEP)"));
}
