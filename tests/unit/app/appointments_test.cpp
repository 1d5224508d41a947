// Запись на приём through the Runtime over a real vault: the booking panel
// (question, region, office, day, time, contacts), the consent asked before
// the contacts go to the fund, every refusal with its reason and nothing
// lost, offline, «Изменить запись», «Отменить запись» after confirmation, one
// booking per time, the reminder a day before, and a restart.
#include <gtest/gtest.h>

#include "../vault_peek.hpp"
#include "app/appointments/handlers.hpp"
#include "app/appointments/state.hpp"
#include "app/kernel/runtime.hpp"
#include "appointments/offices.hpp"
#include "consent_steps.hpp"
#include "i18n/catalog.hpp"

using namespace cabinet;
using namespace cabinet::app;
using nlohmann::json;

namespace {

constexpr int64_t kStart = 1'795'424'400'000;  // Monday 2026-11-23T09:00:00Z (12:00 in Moscow)
constexpr int64_t kHour = 3'600'000;
constexpr int64_t kDay = 24 * kHour;

struct Harness {
  storage::MemoryStorage storage;
  FakeClock clock{kStart};
  std::unique_ptr<Runtime> runtime = make();
  std::unique_ptr<Runtime> make() { return vault_peek::signed_in_runtime(storage, clock); }
  void restart() { runtime = make(); }
  void at(int64_t ms) { clock.advance_ms(ms - clock.now_ms()); }
  const AppState& state() const { return runtime->state(); }
  const AppointmentsState& visits() const { return runtime->state().appointments; }
  const BookingDraft& draft() const { return visits().draft; }
  void send(const std::string& type, json args = json::object()) { ASSERT_TRUE(runtime->dispatch({type, args})); }
  std::string error(const std::string& field) const {
    const FieldError* e = find_error(state(), "appointments." + field);
    return e ? e->code : "";
  }
  size_t feed(const std::string& key) const {
    size_t n = 0;
    for (const FeedEntry& e : state().notifications.entries) n += e.message_key == key;
    return n;
  }
  void consent() { ASSERT_FALSE(consent_steps::give(*runtime, "application_processing", "appointments").empty()); }
  // Opens the panel and chooses the place; the free times come with the office.
  void choose_place(const std::string& office = "77-01", const std::string& service = "certificate") {
    send("appointments_new");
    send("appointments_draft", {{"service", service}});
    send("appointments_draft", {{"region", office.substr(0, 2)}});
    send("appointments_draft", {{"office", office}});
  }
  // The `index`-th free time at least `days_ahead` days from now.
  int64_t free_time(int days_ahead = 2, size_t index = 0) const {
    for (const appointments::FreeSlot& slot : draft().slots) {
      if (slot.start_ms < clock.now_ms() + days_ahead * kDay) continue;
      if (index-- == 0) return slot.start_ms;
    }
    ADD_FAILURE() << "no free time " << days_ahead << " days ahead";
    return 0;
  }
  // A whole booking; returns its number.
  std::string book(const std::string& office = "77-01", int days_ahead = 2, size_t index = 0) {
    choose_place(office);
    const int64_t start = free_time(days_ahead, index);
    send("appointments_draft", {{"start_ms", start}, {"phone", "+7 916 123-45-67"}});
    send("appointment_submit");
    return visits().appointments.empty() ? "" : visits().appointments.back().number;
  }
};

}  // namespace

TEST(Appointments, ABookingAsksTheConsentThenConfirmsWithANumberAndSurvivesARestart) {
  Harness h;
  h.choose_place();
  EXPECT_EQ(h.state().section, Section::appointments);
  ASSERT_EQ(h.draft().slots_code, "ok");
  ASSERT_FALSE(h.draft().slots.empty());
  EXPECT_FALSE(h.draft().day.empty()) << "the first day with free time is shown";
  const int64_t start = h.free_time(3);
  h.send("appointments_draft", {{"start_ms", start}});
  h.send("appointments_draft", {{"phone", "8 (916) 123-45-67"},
                                {"email", "Maria@Example.ru"},
                                {"comment", "Нужна справка для банка.\nПриду с мужем."}});
  // The contacts go to the fund: without a consent to processing, nothing is sent and nothing is lost.
  h.send("appointment_submit");
  EXPECT_EQ(h.error("submit"), "appointments.error.consent");
  EXPECT_TRUE(h.visits().appointments.empty());
  h.consent();
  EXPECT_EQ(h.state().section, Section::appointments) << "the consent returns to the booking";
  ASSERT_TRUE(h.visits().panel_open);
  EXPECT_EQ(h.draft().start_ms, start);
  h.send("appointment_submit");
  ASSERT_EQ(h.visits().appointments.size(), 1u) << h.error("submit");
  const Appointment& a = h.visits().appointments[0];
  EXPECT_EQ(a.number, "77-01-000001");
  EXPECT_EQ(a.start_ms, start);
  EXPECT_EQ(a.phone, "+79161234567");
  EXPECT_EQ(a.email, "Maria@example.ru");  // the domain is case-free, the local part is not
  EXPECT_EQ(a.comment, "Нужна справка для банка.\nПриду с мужем.");
  EXPECT_FALSE(a.reminded);
  EXPECT_FALSE(h.visits().panel_open);
  EXPECT_EQ(h.feed("appointments.feed.booked"), 1u);
  EXPECT_EQ(h.state().notifications.entries.back().object, "appointment:77-01-000001");
  EXPECT_EQ(h.state().account.audit.entries().back().action, "appointment_change");
  EXPECT_EQ(h.state().notices.back().message_key, "appointments.notice.booked");
  h.restart();
  ASSERT_EQ(h.visits().appointments.size(), 1u);
  EXPECT_EQ(h.visits().appointments[0].number, "77-01-000001");
  // The sandbox agency kept the booking too: the next one gets the next number.
  EXPECT_EQ(h.book("77-01", 4), "77-01-000002");
  EXPECT_TRUE(vault_peek::read(h.storage, kAppointmentsKey).has_value());
}

TEST(Appointments, BadInputIsRefusedWithItsReasonAndTheChoicesStay) {
  Harness h;
  h.consent();
  h.send("appointments_new");
  h.send("appointment_submit");
  EXPECT_EQ(h.error("service"), "appointments.error.service_required");
  EXPECT_EQ(h.error("region"), "appointments.error.region_required");
  EXPECT_EQ(h.error("office"), "appointments.error.office_required");
  EXPECT_EQ(h.error("slot"), "appointments.error.slot_required");
  // Unknown values are ignored, not stored.
  h.send("appointments_draft", {{"service", "haircut"}, {"region", "99"}});
  EXPECT_TRUE(h.draft().service.empty());
  EXPECT_TRUE(h.draft().region.empty());
  h.choose_place();
  // A time that is not among the free ones is not taken.
  h.send("appointments_draft", {{"start_ms", kStart + 5 * 60'000}});
  EXPECT_EQ(h.draft().start_ms, 0);
  h.send("appointments_draft", {{"start_ms", h.free_time()}});
  for (const auto& [phone, code] : {std::pair{"", "ids.phone.empty"}, {"12345", "ids.phone.format"}}) {
    h.send("appointments_draft", {{"phone", phone}});
    h.send("appointment_submit");
    EXPECT_EQ(h.error("phone"), code) << phone;
  }
  h.send("appointments_draft", {{"phone", "+7 916 123-45-67"}, {"email", "мария@"}});
  h.send("appointment_submit");
  EXPECT_FALSE(h.error("email").empty());
  h.send("appointments_draft", {{"email", ""}, {"comment", std::string("\xff\xfe")}});
  h.send("appointment_submit");
  EXPECT_EQ(h.error("comment"), "errors.invalid_utf8");
  h.send("appointments_draft", {{"comment", "звонок\x07"}});
  h.send("appointment_submit");
  EXPECT_EQ(h.error("comment"), "errors.control_chars");
  h.send("appointments_draft", {{"comment", std::string(1001, 'a')}});
  h.send("appointment_submit");
  EXPECT_EQ(h.error("comment"), "errors.too_long");
  EXPECT_TRUE(h.visits().appointments.empty());
  EXPECT_TRUE(h.visits().panel_open);
  EXPECT_EQ(h.draft().office, "77-01");
  EXPECT_NE(h.draft().start_ms, 0);
  const i18n::Catalog ru = i18n::Catalog::load("ru");
  for (const char* key : {"appointments.error.service_required", "appointments.error.slot_required",
                          "appointments.error.consent", "appointments.code.slot_full", "appointments.code.offline",
                          "appointments.code.citizen_busy", "appointments.code.too_soon", "ids.phone.format"})
    EXPECT_NE(ru.tr(key), key) << "a Russian text for " << key;
}

TEST(Appointments, OfflineTheFreeTimesWaitAndBookingSaysItNeedsAConnection) {
  Harness h;
  h.consent();
  h.send("set_online", {{"online", false}});
  h.choose_place();
  EXPECT_EQ(h.draft().slots_code, "offline");
  EXPECT_TRUE(h.draft().slots.empty());
  h.send("appointments_draft", {{"phone", "+7 916 123-45-67"}});
  h.send("set_online", {{"online", true}});
  ASSERT_EQ(h.draft().slots_code, "ok") << "back online, the times come by themselves";
  h.send("appointments_draft", {{"start_ms", h.free_time()}});
  h.send("set_online", {{"online", false}});
  h.send("appointment_submit");
  EXPECT_EQ(h.error("submit"), "appointments.code.offline");
  EXPECT_TRUE(h.visits().appointments.empty());
  EXPECT_NE(h.draft().start_ms, 0) << "the choices are kept";
  h.send("set_online", {{"online", true}});
  h.send("appointment_submit");
  EXPECT_EQ(h.visits().appointments.size(), 1u);
}

TEST(Appointments, RescheduleAndCancelKeepTheHistoryAndCancellingAsksFirst) {
  Harness h;
  h.consent();
  const std::string number = h.book("77-01", 3);
  ASSERT_FALSE(number.empty());
  const int64_t first = h.visits().appointments[0].start_ms;
  h.send("appointment_reschedule", {{"number", number}});
  ASSERT_TRUE(h.visits().panel_open);
  EXPECT_EQ(h.draft().mode, "reschedule");
  EXPECT_EQ(h.draft().office, "77-01");
  for (const appointments::FreeSlot& slot : h.draft().slots)
    EXPECT_NE(slot.start_ms, first) << "its own time is not offered";
  const int64_t later = h.free_time(5);
  h.send("appointments_draft", {{"start_ms", later}, {"office", "78-01"}});
  EXPECT_EQ(h.draft().office, "77-01") << "a move stays at the same office";
  h.send("appointment_submit");
  const Appointment* a = find_appointment(h.visits(), number);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->start_ms, later);
  ASSERT_EQ(a->history.size(), 2u);
  EXPECT_EQ(a->history[1].action, "rescheduled");
  EXPECT_EQ(h.feed("appointments.feed.rescheduled"), 1u);
  // Cancelling waits for «Да, отменить»; offline it is refused with a reason.
  h.send("appointment_cancel_confirm", {{"number", number}});
  EXPECT_EQ(find_appointment(h.visits(), number)->status, "booked");
  h.send("appointment_cancel", {{"number", number}});
  EXPECT_EQ(h.visits().confirm_cancel, number);
  h.send("set_online", {{"online", false}});
  h.send("appointment_cancel_confirm", {{"number", number}});
  EXPECT_EQ(find_appointment(h.visits(), number)->status, "booked");
  EXPECT_EQ(h.state().notices.back().message_key, "appointments.code.offline");
  h.send("set_online", {{"online", true}});
  h.send("appointment_cancel_confirm", {{"number", number}});
  a = find_appointment(h.visits(), number);
  EXPECT_EQ(a->status, "cancelled");
  EXPECT_EQ(visit_state(*a, h.clock.now_ms()), VisitState::cancelled);
  EXPECT_EQ(h.feed("appointments.feed.cancelled"), 1u);
  EXPECT_TRUE(listed_appointments(h.visits(), h.clock.now_ms(), true).empty());
  EXPECT_EQ(listed_appointments(h.visits(), h.clock.now_ms(), false).size(), 1u);
  // A cancelled visit is not moved.
  h.send("appointment_reschedule", {{"number", number}});
  EXPECT_FALSE(h.visits().panel_open);
}

TEST(Appointments, OneBookingPerTimeTheOtherOfficesDoNotOfferIt) {
  Harness h;
  h.consent();
  const std::string number = h.book("77-01", 2);
  ASSERT_FALSE(number.empty());
  const int64_t taken = h.visits().appointments[0].start_ms;
  h.choose_place("50-01");  // the same hours in Podolsk
  for (const appointments::FreeSlot& slot : h.draft().slots) EXPECT_NE(slot.start_ms, taken);
  h.send("appointments_draft", {{"start_ms", taken}});
  EXPECT_EQ(h.draft().start_ms, 0);
}

TEST(Appointments, TheReminderComesOnceADayBeforeAndNotForAVisitBookedThatLate) {
  Harness h;
  h.consent();
  const std::string number = h.book("77-01", 3);
  ASSERT_FALSE(number.empty());
  const int64_t start = h.visits().appointments[0].start_ms;
  EXPECT_EQ(appointments_deadline(h.state()), start - kDay);
  // Days pass (the idle sign-out happens meanwhile); signed in again a minute early: nothing yet.
  h.at(start - kDay - 60'000);
  h.restart();
  EXPECT_EQ(h.feed("appointments.feed.reminder"), 0u);
  h.at(start - kDay);
  h.runtime->tick();
  EXPECT_EQ(h.feed("appointments.feed.reminder"), 1u);
  EXPECT_EQ(h.state().notices.back().message_key, "appointments.notice.reminder");
  h.restart();
  h.runtime->tick();
  EXPECT_EQ(h.feed("appointments.feed.reminder"), 1u) << "once, also after a restart";
  // Booked less than a day ahead: the confirmation is the reminder.
  const std::string soon = h.book("77-02", 0);
  ASSERT_FALSE(soon.empty());
  const Appointment* late = find_appointment(h.visits(), soon);
  ASSERT_LT(late->start_ms - h.clock.now_ms(), kDay);
  EXPECT_TRUE(late->reminded);
}

TEST(Appointments, ANotificationOpensTheBookingAndTheCatalogServiceOpensThePanel) {
  Harness h;
  h.consent();
  const std::string number = h.book();
  ASSERT_FALSE(number.empty());
  h.send("navigate", {{"section", "home"}});
  const uint64_t entry = h.state().notifications.entries.back().id;
  h.send("notification_open", {{"id", entry}});
  EXPECT_EQ(h.state().section, Section::appointments);
  EXPECT_EQ(h.visits().opened, number);
  h.send("navigate", {{"section", "services"}});
  h.send("start_form", {{"form", "appointment"}});
  EXPECT_EQ(h.state().section, Section::appointments);
  EXPECT_TRUE(h.visits().panel_open);
  EXPECT_FALSE(h.state().forms.has_journey) << "no free-text form for a visit";
}

TEST(Appointments, ADamagedListIsKeptAsideWithAMessage) {
  Harness h;
  vault_peek::write(h.storage, kAppointmentsKey, R"({"version": 1, "appointments": [{"number": 5}]})");
  h.restart();
  EXPECT_TRUE(h.visits().appointments.empty());
  EXPECT_TRUE(vault_peek::read(h.storage, "appointments.damaged.json").has_value());
  bool said = false;
  for (const Notice& n : h.state().notices) said = said || n.message_key == "errors.corrupt_appointments";
  EXPECT_TRUE(said);
}
