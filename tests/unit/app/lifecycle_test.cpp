// An application that needs the citizen, through the Runtime and the sandbox
// agency from a registered citizen: the agency asks for documents (a
// deterministic share of applications is asked for a better copy once); the
// files are chosen from the device or Мои документы with the field's checks,
// kept while offline, sent, and the review goes on to the end. A send error
// («Ошибка отправки») is sent again.
#include <gtest/gtest.h>

#include "../tracking/tracking_support.hpp"
#include "../vault_peek.hpp"
#include "app/kernel/runtime.hpp"
#include "app/kernel/scenario.hpp"
#include "consent_steps.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;
using tracking::Status;

namespace {

constexpr const char* kPdf = "JVBERi0xLjQKJSBwYXNzcG9ydAo=";  // "%PDF-1.4\n% passport\n"

struct Harness : vault_peek::SignedIn {
  Harness() { EXPECT_FALSE(consent_steps::give(*runtime, "application_processing").empty()); }
  std::string submit_appeal() {
    send("start_form", {{"form", "appeal"}});
    json data = tracking::test::valid_fixture("appeal");  // valid-complaint-with-files.json
    data.erase("attachments");
    for (auto it = data.begin(); it != data.end(); ++it) send("set_field", {{"path", "/" + it.key()}, {"value", *it}});
    send("attach_file", {{"field", "attachments"}, {"name", "жалоба.pdf"}, {"content_base64", kPdf}});
    for (int i = 0; i < 6 && state().forms.journey.page != JourneyPage::review; ++i) send("next_step");
    send("submit");
    return state().forms.journey.application_number;
  }
  const tracking::Tracked& tracked(const std::string& number) const {
    for (const auto& t : state().forms.applications.tracked) {
      if (t.number == number) return t;
    }
    static const tracking::Tracked none;
    return none;
  }
  std::string last_notice() const { return state().notices.empty() ? "" : state().notices.back().message_key; }
};

}  // namespace

TEST(Lifecycle, RequestedDocumentsAreUploadedAndTheReviewGoesOnToTheEnd) {
  Harness h;
  // One application in four is asked for a better copy once: the first such one here.
  std::string number;
  std::vector<std::string> not_asked;
  for (int i = 0; i < 12 && number.empty(); ++i) {
    const std::string n = h.submit_appeal();
    ASSERT_FALSE(n.empty());
    h.send("sandbox_fast_forward", {{"hours", 2}});
    if (h.tracked(n).status == Status::needs_correction)
      number = n;
    else
      not_asked.push_back(n);
  }
  ASSERT_FALSE(number.empty()) << "no application was asked for documents";
  EXPECT_FALSE(not_asked.empty()) << "every application was asked: not a share";
  EXPECT_EQ(h.tracked(number).documents_requested, std::vector<std::string>{"attachments"});
  const std::string field = "application:" + number;  // attach_file's field for these documents

  // A file of a type the field does not take is refused with its reason; nothing is kept.
  h.send("attach_file", {{"field", field}, {"name", "скан.exe"}, {"content_base64", "TVqQAAMAAAAEAAAA"}});
  EXPECT_EQ(h.state().forms.applications.upload_error, "journey.attach.unsupported_type");
  EXPECT_FALSE(h.state().forms.applications.uploads.contains(number));
  // A PDF from the device and one from Мои документы.
  h.send("attach_file", {{"field", field}, {"name", "скан паспорта.pdf"}, {"content_base64", kPdf}});
  EXPECT_EQ(h.state().forms.applications.upload_error, "");
  h.send("documents_panel", {{"mode", "new"}});
  h.send("documents_draft", {{"type", "other"}, {"title", "Справка с места работы"}});
  h.send("document_file", {{"name", "справка.pdf"}, {"content_base64", "JVBERi0xLjQKJSBzcHJhdmthCg=="}});
  ASSERT_FALSE(h.state().documents.documents.empty());
  h.send("upload_document", {{"number", number}, {"id", h.state().documents.documents.back().id}});
  ASSERT_EQ(h.state().forms.applications.uploads.at(number).size(), 2u);
  h.send("upload_remove", {{"number", number}, {"index", 7}});  // no such file: nothing happens
  ASSERT_EQ(h.state().forms.applications.uploads.at(number).size(), 2u);
  // Offline nothing is sent and nothing is lost, after a restart too.
  h.send("set_online", {{"online", false}});
  h.send("upload_send", {{"number", number}});
  EXPECT_EQ(h.last_notice(), "tracking.upload.offline");
  h.restart();
  ASSERT_EQ(h.state().forms.applications.uploads.at(number).size(), 2u);
  h.send("set_online", {{"online", true}});
  h.send("upload_send", {{"number", number}});
  EXPECT_EQ(h.last_notice(), "tracking.upload.sent");
  EXPECT_FALSE(h.state().forms.applications.uploads.contains(number));
  EXPECT_TRUE(h.tracked(number).documents_requested.empty());
  // The agency reviews again and does not ask twice.
  h.send("sandbox_fast_forward", {{"hours", 720}});
  EXPECT_EQ(h.tracked(number).status, Status::done);
  const std::vector<Status> expected = {
      Status::registered,       Status::sent,        Status::received,       Status::in_progress,
      Status::needs_correction, Status::in_progress, Status::interim_result, Status::done};
  EXPECT_EQ(tracking::test::statuses(h.tracked(number)), expected);
  // Sending again once nothing is asked is refused with a message.
  h.send("upload_send", {{"number", number}});
  EXPECT_EQ(h.last_notice(), "tracking.upload.not_now");
}

TEST(Lifecycle, ASendErrorIsSentAgain) {
  Harness h;
  h.send("sandbox_fault", {{"fault", "reject"}, {"every", 1}});
  const std::string number = h.submit_appeal();
  ASSERT_EQ(h.tracked(number).status, Status::send_failed);
  // While the agency still fails, «Отправить повторно» ends in the same status, nothing lost.
  h.send("resend_application", {{"number", number}});
  EXPECT_EQ(h.tracked(number).status, Status::send_failed);
  h.send("sandbox_fault", {{"fault", "none"}});
  h.send("sandbox_fault", {{"fault", "melt"}});  // unknown: ignored
  h.send("resend_application", {{"number", number}});
  EXPECT_EQ(h.tracked(number).status, Status::sent);
  EXPECT_EQ(h.state().forms.applications.outbox.waiting(), 0u);
  h.send("resend_application", {{"number", number}});  // not in «Ошибка отправки» any more: nothing happens
  EXPECT_EQ(h.tracked(number).status, Status::sent);
  const auto statuses = tracking::test::statuses(h.tracked(number));
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), Status::send_failed), 2);
}

TEST(Lifecycle, ADonePersonalDataChangeUpdatesTheProfile) {
  Harness h;
  ASSERT_EQ(h.state().account.profile.full_name, "Иванова Мария Петровна");
  h.send("start_form", {{"form", "personal-data-change"}});
  for (const auto& [path, value] : std::vector<std::pair<std::string, json>>{
           {"/change_name", true},
           {"/change_address", true},
           {"/change_phone", true},
           {"/last_name", "Смирнова"},
           {"/first_name", "Мария"},
           {"/middle_name", "Петровна"},
           {"/address", "620014, Свердловская обл., г. Екатеринбург, ул. Малышева, д. 31, кв. 12"},
           {"/phone", "+79035550142"}})
    h.send("set_field", {{"path", path}, {"value", value}});
  h.send("attach_file", {{"field", "document"}, {"name", "свидетельство о браке.pdf"}, {"content_base64", kPdf}});
  for (int i = 0; i < 6 && h.state().forms.journey.page != JourneyPage::review; ++i) h.send("next_step");
  h.send("submit");
  const std::string number = h.state().forms.journey.application_number;
  ASSERT_FALSE(number.empty());
  const size_t audit_before = h.state().account.audit.size();
  h.send("sandbox_fast_forward", {{"hours", 2}});
  if (h.tracked(number).status == Status::needs_correction) {  // asked for a better copy: sent again
    h.send("attach_file", {{"field", "application:" + number}, {"name", "копия.pdf"}, {"content_base64", kPdf}});
    h.send("upload_send", {{"number", number}});
  }
  EXPECT_EQ(h.state().account.profile.full_name, "Иванова Мария Петровна");  // not before the agency decided
  h.send("sandbox_fast_forward", {{"hours", 48}});
  ASSERT_EQ(h.tracked(number).status, Status::done);
  const Profile& p = h.state().account.profile;
  EXPECT_EQ(p.full_name, "Смирнова Мария Петровна");
  EXPECT_EQ(p.last_name, "Смирнова");
  EXPECT_EQ(p.address, "620014, Свердловская обл., г. Екатеринбург, ул. Малышева, д. 31, кв. 12");
  EXPECT_EQ(p.phone, "+79123456789");  // the sign-in phone changes only in Профиль, with a code
  EXPECT_GT(h.state().account.audit.size(), audit_before);
  std::vector<std::string> notices;
  for (const Notice& n : h.state().notices) notices.push_back(n.message_key);
  EXPECT_NE(std::find(notices.begin(), notices.end(), "personal.change_applied_name"), notices.end());
  EXPECT_NE(std::find(notices.begin(), notices.end(), "personal.change_applied_address"), notices.end());
  EXPECT_NE(std::find(notices.begin(), notices.end(), "personal.change_contacts_in_profile"), notices.end());
  // Kept: after a restart the profile has the new name.
  h.restart();
  EXPECT_EQ(h.state().account.profile.full_name, "Смирнова Мария Петровна");
}

TEST(Lifecycle, CorrectAndSendAgainReplacesTheApplicationTheAgencyAskedToCorrect) {
  Harness h;
  h.send("sandbox_documents", {{"every", 101}});  // out of range: ignored
  h.send("sandbox_documents", {{"every", 1}});    // the agency asks for a better copy every time
  const std::string number = h.submit_appeal();
  ASSERT_FALSE(number.empty());
  h.send("correct_application", {{"number", number}});  // sent, not decided: nothing to correct yet
  EXPECT_EQ(h.last_notice(), "tracking.correct.not_now");
  EXPECT_EQ(h.state().forms.journey.page, JourneyPage::confirmation);
  h.send("sandbox_fast_forward", {{"hours", 2}});
  ASSERT_EQ(h.tracked(number).status, Status::needs_correction);

  // «Исправить и отправить повторно»: the sent data in a new draft linked to the old number.
  h.send("correct_application", {{"number", number}});
  ASSERT_TRUE(h.state().forms.has_journey);
  ASSERT_EQ(h.state().forms.journey.page, JourneyPage::step);
  const std::string draft_id = h.state().forms.journey.draft_id;
  ASSERT_EQ(h.state().forms.drafts.items.back().corrects, number);
  json sent;
  for (const Application& a : h.state().forms.applications.items) {
    if (a.number == number) sent = a.envelope["data"];
  }
  EXPECT_EQ(h.state().forms.journey.data, sent);
  // Kept across a restart, and opened again rather than doubled.
  h.restart();
  h.send("correct_application", {{"number", number}});
  EXPECT_EQ(h.state().forms.journey.draft_id, draft_id);
  EXPECT_EQ(h.state().forms.drafts.items.size(), 1u);

  h.send("sandbox_documents", {{"every", 0}});
  h.send("set_field",
         {{"path", "/description"}, {"value", "Исправленный текст обращения: прошу сообщить сроки рассмотрения."}});
  for (int i = 0; i < 6 && h.state().forms.journey.page != JourneyPage::review; ++i) h.send("next_step");
  h.send("submit");
  const std::string correction = h.state().forms.journey.application_number;
  ASSERT_FALSE(correction.empty());
  ASSERT_NE(correction, number);
  for (const Application& a : h.state().forms.applications.items) {
    if (a.number == correction) {
      EXPECT_EQ(a.envelope.value("corrects", ""), number);
    }
  }
  EXPECT_TRUE(h.state().forms.drafts.items.empty());
  h.send("sandbox_fast_forward", {{"hours", 1}});
  EXPECT_EQ(h.tracked(number).status, Status::cancelled);
  EXPECT_NE(h.tracked(number).history.back().comment.find(correction), std::string::npos);
  h.send("sandbox_fast_forward", {{"hours", 720}});
  EXPECT_EQ(h.tracked(correction).status, Status::done);
  // The old one is not corrected twice.
  h.send("correct_application", {{"number", number}});
  EXPECT_EQ(h.last_notice(), "tracking.correct.not_now");
  EXPECT_FALSE(h.state().forms.has_journey && h.state().forms.journey.page == JourneyPage::step);
}

TEST(Lifecycle, TheSandboxSwitchDecidesWhetherDocumentsAreAsked) {
  Harness h;
  h.send("sandbox_documents", {{"every", 0}});
  std::vector<std::string> numbers;
  for (int i = 0; i < 4; ++i) numbers.push_back(h.submit_appeal());
  h.send("sandbox_fast_forward", {{"hours", 2}});
  for (const std::string& n : numbers) EXPECT_NE(h.tracked(n).status, Status::needs_correction) << n;
  h.send("sandbox_documents", {{"every", 1}});
  numbers.clear();
  for (int i = 0; i < 2; ++i) numbers.push_back(h.submit_appeal());
  h.send("sandbox_fast_forward", {{"hours", 2}});
  for (const std::string& n : numbers) EXPECT_EQ(h.tracked(n).status, Status::needs_correction) << n;
}

TEST(Lifecycle, AGrantedWorkRecordCorrectionChangesСведения) {
  Harness h;
  ASSERT_TRUE(confirm_demo_identity(*h.runtime));  // the service asks for a confirmed account
  h.send("sandbox_documents", {{"every", 0}});
  h.send("navigate", {{"section", "records"}});
  ASSERT_FALSE(h.state().records.records.empty());
  records::WorkRecord record;
  for (const records::WorkRecord& r : h.state().records.records) {
    if (r.kind != records::RecordKind::dismissal && record.id.empty()) record = r;
  }
  ASSERT_FALSE(record.id.empty());
  const auto apply_for = [&](const std::string& employer) {
    h.send("start_form", {{"form", "work-record-error"}});
    for (const auto& [path, value] :
         std::vector<std::pair<std::string, json>>{{"/employer", employer},
                                                   {"/record_from", record.start},
                                                   {"/error_type", "position"},
                                                   {"/error_description", "Должность указана неверно."},
                                                   {"/correct_data", "Ведущий специалист по логистике"}})
      h.send("set_field", {{"path", path}, {"value", value}});
    h.send("attach_file", {{"field", "attachments"}, {"name", "приказ.pdf"}, {"content_base64", kPdf}});
    for (int i = 0; i < 6 && h.state().forms.journey.page != JourneyPage::review; ++i) h.send("next_step");
    h.send("submit");
    for (const JourneyError& e : h.state().forms.journey.errors) ADD_FAILURE() << e.path << " " << e.keyword;
    return h.state().forms.journey.application_number;
  };
  const std::string granted = apply_for(record.employer);
  const std::string unknown = apply_for("ООО «Такого работодателя нет»");
  ASSERT_FALSE(granted.empty());
  ASSERT_FALSE(unknown.empty());
  h.send("sandbox_fast_forward", {{"hours", 720}});
  h.send("sandbox_fast_forward", {{"hours", 720}});  // 30 days and a seeded delay
  ASSERT_EQ(h.tracked(granted).status, Status::done);
  EXPECT_NE(h.tracked(granted).history.back().comment.find("Ведущий специалист по логистике"), std::string::npos);
  EXPECT_NE(h.tracked(granted).result_document.find("Должность в записи о работе"), std::string::npos);
  ASSERT_EQ(h.tracked(unknown).status, Status::refused);
  EXPECT_NE(h.tracked(unknown).history.back().comment.find("нет записи"), std::string::npos);

  const auto position_now = [&] {
    for (const records::WorkRecord& r : h.state().records.records) {
      if (r.id == record.id) return r.position;
    }
    return std::string("(gone)");
  };
  EXPECT_EQ(position_now(), "Ведущий специалист по логистике");  // asked again when the decision came
  std::vector<std::string> notices;
  for (const Notice& n : h.state().notices) notices.push_back(n.message_key);
  EXPECT_NE(std::find(notices.begin(), notices.end(), "records.corrected"), notices.end());
  // The fund keeps it: after a restart «Сведения» still shows it.
  h.restart();
  h.send("navigate", {{"section", "records"}});
  EXPECT_EQ(position_now(), "Ведущий специалист по логистике");
}
