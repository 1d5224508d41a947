#include "tracking/transitions.hpp"

#include <algorithm>

namespace cabinet::tracking {

namespace {

struct Move {
  Status from, to;
  Actor actor;
};

using S = Status;
using A = Actor;

// The statuses the agency sets on an application it holds.
constexpr Status kAgencyHolds[] = {S::sent, S::received, S::in_progress, S::needs_correction, S::interim_result};
constexpr Status kAgencySets[] = {S::received, S::in_progress, S::needs_correction, S::interim_result,
                                  S::done,     S::refused,     S::cancelled};

// The citizen's and the portal's moves; the agency's are generated below.
constexpr Move kMoves[] = {
    // «Отправить»: numbered and signed on the portal, or kept for later when offline.
    {S::draft, S::registered, A::citizen},
    {S::draft, S::queued, A::citizen},
    // «Отменить» while the agency does not have the application yet.
    {S::draft, S::cancelled, A::citizen},
    {S::queued, S::cancelled, A::citizen},
    {S::registered, S::cancelled, A::citizen},
    {S::send_failed, S::cancelled, A::citizen},
    // «Отправить повторно» after the agency refused to take it.
    {S::send_failed, S::queued, A::citizen},
    // The outbox: connection lost, delivered, or refused by the agency's gate.
    {S::registered, S::queued, A::system},
    {S::registered, S::sent, A::system},
    {S::queued, S::sent, A::system},
    {S::registered, S::send_failed, A::system},
    {S::queued, S::send_failed, A::system},
};

bool agency_move(Status from, Status to) {
  const bool holds = std::find(std::begin(kAgencyHolds), std::end(kAgencyHolds), from) != std::end(kAgencyHolds);
  const bool sets = std::find(std::begin(kAgencySets), std::end(kAgencySets), to) != std::end(kAgencySets);
  // «Получено ведомством» only follows «Отправлено в ведомство».
  return holds && sets && from != to && (to != S::received || from == S::sent);
}

}  // namespace

std::string_view transition_code_id(TransitionCode code) {
  switch (code) {
    case TransitionCode::ok:
      return "ok";
    case TransitionCode::same_status:
      return "same_status";
    case TransitionCode::final_status:
      return "final_status";
    case TransitionCode::wrong_actor:
      return "wrong_actor";
    case TransitionCode::not_allowed:
      return "not_allowed";
  }
  return "not_allowed";
}

bool is_allowed(Status from, Status to, Actor actor) {
  if (actor == Actor::agency) return agency_move(from, to);
  return std::any_of(std::begin(kMoves), std::end(kMoves),
                     [&](const Move& m) { return m.from == from && m.to == to && m.actor == actor; });
}

TransitionCode check_transition(Status from, Status to, Actor actor) {
  if (from == to) return TransitionCode::same_status;
  if (is_final(from)) return TransitionCode::final_status;
  if (is_allowed(from, to, actor)) return TransitionCode::ok;
  for (Actor other : kAllActors) {
    if (is_allowed(from, to, other)) return TransitionCode::wrong_actor;
  }
  return TransitionCode::not_allowed;
}

TransitionResult apply(Tracked& tracked, Status to, Actor actor, std::string comment, int64_t now_ms, std::string body,
                       std::string event_id) {
  const TransitionCode code = check_transition(tracked.status, to, actor);
  if (code != TransitionCode::ok) return {code};
  tracked.status = to;
  tracked.history.push_back({now_ms, to, actor, std::move(body), std::move(comment), std::move(event_id)});
  return {};
}

Tracked make_tracked(std::string number, std::string form_id, Status status, int64_t now_ms) {
  Tracked tracked;
  tracked.number = std::move(number);
  tracked.form_id = std::move(form_id);
  tracked.status = status;
  tracked.history.push_back({now_ms, status, Actor::citizen, "", "", ""});
  return tracked;
}

}  // namespace cabinet::tracking
