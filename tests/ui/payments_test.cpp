// Платежи through the real screens: two charges ticked and paid by taps with
// a card and the SMS code, the card's format errors in Russian, the history
// with its filters and the archive, and a 390-px phone.
#include <gtest/gtest.h>

#include "app/payments/state.hpp"
#include "support/test_paths.hpp"
#include "text/rubles.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

std::vector<std::string> unpaid(const app::Runtime& runtime) {
  std::vector<std::string> out;
  for (const payments::Charge* c : app::unpaid_charges(runtime.state().payments)) out.push_back(c->uin);
  return out;
}

void fits_and_finger_sized(const ui::HeadlessApp& app, float width) {
  for (const auto& node : app.semantics().nodes()) {
    EXPECT_LE(node.rect.x + node.rect.w, width + 0.5f) << node.label;
    if (node.role == ui::Role::button || node.role == ui::Role::checkbox || node.role == ui::Role::radio) {
      EXPECT_GE(node.rect.h, 44.0f) << node.label;
    }
  }
}

}  // namespace

TEST(PaymentsScreen, TickTwoChargesAndPayThemByCardWithTheSmsCode) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("nav.payments"));
  const std::vector<std::string> uins = unpaid(f.runtime);
  ASSERT_GE(uins.size(), 3u);
  EXPECT_NE(app.find("Начисления (" + std::to_string(uins.size()) + ")"), nullptr);
  EXPECT_NE(app.find("Отметьте начисления, чтобы оплатить их одной суммой"), nullptr);
  ASSERT_TRUE(app.click("payments.charge." + uins[0] + ".select"));
  ASSERT_TRUE(app.click("payments.charge." + uins[1] + ".select"));
  EXPECT_TRUE(app.find("payments.charge." + uins[0] + ".select")->selected);
  const std::string total = text::format_rubles(app::charges_total(f.runtime.state().payments, {uins[0], uins[1]}));
  ASSERT_TRUE(app.click("Оплатить выбранные (2): " + total));
  EXPECT_NE(app.find("Проверьте реквизиты"), nullptr);
  EXPECT_NE(app.find("Итого к оплате: " + total), nullptr);
  EXPECT_NE(app.find("БИК: 004525988"), nullptr);
  // A typo in the card number is caught before any code is sent.
  ASSERT_TRUE(app.type("Номер карты", "2200 0000 0000 0005"));
  EXPECT_EQ(app.find("Номер карты")->input_hint, "numeric");
  ASSERT_TRUE(app.type("Срок действия", "08/28"));
  ASSERT_TRUE(app.type("Имя владельца", "MARIA IVANOVA"));
  ASSERT_TRUE(app.click("Получить код для оплаты"));
  EXPECT_EQ(app.find("Номер карты")->error, "Номер карты введён с ошибкой: проверьте цифры.");
  app.replace_text("payments.field.card_number", "2200 0000 0000 0004", 19);
  ASSERT_TRUE(app.click("Получить код для оплаты"));
  EXPECT_NE(app.find("Код отправлен на +7 *** ***-67-89."), nullptr);
  ASSERT_TRUE(app.type("Код из SMS", app::sandbox_code(f.runtime, "payment")));
  ASSERT_TRUE(app.click("Оплатить " + total));
  // Paid: the history opens at the new entry with its operation number and the details.
  const app::Payment& p = f.runtime.state().payments.history.back();
  EXPECT_EQ(p.status, "paid");
  EXPECT_NE(app.find("Номер операции: SBX-2026-000001"), nullptr);
  EXPECT_NE(app.find("Способ оплаты: Банковская карта •••• 0004"), nullptr);
  EXPECT_EQ(unpaid(f.runtime).size(), uins.size() - 2);
}

TEST(PaymentsScreen, TheHistoryFiltersAndTheArchive) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("nav.payments"));
  ASSERT_TRUE(app.click("История платежей"));
  EXPECT_NE(app.find("Операций: 2"), nullptr);  // paid elsewhere 2 and 7 months ago
  ASSERT_TRUE(app.click("Фильтры"));
  ASSERT_TRUE(app.click("payments.filter.status.declined"));
  EXPECT_NE(app.find("Нет операций с такими условиями."), nullptr);
  ASSERT_TRUE(app.click("payments.filter.status.all"));
  ASSERT_TRUE(app.type("payments.filter.from", "31.02.2026"));
  EXPECT_NE(app.find("Операций: 2"), nullptr);  // a wrong date filters nothing and says why
  app.replace_text("payments.filter.from", "01.01.2027", 10);
  EXPECT_NE(app.find("Операций: 0"), nullptr);
  app.replace_text("payments.filter.from", "", 0);
  ASSERT_TRUE(app.click("Скрыть фильтры"));
  EXPECT_EQ(app.find("payments.filter.from"), nullptr);
  ASSERT_TRUE(app.click("Архив: операции старше 12 месяцев (2)"));
  EXPECT_NE(app.find("Архив платежей"), nullptr);
  EXPECT_NE(app.find("Операций: 2"), nullptr);
  ASSERT_TRUE(app.click("Вернуться к операциям за 12 месяцев"));
  EXPECT_EQ(app.find("Архив платежей"), nullptr);
}

TEST(PaymentsScreen, ThePhoneLayoutFitsOnEveryPage) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "payments"}}});
  app.frame();
  fits_and_finger_sized(app, 390);
  for (const std::string& uin : unpaid(f.runtime))
    f.runtime.dispatch({"payments_select", {{"uin", uin}, {"selected", true}}});
  app.frame();
  EXPECT_NE(app.find("payments.pay_selected"), nullptr);
  fits_and_finger_sized(app, 390);
  f.runtime.dispatch({"payments_pay", {}});
  app.frame();
  fits_and_finger_sized(app, 390);
  f.runtime.dispatch({"payments_draft", {{"method", "account"}}});
  app.frame();
  EXPECT_NE(app.find("БИК банка"), nullptr);
  fits_and_finger_sized(app, 390);
  f.runtime.dispatch({"payments_panel_close", {}});
  f.runtime.dispatch({"payments_view", {{"tab", "history"}, {"opened", f.runtime.state().payments.history.back().id}}});
  app.frame();
  fits_and_finger_sized(app, 390);
}
