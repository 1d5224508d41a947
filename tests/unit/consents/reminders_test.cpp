#include <gtest/gtest.h>

#include "consents/reminders.hpp"
#include "fixtures.hpp"

using namespace consent_test;

TEST(ConsentReminders, ThirtyAndSevenDaysAhead) {
  consents::ConsentBook book;
  const auto key = test_key();
  auto far = book.give(draft(Kind::direct, "ПФР", "registry_autofill", {"snils"}, consents::AccessLevel::limited,
                             60 * kDay),
                       true, key, kNow, "citizen");
  auto month = book.give(draft(Kind::direct, "ПФР", "document_sharing", {"snils"}, consents::AccessLevel::limited,
                               30 * kDay),
                         true, key, kNow, "citizen");
  auto week = book.give(draft(Kind::direct, "Банк", "personal_suggestions", {"snils"}, consents::AccessLevel::limited,
                              7 * kDay),
                        true, key, kNow, "citizen");
  auto withdrawn = book.give(draft(Kind::direct, "Банк", "document_sharing", {"snils"},
                                   consents::AccessLevel::limited, 5 * kDay),
                             true, key, kNow, "citizen");
  ASSERT_TRUE(book.withdraw(withdrawn.consent_id, kNow, "citizen").ok());

  auto reminders = consents::expiry_reminders(book, kNow);
  ASSERT_EQ(reminders.size(), 2u);
  EXPECT_EQ(reminders[0].consent_id, week.consent_id);
  EXPECT_EQ(reminders[0].threshold_days, 7);
  EXPECT_EQ(reminders[0].days_left, 7);
  EXPECT_EQ(reminders[1].consent_id, month.consent_id);
  EXPECT_EQ(reminders[1].threshold_days, 30);
  EXPECT_EQ(reminders[1].days_left, 30);
  EXPECT_EQ(reminders[1].key, month.consent_id + ":30:2026-12-23T09:00:00Z");

  reminders = consents::expiry_reminders(book, kNow + 30 * kDay + 1);  // the far one is 30 days out; month is past
  ASSERT_EQ(reminders.size(), 1u);
  EXPECT_EQ(reminders[0].consent_id, far.consent_id);
  EXPECT_EQ(reminders[0].days_left, 30);
  reminders = consents::expiry_reminders(book, kNow + 59 * kDay + 1);
  ASSERT_EQ(reminders.size(), 1u);
  EXPECT_EQ(reminders[0].threshold_days, 7);
  EXPECT_EQ(reminders[0].days_left, 1);
  // A renewal moves the term: no reminder, then new keys later.
  ASSERT_TRUE(book.renew(far.consent_id, kNow + 200 * kDay, true, key, kNow + 59 * kDay, "citizen").ok());
  EXPECT_TRUE(consents::expiry_reminders(book, kNow + 59 * kDay + 1).empty());
  EXPECT_TRUE(consents::expiry_reminders(book, kNow + 200 * kDay).empty());
}
