// Мои документы through the real screens: the upload panel (type, folder,
// «Действителен до», its errors), the card with its status and the red mark
// before expiry, «Продлить», deletion with confirmation, and a 390-px phone.
#include <gtest/gtest.h>

#include "app/documents/state.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;
using nlohmann::json;

namespace {

// What the browser's file picker hands over (the headless app has no picker).
void choose_file(ui_test::Fixture& f, const std::string& name, size_t size) {
  std::string bytes = "%PDF-1.4\n";
  bytes.resize(size, 'x');
  f.runtime.dispatch({"attach_file",
                      {{"field", app::kDocumentFileField},
                       {"name", name},
                       {"content", json::binary(std::vector<uint8_t>(bytes.begin(), bytes.end()))}}});
}

}  // namespace

TEST(DocumentsScreen, UploadACertificateSeeTheRedMarkRenewAndDelete) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  ASSERT_TRUE(app.click("nav.documents"));
  EXPECT_NE(app.find("Мои документы"), nullptr);
  EXPECT_NE(app.find("Документов пока нет. Нажмите «Загрузить файл», чтобы добавить паспорт, СНИЛС или справку."),
            nullptr);
  ASSERT_TRUE(app.click("Загрузить файл"));
  EXPECT_NE(app.find("Новый документ"), nullptr);
  ASSERT_TRUE(app.click("Справка о доходах"));
  ASSERT_TRUE(app.type("Папка (необязательно)", "Справки для СФР"));
  // A certificate without its end date is refused, and the panel says why.
  choose_file(f, "справка.pdf", 4000);
  app.frame();
  ASSERT_NE(app.find("Действителен до"), nullptr);
  EXPECT_EQ(app.find("Действителен до")->error, "Для справки укажите, до какого числа она действительна");
  ASSERT_TRUE(app.type("Действителен до", "10.12.2026"));  // 17 days after the fixture's today
  choose_file(f, "справка.pdf", 4000);
  app.frame();
  ASSERT_EQ(f.runtime.state().documents.documents.size(), 1u);
  EXPECT_NE(app.find("Документ D-000001 загружен"), nullptr);
  EXPECT_NE(app.find("D-000001 · Справка о доходах"), nullptr);
  EXPECT_NE(app.find("Статус: Одобрено"), nullptr);
  const ui::SemanticsNode* mark = app.find("documents.D-000001.validity");
  ASSERT_NE(mark, nullptr) << "the red mark from 30 days before the end";
  EXPECT_EQ(mark->label, "Действителен до 10.12.2026: осталось 17 дн. Продлите документ");
  // «Продлить»: a new version with a later date.
  ASSERT_TRUE(app.click("documents.D-000001.renew"));
  EXPECT_NE(app.find("Продлить документ D-000001"), nullptr);
  ASSERT_TRUE(app.type("Действителен до", "10.12.2027"));
  choose_file(f, "справка-2027.pdf", 4000);
  app.frame();
  EXPECT_EQ(app.find("documents.D-000001.validity"), nullptr);
  EXPECT_NE(app.find("Действителен до 10.12.2027"), nullptr);
  ASSERT_TRUE(app.click("Версии (2)"));
  EXPECT_NE(app.find("documents.D-000001.versions"), nullptr);
  // Deleting asks first.
  ASSERT_TRUE(app.click("documents.D-000001.delete"));
  EXPECT_NE(app.find("documents.D-000001.confirm_delete"), nullptr);
  EXPECT_EQ(f.runtime.state().documents.documents.size(), 1u);
  ASSERT_TRUE(app.click("Да, удалить"));
  EXPECT_TRUE(f.runtime.state().documents.documents.empty());
  EXPECT_NE(app.find("Документ D-000001 удалён"), nullptr);
}

TEST(DocumentsScreen, ThePhoneLayoutFitsAndTheFiltersWrap) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "documents"}}});
  f.runtime.dispatch({"folder_create", {{"name", "Документы семьи Ивановых"}}});
  f.runtime.dispatch({"documents_panel", {{"mode", "new"}}});
  f.runtime.dispatch({"documents_draft", {{"type", "disability_certificate"}, {"valid_until", "01.01.2027"}}});
  choose_file(f, "справка-об-инвалидности-с-длинным-именем-файла.pdf", 4000);
  app.frame();
  ASSERT_TRUE(app.click("Фильтры"));
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;
  ASSERT_TRUE(app.click("documents.D-000001.edit"));
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;
}

TEST(DocumentsScreen, AShortRadioLabelIsChosenByATapInTheMiddleOfItsRow) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "documents"}}});
  f.runtime.dispatch({"documents_panel", {{"mode", "new"}}});
  // «ИНН» is short: the middle of its row is the gap between the circle and the text.
  ASSERT_TRUE(app.click("ИНН"));
  EXPECT_EQ(f.runtime.state().documents.draft.type, "inn");
  EXPECT_TRUE(app.find("ИНН")->selected);
}

TEST(DocumentsScreen, AFolderIsCreatedFromTheScreenAndANameTakenTwiceIsRefused) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "documents"}}});
  f.runtime.dispatch({"folder_create", {{"name", "Семья"}}});
  ASSERT_TRUE(app.click("Создать папку"));
  ASSERT_TRUE(app.type("Название новой папки", "Семья"));
  ASSERT_TRUE(app.click("Создать"));
  EXPECT_EQ(app.find("Название новой папки")->error, "Папка «Семья» уже есть");
  ASSERT_TRUE(app.type("Название новой папки", " и работа"));
  ASSERT_TRUE(app.click("Создать"));
  EXPECT_EQ(f.runtime.state().documents.folders, (std::vector<std::string>{"Семья", "Семья и работа"}));
  EXPECT_EQ(app.find("Название новой папки"), nullptr) << "the name field closes after creating";
  EXPECT_NE(app.find("documents.folder.Семья и работа"), nullptr);
}

TEST(DocumentsScreen, AFormsFileFieldListsAFewDocumentsAndSearchesTheRest) {
  ui_test::Fixture f;
  f.runtime.start();
  ui::HeadlessApp app(f.runtime, 1280, 800, cabinet::test::font_dir());
  f.runtime.dispatch({"navigate", {{"section", "documents"}}});
  for (int i = 1; i <= 7; ++i) {
    f.runtime.dispatch({"documents_panel", {{"mode", "new"}}});
    f.runtime.dispatch({"documents_draft", {{"type", "other"}, {"title", "Справка " + std::to_string(i)}}});
    choose_file(f, "справка-" + std::to_string(i) + ".pdf", 3000 + static_cast<size_t>(i));
  }
  ASSERT_EQ(f.runtime.state().documents.documents.size(), 7u);
  ASSERT_TRUE(app::confirm_demo_identity(f.runtime));  // Маткапитал needs a подтверждённая account
  f.runtime.dispatch({"start_form", {{"form", "maternity-capital"}}});
  f.runtime.dispatch({"goto_step", {{"step", 4}}});
  app.frame();
  EXPECT_NE(app.find("Показано 5 из 7: уточните поиск, чтобы найти нужный документ."), nullptr);
  EXPECT_EQ(app.find("Справка 1: справка-1.pdf"), nullptr) << "the oldest waits for a search";
  ASSERT_TRUE(app.type("Найти в моих документах", "справка 1"));
  EXPECT_NE(app.find("Справка 1: справка-1.pdf"), nullptr);
  EXPECT_EQ(app.find("Справка 7: справка-7.pdf"), nullptr);
}
