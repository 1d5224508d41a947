// Мои документы through the Runtime over a real vault: upload with a type,
// folder and «Действителен до», every refusal with its reason and nothing
// lost, replace / renew / edit, deletion only after confirmation (the stored
// file goes only when nothing else uses it), reminders before and at expiry,
// the sandbox agency's check (offline too), an expired document refused as an
// attachment, filters, and a damaged list kept aside.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/documents/handlers.hpp"
#include "app/documents/state.hpp"
#include "app/kernel/runtime.hpp"
#include "i18n/catalog.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = 1'795'424'400'000;  // 2026-11-23T09:00:00Z (12:00 in Moscow)
constexpr int64_t kDay = 86'400'000;

// A PDF of `size` bytes: the type is recognised by the "%PDF-" signature.
std::string pdf(size_t size, char fill = 'x') {
  std::string bytes = "%PDF-1.4\n";
  bytes.resize(std::max(size, bytes.size()), fill);
  return bytes;
}

json file_args(const std::string& name, const std::string& bytes) {
  return {{"name", name}, {"content", json::binary(std::vector<uint8_t>(bytes.begin(), bytes.end()))}};
}

struct Harness {
  storage::MemoryStorage storage;
  FakeClock clock{kStart};
  std::unique_ptr<Runtime> runtime = make();
  std::unique_ptr<Runtime> make() { return vault_peek::signed_in_runtime(storage, clock); }
  void restart() { runtime = make(); }
  std::optional<std::string> stored(const std::string& key) { return vault_peek::read(storage, key); }
  const AppState& state() const { return runtime->state(); }
  const DocumentsState& docs() const { return runtime->state().documents; }
  void send(const std::string& type, json args = json::object()) { ASSERT_TRUE(runtime->dispatch({type, args})); }
  // Opens the panel in `mode`, fills it and chooses the file.
  void upload(const json& draft, const std::string& name, const std::string& bytes, const std::string& mode = "new",
              const std::string& id = "") {
    send("documents_panel", {{"mode", mode}, {"id", id}});
    send("documents_draft", draft);
    send("document_file", file_args(name, bytes));
  }
  std::string error(const std::string& field) const {
    const FieldError* e = find_error(state(), "documents." + field);
    return e ? e->code : "";
  }
  size_t feed(const std::string& key) const {
    size_t n = 0;
    for (const FeedEntry& e : state().notifications.entries) n += e.message_key == key;
    return n;
  }
};

}  // namespace

TEST(Documents, AnUploadKeepsTheTypeFolderDateAndFileAndReadsBackAfterARestart) {
  Harness h;
  h.upload({{"type", "passport"}, {"title", "Паспорт Марии"}, {"folder", "Семья"}, {"valid_until", "14.03.2030"}},
           "паспорт.pdf", pdf(4096));
  ASSERT_EQ(h.docs().documents.size(), 1u) << h.error("file") << h.error("valid_until");
  const Document& d = h.docs().documents[0];
  EXPECT_EQ(d.id, "D-000001");
  EXPECT_EQ(d.type, "passport");
  EXPECT_EQ(d.folder, "Семья");
  EXPECT_EQ(d.current().valid_until, "2030-03-14");
  EXPECT_EQ(d.current().file_type, "pdf");
  EXPECT_EQ(d.review, "approved");  // online: the sandbox agency checked it at once
  EXPECT_FALSE(h.docs().panel_open);
  EXPECT_EQ(h.docs().folders, std::vector<std::string>{"Семья"});
  EXPECT_EQ(h.feed("documents.notice.reviewed"), 1u);
  EXPECT_EQ(h.stored("file-" + d.current().blake2b), pdf(4096));
  EXPECT_EQ(h.state().account.audit.entries().back().action, "document_change");
  h.restart();
  ASSERT_EQ(h.docs().documents.size(), 1u);
  EXPECT_EQ(h.docs().documents[0].title, "Паспорт Марии");
  EXPECT_EQ(h.docs().documents[0].review, "approved");
  EXPECT_EQ(h.docs().next_number, 2u);
}

TEST(Documents, BadInputIsRefusedWithItsReasonAndNothingIsLost) {
  Harness h;
  h.upload({{"type", ""}}, "a.pdf", pdf(4096));
  EXPECT_EQ(h.error("type"), "documents.error.type_required");
  // A certificate needs its end date; a date that does not exist; one already past.
  h.upload({{"type", "income_certificate"}, {"valid_until", ""}}, "a.pdf", pdf(4096));
  EXPECT_EQ(h.error("valid_until"), "documents.error.date_required");
  h.upload({{"type", "income_certificate"}, {"valid_until", "31.02.2030"}}, "a.pdf", pdf(4096));
  EXPECT_EQ(h.error("valid_until"), "ids.date.calendar");
  h.upload({{"type", "income_certificate"}, {"valid_until", "01.01.2020"}}, "a.pdf", pdf(4096));
  EXPECT_EQ(h.error("valid_until"), "documents.error.date_past");
  // The file: a PNG named .pdf, an empty file, an executable, one declared far too big.
  h.upload({{"type", "snils"}, {"valid_until", ""}}, "scan.pdf", "\x89PNG\r\n\x1a\n" + std::string(3000, 'p'));
  EXPECT_EQ(h.error("file"), "journey.attach.type_mismatch");
  h.upload({{"type", "snils"}}, "empty.pdf", "");
  EXPECT_EQ(h.error("file"), "journey.attach.empty");
  h.upload({{"type", "snils"}}, "setup.exe", "MZ\x90" + std::string(3000, '\0'));
  EXPECT_EQ(h.error("file"), "journey.attach.unsupported_type");
  h.send("document_file", {{"name", "big.pdf"}, {"content_base64", "JVBERi0xLjQK"}, {"declared_size", 200'000'000}});
  EXPECT_EQ(h.error("file"), "journey.attach.too_large");
  // Broken text in the title and control characters in the folder.
  h.upload({{"type", "snils"}, {"title", std::string("\xff\xfe")}, {"folder", "a\x01"}}, "s.pdf", pdf(4096));
  EXPECT_EQ(h.error("title"), "errors.invalid_utf8");
  EXPECT_EQ(h.error("folder"), "errors.control_chars");
  EXPECT_TRUE(h.docs().documents.empty());
  EXPECT_TRUE(h.docs().panel_open);  // the panel stays with what was typed
  EXPECT_EQ(h.docs().draft.type, "snils");
  // Every reason exists in Russian.
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  for (const char* key : {"documents.error.type_required", "documents.error.date_required", "documents.error.date_past",
                          "ids.date.calendar", "journey.attach.type_mismatch", "journey.attach.empty"})
    EXPECT_NE(ru.tr(key), key) << "a Russian text for " << key;
}

TEST(Documents, ReplaceRenewAndEditKeepTheHistoryAndStoreFilesOnce) {
  Harness h;
  h.upload({{"type", "income_certificate"}, {"valid_until", "01.03.2027"}}, "справка.pdf", pdf(3000, 'a'));
  ASSERT_EQ(h.docs().documents.size(), 1u);
  const std::string first = h.docs().documents[0].current().blake2b;
  // «Заменить файл»: the scan was wrong; the old bytes go (nothing else uses them).
  h.upload({}, "справка-2.pdf", pdf(3000, 'b'), "replace", "D-000001");
  const Document* d = &h.docs().documents[0];
  EXPECT_EQ(d->versions.size(), 1u);
  EXPECT_EQ(d->current().file_name, "справка-2.pdf");
  EXPECT_EQ(d->current().valid_until, "2027-03-01");  // kept from the panel's prefill
  EXPECT_FALSE(h.stored("file-" + first));
  // «Продлить» needs a later date, then adds a version.
  h.upload({{"valid_until", "01.02.2027"}}, "справка-3.pdf", pdf(3000, 'c'), "renew", "D-000001");
  EXPECT_EQ(h.error("valid_until"), "documents.error.renew_not_later");
  h.send("documents_draft", {{"valid_until", "01.03.2028"}});
  h.send("document_file", file_args("справка-3.pdf", pdf(3000, 'c')));
  d = &h.docs().documents[0];
  ASSERT_EQ(d->versions.size(), 2u);
  EXPECT_EQ(d->current().valid_until, "2028-03-01");
  EXPECT_EQ(d->versions[0].file_name, "справка-2.pdf");
  // «Изменить»: the type, title and folder; the date stays with the file.
  h.send("documents_panel", {{"mode", "edit"}, {"id", "D-000001"}});
  h.send("documents_draft", {{"type", "medical_certificate"}, {"title", "Заключение"}, {"folder", "Здоровье"}});
  h.send("document_edit_save");
  d = &h.docs().documents[0];
  EXPECT_EQ(d->type, "medical_certificate");
  EXPECT_EQ(d->folder, "Здоровье");
  EXPECT_EQ(d->current().valid_until, "2028-03-01");
}

TEST(Documents, DeletionWaitsForConfirmationAndKeepsFilesStillInUse) {
  Harness h;
  h.upload({{"type", "snils"}}, "снилс.pdf", pdf(3000));
  h.upload({{"type", "other"}, {"title", "Копия"}}, "копия.pdf", pdf(3000));  // the same bytes
  ASSERT_EQ(h.docs().documents.size(), 2u);
  const std::string hash = h.docs().documents[0].current().blake2b;
  h.send("document_delete_confirm", {{"id", "D-000001"}});  // not asked first: nothing happens
  EXPECT_EQ(h.docs().documents.size(), 2u);
  h.send("document_delete", {{"id", "D-000001"}});
  h.send("document_delete_cancel");
  h.send("document_delete_confirm", {{"id", "D-000001"}});
  EXPECT_EQ(h.docs().documents.size(), 2u);
  h.send("document_delete", {{"id", "D-000001"}});
  h.send("document_delete_confirm", {{"id", "D-000001"}});
  ASSERT_EQ(h.docs().documents.size(), 1u);
  EXPECT_TRUE(h.stored("file-" + hash));  // D-000002 holds the same bytes
  h.send("document_delete", {{"id", "D-000002"}});
  h.send("document_delete_confirm", {{"id", "D-000002"}});
  EXPECT_TRUE(h.docs().documents.empty());
  EXPECT_FALSE(h.stored("file-" + hash));
}

TEST(Documents, RemindersComeThirtyDaysBeforeAndOnExpiryOnce) {
  Harness h;
  h.upload({{"type", "medical_certificate"}, {"valid_until", "01.02.2027"}}, "заключение.pdf", pdf(3000));
  ASSERT_EQ(h.docs().documents.size(), 1u);
  EXPECT_EQ(validity(h.docs().documents[0], h.clock.now_ms()), Validity::valid);
  // 2027-01-02 in Moscow: 30 days left, the red mark and one reminder.
  const int64_t warning = *day_start_ms("2027-02-01", -kExpiryWarningDays);
  EXPECT_EQ(documents_deadline(h.state()), warning);  // the first reminder not sent yet
  // The citizen is active (an idle session would be signed out first).
  const auto later = [&](int64_t at_ms) {
    h.clock.advance_ms(at_ms - h.clock.now_ms());
    h.send("documents_view", {{"period", "all"}});
    h.runtime->tick();
  };
  later(warning);
  EXPECT_EQ(validity(h.docs().documents[0], h.clock.now_ms()), Validity::expiring);
  EXPECT_EQ(h.feed("documents.notice.expiring"), 1u);
  later(warning + kDay);
  EXPECT_EQ(h.feed("documents.notice.expiring"), 1u);
  // The day after the last valid day: expired, one more entry; nothing repeats after a restart.
  later(*day_start_ms("2027-02-02"));
  EXPECT_EQ(validity(h.docs().documents[0], h.clock.now_ms()), Validity::expired);
  EXPECT_EQ(h.feed("documents.notice.expired"), 1u);
  h.restart();
  EXPECT_EQ(h.feed("documents.notice.expired"), 1u);
  // An expired document cannot be attached to an application.
  ASSERT_TRUE(confirm_demo_identity(*h.runtime));  // Маткапитал needs a подтверждённая account
  h.send("start_form", {{"form", "maternity-capital"}});
  h.send("goto_step", {{"step", 4}});
  h.send("attach_document", {{"field", "attachments"}, {"id", "D-000001"}});
  EXPECT_EQ(h.state().forms.journey.attach_error, "journey.attach.expired");
  EXPECT_FALSE(h.state().forms.journey.data.contains("attachments") &&
               !h.state().forms.journey.data["attachments"].empty());
}

TEST(Documents, AValidDocumentIsAttachedWithoutCopyingItsBytesAgain) {
  Harness h;
  h.upload({{"type", "passport"}}, "паспорт.pdf", pdf(3000));
  ASSERT_TRUE(confirm_demo_identity(*h.runtime));  // Маткапитал needs a подтверждённая account
  h.send("start_form", {{"form", "maternity-capital"}});
  h.send("goto_step", {{"step", 4}});
  h.send("attach_document", {{"field", "attachments"}, {"id", "D-000001"}});
  const json& files = h.state().forms.journey.data["attachments"];
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0]["name"], "паспорт.pdf");
  EXPECT_EQ(files[0]["blake2b"], h.docs().documents[0].current().blake2b);
  // Deleting the document keeps the bytes the form uses.
  h.send("document_delete", {{"id", "D-000001"}});
  h.send("document_delete_confirm", {{"id", "D-000001"}});
  EXPECT_TRUE(h.stored("file-" + files[0]["blake2b"].get<std::string>()));
}

TEST(Documents, OfflineUploadsWaitForTheAgencysCheck) {
  Harness h;
  h.send("set_online", {{"online", false}});
  h.upload({{"type", "snils"}}, "снилс.pdf", pdf(100));  // too small to read
  ASSERT_EQ(h.docs().documents.size(), 1u);
  EXPECT_EQ(h.docs().documents[0].review, "checking");
  h.send("set_online", {{"online", true}});
  EXPECT_EQ(h.docs().documents[0].review, "needs_clarification");
  EXPECT_EQ(h.docs().documents[0].review_reason, "documents.reason.unreadable");
  EXPECT_EQ(h.feed("documents.notice.reviewed"), 1u);
  // A better scan goes through «Заменить файл» and is approved.
  h.upload({}, "снилс.pdf", pdf(5000), "replace", "D-000001");
  EXPECT_EQ(h.docs().documents[0].review, "approved");
}

TEST(Documents, FoldersAndFiltersSelectTheList) {
  Harness h;
  h.send("folder_create", {{"name", "Семья"}});
  h.send("folder_create", {{"name", "Семья"}});
  EXPECT_EQ(find_error(h.state(), "documents.new_folder")->code, "documents.error.folder_exists");
  h.send("folder_create", {{"name", "  "}});
  EXPECT_EQ(find_error(h.state(), "documents.new_folder")->code, "documents.error.folder_empty");
  h.upload({{"type", "birth_certificate"}, {"title", "Свидетельство сына"}}, "сын.pdf", pdf(3000, '1'));
  EXPECT_EQ(h.docs().documents[0].folder, "Семья");  // the folder shown is preset
  h.send("documents_view", {{"folder", "*"}});
  h.upload({{"type", "passport"}}, "ПАСПОРТ.pdf", pdf(3000, '2'));
  h.upload({{"type", "income_certificate"}, {"valid_until", "10.12.2026"}}, "доход.pdf", pdf(3000, '3'));
  const auto ids = [&] {
    std::vector<std::string> out;
    for (const Document* d : listed_documents(h.docs(), h.clock.now_ms())) out.push_back(d->id);
    return out;
  };
  EXPECT_EQ(ids(), (std::vector<std::string>{"D-000003", "D-000002", "D-000001"}));
  h.send("documents_view", {{"folder", "Семья"}});
  EXPECT_EQ(ids(), std::vector<std::string>{"D-000001"});
  h.send("documents_view", {{"folder", ""}});
  EXPECT_EQ(ids(), (std::vector<std::string>{"D-000003", "D-000002"}));
  h.send("documents_view", {{"folder", "*"}, {"validity", "expiring"}});
  EXPECT_EQ(ids(), std::vector<std::string>{"D-000003"});
  h.send("documents_view", {{"validity", ""}, {"query", "паспорт"}});  // any case, Cyrillic
  EXPECT_EQ(ids(), std::vector<std::string>{"D-000002"});
  h.send("documents_view", {{"query", ""}, {"type", "birth_certificate"}});
  EXPECT_EQ(ids(), std::vector<std::string>{"D-000001"});
  // A folder with documents is not deleted; an empty one is.
  h.send("folder_delete", {{"name", "Семья"}});
  EXPECT_EQ(h.docs().folders.size(), 1u);
  h.send("folder_create", {{"name", "Архив"}});
  h.send("folder_delete", {{"name", "Архив"}});
  EXPECT_EQ(h.docs().folders, std::vector<std::string>{"Семья"});
}

TEST(Documents, ADamagedListIsKeptAsideWithAMessage) {
  for (const std::string& bad : {std::string("{\"version\": 1, \"documents\": [{\"id\": 5}]"), std::string("\xff"),
                                 std::string(""), std::string(R"({"version": 9, "folders": [], "documents": []})")}) {
    Harness h;
    h.upload({{"type", "snils"}}, "снилс.pdf", pdf(3000));
    vault_peek::write(h.storage, kDocumentsKey, bad);
    h.restart();
    EXPECT_TRUE(h.docs().documents.empty());
    EXPECT_EQ(h.stored("documents.damaged.json"), bad);
    bool told = false;
    for (const Notice& n : h.state().notices) told = told || n.message_key == "errors.corrupt_documents";
    EXPECT_TRUE(told);
  }
}

TEST(Documents, AFormsPickerFindsAFewAtATimeByTitleOrFileName) {
  Harness h;
  for (int i = 1; i <= 7; ++i)
    h.upload({{"type", "other"}, {"title", "Справка " + std::to_string(i)}}, "file-" + std::to_string(i) + ".pdf",
             pdf(3000, static_cast<char>('a' + i)));
  h.upload({{"type", "passport"}, {"title", "Паспорт Ёлкиной"}}, "скан.pdf", pdf(3000, 'z'));
  size_t total = 0;
  const auto newest = find_documents(h.docs(), "", 5, total);
  EXPECT_EQ(total, 8u);
  ASSERT_EQ(newest.size(), 5u);
  EXPECT_EQ(newest[0]->title, "Паспорт Ёлкиной");
  const auto found = find_documents(h.docs(), "  паспорт елкиной ", 5, total);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(total, 1u);
  EXPECT_EQ(find_documents(h.docs(), "FILE-3", 5, total).size(), 1u) << "the file name, any case";
  EXPECT_TRUE(find_documents(h.docs(), "трудовая", 5, total).empty());
  EXPECT_EQ(total, 0u);
}
