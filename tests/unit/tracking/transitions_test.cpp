// The transition table, checked over every status pair and actor against the
// list of legal moves written out here a second time.
#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "tracking/transitions.hpp"

using namespace cabinet::tracking;
using S = Status;
using A = Actor;

namespace {

std::set<std::tuple<S, S, A>> legal_moves() {
  std::set<std::tuple<S, S, A>> moves = {
      {S::draft, S::registered, A::citizen},      {S::draft, S::queued, A::citizen},
      {S::draft, S::cancelled, A::citizen},       {S::queued, S::cancelled, A::citizen},
      {S::registered, S::cancelled, A::citizen},  {S::send_failed, S::cancelled, A::citizen},
      {S::send_failed, S::queued, A::citizen},    {S::registered, S::queued, A::system},
      {S::registered, S::sent, A::system},        {S::queued, S::sent, A::system},
      {S::registered, S::send_failed, A::system}, {S::queued, S::send_failed, A::system},
      {S::sent, S::received, A::agency},
  };
  const S holds[] = {S::sent, S::received, S::in_progress, S::needs_correction, S::interim_result};
  const S sets[] = {S::in_progress, S::needs_correction, S::interim_result, S::done, S::refused, S::cancelled};
  for (S from : holds) {
    for (S to : sets) {
      if (from != to) moves.insert({from, to, A::agency});
    }
  }
  return moves;
}

}  // namespace

TEST(TrackingTransitions, EveryLegalMoveSucceedsAndEveryOtherIsRefused) {
  const auto legal = legal_moves();
  int accepted = 0, refused = 0;
  for (S from : kAllStatuses) {
    for (S to : kAllStatuses) {
      for (A actor : kAllActors) {
        Tracked t;
        t.status = from;
        const TransitionResult result = apply(t, to, actor, "comment", 1000);
        const bool expected = legal.count({from, to, actor}) > 0;
        EXPECT_EQ(result.ok(), expected) << status_id(from) << " -> " << status_id(to) << " by " << actor_id(actor);
        if (result.ok()) {
          ++accepted;
          EXPECT_EQ(t.status, to);
          ASSERT_EQ(t.history.size(), 1u);
          EXPECT_EQ(t.history[0].status, to);
          EXPECT_EQ(t.history[0].actor, actor);
          EXPECT_EQ(t.history[0].comment, "comment");
          EXPECT_EQ(t.history[0].time_ms, 1000);
        } else {
          ++refused;
          EXPECT_EQ(t.status, from);
          EXPECT_TRUE(t.history.empty());
          EXPECT_NE(result.code, TransitionCode::ok);
        }
      }
    }
  }
  EXPECT_EQ(accepted, static_cast<int>(legal.size()));
  EXPECT_EQ(accepted + refused, 12 * 12 * 3);
}

TEST(TrackingTransitions, RefusalsSayWhy) {
  EXPECT_EQ(check_transition(S::sent, S::sent, A::agency), TransitionCode::same_status);
  EXPECT_EQ(check_transition(S::done, S::in_progress, A::agency), TransitionCode::final_status);
  EXPECT_EQ(check_transition(S::refused, S::cancelled, A::citizen), TransitionCode::final_status);
  EXPECT_EQ(check_transition(S::in_progress, S::done, A::citizen), TransitionCode::wrong_actor);
  EXPECT_EQ(check_transition(S::queued, S::sent, A::agency), TransitionCode::wrong_actor);
  EXPECT_EQ(check_transition(S::draft, S::done, A::agency), TransitionCode::not_allowed);
  EXPECT_EQ(check_transition(S::in_progress, S::received, A::agency), TransitionCode::not_allowed);
  EXPECT_EQ(transition_code_id(TransitionCode::wrong_actor), "wrong_actor");
}

TEST(TrackingTransitions, HistoryIsAppendedInOrderWithBodyAndComment) {
  Tracked t = make_tracked("20261123-000001", "appeal", S::registered, 10);
  ASSERT_TRUE(apply(t, S::sent, A::system, "", 20).ok());
  ASSERT_TRUE(apply(t, S::received, A::agency, "Получено", 30, "Клиентская служба СФР", "e-1").ok());
  EXPECT_FALSE(apply(t, S::draft, A::citizen, "", 40).ok());
  ASSERT_EQ(t.history.size(), 3u);
  EXPECT_EQ(t.history[0].status, S::registered);
  EXPECT_EQ(t.history[0].actor, A::citizen);
  EXPECT_EQ(t.history[2].body, "Клиентская служба СФР");
  EXPECT_EQ(t.history[2].comment, "Получено");
  EXPECT_EQ(t.history[2].event_id, "e-1");
}

TEST(TrackingTransitions, CapabilitiesFollowTheStatus) {
  EXPECT_TRUE(capabilities(S::queued).cancel);
  EXPECT_TRUE(capabilities(S::registered).cancel);
  EXPECT_FALSE(capabilities(S::in_progress).cancel);
  EXPECT_TRUE(capabilities(S::in_progress).message);
  EXPECT_TRUE(capabilities(S::needs_correction).upload);
  EXPECT_TRUE(capabilities(S::needs_correction).edit);
  EXPECT_TRUE(capabilities(S::done).result);
  EXPECT_TRUE(capabilities(S::refused).result);
  EXPECT_TRUE(capabilities(S::interim_result).result);
  EXPECT_FALSE(capabilities(S::cancelled).message);
  EXPECT_TRUE(capability_ids(capabilities(S::cancelled)).empty());
  EXPECT_EQ(capability_ids(capabilities(S::needs_correction)),
            (std::vector<std::string>{"withdraw", "edit", "message", "upload"}));
  // Withdrawing is asked of the agency while it has the application and has not decided.
  for (S status : kAllStatuses) {
    EXPECT_EQ(capabilities(status).withdraw, is_allowed(status, S::cancelled, A::agency) && status != S::interim_result)
        << status_id(status);
  }
  // A citizen's cancel capability matches the table.
  for (S status : kAllStatuses) {
    EXPECT_EQ(capabilities(status).cancel, is_allowed(status, S::cancelled, A::citizen)) << status_id(status);
  }
}
