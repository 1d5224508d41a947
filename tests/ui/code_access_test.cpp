// «Войти по СНИЛС и коду» and «Забыли пароль?» through the real screens:
// typed SNILS and phone, the sandbox code, signed in; a forgotten password
// replaced after the code, with the rules ticked off as it is typed; and the
// forms and the switch in Безопасность fit a 360-px phone at 200 % text.
#include <gtest/gtest.h>

#include "app/kernel/scenario.hpp"
#include "support/remote_escrow_stand_in.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

void expect_fits(const ui::HeadlessApp& app, float width, const std::string& prefix) {
  for (const auto& node : app.semantics().nodes()) {
    if (node.id.rfind(prefix, 0) != 0) continue;
    EXPECT_GE(node.rect.x, -0.5f) << node.id;
    EXPECT_LE(node.rect.x + node.rect.w, width + 0.5f) << node.id;
    if (node.role == ui::Role::button || node.role == ui::Role::link) {
      EXPECT_GE(node.rect.h, 44.0f) << node.id;
    }
  }
}

}  // namespace

// The fund's escrow is reachable; the citizen turned code access on in Безопасность (with the
// password), then signed out.
void with_code_access(ui_test::Fixture& f, test::RemoteEscrowStandIn& escrow) {
  f.runtime.set_escrow(&escrow);
  f.runtime.dispatch({"set_code_access", {{"on", true}, {"password", f.person.password}}});
  ASSERT_TRUE(f.runtime.state().account.code_access);
  f.runtime.dispatch({"sign_out", {}});
}

TEST(CodeAccessScreen, SnilsPhoneAndTheCodeSignIn) {
  ui_test::Fixture f;
  test::RemoteEscrowStandIn escrow;
  with_code_access(f, escrow);
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "documents"}}});
  app.frame();
  ASSERT_TRUE(app.click("Войти по СНИЛС и коду из СМС"));
  ASSERT_TRUE(app.type("code_sign_in.snils", "112-233-445 96"));
  ASSERT_TRUE(app.type("code_sign_in.phone", "+7 912 345-67-89"));
  ASSERT_TRUE(app.click("code_sign_in.get_code"));
  const ui::SemanticsNode* snils = app.find("code_sign_in.snils");
  ASSERT_NE(snils, nullptr);
  EXPECT_TRUE(snils->invalid) << "a wrong check digit is shown on the field";
  app.replace_text("code_sign_in.snils", "112-233-445 95", 14);
  ASSERT_TRUE(app.click("code_sign_in.get_code"));
  ASSERT_NE(app.find("Код отправлен на +7 *** ***-67-89. Он действует 5 минут."), nullptr);
  ASSERT_TRUE(app.type("code_sign_in.code", app::sandbox_code(f.runtime, "sign_in")));
  ASSERT_TRUE(app.click("code_sign_in.submit"));
  EXPECT_EQ(f.runtime.state().account.phase, app::AccountPhase::signed_in);
  // Signed out again: the password form comes first.
  f.runtime.dispatch({"sign_out", {}});
  app.frame();
  app.frame();
  EXPECT_NE(app.find("sign_in.password"), nullptr);
}

TEST(CodeAccessScreen, AForgottenPasswordIsReplacedAfterTheCode) {
  ui_test::Fixture f;
  test::RemoteEscrowStandIn escrow;
  with_code_access(f, escrow);
  ui::HeadlessApp app(f.runtime, 360, 800, cabinet::test::font_dir());
  // Each form fits a 360-px phone at 200 % text; the clicks happen at 100 %.
  const auto fits_at_large_text = [&] {
    f.runtime.dispatch({"set_text_size", {{"percent", 200}}});
    app.frame();
    app.frame();
    expect_fits(app, 360, "password_reset.");
    f.runtime.dispatch({"set_text_size", {{"percent", 100}}});
    app.frame();
    app.frame();
  };
  f.runtime.dispatch({"navigate", {{"section", "documents"}}});
  app.frame();
  ASSERT_TRUE(app.click("sign_in.forgot"));
  fits_at_large_text();
  ASSERT_TRUE(app.type("password_reset.login", "maria.ivanova@example.ru"));
  ASSERT_TRUE(app.click("password_reset.get_code"));
  ASSERT_TRUE(app.type("password_reset.code", app::sandbox_code(f.runtime, "password_reset")));
  ASSERT_TRUE(app.click("password_reset.continue"));
  ASSERT_EQ(f.runtime.state().account.phase, app::AccountPhase::new_password);
  app.frame();
  ASSERT_TRUE(app.type("password_reset.new", "Мояпесня#85"));
  ASSERT_NE(app.find("✓ Не менее 8 символов"), nullptr) << "the rules are ticked while typing";
  ASSERT_TRUE(app.type("password_reset.repeat", "Мояпесня#85"));
  fits_at_large_text();
  ASSERT_TRUE(app.click("password_reset.save"));
  EXPECT_EQ(f.runtime.state().account.phase, app::AccountPhase::signed_in);
  f.runtime.dispatch({"sign_out", {}});
  app.frame();
  ASSERT_TRUE(app.type("sign_in.login", "+7 912 345-67-89"));
  ASSERT_TRUE(app.type("sign_in.password", "Мояпесня#85"));
  ASSERT_TRUE(app.click("sign_in.submit"));
  EXPECT_EQ(f.runtime.state().account.phase, app::AccountPhase::signed_in) << "the new Cyrillic password signs in";
}

TEST(CodeAccessScreen, TheSwitchInSecurityTakesThePasswordAndSaysWhatItMeans) {
  ui_test::Fixture f;
  test::RemoteEscrowStandIn escrow;
  f.runtime.set_escrow(&escrow);
  f.runtime.dispatch({"set_text_size", {{"percent", 200}}});
  ui::HeadlessApp app(f.runtime, 360, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "profile"}}});
  app.frame();
  ASSERT_NE(app.find("Выключено: кабинет открывается только паролем. Забытый пароль не восстановить — только из "
                     "резервной копии."),
            nullptr)
      << "off until the citizen turns it on";
  const ui::SemanticsNode* on = app.find("code_access.on");
  ASSERT_NE(on, nullptr);
  EXPECT_EQ(on->label, "Включить вход по коду");
  expect_fits(app, 360, "code_access.");
  f.runtime.dispatch({"set_text_size", {{"percent", 100}}});
  app.frame();
  ASSERT_TRUE(app.type("code_access.password", "Wr0ng!Passw0rd"));
  ASSERT_TRUE(app.click("code_access.on"));
  EXPECT_EQ(app.find("code_access.password")->error, "Текущий пароль указан неверно");
  EXPECT_FALSE(f.runtime.state().account.code_access);
  ASSERT_TRUE(app.type("code_access.password", f.person.password));
  ASSERT_TRUE(app.click("code_access.on"));
  EXPECT_TRUE(f.runtime.state().account.code_access);
  EXPECT_NE(app.find("code_access.off"), nullptr);
  EXPECT_EQ(app.find("code_access.password")->value, "") << "the password is not kept on the screen";
}

// This build has no escrow of the fund's: nowhere is code access offered, and both places
// that would offer it say why, on a phone at 200 % text too.
TEST(CodeAccessScreen, WithoutTheFundsEscrowNothingOffersItAndTheScreensSayWhy) {
  ui_test::Fixture f;
  const std::string why =
      "Вход по СНИЛС и коду и восстановление пароля по коду станут доступны, когда кабинет будет подключён к серверу "
      "фонда: ключ, который открывает кабинет по коду, должен храниться у фонда, а не на этом устройстве рядом с "
      "зашифрованными данными. Пока кабинет открывается только паролем.";
  f.runtime.dispatch({"set_text_size", {{"percent", 200}}});
  ui::HeadlessApp app(f.runtime, 360, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "profile"}}});
  app.frame();
  EXPECT_NE(app.find(why), nullptr) << "Безопасность says why there is no switch";
  EXPECT_EQ(app.find("code_access.on"), nullptr);
  EXPECT_EQ(app.find("code_access.password"), nullptr);
  expect_fits(app, 360, "code_access.");
  f.runtime.dispatch({"sign_out", {}});
  f.runtime.dispatch({"navigate", {{"section", "documents"}}});
  app.frame();
  app.frame();
  EXPECT_EQ(app.find("sign_in.by_code"), nullptr) << "no code sign-in on the sign-in form";
  ASSERT_TRUE(app.click("sign_in.forgot"));
  app.frame();
  EXPECT_NE(app.find(why), nullptr) << "«Забыли пароль?» says why";
  EXPECT_EQ(app.find("password_reset.get_code"), nullptr);
  EXPECT_NE(app.find("restore.open"), nullptr) << "a backup still restores the account";
}
