// Уведомления through the real screens: the unread count in the menu, the
// filters, read / unread, opening what an entry is about, deletion with
// confirmation, and a 390-px phone.
#include <gtest/gtest.h>

#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;
using nlohmann::json;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;

void load_feed(ui_test::Fixture& f) {
  const json changed = {{"number", "20261123-000001"}, {"status_key", "tracking.status.in_progress"}};
  const json document = {
      {"version", 1},
      {"entries",
       {{{"id", 1}, {"time_ms", kNow - 3'600'000}, {"category", "applications"}, {"message", "tracking.notice.changed"},
         {"params", changed}, {"object", "application:20261123-000001"}, {"service", "pension-amount-certificate"}},
        {{"id", 2}, {"time_ms", kNow - 60'000}, {"category", "security"}, {"message", "auth.sessions.new_device"},
         {"params", {{"device", "Chrome, Android"}}}, {"object", "security"}}}}};
  f.runtime.dispatch({"loaded", {{"key", app::kNotificationsKey}, {"data", document.dump()}}});
}

}  // namespace

TEST(NotificationsScreen, ReadOpenAndDeleteFromTheFeed) {
  ui_test::Fixture f;
  f.runtime.start();
  load_feed(f);
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("Уведомления (2)"));
  EXPECT_NE(app.find("Показано 2 из 2"), nullptr);
  const ui::SemanticsNode* newest = app.find("notifications.open.2");
  ASSERT_NE(newest, nullptr);
  EXPECT_EQ(newest->label, "Выполнен вход с нового устройства: Chrome, Android. Если это были не вы, смените пароль");
  EXPECT_NE(app.find("Заявление 20261123-000001: Принято к рассмотрению"), nullptr);
  ASSERT_TRUE(app.click("notifications.read.2"));
  EXPECT_NE(app.find("Уведомления (1)"), nullptr);
  ASSERT_TRUE(app.click("Непрочитанные (1)"));
  EXPECT_NE(app.find("Показано 1 из 1"), nullptr);
  EXPECT_EQ(app.find("notifications.open.2"), nullptr);
  ASSERT_TRUE(app.click("Все"));
  // Deleting asks first.
  ASSERT_TRUE(app.click("notifications.delete.2"));
  EXPECT_NE(app.find("notifications.confirm_delete.2"), nullptr);
  EXPECT_EQ(f.runtime.state().notifications.entries.size(), 2u);
  ASSERT_TRUE(app.click("Да, удалить"));
  EXPECT_EQ(f.runtime.state().notifications.entries.size(), 1u);
  EXPECT_NE(app.find("Уведомление удалено"), nullptr);
  // The text opens the application, and only it is listed there.
  ASSERT_TRUE(app.click("Заявление 20261123-000001: Принято к рассмотрению"));
  EXPECT_EQ(f.runtime.state().section, app::Section::applications);
  EXPECT_NE(app.find("Уведомления"), nullptr) << "nothing unread: the plain label";
}

TEST(NotificationsScreen, AnEmptyFeedSaysWhatWillComeAndThePhoneLayoutFits) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "notifications"}}});
  app.frame();
  EXPECT_NE(app.find("Уведомлений пока нет. Они появятся, когда изменится статус заявления, подойдёт срок согласия или "
                     "кто-то войдёт в кабинет с нового устройства."),
            nullptr);
  load_feed(f);
  app.frame();
  for (const auto& node : app.semantics().nodes())
    EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;
}

TEST(NotificationsScreen, SettingsChooseTheChannelsTopicsAndQuietHours) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "notifications"}}});
  ASSERT_TRUE(app.click("Настройки уведомлений"));
  EXPECT_TRUE(app.find("Электронная почта")->selected);
  EXPECT_TRUE(app.find("SMS на телефон")->selected);
  EXPECT_FALSE(app.find("Push-уведомления в браузере")->selected);
  EXPECT_NE(app.find("Безопасность: присылаем всегда, чтобы вы сразу узнали о входе с чужого устройства"), nullptr);
  ASSERT_TRUE(app.click("SMS на телефон"));
  ASSERT_TRUE(app.click("notifications.settings.topic.documents"));
  ASSERT_TRUE(app.type("С (ЧЧ:ММ, по Москве)", "1"));  // "22:00" + "1": not a time
  ASSERT_TRUE(app.click("Сохранить настройки"));
  EXPECT_EQ(app.find("С (ЧЧ:ММ, по Москве)")->error, "Укажите время как ЧЧ:ММ, например 22:00");
  EXPECT_TRUE(f.runtime.state().notifications.settings.sms) << "nothing saved from a refused form";
  app.replace_text("notifications.settings.quiet_from", "23:00", 5);
  app.frame();
  ASSERT_TRUE(app.click("Сохранить настройки"));
  const app::NotificationSettings& s = f.runtime.state().notifications.settings;
  EXPECT_FALSE(s.sms);
  EXPECT_EQ(s.muted, std::vector<std::string>{"documents"});
  EXPECT_EQ(s.quiet_from, 23 * 60);
  EXPECT_NE(app.find("Настройки уведомлений сохранены"), nullptr);
  EXPECT_EQ(app.find("Сохранить настройки"), nullptr) << "the panel folds after saving";
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;
}
