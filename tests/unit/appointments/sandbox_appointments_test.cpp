// Запись на приём's core: the embedded offices data, slots in each office's
// local time without the lunch break, weekends and holidays, the booking
// window, and the sandbox agency's rules (capacity, one booking per time per
// citizen, idempotency, reschedule, cancel, restart).
#include <gtest/gtest.h>

#include <algorithm>

#include "appointments/sandbox_appointments.hpp"
#include "appointments/schedule.hpp"
#include "time/iso8601.hpp"

using namespace cabinet::appointments;
using cabinet::time::parse_iso;

namespace {

constexpr int64_t kStart = 1'795'424'400'000;  // Monday 2026-11-23T09:00:00Z (12:00 in Moscow)
constexpr int64_t kMinute = 60'000;

int64_t at(const char* iso) {
  return parse_iso(iso).value();
}

std::vector<std::string> times_of(const OfficeData& data, const Office& office, const char* day_start,
                                  const char* day_end) {
  std::vector<std::string> out;
  for (int64_t t : office_slots(data, office, at(day_start), at(day_end)))
    out.push_back(local_time(t, data.utc_offset(office)));
  return out;
}

struct Sandbox {
  int64_t now = kStart;
  SandboxAppointments agency{[this] { return now; }, offices()};
  BookingRequest request(const std::string& key, const std::string& office, int64_t start,
                         const std::string& citizen = "+79161234567") {
    return {key, citizen, office, "certificate", start, "+79161234567", "", ""};
  }
  // A slot of `office` with at least one free window, `days` days ahead.
  int64_t free_slot(const std::string& office, int days = 3, size_t skip = 0) {
    const SlotsAnswer answer =
        agency.free_slots(office, "certificate", now + days * 86'400'000LL, now + 20 * 86'400'000LL);
    EXPECT_TRUE(answer.ok);
    EXPECT_GT(answer.slots.size(), skip);
    return answer.slots.at(skip).start_ms;
  }
};

}  // namespace

TEST(Offices, TheEmbeddedDataHasRegionsOfficesAndTheirHours) {
  const OfficeData& data = offices();
  ASSERT_EQ(data.regions.size(), 5u);
  ASSERT_EQ(data.offices.size(), 7u);
  for (const Office& o : data.offices) {
    EXPECT_NE(data.region(o.region), nullptr) << o.id;
    EXPECT_FALSE(o.services.empty()) << o.id;
  }
  const Office* khamovniki = data.office("77-01");
  ASSERT_NE(khamovniki, nullptr);
  EXPECT_EQ(khamovniki->name.in("ru"), "Клиентская служба СФР в районе Хамовники");
  EXPECT_EQ(khamovniki->windows, 3);
  ASSERT_TRUE(khamovniki->hours[4].has_value());
  EXPECT_EQ(khamovniki->hours[4]->to, 16 * 60 + 45);  // Friday until 16:45
  EXPECT_FALSE(khamovniki->hours[5].has_value());     // closed on Saturday
  EXPECT_EQ(data.utc_offset(*data.office("54-01")), 420);
  EXPECT_FALSE(data.office("78-02")->offers("maternity_capital"));
}

TEST(Offices, MalformedDataIsRefusedAsAWhole) {
  const std::string good = R"({"regions": [{"code": "77", "name": {"ru": "Москва"}}], "offices": [
    {"id": "77-01", "region": "77", "name": {"ru": "Служба"}, "address": {"ru": "Адрес"}, "services": ["pension"],
     "windows": 1, "slot_minutes": 30, "hours": {"mon": "09:00-18:00", "tue": "", "wed": "", "thu": "", "fri": "",
     "sat": "", "sun": ""}}]})";
  ASSERT_TRUE(parse_offices(good).has_value());
  const auto broken = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    text.replace(text.find(from), from.size(), to);
    return !parse_offices(text).has_value();
  };
  EXPECT_TRUE(broken("09:00-18:00", "9-18"));
  EXPECT_TRUE(broken("09:00-18:00", "18:00-09:00"));
  EXPECT_TRUE(broken("\"region\": \"77\"", "\"region\": \"99\""));
  EXPECT_TRUE(broken("[\"pension\"]", "[\"haircut\"]"));
  EXPECT_TRUE(broken("\"windows\": 1", "\"windows\": 0"));
  EXPECT_TRUE(broken("\"slot_minutes\": 30", "\"slot_minutes\": 1"));
  EXPECT_TRUE(broken("\"sun\": \"\"", "\"sun\": 5"));
  EXPECT_FALSE(parse_offices("").has_value());
  EXPECT_FALSE(parse_offices("\xff\xfe").has_value());
  EXPECT_FALSE(parse_offices("[]").has_value());
}

TEST(Schedule, SlotsFollowTheHoursInLocalTimeWithoutTheBreakWeekendsAndHolidays) {
  const OfficeData& data = offices();
  const Office& moscow = *data.office("77-01");
  // Monday 30.11.2026: 09:00–12:30 and 14:00–17:30 (the break is 13:00–14:00).
  const auto monday = times_of(data, moscow, "2026-11-30T00:00:00+03:00", "2026-12-01T00:00:00+03:00");
  ASSERT_EQ(monday.size(), 16u);
  EXPECT_EQ(monday.front(), "09:00");
  EXPECT_EQ(monday[7], "12:30");
  EXPECT_EQ(monday[8], "14:00");
  EXPECT_EQ(monday.back(), "17:30");
  // Friday until 16:45: the last 30-minute slot starts at 16:00.
  const auto friday = times_of(data, moscow, "2026-12-04T00:00:00+03:00", "2026-12-05T00:00:00+03:00");
  EXPECT_EQ(friday.back(), "16:00");
  EXPECT_TRUE(times_of(data, moscow, "2026-12-05T00:00:00+03:00", "2026-12-07T00:00:00+03:00").empty());
  // 4 November (День народного единства) is a holiday.
  EXPECT_TRUE(times_of(data, moscow, "2026-11-04T00:00:00+03:00", "2026-11-05T00:00:00+03:00").empty());
  // Novosibirsk receives from 09:00 its time, 02:00 UTC; 20-minute slots in Maryino skip 13:00–13:40.
  const Office& novosibirsk = *data.office("54-01");
  const auto first = office_slots(data, novosibirsk, at("2026-11-30T00:00:00+07:00"), at("2026-12-01T00:00:00+07:00"));
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first.front(), at("2026-11-30T02:00:00Z"));
  const auto maryino = times_of(data, *data.office("77-02"), "2026-11-30T00:00:00+03:00", "2026-12-01T00:00:00+03:00");
  EXPECT_EQ(std::count(maryino.begin(), maryino.end(), "13:00"), 0);
  EXPECT_EQ(std::count(maryino.begin(), maryino.end(), "13:40"), 1);
  EXPECT_TRUE(is_slot(data, moscow, at("2026-11-30T10:30:00+03:00")));
  EXPECT_FALSE(is_slot(data, moscow, at("2026-11-30T10:10:00+03:00")));
  EXPECT_FALSE(is_slot(data, moscow, at("2026-11-30T13:00:00+03:00")));
}

TEST(Schedule, TheBookingWindowOpensAnHourAheadAndEndsAfterFourteenDays) {
  const OfficeData& data = offices();
  const Office& moscow = *data.office("77-01");
  const BookingWindow window = booking_window(data, moscow, kStart);
  EXPECT_EQ(window.from_ms, kStart + 60 * kMinute);
  EXPECT_EQ(window.to_ms, at("2026-12-08T00:00:00+03:00"));  // the whole of 07.12, 14 days after 23.11
  EXPECT_EQ(local_iso_date(at("2026-11-30T23:30:00Z"), 180), "2026-12-01");
  EXPECT_EQ(local_weekday(at("2026-11-23T12:00:00+03:00"), 180), 0);  // Monday
}

TEST(SandboxAppointments, FreeTimesAreDeterministicAndSomeSlotsAreFull) {
  Sandbox a, b;
  const SlotsAnswer first = a.agency.free_slots("77-01", "certificate", 0, INT64_MAX);
  const SlotsAnswer again = b.agency.free_slots("77-01", "certificate", 0, INT64_MAX);
  ASSERT_TRUE(first.ok);
  ASSERT_EQ(first.slots.size(), again.slots.size());
  for (size_t i = 0; i < first.slots.size(); ++i) EXPECT_EQ(first.slots[i].start_ms, again.slots[i].start_ms);
  const Office& moscow = *offices().office("77-01");
  const BookingWindow window = booking_window(offices(), moscow, kStart);
  const size_t all = office_slots(offices(), moscow, window.from_ms, window.to_ms).size();
  // About a quarter of the slots are taken by others: between 10% and 45% missing.
  EXPECT_LT(first.slots.size(), all * 90 / 100);
  EXPECT_GT(first.slots.size(), all * 55 / 100);
  for (const FreeSlot& slot : first.slots) {
    EXPECT_GE(slot.start_ms, window.from_ms);
    EXPECT_GT(slot.free, 0);
    EXPECT_LE(slot.free, moscow.windows);
  }
  EXPECT_EQ(a.agency.free_slots("78-02", "maternity_capital", 0, INT64_MAX).code, "service_not_offered");
  EXPECT_EQ(a.agency.free_slots("99-99", "certificate", 0, INT64_MAX).code, "unknown_office");
  a.agency.set_online(false);
  EXPECT_EQ(a.agency.free_slots("77-01", "certificate", 0, INT64_MAX).code, "offline");
}

TEST(SandboxAppointments, BookingTakesAWindowOnceAndRefusesWhatTheRulesForbid) {
  Sandbox s;
  // A time free both here and in Podolsk (the same hours), to book one and try the other.
  const SlotsAnswer podolsk = s.agency.free_slots("50-01", "certificate", 0, INT64_MAX);
  int64_t slot = 0;
  for (const FreeSlot& f : s.agency.free_slots("77-01", "certificate", 0, INT64_MAX).slots) {
    if (std::any_of(podolsk.slots.begin(), podolsk.slots.end(),
                    [&](const FreeSlot& p) { return p.start_ms == f.start_ms; })) {
      slot = f.start_ms;
      break;
    }
  }
  ASSERT_NE(slot, 0);
  const BookingAck booked = s.agency.book(s.request("k1", "77-01", slot));
  ASSERT_TRUE(booked.accepted) << booked.code;
  EXPECT_EQ(booked.number, "77-01-000001");
  EXPECT_EQ(booked.start_ms, slot);
  // The same key again: the same booking, not a second one.
  const BookingAck repeated = s.agency.book(s.request("k1", "77-01", slot));
  EXPECT_TRUE(repeated.duplicate);
  EXPECT_EQ(repeated.number, booked.number);
  EXPECT_EQ(s.agency.bookings(), 1u);
  // One citizen, one visit at a time: the same time at another office is refused.
  EXPECT_EQ(s.agency.book(s.request("k2", "50-01", slot)).code, "citizen_busy");
  // Others fill the slot to capacity, then it is full.
  int n = 0;
  while (s.agency.book(s.request("fill" + std::to_string(n), "77-01", slot, "other" + std::to_string(n))).accepted) ++n;
  EXPECT_LT(n, 3);
  EXPECT_EQ(s.agency.book(s.request("late", "77-01", slot, "someone")).code, "slot_full");
  // Too soon, too far, off the grid, a service the office does not offer, offline.
  EXPECT_EQ(s.agency.book(s.request("k3", "77-01", at("2026-11-23T12:30:00+03:00"))).code, "too_soon");
  EXPECT_EQ(s.agency.book(s.request("k4", "77-01", at("2026-12-08T10:00:00+03:00"))).code, "too_far");
  EXPECT_EQ(s.agency.book(s.request("k5", "77-01", slot + 10 * kMinute)).code, "not_a_slot");
  BookingRequest capital = s.request("k6", "78-02", s.free_slot("78-02"));
  capital.service = "maternity_capital";
  EXPECT_EQ(s.agency.book(capital).code, "service_not_offered");
  EXPECT_EQ(s.agency.book(s.request("", "77-01", s.free_slot("77-01", 4))).code, "bad_request");
  s.agency.set_online(false);
  const BookingAck offline = s.agency.book(s.request("k7", "77-01", s.now + 5 * 86'400'000LL));
  EXPECT_FALSE(offline.accepted);
  EXPECT_TRUE(offline.transient);
}

TEST(SandboxAppointments, RescheduleAndCancelFreeTheOldTime) {
  Sandbox s;
  const int64_t slot = s.free_slot("77-01");
  const auto free_at = [&](int64_t start) {
    for (const FreeSlot& f : s.agency.free_slots("77-01", "certificate", start, start + 1).slots) return f.free;
    return 0;
  };
  const int before = free_at(slot);
  const BookingAck booked = s.agency.book(s.request("k1", "77-01", slot));
  ASSERT_TRUE(booked.accepted);
  EXPECT_EQ(free_at(slot), before - 1);
  const int64_t later = s.free_slot("77-01", 5);
  const BookingAck moved = s.agency.reschedule(booked.number, "+79161234567", later, "r1");
  ASSERT_TRUE(moved.accepted) << moved.code;
  EXPECT_EQ(moved.start_ms, later);
  EXPECT_EQ(free_at(slot), before);
  EXPECT_TRUE(s.agency.reschedule(booked.number, "+79161234567", slot, "r1").duplicate);
  EXPECT_EQ(s.agency.reschedule(booked.number, "+79161234567", later, "r2").code, "same_time");
  EXPECT_EQ(s.agency.reschedule(booked.number, "someone else", slot, "r3").code, "unknown_booking");
  EXPECT_EQ(s.agency.cancel(booked.number, "someone else").code, "unknown_booking");
  EXPECT_TRUE(s.agency.cancel(booked.number, "+79161234567").accepted);
  EXPECT_TRUE(s.agency.cancel(booked.number, "+79161234567").duplicate);
  EXPECT_EQ(s.agency.reschedule(booked.number, "+79161234567", slot, "r4").code, "cancelled");
  // A visit whose time has passed cannot be changed.
  const BookingAck second = s.agency.book(s.request("k2", "77-01", slot));
  ASSERT_TRUE(second.accepted);
  s.now = slot + kMinute;
  EXPECT_EQ(s.agency.cancel(second.number, "+79161234567").code, "already_past");
}

TEST(SandboxAppointments, TheBookingsSurviveARestartAndDamagedStateIsRefused) {
  Sandbox s;
  const int64_t slot = s.free_slot("77-01");
  ASSERT_TRUE(s.agency.book(s.request("k1", "77-01", slot)).accepted);
  const nlohmann::json saved = s.agency.to_json();
  Sandbox restarted;
  ASSERT_TRUE(restarted.agency.restore(saved));
  EXPECT_EQ(restarted.agency.bookings(), 1u);
  EXPECT_TRUE(restarted.agency.book(restarted.request("k1", "77-01", slot)).duplicate);
  EXPECT_EQ(restarted.agency.book(restarted.request("k2", "77-01", s.free_slot("77-01", 4))).number, "77-01-000002");
  for (const char* damaged :
       {R"({"bookings": 5, "next_number": 1})", R"({"bookings": [{"number": 1}], "next_number": 1})", R"([1, 2])",
        R"({"bookings": [], "next_number": -1})"}) {
    EXPECT_FALSE(restarted.agency.restore(nlohmann::json::parse(damaged))) << damaged;
    EXPECT_EQ(restarted.agency.bookings(), 2u);
  }
}
