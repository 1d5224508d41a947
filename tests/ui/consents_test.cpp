// Согласия driven headless through the real screens: give with the code from
// the notification area, the detail card, withdraw with confirmation, the
// journal; the refusal on a form's step; the phone layout.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <vector>

#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

using ui_test::Fixture;

const char* const kAutofill = "Дать согласие: Получение сведений из государственных реестров для автозаполнения";

// The one-time codes in the sandbox delivery's notices, as a citizen reads them
// (registration's codes may still be there).
std::vector<std::string> codes_in_notices(const ui::HeadlessApp& app) {
  const std::regex code("код (\\d{6}) отправлен");
  std::vector<std::string> codes;
  std::smatch match;
  for (const auto& node : app.semantics().nodes()) {
    if (node.id.starts_with("notice.") && std::regex_search(node.label, match, code)) codes.push_back(match[1]);
  }
  return codes;
}

void fill_and_confirm(ui::HeadlessApp& app) {
  const std::pair<const char*, const char*> subject[] = {{"Фамилия, имя, отчество", "Иванова Анна Петровна"},
                                                         {"Адрес регистрации", "г. Москва, ул. Тверская, д. 1, кв. 2"},
                                                         {"Паспорт: серия и номер", "4510 123456"},
                                                         {"Дата выдачи паспорта", "12.03.2015"},
                                                         {"Кем выдан паспорт", "ОВД района Хамовники"},
                                                         {"Телефон для кода подтверждения", "+7 912 345-67-89"}};
  for (const auto& [label, text] : subject) {
    const ui::SemanticsNode* field = app.find(label);
    ASSERT_NE(field, nullptr) << label;
    if (field->value.empty()) {  // else prefilled from the profile
      ASSERT_TRUE(app.type(label, text)) << label;
    }
  }
  ASSERT_TRUE(app.click("Я ознакомлен(а) с текстом согласия"));
  const std::vector<std::string> before = codes_in_notices(app);
  ASSERT_TRUE(app.click("Получить код"));
  std::string code;
  for (const std::string& c : codes_in_notices(app)) {
    if (std::find(before.begin(), before.end(), c) == before.end()) code = c;
  }
  ASSERT_EQ(code.size(), 6u);
  ASSERT_TRUE(app.type("Код подтверждения", code));
  ASSERT_TRUE(app.click("Подтвердить согласие"));
}

}  // namespace

TEST(Consents, GiveOpenTheCardWithdrawAndReadTheJournal) {
  Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Согласия"));
  EXPECT_NE(app.find("Действующие (0)"), nullptr);
  ASSERT_TRUE(app.click(kAutofill));
  EXPECT_NE(app.find("Текст согласия"), nullptr);
  EXPECT_NE(app.find("Оператор: Социальный фонд России, 119991, г. Москва, ул. Шаболовка, д. 4"), nullptr);
  // Without the tick, no code.
  app.click("Получить код");
  EXPECT_NE(app.find("Отметьте, что вы ознакомились с текстом согласия."), nullptr);
  fill_and_confirm(app);
  ASSERT_EQ(f.runtime.state().consents.book.records().size(), 1u);
  EXPECT_NE(app.find("Действующие (1)"), nullptr);
  // The card opened on the new consent, with the art. 9 items and the history.
  EXPECT_NE(app.find("Свернуть: № C-000001"), nullptr);
  EXPECT_NE(app.find("Субъект персональных данных: Иванова Мария Петровна"), nullptr);
  EXPECT_NE(app.find("Статус: Дано"), nullptr);
  ASSERT_TRUE(app.click("Отозвать"));
  const ui::SemanticsNode* confirm = app.find("consents.confirm_withdraw");
  ASSERT_NE(confirm, nullptr);
  EXPECT_NE(confirm->label.find("до 23.12.2026"), std::string::npos) << confirm->label;
  EXPECT_EQ(f.runtime.state().consents.book.records()[0].status, consents::Status::given);
  ASSERT_TRUE(app.click("Да, отозвать"));
  EXPECT_EQ(f.runtime.state().consents.book.records()[0].status, consents::Status::withdrawn);
  EXPECT_NE(app.find("Прошлые (1)"), nullptr);
  EXPECT_NE(app.find("Данные должны быть уничтожены до: 23.12.2026"), nullptr);
  ASSERT_TRUE(app.click("Журнал (2)"));
  EXPECT_NE(app.find("Журнал действий с согласиями"), nullptr);
  size_t rows = 0;
  for (const auto& node : app.semantics().nodes()) rows += node.label == "C-000001";
  EXPECT_EQ(rows, 2u);
}

TEST(Consents, AStepWithoutConsentSaysWhyAndOffersIt) {
  Fixture f;
  f.runtime.start();
  f.runtime.dispatch({"set_profile_data", {{"values", {{"passport", "4510 123456"}}}}});
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"open_service", {{"form", "identity-confirmation"}}});
  app.frame();
  EXPECT_NE(app.find("• Получение сведений из государственных реестров для автозаполнения: согласия нет"), nullptr);
  ASSERT_TRUE(app.click("Начать"));
  const ui::SemanticsNode* refusal = app.find("consents.gate.autofill");
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->role, ui::Role::alert);
  EXPECT_NE(refusal->label.find("Нет согласия"), std::string::npos) << refusal->label;
  EXPECT_EQ(app.find("Серия и номер паспорта")->value, "");
  ASSERT_TRUE(app.click(kAutofill));
  EXPECT_EQ(f.runtime.state().section, app::Section::consents);
  fill_and_confirm(app);
  // Back on the step, filled from the profile.
  EXPECT_EQ(f.runtime.state().section, app::Section::services);
  EXPECT_EQ(app.find("consents.gate.autofill"), nullptr);
  EXPECT_EQ(f.runtime.state().forms.journey.data.value("passport", ""), "4510 123456");
}

TEST(Consents, ARepresentativeFillsTheirOwnDetailsAndTheTextSaysOnWhoseBehalf) {
  Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Согласия"));
  ASSERT_TRUE(app.click(kAutofill));
  EXPECT_EQ(app.find("Представитель: фамилия, имя, отчество"), nullptr);
  ASSERT_TRUE(app.click("Согласие оформляет представитель (по доверенности)"));
  ASSERT_TRUE(app.type("Представитель: фамилия, имя, отчество", "Иванов Пётр Сергеевич"));
  ASSERT_TRUE(app.type("Документ о полномочиях (реквизиты доверенности)", "77 АА 1234567 от 01.02.2026"));
  app.frame();
  bool intro = false;
  for (const auto& node : app.semantics().nodes())
    intro = intro || node.label.starts_with("Я, Иванов Пётр Сергеевич, действуя от имени Иванова Мария Петровна");
  EXPECT_TRUE(intro) << "the consent text names the representative and the subject";
  ASSERT_TRUE(app.click("Я ознакомлен(а) с текстом согласия"));
  ASSERT_TRUE(app.click("Получить код"));
  const ui::SemanticsNode* passport = app.find("consents.form.representative.passport");
  ASSERT_NE(passport, nullptr);
  EXPECT_FALSE(passport->error.empty()) << "the representative's empty passport is an error";
}

TEST(Consents, ThePhoneLayoutKeepsEverythingOnScreen) {
  Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "consents"}}});
  app.frame();
  const auto fits = [&app](const char* page) {
    for (const auto& node : app.semantics().nodes())
      EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << page << ": " << node.label;
  };
  fits("Согласия");
  ASSERT_TRUE(app.click(kAutofill));
  fits("the form");
  fill_and_confirm(app);
  fits("the card");
  ASSERT_TRUE(app.click("Журнал (1)"));
  fits("the journal");
  // One line per entry on a phone instead of the table.
  size_t lines = 0;
  for (const auto& node : app.semantics().nodes())
    lines += node.label.find(" · № C-000001 · Согласие дано · Дано · ") != std::string::npos;
  EXPECT_EQ(lines, 1u);
}
