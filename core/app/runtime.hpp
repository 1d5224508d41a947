#pragma once
// Runtime: owns the AppState, feeds actions through update() one at a time and
// performs the effects against Storage. The platform adds what only it can do:
// in the browser, `persist` syncs IDBFS after a write and reports back later.
#include <deque>
#include <functional>
#include <optional>

#include "app/clock.hpp"
#include "app/update.hpp"
#include "storage/storage.hpp"
#include "tracking/sandbox_agency.hpp"

namespace cabinet::app {

class Runtime {
 public:
  // Called after a successful write; must eventually call done(ok, reason_key),
  // reason_key naming a catalog message when ok is false.
  using Done = std::function<void(bool ok, const std::string& reason_key)>;
  using Persist = std::function<void(Done done)>;

  Runtime(storage::Storage& storage, const Clock& clock);

  void set_persist(Persist persist) { persist_ = std::move(persist); }
  // Reads what was saved before (settings) into the state.
  void start();
  // Queues the action and processes the queue unless already inside dispatch.
  // Returns false for an unknown action type.
  bool dispatch(const Action& action);
  // Dispatches "tick" when a deadline of the state has passed.
  void tick();

  const AppState& state() const { return state_; }
  std::optional<int64_t> next_deadline() const { return app::next_deadline(state_); }

 private:
  void perform(const Effect& effect);

  storage::Storage& storage_;
  const Clock& clock_;
  // The embedded sandbox agency (core/tracking), kept in storage between runs.
  tracking::SandboxAgency sandbox_;
  Persist persist_;
  AppState state_;
  std::deque<Action> queue_;
  bool dispatching_ = false;
};

}  // namespace cabinet::app
