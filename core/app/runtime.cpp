#include "app/runtime.hpp"

#include "app/json_args.hpp"

namespace cabinet::app {

namespace {
constexpr const char* kAgencyKey = "agency-sandbox.json";
}

Runtime::Runtime(storage::Storage& storage, const Clock& clock)
    : storage_(storage), clock_(clock), sandbox_([&clock] { return clock.now_ms(); }) {
  state_.now_ms = clock_.now_ms();
  state_.agency = &sandbox_;
}

void Runtime::start() {
  if (auto saved = storage_.read(kAgencyKey)) {
    const nlohmann::json agency = nlohmann::json::parse(*saved, nullptr, false);
    if (!sandbox_.restore(agency)) storage_.write_atomic("agency-sandbox.damaged.json", *saved);
  }
  for (const char* key : {kSettingsKey, "forms.json", kConsentsKey}) {
    if (auto data = storage_.read(key)) dispatch({"loaded", {{"key", key}, {"data", *data}}});
  }
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
  if (effect.type == "save_agency") {
    perform({"save", {{"key", kAgencyKey}, {"data", sandbox_.to_json().dump()}}});
    return;
  }
  // Sandbox delivery of one-time codes, until the account's Delivery lands:
  // the code shows in the notification area, marked as the sandbox channel.
  if (effect.type == "deliver_code") {
    dispatch({"show_notice",
              {{"kind", "info"},
               {"message", "auth.sandbox.code"},
               {"params",
                {{"code", json_string(effect.args, "code").value_or("")},
                 {"masked", json_string(effect.args, "masked").value_or("")}}}}});
    return;
  }
  if (effect.type != "save") return;
  const std::string key = json_string(effect.args, "key").value_or("");
  // Attachments arrive as binary JSON values, everything else as text.
  const nlohmann::json* data = json_field(effect.args, "data");
  std::string bytes;
  if (data && data->is_binary()) bytes.assign(data->get_binary().begin(), data->get_binary().end());
  if (data && data->is_string()) bytes = data->get<std::string>();
  const storage::WriteResult written = storage_.write_atomic(key, bytes);
  if (!written.ok) {
    dispatch({"save_failed", {{"key", key}, {"reason_key", "errors.storage"}, {"detail", written.error}}});
    return;
  }
  // Only the settings report "saved" to the citizen; drafts save quietly.
  const bool report = key == kSettingsKey;
  if (!persist_) {
    if (report) dispatch({"saved", {{"key", key}}});
    return;
  }
  persist_([this, key, report](bool ok, const std::string& reason_key) {
    if (ok) {
      if (report) dispatch({"saved", {{"key", key}}});
    } else {
      dispatch({"save_failed", {{"key", key}, {"reason_key", reason_key.empty() ? "errors.storage" : reason_key}}});
    }
  });
}

}  // namespace cabinet::app
