// A shared device: one citizen uses every feature and signs out; every
// feature of the list (features.cpp) then holds what a fresh app holds, and
// the next citizen, who brings their account from a backup (one account lives
// on a device), finds none of the first one's data.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/account/account.hpp"
#include "app/account/store.hpp"
#include "app/consents/handlers.hpp"
#include "app/kernel/feature.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

// The first citizen's marks, each left in another feature.
constexpr const char* kDraftText = "Прошу выдать справку — Смирнова";
constexpr const char* kDocumentTitle = "Диплом Смирновой";
constexpr const char* kCardNumber = "2200 0000 0000 0004";
constexpr const char* kComment = "Приду с ребёнком, Смирнова";

DemoPerson first_citizen() {
  return {};
}

DemoPerson second_citizen() {
  DemoPerson p;
  p.full_name = "Петров Иван Сергеевич";
  p.birth_date = "02.07.1979";
  p.phone = "+7 903 111-22-33";
  p.email = "ivan.petrov@example.ru";
  p.snils = "123-456-789 64";
  p.password = "Kw9#tRb2!mQz";
  p.passport = "4511 654321";
  return p;
}

// What each feature of the list keeps of a citizen, as JSON. A feature added to
// the list without a line here fails the tests below (kept out of the shipped app).
const std::map<std::string_view, json (*)(const AppState&)>& holds() {
  static const std::map<std::string_view, json (*)(const AppState&)> table = {
      {"account",
       [](const AppState& s) {
         return json{{"document", account_document(s.account)},
                     {"audit", s.account.audit.size()},
                     {"profile_form", s.account.form},
                     {"codes", s.account.codes.size()},
                     {"restore_bytes", s.account.restore_bytes.size()}};
       }},
      {"forms", [](const AppState& s) { return forms_document(s.forms); }},
      {"notifications", [](const AppState& s) { return notifications_to_json(s.notifications); }},
      {"documents", [](const AppState& s) { return documents_to_json(s.documents); }},
      {"appointments",
       [](const AppState& s) {
         const BookingDraft& d = s.appointments.draft;
         return json{{"document", appointments_to_json(s.appointments)},
                     {"draft", {d.phone, d.email, d.comment, d.target}},
                     {"panel_open", s.appointments.panel_open}};
       }},
      {"payments",
       [](const AppState& s) {
         const PaymentDraft& d = s.payments.draft;
         return json{{"document", payments_to_json(s.payments)},
                     {"draft", {d.uins, d.card_number, d.card_holder, d.wallet_phone, d.account, d.code_sent_to}},
                     {"selected", s.payments.selected}};
       }},
      {"records", [](const AppState& s) { return records_to_json(s.records); }},
      {"capital",
       [](const AppState& s) {
         const capital::JournalFilter& f = s.capital.filter;
         return json{{"document", capital_to_json(s.capital)},
                     {"code", s.capital.code},
                     {"filter", {f.kind, f.status, f.year}}};
       }},
      {"consents", [](const AppState& s) { return consents_document(s.consents); }},
  };
  return table;
}

json held(const Feature& feature, const AppState& s) {
  const auto it = holds().find(feature.name);
  EXPECT_NE(it, holds().end()) << feature.name << ": say in holds() what it keeps of a citizen";
  return it == holds().end() ? json() : it->second(s);
}

// Everything every feature holds, as one JSON text.
std::string everything(const AppState& s) {
  json all = json::object();
  for (const Feature& feature : features()) all[std::string(feature.name)] = held(feature, s);
  all["summary"] = summary(s);
  return all.dump();
}

void touch_every_feature(vault_peek::SignedIn& h) {
  // Услуги: a draft with text typed in it, a favourite.
  h.send("toggle_favourite", {{"form", "pension-amount-certificate"}});
  h.send("start_form", {{"form", "appeal"}});
  h.send("set_field", {{"path", "/description"}, {"value", kDraftText}});
  h.send("close_journey");
  // Мои документы: an uploaded document.
  h.send("documents_panel", {{"mode", "new"}});
  h.send("documents_draft", {{"type", "other"}, {"title", kDocumentTitle}});
  h.send("document_file", {{"name", "диплом.pdf"}, {"content_base64", "JVBERi0xLjQKJSBkaXBsb21hIGZpbGUgYm9keQo="}});
  // Запись на приём: the panel with the contacts and a comment.
  h.send("appointments_new", {{"service", "consultation"}});
  h.send("appointments_draft", {{"comment", kComment}});
  // Платежи: the charges asked for, a payment panel with a card typed.
  h.send("navigate", {{"section", "payments"}});
  ASSERT_FALSE(h.state().payments.charges.empty());
  h.send("payments_pay", {{"uin", h.state().payments.charges[0].uin}});
  h.send("payments_draft", {{"method", "card"}, {"card_number", kCardNumber}});
  // Сведения: the work records asked for.
  h.send("navigate", {{"section", "records"}});
  ASSERT_FALSE(h.state().records.records.empty());
  // Материнский капитал: the certificate and journal asked for, a filter chosen.
  h.send("navigate", {{"section", "capital"}});
  ASSERT_TRUE(h.state().capital.account.has_value());
  h.send("capital_view", {{"kind", "disposal"}});
  // Согласия, Уведомления, the audit log: «Подтверждение личности» gives a consent, sends an application and
  // hears back.
  ASSERT_TRUE(confirm_demo_identity(*h.runtime, h.person));
}

}  // namespace

TEST(SignOut, EveryFeatureForgetsTheCitizenAndTheNextOneFindsNothingOfIt) {
  vault_peek::SignedIn h(first_citizen());
  touch_every_feature(h);
  const std::string before = everything(h.state());
  for (const char* mark : {kDraftText, kDocumentTitle, kCardNumber, kComment, "112-233-445 95"})
    ASSERT_NE(before.find(mark), std::string::npos) << "the first citizen's data is there: " << mark;
  ASSERT_FALSE(h.state().consents.book.records().empty());
  ASSERT_FALSE(h.state().notifications.entries.empty());

  h.send("sign_out");
  ASSERT_EQ(h.state().account.phase, AccountPhase::signed_out);
  // A fresh app on a new device: what each feature holds before anyone signs in.
  storage::MemoryStorage empty;
  Runtime fresh(empty, h.clock, test_account_crypto());
  fresh.start();
  for (const Feature& feature : features())
    EXPECT_EQ(held(feature, h.state()), held(feature, fresh.state())) << feature.name << " still holds data";

  // The next citizen's account, made on their own device, comes here from its backup.
  vault_peek::SignedIn theirs(second_citizen());
  theirs.send("navigate", {{"section", "payments"}});
  const std::string backup = theirs.runtime->vault_backup().value_or("");
  ASSERT_FALSE(backup.empty());
  h.send("attach_file", {{"field", kBackupFileField},
                         {"name", "petrov.cabv"},
                         {"content", json::binary(std::vector<uint8_t>(backup.begin(), backup.end()))}});
  h.send("restore_backup", {{"password", second_citizen().password}, {"replace", true}});
  ASSERT_EQ(h.state().account.phase, AccountPhase::signed_in);
  h.send("navigate", {{"section", "payments"}});
  h.send("navigate", {{"section", "records"}});
  h.send("navigate", {{"section", "applications"}});
  const std::string next = everything(h.state());
  for (const char* mark : {kDraftText, kDocumentTitle, kCardNumber, kComment, "112-233-445 95", "Иванова"})
    EXPECT_EQ(next.find(mark), std::string::npos) << "the next citizen sees the first one's " << mark;
}

// The list itself: every feature names what it forgets and shows, and owns its documents alone.
TEST(SignOut, EveryFeatureIsCompleteAndOwnsItsDocumentsAlone) {
  std::set<std::string_view> names, keys;
  for (const Feature& feature : features()) {
    EXPECT_TRUE(names.insert(feature.name).second) << feature.name;
    EXPECT_NE(feature.forget.fn, nullptr) << feature.name;
    EXPECT_NE(feature.summary, nullptr) << feature.name;
    EXPECT_TRUE(holds().contains(feature.name)) << feature.name << ": say in holds() what it keeps of a citizen";
    EXPECT_NE(feature.load, nullptr) << feature.name;
    EXPECT_FALSE(feature.keys.empty()) << feature.name;
    for (std::string_view key : feature.keys) {
      EXPECT_TRUE(keys.insert(key).second) << key << " has two owners";
      EXPECT_TRUE(in_account_vault(key)) << key << " is kept outside the vault";
    }
  }
  EXPECT_EQ(feature_keys().size(), keys.size());
}
