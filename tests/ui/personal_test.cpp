// Профиль → «Личные данные» through the real screens: the passport typed in
// with an error shown on its field, then saved (the level becomes
// стандартная), and the phone changed with the code sent to the new one; a
// 390-px phone at 200 % text keeps every field and button on the screen.
#include <gtest/gtest.h>

#include "app/account/account.hpp"
#include "app/kernel/scenario.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

// Registered without a passport: a базовая account.
app::DemoPerson without_passport() {
  app::DemoPerson person;
  person.passport.clear();
  return person;
}

}  // namespace

TEST(PersonalScreen, ThePassportRaisesTheLevelAndThePhoneChangesWithItsCode) {
  ui_test::Fixture f(without_passport());
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "profile"}}});
  app.frame();
  ASSERT_NE(app.find("Упрощённая (базовый уровень)"), nullptr);
  ASSERT_NE(app.find("СНИЛС: 112-233-445 95"), nullptr);
  ASSERT_TRUE(app.type("personal.passport", "4510 123456"));
  ASSERT_TRUE(app.type("personal.passport_issue_date", "20.03.1998"));  // before the 14th birthday
  ASSERT_TRUE(app.type("personal.passport_issued_by", "ГУ МВД России по г. Москве"));
  ASSERT_TRUE(app.type("personal.passport_office_code", "770-001"));
  ASSERT_TRUE(app.click("Сохранить паспорт"));
  const ui::SemanticsNode* date = app.find("personal.passport_issue_date");
  ASSERT_NE(date, nullptr);
  EXPECT_TRUE(date->invalid);
  EXPECT_EQ(date->error, "Паспорт выдают с 14 лет: проверьте дату выдачи и дату рождения");
  app.replace_text("personal.passport_issue_date", "20.03.2005", 10);
  ASSERT_TRUE(app.click("Сохранить паспорт"));
  EXPECT_EQ(f.runtime.state().account.identity_level, "standard");
  EXPECT_NE(app.find("4510 123456, выдан 20.03.2005, ГУ МВД России по г. Москве, код подразделения 770-001"), nullptr);
  EXPECT_NE(app.find("Стандартная: СНИЛС и паспорт указаны и проверены по формату"), nullptr);

  ASSERT_TRUE(app.click("Изменить телефон"));
  ASSERT_TRUE(app.type("personal.phone", "+7 916 000-11-22"));
  ASSERT_TRUE(app.type("personal.password", f.person.password));
  ASSERT_TRUE(app.click("personal.phone.send_code"));
  ASSERT_TRUE(app.type("personal.code", app::sandbox_code(f.runtime, "profile_phone")));
  ASSERT_TRUE(app.click("personal.phone.confirm"));
  EXPECT_NE(app.find("Мобильный телефон: +7 916 000-11-22"), nullptr);
  EXPECT_EQ(app.find("personal.code"), nullptr) << "the code field is gone once the phone changed";
}

TEST(PersonalScreen, APhoneAtLargeTextKeepsEveryFieldOnTheScreen) {
  ui_test::Fixture f(without_passport());
  f.runtime.dispatch({"set_text_size", {{"percent", 200}}});
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "profile"}}});
  app.frame();
  ASSERT_TRUE(app.click("Изменить электронную почту"));
  for (const auto& node : app.semantics().nodes()) {
    if (node.id.rfind("personal.", 0) != 0) continue;
    EXPECT_GE(node.rect.x, -0.5f) << node.id;
    EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.id;
    if (node.role == ui::Role::button || node.role == ui::Role::link) {
      EXPECT_GE(node.rect.h, 44.0f) << node.id;
    }
  }
  EXPECT_NE(app.find("personal.email"), nullptr);
  EXPECT_NE(app.find("personal.passport_save"), nullptr);
}

// Seed 000: a service above the account's level is shown, «Начать» disabled,
// with the reason and the way up; once the passport is in, it starts.
TEST(PersonalScreen, AStandardServiceWaitsForThePassportAndShowsTheWayThere) {
  ui_test::Fixture f(without_passport());
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"open_service", {{"form", "pension-amount-certificate"}}});
  app.frame();
  const ui::SemanticsNode* start = app.find("journey.start");
  ASSERT_NE(start, nullptr);
  EXPECT_TRUE(start->disabled);
  EXPECT_NE(app.find("journey.level_required"), nullptr);
  f.runtime.dispatch({"start_form", {{"form", "pension-amount-certificate"}}});
  EXPECT_FALSE(f.runtime.state().forms.has_journey) << "the core refuses too, not only the button";
  EXPECT_EQ(f.runtime.state().notices.back().message_key, "journey.level_required.standard");
  ASSERT_TRUE(app.click("Указать паспорт в профиле"));
  EXPECT_EQ(f.runtime.state().section, app::Section::profile);
  app.frame();
  app.frame();
  const ui::SemanticsNode* passport = app.find("personal.passport");
  ASSERT_NE(passport, nullptr);
  EXPECT_TRUE(passport->focused) << "the way up lands on the passport field, not the top of Профиль";
  ASSERT_TRUE(app.type("personal.passport", "4510 123456"));
  ASSERT_TRUE(app.type("personal.passport_issue_date", "20.03.2005"));
  ASSERT_TRUE(app.type("personal.passport_issued_by", "ГУ МВД России по г. Москве"));
  ASSERT_TRUE(app.type("personal.passport_office_code", "770-001"));
  ASSERT_TRUE(app.click("Сохранить паспорт"));
  f.runtime.dispatch({"open_service", {{"form", "pension-amount-certificate"}}});
  app.frame();
  EXPECT_FALSE(app.find("journey.start")->disabled);
  ASSERT_TRUE(app.click("journey.start"));
  EXPECT_TRUE(f.runtime.state().forms.has_journey);
}

// Подтверждённая services: the way up from стандартная is «Подтверждение
// личности»; once the agency has done it, «Начать» works.
TEST(PersonalScreen, AConfirmedServiceLeadsToIdentityConfirmation) {
  ui_test::Fixture f;
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"open_service", {{"form", "maternity-capital"}}});
  app.frame();
  ASSERT_TRUE(app.find("journey.start")->disabled);
  const ui::SemanticsNode* reason = app.find("journey.level_required");
  ASSERT_NE(reason, nullptr);
  EXPECT_NE(reason->label.find("подтверждённой учётной записью"), std::string::npos) << reason->label;
  ASSERT_TRUE(app.click("Подать «Подтверждение личности»"));
  EXPECT_EQ(f.runtime.state().forms.open_service, app::kIdentityConfirmationForm);
  ASSERT_TRUE(app::confirm_demo_identity(f.runtime));
  f.runtime.dispatch({"open_service", {{"form", "maternity-capital"}}});
  app.frame();
  EXPECT_EQ(app.find("journey.level_required"), nullptr);
  ASSERT_TRUE(app.click("journey.start"));
  EXPECT_TRUE(f.runtime.state().forms.has_journey);
}
