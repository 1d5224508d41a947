// Context actions on list entries: a long press (the finger held still), a
// right click, or Shift+F10 / the Menu key on the focused entry opens a small
// menu of the entry's actions; the press itself does not open the entry.
#include <gtest/gtest.h>
#include <imgui.h>

#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;
using nlohmann::json;

namespace {

constexpr int64_t kNow = 1'795'424'400'000;

void load_feed(ui_test::Fixture& f) {
  const json document = {{"version", 1},
                         {"entries",
                          {{{"id", 1},
                            {"time_ms", kNow - 60'000},
                            {"category", "applications"},
                            {"message", "tracking.notice.changed"},
                            {"params", {{"number", "20261123-000001"}, {"status_key", "tracking.status.in_progress"}}},
                            {"object", "application:20261123-000001"},
                            {"service", "pension-amount-certificate"}}}}};
  f.runtime.dispatch({"loaded", {{"key", app::kNotificationsKey}, {"data", document.dump()}}});
}

struct NotificationsOpen : ui_test::Fixture {
  ui::HeadlessApp app{runtime, 1280, 800, cabinet::test::font_dir()};
  NotificationsOpen() {
    runtime.start();
    load_feed(*this);
    runtime.dispatch({"navigate", {{"section", "notifications"}}});
    app.frame();
  }
  bool menu_open() { return app.find("notifications.context.1.open") != nullptr; }
};

}  // namespace

TEST(ContextMenu, ALongPressOffersTheEntrysActionsWithoutOpeningIt) {
  NotificationsOpen t;
  const ui::SemanticsNode* entry = t.app.find("notifications.open.1");
  ASSERT_NE(entry, nullptr);
  EXPECT_TRUE(entry->has_popup) << "the mirror tells screen readers a menu is there (aria-haspopup)";
  ASSERT_TRUE(t.app.long_press("notifications.open.1"));
  EXPECT_EQ(t.runtime.state().section, app::Section::notifications) << "the held press did not open the entry";
  EXPECT_FALSE(t.runtime.state().notifications.entries[0].read);
  ASSERT_TRUE(t.menu_open());
  EXPECT_EQ(t.app.find("notifications.context.1.read")->label, "Отметить прочитанным");
  EXPECT_EQ(t.app.find("notifications.context.1.delete")->label, "Удалить");
  ASSERT_TRUE(t.app.click("notifications.context.1.read"));
  EXPECT_TRUE(t.runtime.state().notifications.entries[0].read);
  EXPECT_FALSE(t.menu_open()) << "choosing closes the menu";
  // Delete from the menu asks first, like the button.
  ASSERT_TRUE(t.app.long_press("notifications.open.1"));
  ASSERT_TRUE(t.app.click("notifications.context.1.delete"));
  EXPECT_NE(t.app.find("notifications.confirm_delete.1"), nullptr);
  EXPECT_EQ(t.runtime.state().notifications.entries.size(), 1u);
}

TEST(ContextMenu, ARightClickOpensItAndEscapeOrATapElsewhereCloses) {
  NotificationsOpen t;
  ASSERT_TRUE(t.app.right_click("notifications.open.1"));
  ASSERT_TRUE(t.menu_open());
  t.app.press_key(ImGuiKey_Escape);
  EXPECT_FALSE(t.menu_open());
  ASSERT_TRUE(t.app.right_click("notifications.open.1"));
  ASSERT_TRUE(t.menu_open());
  ASSERT_TRUE(t.app.click("Уведомления"));  // the page's heading, outside the menu
  EXPECT_FALSE(t.menu_open());
  EXPECT_EQ(t.runtime.state().section, app::Section::notifications);
}

TEST(ContextMenu, ShiftF10OnTheFocusedEntryFocusesTheFirstActionAndEnterDoesIt) {
  NotificationsOpen t;
  t.app.focus("notifications.open.1");
  t.app.press_context_key();
  ASSERT_TRUE(t.menu_open());
  EXPECT_TRUE(t.app.find("notifications.context.1.open")->focused);
  t.app.press_key(ImGuiKey_Enter);
  EXPECT_EQ(t.runtime.state().section, app::Section::applications);
  EXPECT_TRUE(t.runtime.state().notifications.entries[0].read);
}

TEST(ContextMenu, TheKeyDoesNothingWhenNoEntryHasFocus) {
  NotificationsOpen t;
  t.app.press_context_key();
  EXPECT_FALSE(t.menu_open());
  t.app.focus("notifications.open.1");
  EXPECT_FALSE(t.menu_open()) << "the request does not wait for a later focus";
  t.app.press_context_key();
  EXPECT_TRUE(t.menu_open()) << "with focus on the entry the key opens it";
}

TEST(ContextMenu, ADraftOffersToContinueOrDeleteAndTheMenuFitsAPhone) {
  ui_test::Fixture f;
  f.runtime.start();
  f.runtime.dispatch({"start_form", {{"form", "pension-amount-certificate"}}});
  ASSERT_EQ(f.runtime.state().forms.drafts.items.size(), 1u);
  const std::string id = f.runtime.state().forms.drafts.items[0].id;
  f.runtime.dispatch({"navigate", {{"section", "applications"}}});
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  app.frame();
  ASSERT_TRUE(app.long_press("applications.resume." + id));
  const ui::SemanticsNode* resume = app.find("applications.context." + id + ".resume");
  const ui::SemanticsNode* remove = app.find("applications.context." + id + ".delete");
  ASSERT_NE(resume, nullptr);
  ASSERT_NE(remove, nullptr);
  for (const ui::SemanticsNode* n : {resume, remove}) {
    EXPECT_GE(n->rect.x, 0.0f);
    EXPECT_LE(n->rect.x + n->rect.w, 390.0f) << n->label;
    EXPECT_GE(n->rect.h, 44.0f) << n->label;
  }
  ASSERT_TRUE(app.click("applications.context." + id + ".delete"));
  EXPECT_NE(app.find("Удалить черновик " + id + "? Введённые данные будут потеряны."), nullptr);
  ASSERT_TRUE(app.click("applications.confirm_delete_yes"));
  EXPECT_TRUE(f.runtime.state().forms.drafts.items.empty());
}

// Holding a button that has no context actions is a slow tap: it still clicks.
TEST(ContextMenu, ASlowTapOnAPlainButtonStillPressesIt) {
  NotificationsOpen t;
  ASSERT_TRUE(t.app.long_press("notifications.read.1"));
  EXPECT_TRUE(t.runtime.state().notifications.entries[0].read);
}
