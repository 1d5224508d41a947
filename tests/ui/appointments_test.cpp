// Запись на приём through the real screens: the booking panel by taps
// (question, region, office, day, time), the contacts typed, the consent
// asked and given, the confirmation card with its number, «Изменить запись»,
// «Отменить запись» with confirmation, and a 390-px phone.
#include <gtest/gtest.h>

#include "../unit/app/consent_steps.hpp"
#include "app/appointments/state.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

// The first choice button of a row ("appointments.time." → its id), "" when none is drawn.
std::string first_choice(const ui::HeadlessApp& app, const std::string& prefix) {
  for (const auto& node : app.semantics().nodes()) {
    if (node.id.starts_with(prefix)) return node.id;
  }
  return "";
}

void fits(const ui::HeadlessApp& app, float width) {
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, width + 0.5f) << node.label;
}

}  // namespace

TEST(AppointmentsScreen, BookByTapsGiveTheConsentAndSeeTheConfirmation) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("nav.appointments"));
  EXPECT_NE(app.find("Записей пока нет. Нажмите «Записаться на приём»."), nullptr);
  ASSERT_TRUE(app.click("Записаться на приём"));
  EXPECT_NE(app.find("Новая запись"), nullptr);
  ASSERT_TRUE(app.click("Получение справки"));
  ASSERT_TRUE(app.click("Москва"));
  ASSERT_TRUE(app.click("Клиентская служба СФР в районе Хамовники, г. Москва, Комсомольский пр-т, д. 10"));
  EXPECT_NE(app.find("Часы работы: пн–чт 09:00–18:00, пт 09:00–16:45; перерыв 13:00–14:00. Телефон: +7 495 000-10-01. "
                     "Время московское."),
            nullptr);
  const std::string day = first_choice(app, "appointments.day.");
  ASSERT_FALSE(day.empty()) << "the days with free time";
  ASSERT_TRUE(app.click(day));
  const std::string time = first_choice(app, "appointments.time.");
  ASSERT_FALSE(time.empty());
  ASSERT_TRUE(app.click(time));
  EXPECT_TRUE(app.find(time)->selected);
  ASSERT_NE(f.runtime.state().appointments.draft.start_ms, 0);
  ASSERT_TRUE(app.type("Мобильный телефон", "+7 916 123-45-67"));
  EXPECT_EQ(app.find("Мобильный телефон")->input_hint, "tel");
  ASSERT_TRUE(app.type("Комментарий (необязательно)", "Справка о размере пенсии для банка"));
  ASSERT_TRUE(app.click("appointments.submit"));
  // No consent yet: the reason and the way to give it.
  ASSERT_NE(app.find("appointments.submit.error"), nullptr);
  ASSERT_TRUE(app.click("Дать согласие"));
  EXPECT_EQ(f.runtime.state().section, app::Section::consents);
  f.runtime.dispatch({"consent_cancel", {}});
  ASSERT_FALSE(consent_steps::give(f.runtime, "application_processing", "appointments").empty());
  app.frame();
  EXPECT_EQ(f.runtime.state().section, app::Section::appointments);
  EXPECT_EQ(app.find("Комментарий (необязательно)")->value, "Справка о размере пенсии для банка");
  ASSERT_TRUE(app.click("appointments.submit"));
  ASSERT_EQ(f.runtime.state().appointments.appointments.size(), 1u);
  const app::Appointment& a = f.runtime.state().appointments.appointments[0];
  EXPECT_NE(app.find("Запись № " + a.number), nullptr);
  EXPECT_NE(app.find("Статус: Вы записаны"), nullptr);
  EXPECT_NE(app.find("Комментарий: Справка о размере пенсии для банка"), nullptr);
  // «Изменить запись» opens the times of the same office.
  ASSERT_TRUE(app.click("appointments." + a.number + ".reschedule"));
  EXPECT_NE(app.find("Изменить запись " + a.number), nullptr);
  ASSERT_TRUE(app.click("Отмена"));
  // Cancelling asks first.
  ASSERT_TRUE(app.click("appointments." + a.number + ".cancel"));
  EXPECT_NE(app.find("appointments." + a.number + ".confirm_cancel"), nullptr);
  ASSERT_TRUE(app.click("Да, отменить"));
  EXPECT_EQ(f.runtime.state().appointments.appointments[0].status, "cancelled");
  ASSERT_TRUE(app.click("Прошедшие и отменённые (1)"));
  EXPECT_NE(app.find("Статус: Запись отменена"), nullptr);
}

TEST(AppointmentsScreen, OfflineThePanelSaysWhyThereAreNoTimes) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"set_online", {{"online", false}}});
  f.runtime.dispatch({"appointments_new", {{"service", "pension"}}});
  f.runtime.dispatch({"appointments_draft", {{"region", "54"}}});
  f.runtime.dispatch({"appointments_draft", {{"office", "54-01"}}});
  app.frame();
  EXPECT_NE(app.find("appointments.slots_offline"), nullptr);
  EXPECT_NE(app.find("Часы работы: пн–чт 09:00–18:00, пт 09:00–16:45; перерыв 13:00–14:00. Телефон: +7 383 000-50-01. "
                     "Время местное (МСК+4)."),
            nullptr);
  f.runtime.dispatch({"set_online", {{"online", true}}});
  app.frame();
  EXPECT_EQ(app.find("appointments.slots_offline"), nullptr);
  EXPECT_FALSE(first_choice(app, "appointments.time.").empty());
}

TEST(AppointmentsScreen, ThePhoneLayoutFitsWithThePanelAndTheCards) {
  ui_test::Fixture f;
  f.runtime.start();
  ASSERT_FALSE(consent_steps::give(f.runtime, "application_processing").empty());
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"appointments_new", {{"service", "maternity_capital"}}});
  f.runtime.dispatch({"appointments_draft", {{"region", "66"}}});
  f.runtime.dispatch({"appointments_draft", {{"office", "66-01"}}});
  app.frame();
  fits(app, 390);
  ASSERT_FALSE(f.runtime.state().appointments.draft.slots.empty());
  f.runtime.dispatch(
      {"appointments_draft",
       {{"start_ms", f.runtime.state().appointments.draft.slots.back().start_ms}, {"phone", "+7 916 123-45-67"}}});
  f.runtime.dispatch({"appointment_submit", {}});
  ASSERT_EQ(f.runtime.state().appointments.appointments.size(), 1u);
  app.frame();
  fits(app, 390);
}

TEST(AppointmentsScreen, RadioAndCheckBoxRowsAreFingerSized) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"appointments_new", {}});
  app.frame();
  size_t rows = 0;
  for (const auto& node : app.semantics().nodes()) {
    if (node.role != ui::Role::radio && node.role != ui::Role::checkbox) continue;
    ++rows;
    EXPECT_GE(node.rect.h, 44.0f) << node.label;
  }
  EXPECT_GE(rows, 10u);
}
