#include "app/runtime.hpp"

#include "app/json_args.hpp"

namespace cabinet::app {

Runtime::Runtime(storage::Storage& storage, const Clock& clock) : storage_(storage), clock_(clock) {
  state_.now_ms = clock_.now_ms();
}

void Runtime::start() {
  if (auto data = storage_.read(kSettingsKey)) dispatch({"loaded", {{"key", kSettingsKey}, {"data", *data}}});
}

bool Runtime::dispatch(const Action& action) {
  queue_.push_back(action);
  if (dispatching_) return true;
  dispatching_ = true;
  bool known = true;
  while (!queue_.empty()) {
    const Action next = std::move(queue_.front());
    queue_.pop_front();
    UpdateResult result = update(state_, next, clock_.now_ms());
    known = known && result.known;
    for (const Effect& effect : result.effects) perform(effect);
  }
  dispatching_ = false;
  return known;
}

void Runtime::tick() {
  if (auto deadline = next_deadline(); deadline && *deadline <= clock_.now_ms()) dispatch({"tick", {}});
}

void Runtime::perform(const Effect& effect) {
  if (effect.type != "save") return;
  const std::string key = json_string(effect.args, "key").value_or("");
  const storage::WriteResult written = storage_.write_atomic(key, json_string(effect.args, "data").value_or(""));
  if (!written.ok) {
    dispatch({"save_failed", {{"key", key}, {"reason_key", "errors.storage"}, {"detail", written.error}}});
    return;
  }
  if (key != kSettingsKey) return;  // only the settings report "saved" to the citizen
  if (!persist_) {
    dispatch({"saved", {{"key", key}}});
    return;
  }
  persist_([this, key](bool ok, const std::string& reason_key) {
    if (ok) {
      dispatch({"saved", {{"key", key}}});
    } else {
      dispatch({"save_failed", {{"key", key}, {"reason_key", reason_key.empty() ? "errors.storage" : reason_key}}});
    }
  });
}

}  // namespace cabinet::app
